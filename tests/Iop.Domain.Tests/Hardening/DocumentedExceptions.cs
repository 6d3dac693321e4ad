using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Iop.Domain.Tests.Conventions;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// The exceptions each public member of the library documents, read from the XML documentation file the
/// library's build writes (Iop.Domain.xml, copied beside the test assembly): the <c>cref</c> of every
/// <c>&lt;exception&gt;</c> tag. An <c>&lt;inheritdoc/&gt;</c> member adds the tags of the interface member it
/// implements or the base member it overrides. A member without documentation documents no exception.
/// </summary>
internal static class DocumentedExceptions
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(Load);

    /// <summary>The documentation file's path.</summary>
    public static string FilePath => Path.ChangeExtension(LibraryTypes.Assembly.Location, ".xml");

    /// <summary>How many members the file documents (a check that it was read at all).</summary>
    public static int Count => Members.Value.Count;

    /// <summary>Finds the documentation element of the member with documentation id <paramref name="id"/> (for example <c>P:Iop.Domain.Outcomes.CohortCriteria.Name</c>).</summary>
    public static bool TryGetMember(string id, [NotNullWhen(true)] out XElement? member) => Members.Value.TryGetValue(id, out member);

    /// <summary>The exception types <paramref name="member"/> documents; for an accessor, those of its property.</summary>
    public static IReadOnlyList<Type> Of(MethodBase member)
    {
        var found = new List<Type>();
        foreach (var id in IdsOf(member))
        {
            if (Members.Value.TryGetValue(id, out var element))
            {
                found.AddRange(ExceptionsIn(element));
            }
        }

        return found;
    }

    /// <summary>The documentation id of <paramref name="member"/> (on its generic definition), for messages.</summary>
    public static string IdOf(MethodBase member) => IdsOf(member).First();

    private static IEnumerable<string> IdsOf(MethodBase member)
    {
        var definition = Definition(member);
        var property = PropertyOf(definition);
        var own = property is not null ? "P:" + TypeId(property.DeclaringType!) + "." + property.Name : MethodId(definition);
        yield return own;
        if (!Members.Value.TryGetValue(own, out var element) || element.Element("inheritdoc") is null)
        {
            yield break;
        }

        // <inheritdoc/>: the interface members it implements, then the base member it overrides.
        if (definition is MethodInfo method && method.DeclaringType is { IsInterface: false } declaring)
        {
            foreach (var face in declaring.GetInterfaces().Where(i => i.Assembly == LibraryTypes.Assembly))
            {
                var map = declaring.GetInterfaceMap(face);
                for (var i = 0; i < map.TargetMethods.Length; i++)
                {
                    if (map.TargetMethods[i] == method)
                    {
                        var faceProperty = PropertyOf(map.InterfaceMethods[i]);
                        yield return faceProperty is not null ? "P:" + TypeId(face) + "." + faceProperty.Name : MethodId(map.InterfaceMethods[i]);
                    }
                }
            }

            var baseMethod = method.GetBaseDefinition();
            if (baseMethod != method && baseMethod.DeclaringType!.Assembly == LibraryTypes.Assembly)
            {
                yield return MethodId(baseMethod);
            }
        }
    }

    private static MethodBase Definition(MethodBase member)
    {
        if (member is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } closed)
        {
            member = closed.GetGenericMethodDefinition();
        }

        var type = member.DeclaringType!;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            member = MethodBase.GetMethodFromHandle(member.MethodHandle, type.GetGenericTypeDefinition().TypeHandle)!;
        }

        return member;
    }

    private static PropertyInfo? PropertyOf(MethodBase accessor) =>
        accessor.IsSpecialName && (accessor.Name.StartsWith("get_", StringComparison.Ordinal) || accessor.Name.StartsWith("set_", StringComparison.Ordinal))
            ? accessor.DeclaringType!.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .FirstOrDefault(p => p.GetMethod == accessor || p.SetMethod == accessor)
            : null;

    private static string MethodId(MethodBase method)
    {
        var text = new StringBuilder("M:").Append(TypeId(method.DeclaringType!)).Append('.');
        text.Append(method is ConstructorInfo ? (method.IsStatic ? "#cctor" : "#ctor") : method.Name.Replace('.', '#'));
        if (method is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            text.Append("``").Append(generic.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            text.Append('(').AppendJoin(',', parameters.Select(p => ParameterTypeId(p.ParameterType))).Append(')');
        }

        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            text.Append('~').Append(ParameterTypeId(((MethodInfo)method).ReturnType));
        }

        return text.ToString();
    }

    private static string TypeId(Type type)
    {
        var name = type.FullName ?? type.Name;
        return name.Replace('+', '.');
    }

    private static string ParameterTypeId(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is not null ? "``" : "`") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var name = (definition.FullName ?? definition.Name).Replace('+', '.');
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeId)) + "}";
        }

        return TypeId(type);
    }

    private static IEnumerable<Type> ExceptionsIn(XElement member)
    {
        foreach (var tag in member.Elements("exception"))
        {
            var cref = (string?)tag.Attribute("cref");
            if (cref is null || !cref.StartsWith("T:", StringComparison.Ordinal))
            {
                continue;
            }

            var name = cref[2..];
            var type = typeof(object).Assembly.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);
            if (type is not null)
            {
                yield return type;
            }
        }
    }

    private static Dictionary<string, XElement> Load()
    {
        var document = XDocument.Load(FilePath);
        return document.Root!.Element("members")!.Elements("member")
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
