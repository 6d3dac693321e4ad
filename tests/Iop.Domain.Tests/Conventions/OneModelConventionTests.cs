using System.Reflection;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// The conventions that make six namespaces one model: one findings contract with value equality, one
/// rule-set pattern with no hidden defaults, and one name per concept.
/// </summary>
public sealed class OneModelConventionTests
{
    /// <summary>The verbs of entry points that evaluate rules (docs/concepts.md, "Verbs").</summary>
    private static readonly string[] EvaluationVerbs = ["Evaluate", "Decide", "Validate", "Match", "Check", "Review"];

    private static readonly string[] NamespaceNames = LibraryTypes.Public
        .SelectMany(t => (t.Namespace ?? string.Empty).Split('.'))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static IEnumerable<Type> ResultTypes => LibraryTypes.Public.Where(t =>
        !t.IsInterface && typeof(IEvaluationResult).IsAssignableFrom(t));

    private static IEnumerable<Type> RuleSetTypes => LibraryTypes.Public.Where(t =>
        !t.IsInterface && typeof(IRuleSet).IsAssignableFrom(t));

    [Fact]
    public void TypesCarryingFindings_ImplementTheFindingsContract()
    {
        var offenders = LibraryTypes.Public
            .Where(t => !t.IsInterface && t.GetProperty("Findings", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(IReadOnlyList<Finding>))
            .Where(t => !typeof(IEvaluationResult).IsAssignableFrom(t))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("a result that carries findings carries them through IEvaluationResult");
    }

    [Fact]
    public void EvaluationEntryPoints_ReturnTheFindingsContract()
    {
        var offenders = LibraryTypes.Public
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => EvaluationVerbs.Any(v => m.Name.StartsWith(v, StringComparison.Ordinal)) && !m.Name.StartsWith("Try", StringComparison.Ordinal))
            .Where(m => !typeof(IEvaluationResult).IsAssignableFrom(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name} returns {m.ReturnType.Name}");
        offenders.Should().BeEmpty("every evaluation returns Evaluation<T> or a result implementing IEvaluationResult");
    }

    [Fact]
    public void ResultTypes_AreFound()
    {
        ResultTypes.Should().Contain(typeof(Evaluation<>)).And.HaveCountGreaterThan(5, "the scan must see the library's result types");
    }

    [Fact]
    public void ResultTypes_HaveValueEquality()
    {
        var offenders = ResultTypes.Where(t => !HasValueEquality(t)).Select(t => t.FullName);
        offenders.Should().BeEmpty("results compare by value, so equal inputs give equal results");
    }

    [Fact]
    public void RuleSets_AreFound()
    {
        RuleSetTypes.Should().HaveCountGreaterThan(3, "the scan must see the library's rule sets");
    }

    [Fact]
    public void RuleSets_HaveValueEquality()
    {
        var offenders = RuleSetTypes.Where(t => !HasValueEquality(t)).Select(t => t.FullName);
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void TypesHoldingThresholds_AreRuleSets()
    {
        // A type is a set of thresholds when its name says so, or when it publishes built-in instances of itself
        // (static properties of its own type) and holds no caller data (no Id and no dates of a person).
        var offenders = LibraryTypes.Public
            .Where(t => !t.IsInterface && !t.IsEnum && !t.IsValueType)
            .Where(t => t.Name.EndsWith("RuleSet", StringComparison.Ordinal) || t.Name.EndsWith("Criteria", StringComparison.Ordinal)
                || t.Name.EndsWith("Policy", StringComparison.Ordinal) && !typeof(Iop.Domain.Placement.IPlacementPolicy).IsAssignableFrom(t)
                || t.Name.EndsWith("Cadence", StringComparison.Ordinal))
            .Where(t => !typeof(IRuleSet).IsAssignableFrom(t))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("every set of thresholds has a name, a version and the dates it is in force");
    }

    [Fact]
    public void Evaluations_ReadNoStaticDefaultRuleSet()
    {
        // Only a rule set (or a catalogue) may refer to built-in rule sets, to build itself or its versions.
        // Every other method takes the rule set it applies as a parameter: no evaluation reads a hidden default.
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in LibraryTypes.All.Where(t => !IsRuleSetOrPart(t)))
        {
            // Built-in instances (static getters and static constructors) may be assembled from built-in rule sets,
            // as CriteriaPlacementPolicy.Default is: the caller still chose them by name.
            foreach (var method in MethodBodies.MethodsOf(type).Where(m => !(m.IsStatic && (m.Name == ".cctor" || m.Name.StartsWith("get_", StringComparison.Ordinal)))))
            {
                foreach (var called in MethodBodies.CalledMethods(method))
                {
                    if (called is MethodInfo { IsStatic: true, IsSpecialName: true } getter
                        && getter.Name.StartsWith("get_", StringComparison.Ordinal)
                        && (typeof(IRuleSet).IsAssignableFrom(getter.ReturnType) || IsCatalogue(getter.ReturnType)))
                    {
                        violations.Add($"{type.FullName}.{method.Name} reads {getter.DeclaringType!.Name}.{getter.Name[4..]}");
                    }
                }
            }
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveDistinctSimpleNames()
    {
        var twins = LibraryTypes.Public
            .GroupBy(t => t.Name.Split('`')[0], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Namespace))}");
        twins.Should().BeEmpty("one name per concept: a caller never has to qualify a library type");
    }

    [Fact]
    public void PublicTypes_AreNotNamedLikeANamespace()
    {
        NamespaceNames.Should().Contain("Coding", "the scan must see the namespace names");
        var offenders = LibraryTypes.Public.Where(t => NamespaceNames.Contains(t.Name.Split('`')[0], StringComparer.Ordinal)).Select(t => t.FullName);
        offenders.Should().BeEmpty("a type named like a namespace needs qualifying in every file that uses both");
    }

    private static bool HasValueEquality(Type type)
    {
        var equatable = typeof(IEquatable<>).MakeGenericType(type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments()) : type);
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return equatable.IsAssignableFrom(type)
            && type.GetMethod(nameof(Equals), declared, [typeof(object)]) is not null
            && type.GetMethod(nameof(GetHashCode), declared, Type.EmptyTypes) is not null;
    }

    private static bool IsCatalogue(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(RuleSetCatalogue<>);

    private static bool IsRuleSetOrPart(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (typeof(IRuleSet).IsAssignableFrom(t) || IsCatalogue(t) || t.Name.StartsWith('<') && t.DeclaringType is null)
            {
                return true;
            }
        }

        return false;
    }
}
