using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Iop.Domain.Json.Converters;

/// <summary>
/// An enum as the name of one of its members, exactly as declared (<c>"IntensiveOutpatient"</c>). Numbers,
/// other casing, comma-joined flags and undefined values are refused, on reading and on writing, so no
/// number or default stands in for a member.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumMemberConverter<TEnum> : JsonConverter<TEnum>, ISchemaConverter
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetNames<TEnum>().Zip(Enum.GetValues<TEnum>()).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> ByValue =
        Enum.GetNames<TEnum>().Zip(Enum.GetValues<TEnum>()).DistinctBy(p => p.Second).ToDictionary(p => p.Second, p => p.First);

    /// <summary>The member names, in declaration order (for messages and the schema).</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<TEnum>();

    public JsonObject Schema() => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray(Names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
    };

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{typeof(TEnum).Name} must be a string naming one of its members ({string.Join(", ", Names)}).");
        }

        return FromName(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToName(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(ToName(value));

    private static TEnum FromName(string? name) =>
        name is not null && ByName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"Unknown {typeof(TEnum).Name} member: expected one of {string.Join(", ", Names)} (exact case).");

    private static string ToName(TEnum value) =>
        ByValue.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{typeof(TEnum).Name} value is not a defined member and cannot be written.");
}
