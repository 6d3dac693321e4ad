using System.Reflection;
using Iop.Domain.Intensity;
using Iop.Domain.Tests.Conventions;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// The members the fuzz calls: every public constructor, method (static factories included), property getter and
/// <c>init</c> setter of every public, non-enum, non-interface type of the library, in a fixed order. Generic types and
/// methods are closed over the first of a few type arguments that fits their constraints. Members whose parameters
/// cannot be passed by reflection (<see cref="ReadOnlySpan{T}"/>, pointers) are listed in <see cref="Unreachable"/>.
/// </summary>
internal static class FuzzMembers
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] TypeArguments = [typeof(string), typeof(int), typeof(IntensityRuleSet)];

    private static readonly (List<MethodBase> Members, List<string> Unreachable) Found = Find();

    /// <summary>Gets the members, in a fixed order.</summary>
    public static IReadOnlyList<MethodBase> All => Found.Members;

    /// <summary>Gets the members the fuzz cannot call by reflection, described.</summary>
    public static IReadOnlyList<string> Unreachable => Found.Unreachable;

    /// <summary>Gets the public types the fuzz covers, closed where generic.</summary>
    public static IReadOnlyList<Type> Types { get; } = LibraryTypes.Public
        .Where(t => !t.IsEnum && !t.IsInterface && !t.IsByRefLike && !typeof(Delegate).IsAssignableFrom(t))
        .Select(Close)
        .OfType<Type>()
        .ToArray();

    /// <summary>Whether <paramref name="member"/> is an <c>init</c> setter.</summary>
    public static bool IsSetter(MethodBase member) => member.IsSpecialName && member.Name.StartsWith("set_", StringComparison.Ordinal);

    /// <summary>Describes a member as Type.Member(ParameterTypes), for failure messages.</summary>
    public static string Describe(MethodBase member) =>
        $"{TypeName(member.DeclaringType!)}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    /// <summary>The names a refusal by <paramref name="member"/> may report: its parameters', or the property's for a setter.</summary>
    public static IReadOnlyList<string> ParameterNames(MethodBase member) =>
        IsSetter(member) ? [member.Name["set_".Length..]] : member.GetParameters().Select(p => p.Name!).ToArray();

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    private static (List<MethodBase> Members, List<string> Unreachable) Find()
    {
        var unreachable = new List<string>();
        var members = new List<MethodBase>();
        foreach (var type in LibraryTypes.Public.Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)))
        {
            if (type.IsByRefLike)
            {
                unreachable.Add($"{type.Name}: a ref struct (a view over spans), which reflection cannot box");
                continue;
            }

            var closed = Close(type);
            if (closed is null)
            {
                unreachable.Add($"{type.Name}: no type argument fits its constraints");
                continue;
            }

            var candidates = closed.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(closed.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal) || m.Name.StartsWith("op_", StringComparison.Ordinal)));
            foreach (var candidate in candidates.OrderBy(m => m.ToString(), StringComparer.Ordinal))
            {
                var member = candidate is MethodInfo { IsGenericMethodDefinition: true } generic ? CloseMethod(generic) : candidate;
                if (member is null || member.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsPointer || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))
                {
                    unreachable.Add(Describe(candidate));
                    continue;
                }

                if (member is MethodInfo { ReturnType.IsByRefLike: true })
                {
                    unreachable.Add(Describe(candidate));
                    continue;
                }

                members.Add(member);
            }
        }

        return (members, unreachable);
    }

    private static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        foreach (var argument in TypeArguments)
        {
            try
            {
                return type.MakeGenericType(Enumerable.Repeat(argument, type.GetGenericArguments().Length).ToArray());
            }
            catch (ArgumentException)
            {
                // constraint not met: try the next argument
            }
        }

        return null;
    }

    private static MethodInfo? CloseMethod(MethodInfo method)
    {
        foreach (var argument in TypeArguments)
        {
            try
            {
                return method.MakeGenericMethod(Enumerable.Repeat(argument, method.GetGenericArguments().Length).ToArray());
            }
            catch (ArgumentException)
            {
                // constraint not met: try the next argument
            }
        }

        return null;
    }
}
