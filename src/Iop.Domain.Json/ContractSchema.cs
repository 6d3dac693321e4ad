using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Iop.Domain.Json.Converters;

namespace Iop.Domain.Json;

/// <summary>
/// The contract's JSON Schema, from the same metadata that reads and writes it (.NET's
/// <see cref="JsonSchemaExporter"/>); the converters of strings, numbers and shapes describe themselves.
/// </summary>
internal static class ContractSchema
{
    public static JsonObject Export(JsonSerializerOptions options, Type type)
    {
        var body = Body(options, type);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = NameOf(type),
            ["$comment"] = $"Iop.Domain.Json contract {IopJson.ContractVersion}, generated from the serializer metadata; do not edit.",
        };
        foreach (var member in body.ToArray())
        {
            body.Remove(member.Key);
            schema[member.Key] = member.Value;
        }

        return schema;
    }

    /// <summary>A readable, file-safe name: <c>Session</c>, <c>Evaluation-of-Int32</c>.</summary>
    public static string NameOf(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}-of-{string.Join("-", type.GetGenericArguments().Select(NameOf))}"
            : type.Name;

    private static JsonObject Body(JsonSerializerOptions options, Type type)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Transform(options, context, schema),
        };
        var node = options.GetJsonSchemaAsNode(type, exporter);
        return node as JsonObject ?? new JsonObject();
    }

    private static JsonNode Transform(JsonSerializerOptions options, JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var converter = underlying is null ? context.TypeInfo.Converter : options.GetTypeInfo(underlying).Converter;
        JsonObject? own = converter switch
        {
            ISchemaConverter described => described.Schema(),
            IShapeConverter shaped => Body(options, shaped.ShapeType),
            _ => null,
        };
        if (own is null)
        {
            return schema;
        }

        var nullable = underlying is not null
            || (context.PropertyInfo is { } property && property.PropertyType == type && !type.IsValueType && property.IsGetNullable);
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(own, new JsonObject { ["type"] = "null" }) } : own;
    }
}
