using System.Reflection;
using System.Runtime.CompilerServices;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Conventions;

/// <summary>The library's types as the convention tests see them.</summary>
internal static class LibraryTypes
{
    public static Assembly Assembly { get; } = typeof(RuleId).Assembly;

    public static IReadOnlyList<Type> Public { get; } = Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    /// <summary>Every type the compiler emitted, including private and compiler-generated ones.</summary>
    public static IReadOnlyList<Type> All { get; } = Assembly.GetTypes();

    public static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        || (type.DeclaringType is { } outer && IsCompilerGenerated(outer))
        || type.Name.StartsWith('<');

    /// <summary>The concept namespace of a type: "Continuum" for Iop.Domain.Continuum.X, "" for the root.</summary>
    public static string ConceptOf(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        // Compiler-generated helpers (<PrivateImplementationDetails>, collection-expression wrappers) have no
        // namespace and belong to the assembly as a whole, like the root namespace.
        if (ns.Length == 0 || ns == "Iop.Domain")
        {
            return string.Empty;
        }

        return ns.StartsWith("Iop.Domain.", StringComparison.Ordinal) ? ns["Iop.Domain.".Length..].Split('.')[0] : "<outside>";
    }
}
