namespace Iop.Domain.Json.Converters;

/// <summary>A converter that writes its type as a shape record (the schema exporter describes the shape).</summary>
internal interface IShapeConverter
{
    /// <summary>The shape record's type.</summary>
    Type ShapeType { get; }
}
