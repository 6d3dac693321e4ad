using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Iop.Domain.Json.Converters;

/// <summary>
/// A <see cref="Duration"/> as an ISO 8601 duration in hours, minutes and seconds (<c>"PT9H"</c>,
/// <c>"PT1H30M"</c>, <c>"PT0.5S"</c>): hours are not folded into days, because a day of care is not 24 hours.
/// Reading accepts any ISO 8601 duration without years or months (which have no fixed length).
/// </summary>
internal sealed class IsoDurationConverter : JsonConverter<Duration>, ISchemaConverter
{
    public JsonObject Schema() => new() { ["type"] = "string", ["format"] = "duration" };

    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A duration must be an ISO 8601 duration string such as PT9H.");
        }

        var result = PeriodPattern.NormalizingIso.Parse(reader.GetString() ?? string.Empty);
        if (!result.Success || result.Value.Years != 0 || result.Value.Months != 0)
        {
            throw new JsonException("A duration must be an ISO 8601 duration such as PT9H or PT1H30M, without years or months.");
        }

        return result.Value.ToDuration();
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
    {
        var builder = new PeriodBuilder
        {
            Hours = (value.Days * 24L) + value.Hours,
            Minutes = value.Minutes,
            Seconds = value.Seconds,
            Nanoseconds = value.SubsecondNanoseconds,
        };
        writer.WriteStringValue(PeriodPattern.NormalizingIso.Format(builder.Build()));
    }
}
