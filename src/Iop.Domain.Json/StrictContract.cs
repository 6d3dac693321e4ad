using System.Text.Json.Serialization.Metadata;
using Iop.Domain.Json.Generated;

namespace Iop.Domain.Json;

/// <summary>
/// The rules the contract adds to the generated metadata:
/// <list type="bullet">
/// <item>every member of a shape (the state of a core type) is required on reading, null where the type allows
/// null: a missing member is an error, never a default standing in;</item>
/// <item>a result of an evaluation (a core type with no public way in) is written in full, and reading one is an
/// error instead of an empty or default value.</item>
/// </list>
/// Every other core type has a converter (generated, or by hand for the factory-built ones), so its metadata is
/// the shape's.
/// </summary>
internal static class StrictContract
{
    private static readonly HashSet<Type> OutputOnly = [.. GeneratedContract.OutputOnly];

    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (OutputOnly.Contains(info.Type))
        {
            var type = info.Type;
            info.CreateObject = () => throw JsonErrors.OutputOnly(type);
            return;
        }

        if (info.Type.Assembly != typeof(StrictContract).Assembly)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is not null)
            {
                property.IsRequired = true;
            }
        }
    }
}
