using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Iop.Domain.Rules;

namespace Iop.Domain.Json.Converters;

/// <summary>A <see cref="RuleId"/> as its plain string (<c>"INT-IOP-MIN-HOURS"</c>), not an object.</summary>
internal sealed class RuleIdConverter : JsonConverter<RuleId>, ISchemaConverter
{
    public JsonObject Schema() => new() { ["type"] = "string", ["pattern"] = "^[A-Z0-9]+(-[A-Z0-9]+)*$" };

    public override RuleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A rule id must be a string.");
        }

        return Create(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, RuleId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Written(value));

    public override RuleId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, RuleId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Written(value));

    private static string Written(RuleId value) =>
        value.Value.Length == 0 ? throw new JsonException("The default rule id is not a rule and cannot be written.") : value.Value;

    private static RuleId Create(string? text)
    {
        try
        {
            return new RuleId(text!);
        }
        catch (ArgumentException ex)
        {
            throw JsonErrors.Refused(typeof(RuleId), ex);
        }
    }
}
