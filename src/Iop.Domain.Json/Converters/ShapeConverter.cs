using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Iop.Domain.Json.Converters;

/// <summary>
/// A core type whose public way in is a factory rather than a constructor that matches its properties: it is
/// written as a plain record of this package (its <em>shape</em>, generated like every other type of the
/// context) and read back through the core's own factory, so the core's validation runs and no default stands
/// in. Adding such a type is a shape record, a subclass with <see cref="ToShape"/> and <see cref="FromShape"/>,
/// and a line in <see cref="IopJsonContext"/>.
/// </summary>
/// <typeparam name="T">The core type.</typeparam>
/// <typeparam name="TShape">Its shape: a record whose members are the type's state.</typeparam>
internal abstract class ShapeConverter<T, TShape> : JsonConverter<T>, IShapeConverter
    where TShape : class
{
    /// <inheritdoc />
    public Type ShapeType => typeof(TShape);

    /// <summary>The state of a value, to write.</summary>
    protected abstract TShape ToShape(T value);

    /// <summary>The value a shape describes, through the core's factory (which may refuse it).</summary>
    protected abstract T FromShape(TShape shape);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize(ref reader, ShapeInfo(options));
        }
        catch (JsonException error)
        {
            throw JsonErrors.Nested(error);
        }

        if (shape is null)
        {
            throw new JsonException($"{typeof(T).Name} must be an object, not null.");
        }

        try
        {
            return FromShape(shape);
        }
        catch (ArgumentException refusal)
        {
            throw JsonErrors.Refused(typeof(T), refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToShape(value), ShapeInfo(options));

    private static JsonTypeInfo<TShape> ShapeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TShape>)options.GetTypeInfo(typeof(TShape));
}
