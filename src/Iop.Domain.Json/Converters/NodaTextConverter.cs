using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Iop.Domain.Json.Converters;

/// <summary>
/// A NodaTime value through one of NodaTime.Serialization.SystemTextJson's ISO converters, with its parse
/// errors replaced by a <see cref="JsonException"/> that states the expected form and never repeats the text
/// (NodaTime's own message quotes it, and a date may be a person's).
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaTextConverter<T> : JsonConverter<T>, ISchemaConverter
{
    private readonly JsonConverter<T> inner;
    private readonly string expected;
    private readonly string? format;
    private readonly string? pattern;

    protected NodaTextConverter(JsonConverter inner, string expected, string? format = null, string? pattern = null)
    {
        this.inner = (JsonConverter<T>)inner;
        this.expected = expected;
        this.format = format;
        this.pattern = pattern;
    }

    public JsonObject Schema()
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        return schema;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected}.");
        }

        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception ex) when (ex is JsonException or UnparsableValueException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"Expected {expected}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}
