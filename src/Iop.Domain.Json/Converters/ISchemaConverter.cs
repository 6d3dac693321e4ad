using System.Text.Json.Nodes;

namespace Iop.Domain.Json.Converters;

/// <summary>A converter of a JSON string or number that describes its own JSON Schema.</summary>
internal interface ISchemaConverter
{
    /// <summary>A new schema node for the converter's values.</summary>
    JsonObject Schema();
}
