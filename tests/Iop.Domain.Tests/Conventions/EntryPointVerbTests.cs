using System.Reflection;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// Entry points that return findings use the verb vocabulary of docs/concepts.md ("Verbs"), so a caller can
/// tell from the name what comes back.
/// </summary>
public sealed class EntryPointVerbTests
{
    /// <summary>The verbs of docs/concepts.md; a name may extend one (<c>SummarizeBy</c>) or take the <c>Try</c> prefix.</summary>
    private static readonly string[] Verbs = ["Decide", "Match", "Evaluate", "Validate", "Check", "Score", "Classify", "Summarize", "Suppress", "Create", "Revise"];

    /// <summary>Public static methods whose result (or <c>out</c> result, for a Try… method) carries findings.</summary>
    public static IReadOnlyList<MethodInfo> EntryPoints { get; } = LibraryTypes.Public
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName && ReturnsFindings(m))
        .ToArray();

    [Fact]
    public void EntryPoints_AreFound_SoTheCheckIsNotVacuous() =>
        EntryPoints.Select(m => m.Name).Should().Contain(["Evaluate", "Validate"]);

    [Fact]
    public void EntryPoints_ThatReturnFindings_StartWithAVerbOfTheVocabulary() =>
        EntryPoints.Where(m => !Verbs.Any(v => m.Name.StartsWith(v, StringComparison.Ordinal) || m.Name.StartsWith("Try" + v, StringComparison.Ordinal)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .Should().BeEmpty("docs/concepts.md lists the verbs of entry points; add a verb there or rename the method");

    [Fact]
    public void Verbs_AreAllDocumentedInConcepts()
    {
        var concepts = File.ReadAllText(RepositoryPaths.Combine("docs", "concepts.md"));

        Verbs.Where(v => !concepts.Contains($"| `{v}`", StringComparison.Ordinal) && !concepts.Contains($"/ `{v}`", StringComparison.Ordinal))
            .Should().BeEmpty("every verb of the vocabulary has a row in the Verbs table of docs/concepts.md");
    }

    private static bool ReturnsFindings(MethodInfo method) =>
        CarriesFindings(method.ReturnType)
        || method.GetParameters().Any(p => p.IsOut && CarriesFindings(p.ParameterType.GetElementType()!));

    private static bool CarriesFindings(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return typeof(IEvaluationResult).IsAssignableFrom(t) || (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Evaluation<>));
    }
}
