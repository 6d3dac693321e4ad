using System.Reflection;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Conventions;

/// <summary>Every rule the library exposes has a row in docs/rules.md, and ids are unique.</summary>
public sealed class RulesDocumentationTests
{
    public static IReadOnlyList<Rule> AllRules { get; } = LibraryTypes.Public
        .Where(t => t.IsAbstract && t.IsSealed)
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
        .Where(p => p.PropertyType == typeof(Rule))
        .Select(p => (Rule)p.GetValue(null)!)
        .ToArray();

    public static TheoryData<string> RuleIds() => [.. AllRules.Select(r => r.Id.Value).Distinct()];

    [Fact]
    public void AllRules_AreFound_SoTheTheoryIsNotVacuous() => AllRules.Should().HaveCountGreaterThan(5);

    [Fact]
    public void AllRules_HaveUniqueIds_AcrossNamespaces() =>
        AllRules.GroupBy(r => r.Id).Where(g => g.Distinct().Count() > 1).Select(g => g.Key.Value).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasARowInDocsRules(string id)
    {
        var rules = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "rules.md"));
        rules.Should().Contain($"| `{id}` |", "every rule id needs a row in docs/rules.md with its meaning and source");
    }

    [Fact]
    public void DocsRules_ListNoRuleTheCodeDoesNotHave()
    {
        // The other direction: a row for a rule id that no longer exists (renamed or removed) is stale.
        var rows = System.Text.RegularExpressions.Regex.Matches(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "rules.md")),
            @"^\| `([A-Z0-9]+(?:-[A-Z0-9]+)+)` \|",
            System.Text.RegularExpressions.RegexOptions.Multiline);
        var documented = rows.Select(m => m.Groups[1].Value).ToArray();
        documented.Should().HaveCountGreaterThan(50);
        documented.Except(AllRules.Select(r => r.Id.Value)).Should().BeEmpty();
    }
}
