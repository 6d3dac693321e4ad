using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// A snapshot of the public API, compared with the committed <c>PublicApi.approved.txt</c>, so that an
/// accidental breaking change fails CI (the public-API analyzer is not served by the package mirror).
/// When a change is intended, copy <c>PublicApi.received.txt</c> over the approved file and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        var actual = Describe(LibraryTypes.Assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Conventions", "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        // The received file exists only while the API differs, so a stale copy can never be approved by mistake.
        var receivedPath = RepositoryPaths.Combine("tests", "Iop.Domain.Tests", "Conventions", "PublicApi.received.txt");
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else
        {
            File.Delete(receivedPath);
        }

        actual.Should().Be(approved, "the public API changed: review tests/Iop.Domain.Tests/Conventions/PublicApi.received.txt and, if intended, copy it over PublicApi.approved.txt");
    }

    [Fact]
    public void Describe_ListsMembersOfAKnownType()
    {
        // Guards the snapshot generator against silently describing nothing.
        Describe(LibraryTypes.Assembly).Should()
            .Contain("public static class Iop.Domain.Continuum.LevelsOfCare")
            .And.Contain("StepDown(Iop.Domain.Continuum.LevelOfCare level)");
    }

    private static readonly NullabilityInfoContext Nullability = new();

    internal static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"public {kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"{name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(flags))
        {
            switch (member)
            {
                case ConstructorInfo c:
                    yield return $"ctor({Parameters(c)})";
                    break;
                case MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{(m.IsStatic ? "static " : string.Empty)}{Name(Nullability.Create(m.ReturnParameter))} {m.Name}{Generic(m)}({Parameters(m)})";
                    break;
                case PropertyInfo p:
                    var accessors = (p.GetMethod is { IsPublic: true } ? "get; " : string.Empty)
                        + (p.SetMethod is { IsPublic: true } s ? (s.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init; " : "set; ") : string.Empty);
                    var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
                    var indexer = p.GetIndexParameters();
                    yield return $"{isStatic}{Name(Nullability.Create(p))} {p.Name}{(indexer.Length > 0 ? "[" + string.Join(", ", indexer.Select(i => Name(i.ParameterType))) + "]" : string.Empty)} {{ {accessors}}}";
                    break;
                case FieldInfo f:
                    yield return $"{(f.IsStatic ? "static " : string.Empty)}{(f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : string.Empty)}{Name(Nullability.Create(f))} {f.Name}";
                    break;
                case EventInfo e:
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
                case Type nested:
                    yield return $"nested {Name(nested)}";
                    break;
            }
        }
    }

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    /// <summary>
    /// Names a type as declared, with its nullable reference annotations (<c>string?</c>,
    /// <c>IReadOnlyList&lt;Finding?&gt;</c>), so a nullability change shows as an API change.
    /// </summary>
    private static string Name(NullabilityInfo info)
    {
        var type = info.Type;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        if (type.IsValueType || type.IsGenericParameter && !type.IsClass)
        {
            return Name(info.Type);
        }

        string name;
        if (info.ElementType is { } element)
        {
            name = Name(element) + "[]";
        }
        else if (type.IsGenericType && info.GenericTypeArguments.Length > 0)
        {
            var args = info.GenericTypeArguments.Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).Select(Name);
            var bare = (type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name).Split('`')[0];
            name = $"{bare}<{string.Join(", ", args)}>";
        }
        else
        {
            name = Name(type);
        }

        var nullable = info.ReadState == NullabilityState.Nullable || (info.ReadState == NullabilityState.Unknown && info.WriteState == NullabilityState.Nullable);
        return nullable ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name).Split('`')[0];
        if (!type.IsGenericType)
        {
            return name;
        }

        var args = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).Select(Name);
        return $"{name}<{string.Join(", ", args)}>";
    }
}
