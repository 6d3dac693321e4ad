using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Iop.Domain.Json;

/// <summary>
/// The one place where reading errors become <see cref="JsonException"/>s: each names the JSON path and the
/// rule broken, and none repeats the offending value (it may be a person's date or a caller's text).
/// </summary>
internal static class JsonErrors
{
    /// <summary>Where a converter that reads a nested document records the path below the value it was given.</summary>
    private const string PathBelowKey = "Iop.Domain.Json.PathBelow";

    /// <summary>The core refused a value (an <see cref="ArgumentException"/> from a constructor, factory or setter).</summary>
    public static JsonException Refused(Type type, ArgumentException refusal, string? path = null)
    {
        var member = refusal.ParamName is { Length: > 0 } name ? $" (member '{CamelCase(name)}')" : string.Empty;
        var message = $"{type.Name} refused the value{member}: {RuleOf(refusal)}";
        return path is null ? new JsonException(message) : new JsonException($"{message} Path: {path}.", path, null, null);
    }

    /// <summary>The document holds a result that the contract writes but cannot read back.</summary>
    public static JsonException OutputOnly(Type type) =>
        new($"{type.Name} is the result of an evaluation: the contract writes it but cannot read it back; evaluate the inputs again instead.");

    /// <summary>
    /// An error from a nested read (a converter reading its value's shape with the serializer): the nested path
    /// is kept so that the outer read, which adds the path of the value, can be completed by <see cref="Described"/>.
    /// </summary>
    public static JsonException Nested(JsonException error)
    {
        var below = (error.Path is { Length: > 1 } p ? p[1..] : string.Empty) + (error.Data[PathBelowKey] as string ?? string.Empty);
        var nested = new JsonException(WithoutPathText(error.Message));
        nested.Data[PathBelowKey] = below;
        return nested;
    }

    /// <summary>The exception a caller of <see cref="IopJson"/> sees: the rule broken, then the full path.</summary>
    public static JsonException Described(JsonException error, bool wellFormed)
    {
        var path = (error.Path ?? "$") + (error.Data[PathBelowKey] as string ?? string.Empty);
        // The reader's own messages quote the offending character or token.
        var rule = wellFormed ? WithoutPathText(error.Message) : "The text is not well-formed JSON.";
        return new JsonException($"{rule} Path: {path}.", path, error.LineNumber, error.BytePositionInLine);
    }

    /// <summary>
    /// Finds where a value the core refused sits in the document: the deepest object or array element whose own
    /// reading throws. Runs only after a read has failed, so the successful path pays nothing for it.
    /// </summary>
    public static JsonException Located(JsonNode? document, JsonTypeInfo root, ArgumentException refusal)
    {
        var found = Find(document, root, "$");
        return found is { } f ? Refused(f.Type, f.Refusal, f.Path) : Refused(root.Type, refusal, "$");
    }

    private static (Type Type, ArgumentException Refusal, string Path)? Find(JsonNode? node, JsonTypeInfo info, string path)
    {
        if (node is null)
        {
            return null;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                foreach (var property in info.Properties)
                {
                    if (obj.TryGetPropertyValue(property.Name, out var child)
                        && Find(child, info.Options.GetTypeInfo(property.PropertyType), $"{path}.{property.Name}") is { } inProperty)
                    {
                        return inProperty;
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array && info.ElementType is { } elementType:
                var elementInfo = info.Options.GetTypeInfo(elementType);
                for (var i = 0; i < array.Count; i++)
                {
                    if (Find(array[i], elementInfo, $"{path}[{i}]") is { } inElement)
                    {
                        return inElement;
                    }
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map && info.ElementType is { } valueType:
                var valueInfo = info.Options.GetTypeInfo(valueType);
                foreach (var entry in map)
                {
                    if (Find(entry.Value, valueInfo, $"{path}.{entry.Key}") is { } inValue)
                    {
                        return inValue;
                    }
                }

                break;
        }

        try
        {
            _ = JsonSerializer.Deserialize(node, info);
            return null;
        }
        catch (ArgumentException refusal)
        {
            return (Nullable.GetUnderlyingType(info.Type) ?? info.Type, refusal, path);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The rule an <see cref="ArgumentException"/> states, without the parameter suffix or any actual value.</summary>
    private static string RuleOf(ArgumentException refusal)
    {
        var message = refusal.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var actual = message.IndexOf("Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }

        message = message.Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    private static string WithoutPathText(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    private static string CamelCase(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
