using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Iop.Domain.Rules;

namespace Iop.Domain.Json;

/// <summary>
/// The rules the contract adds to the generated metadata, for every type of the core (and every shape of this
/// package), so that a type added later gets them without a line of code:
/// <list type="bullet">
/// <item>the contract is the state: a property that is neither settable nor a constructor parameter is derived,
/// and is not written (it is computed again on reading);</item>
/// <item>every member is required on reading (null where the type allows null): a missing member is an error,
/// never a default standing in;</item>
/// <item>a value a setter refuses becomes a <see cref="JsonException"/> at that member's path;</item>
/// <item>a type with no settable or constructor-bound member is a result: it is written in full, and reading
/// one is an error instead of an empty value.</item>
/// </list>
/// </summary>
internal static class StrictContract
{
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !IsContractType(info.Type))
        {
            return;
        }

        var readable = info.Properties.Any(p => p.Set is not null || p.AssociatedParameter is not null);
        if (!readable)
        {
            var type = info.Type;
            info.CreateObject = () => throw JsonErrors.OutputOnly(type);
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
                continue;
            }

            property.IsRequired = true;
            if (property.Set is { } set)
            {
                var declaringType = info.Type;
                property.Set = (target, value) =>
                {
                    try
                    {
                        set(target, value);
                    }
                    catch (ArgumentException refusal)
                    {
                        throw JsonErrors.Refused(declaringType, refusal);
                    }
                };
            }
        }
    }

    private static bool IsContractType(Type type) =>
        type.Assembly == typeof(RuleId).Assembly || type.Assembly == typeof(StrictContract).Assembly;
}
