using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

public sealed class RuleSetCatalogueTests
{
    private static readonly LocalDate Jan2024 = new(2024, 1, 1);
    private static readonly LocalDate Dec2024 = new(2024, 12, 31);
    private static readonly LocalDate Jan2025 = new(2025, 1, 1);

    [Fact]
    public void InForceOn_SelectsTheVersionCoveringTheDate_OnBothBoundaries()
    {
        var cy2024 = Set("CY2024", Jan2024, Dec2024);
        var cy2025 = Set("CY2025", Jan2025, null);
        var catalogue = new RuleSetCatalogue<TestRuleSet>([cy2025, cy2024]); // any order in, ordered by date out

        catalogue.Versions.Should().Equal(cy2024, cy2025);
        catalogue.InForceOn(Jan2024).Should().Be(cy2024);  // first day of the first version
        catalogue.InForceOn(Dec2024).Should().Be(cy2024);  // last day of the first version
        catalogue.InForceOn(Jan2025).Should().Be(cy2025);  // first day of the next
        catalogue.InForceOn(new LocalDate(2031, 6, 1)).Should().Be(cy2025); // open-ended latest
        catalogue.Latest.Should().Be(cy2025);
        catalogue.Name.Should().Be("Test");
    }

    [Fact]
    public void InForceOn_BeforeTheFirstVersionOrInAGap_IsNotFound()
    {
        var catalogue = new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, new LocalDate(2024, 6, 30)), Set("B", Jan2025, null)]);
        catalogue.TryGetInForceOn(Jan2024.PlusDays(-1), out _).Should().BeFalse();
        catalogue.TryGetInForceOn(new LocalDate(2024, 9, 1), out _).Should().BeFalse(); // the gap between versions
        FluentActions.Invoking(() => catalogue.InForceOn(new LocalDate(2024, 9, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date").Which.Message.Should().NotContain("2024");
    }

    [Fact]
    public void InForceOn_AfterAClosedLastVersion_IsNotFound()
    {
        var catalogue = new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, Dec2024)]);
        catalogue.TryGetInForceOn(Jan2025, out _).Should().BeFalse();
        catalogue.TryGetInForceOn(Dec2024, out var found).Should().BeTrue();
        found!.Version.Should().Be("A");
    }

    [Fact]
    public void Constructor_RefusesOverlapsMixedNamesRepeatedVersionsAndEmptiness()
    {
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, null), Set("B", Jan2025, null)]))
            .Should().Throw<ArgumentException>().WithParameterName("versions"); // an open-ended version followed by another
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, Jan2025), Set("B", Jan2025, null)]))
            .Should().Throw<ArgumentException>().WithParameterName("versions"); // one shared day
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, Dec2024), Set("A", Jan2025, null)]))
            .Should().Throw<ArgumentException>().WithParameterName("versions");
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>([Set("A", Jan2024, Dec2024), Set("B", Jan2025, null) with { Name = "Other" }]))
            .Should().Throw<ArgumentException>().WithParameterName("versions");
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>([])).Should().Throw<ArgumentException>().WithParameterName("versions");
        FluentActions.Invoking(() => new RuleSetCatalogue<TestRuleSet>(null!)).Should().Throw<ArgumentNullException>().WithParameterName("versions");
    }

    [Fact]
    public void Equality_IsOverTheVersions()
    {
        var a = Set("A", Jan2024, Dec2024);
        var b = Set("B", Jan2025, null);
        ContractAssertions.Equality(
            new RuleSetCatalogue<TestRuleSet>([a, b]),
            new RuleSetCatalogue<TestRuleSet>([b, a]),
            new RuleSetCatalogue<TestRuleSet>([a]));
        new RuleSetCatalogue<TestRuleSet>([a, b]).ToString().Should().Be("Test (2 versions)");
    }

    private static TestRuleSet Set(string version, LocalDate from, LocalDate? to) => new("Test", version, from, to);

    /// <summary>A minimal rule set: the catalogue needs nothing but the identity.</summary>
    public sealed record TestRuleSet(string Name, string Version, LocalDate EffectiveFrom, LocalDate? EffectiveTo) : IRuleSet
    {
        public IReadOnlyList<RuleSource> Sources { get; } = [Citations.Tip47];

        public bool Equals(TestRuleSet? other) => other is not null && Name == other.Name && Version == other.Version && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo;

        public override int GetHashCode() => HashCode.Combine(Name, Version, EffectiveFrom, EffectiveTo);
    }
}
