using System.Reflection;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

/// <summary>
/// The edges of the rule vocabulary that the broader tests leave open: each guard's exception and text, the
/// canonical order when rule ids differ, the comparison operators at equality and with null, hashing that follows
/// the parts, and the built-in citations' sections.
/// </summary>
public sealed class RulesEdgeTests
{
    private static readonly LocalDate Jan2024 = new(2024, 1, 1);

    public static TheoryData<string> BuiltInCitations() =>
        [.. typeof(Citations).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(RuleSource)).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(BuiltInCitations))]
    public void BuiltInCitation_HasATitleAPublisherAndASectionThatIsNullOrText(string name)
    {
        var source = (RuleSource)typeof(Citations).GetProperty(name)!.GetValue(null)!;

        source.Title.Should().NotBeNullOrWhiteSpace();
        source.Publisher.Should().NotBeNullOrWhiteSpace();
        source.Section.Should().Match(s => s == null || s.Trim().Length > 0);
        source.ToString().Should().StartWith($"{source.Publisher}, {source.Title}");
        if (source.Section is { } section)
        {
            source.ToString().Should().Contain($", {section}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RuleSource_BlankSection_Throws(string section) =>
        FluentActions.Invoking(() => new RuleSource("Title", "Publisher", 2024, section)).Should().Throw<ArgumentException>().WithParameterName("section");

    [Fact]
    public void RuleSource_WithoutSection_FormatsWithoutOne() =>
        new RuleSource("Title", "Publisher", 2024).ToString().Should().Be("Publisher, Title (2024)");

    [Fact]
    public void RuleId_Null_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => new RuleId(null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");

    [Fact]
    public void RuleId_Malformed_SaysWhatARuleIdIs() =>
        FluentActions.Invoking(() => new RuleId("a-b")).Should().Throw<ArgumentException>()
            .WithMessage("A rule id is upper-case ASCII letters and digits in groups joined by single hyphens.*");

    [Theory]
    [InlineData("Z")]
    [InlineData("ZZ-9")]
    [InlineData("A0-Z9")]
    public void RuleId_OfTheLastLettersAndDigits_IsWellFormed(string value) =>
        new RuleId(value).Value.Should().Be(value);

    [Fact]
    public void Rule_DefaultId_SaysSo() =>
        FluentActions.Invoking(() => new Rule(default, "Summary.", Citations.Tip47)).Should().Throw<ArgumentException>()
            .WithMessage("The rule id must not be the default value.*").WithParameterName("id");

    [Fact]
    public void Finding_DefaultRuleId_SaysSo() =>
        FluentActions.Invoking(() => new Finding(default, Severity.Error, "Message.", Citations.Tip47)).Should().Throw<ArgumentException>()
            .WithMessage("The rule id must not be the default value.*").WithParameterName("ruleId");

    [Fact]
    public void Evaluation_FindingsOfDifferentRules_AreOrderedByRuleIdBeforeSeverity()
    {
        var later = new Finding(new RuleId("B-RULE"), Severity.Error, "Message.", Citations.Tip47);
        var earlier = new Finding(new RuleId("A-RULE"), Severity.Information, "Message.", Citations.Tip47);

        new Evaluation<int>(1, [later, earlier]).Findings.Should().Equal(earlier, later);
    }

    [Fact]
    public void FindingOrder_OfTheSameFindingAndOfNulls_IsTheOrderOfNullsFirst()
    {
        var finding = new Finding(new RuleId("A-RULE"), Severity.Error, "Message.", Citations.Tip47);

        FindingOrder.Instance.Compare(finding, finding).Should().Be(0);
        FindingOrder.Instance.Compare(null, null).Should().Be(0);
        FindingOrder.Instance.Compare(null, finding).Should().BeNegative();
        FindingOrder.Instance.Compare(finding, null).Should().BePositive();
    }

    [Fact]
    public void Evaluation_Hash_FollowsTheValueAndTheFindings()
    {
        var finding = new Finding(new RuleId("A-RULE"), Severity.Error, "Message.", Citations.Tip47);

        new Evaluation<int>(1, [finding]).GetHashCode().Should().Be(new Evaluation<int>(1, [finding]).GetHashCode());
        new Evaluation<int>(1, [finding]).GetHashCode().Should().NotBe(new Evaluation<int>(2, [finding]).GetHashCode());
        new Evaluation<int>(1, [finding]).GetHashCode().Should().NotBe(new Evaluation<int>(1, []).GetHashCode());
    }

    [Fact]
    public void Part2Sensitivity_OfNullResult_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => Part2Sensitivity.Of((IEvaluationResult)null!)).Should().Throw<ArgumentNullException>().WithParameterName("result");

    [Fact]
    public void FindingSubject_WeekOutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => FindingSubject.Week(new DateInterval(new LocalDate(1899, 12, 30), new LocalDate(1900, 1, 2))))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("week");

    [Fact]
    public void FindingSubject_WeekOfEightDays_SaysAWeekIsSeven() =>
        FluentActions.Invoking(() => FindingSubject.Week(new DateInterval(Jan2024, Jan2024.PlusDays(7))))
            .Should().Throw<ArgumentException>().WithMessage("A week spans at most 7 days.*").WithParameterName("week");

    [Fact]
    public void FindingSubject_DayOutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => FindingSubject.Day(new LocalDate(2200, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");

    [Fact]
    public void FindingSubject_PartOfADateKind_SaysToUseTheDateFactories() =>
        FluentActions.Invoking(() => FindingSubject.Part(SubjectKind.Week, "x")).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be a kind identified by an id*").WithParameterName("kind");

    [Fact]
    public void FindingSubject_Weeks_AreOrderedByStartThenEnd()
    {
        var first = FindingSubject.Week(new DateInterval(Jan2024, Jan2024.PlusDays(6)));
        var shorter = FindingSubject.Week(new DateInterval(Jan2024.PlusDays(7), Jan2024.PlusDays(9)));
        var longer = FindingSubject.Week(new DateInterval(Jan2024.PlusDays(7), Jan2024.PlusDays(13)));

        first.CompareTo(shorter).Should().BeNegative();
        shorter.CompareTo(first).Should().BePositive();
        shorter.CompareTo(longer).Should().BeNegative();
        longer.CompareTo(shorter).Should().BePositive();
        longer.CompareTo(FindingSubject.Week(new DateInterval(Jan2024.PlusDays(7), Jan2024.PlusDays(13)))).Should().Be(0);
    }

    [Fact]
    public void FindingSubject_Operators_AtEqualityAndWithNull()
    {
        var a = FindingSubject.Part(SubjectKind.Programme, "A");
        var same = FindingSubject.Part(SubjectKind.Programme, "A");
        var b = FindingSubject.Part(SubjectKind.Programme, "B");
        FindingSubject? none = null;
        FindingSubject? alsoNone = null;

        (a < same).Should().BeFalse();
        (a <= same).Should().BeTrue();
        (a > same).Should().BeFalse();
        (a >= same).Should().BeTrue();
        (a < b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b <= a).Should().BeFalse();
        (a >= b).Should().BeFalse();
        (none < a).Should().BeTrue();
        (a > none).Should().BeTrue();
        (none <= alsoNone).Should().BeTrue();
        (none >= alsoNone).Should().BeTrue();
        (none > alsoNone).Should().BeFalse();
        (a.CompareTo(null)).Should().BePositive();
    }

    [Fact]
    public void Catalogue_Refusals_SayWhy()
    {
        var a = Set("A", Jan2024, new LocalDate(2024, 12, 31));

        FluentActions.Invoking(() => new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([a, Set("B", new LocalDate(2025, 1, 1), null) with { Name = "Other" }]))
            .Should().Throw<ArgumentException>().WithMessage("All versions in a catalogue must share one rule-set name.*");
        FluentActions.Invoking(() => new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([a, Set("A", new LocalDate(2025, 1, 1), null)]))
            .Should().Throw<ArgumentException>().WithMessage("Each version in a catalogue must have its own version label.*");
        FluentActions.Invoking(() => new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([a, Set("B", new LocalDate(2024, 12, 31), null)]))
            .Should().Throw<ArgumentException>().WithMessage("Versions must not overlap: each must end before the next one starts.*");
    }

    [Fact]
    public void Catalogue_InForceOn_OutsideTheSupportedDatesOrAnyVersion()
    {
        var catalogue = new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([Set("A", Jan2024, null)]);

        FluentActions.Invoking(() => catalogue.TryGetInForceOn(new LocalDate(2200, 1, 1), out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => catalogue.InForceOn(new LocalDate(2023, 12, 31))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be a date on which a version of the rule set is in force*").WithParameterName("date");
    }

    [Fact]
    public void Catalogue_OfOneVersion_SaysVersionInTheSingular_AndHashesItsVersions()
    {
        var one = new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([Set("A", Jan2024, null)]);
        var other = new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([Set("B", Jan2024, null)]);

        one.ToString().Should().Be("Test (1 version)");
        one.GetHashCode().Should().Be(new RuleSetCatalogue<RuleSetCatalogueTests.TestRuleSet>([Set("A", Jan2024, null)]).GetHashCode());
        one.GetHashCode().Should().NotBe(other.GetHashCode());
    }

    [Fact]
    public void EffectiveFrom_OutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveFrom = new LocalDate(1899, 12, 31) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EffectiveFrom");

    [Fact]
    public void EffectiveFrom_AfterEffectiveTo_SaysHowToLeaveItOpen() =>
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2024, 12, 31), EffectiveFrom = new LocalDate(2025, 1, 1) })
            .Should().Throw<ArgumentException>().WithMessage("EffectiveFrom must not be after EffectiveTo; an open-ended rule set has a null EffectiveTo.*");

    [Fact]
    public void EffectiveTo_OutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2200, 1, 1) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EffectiveTo");

    [Fact]
    public void EffectiveTo_BeforeEffectiveFrom_SaysHowToLeaveItOpen() =>
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveFrom = new LocalDate(2024, 6, 1), EffectiveTo = new LocalDate(2024, 5, 31) })
            .Should().Throw<ArgumentException>().WithMessage("EffectiveTo must not be before EffectiveFrom; an open-ended rule set has null.*").WithParameterName("EffectiveTo");

    [Fact]
    public void EffectiveTo_OnEffectiveFrom_IsAOneDayRuleSet()
    {
        var oneDay = IntensityRuleSet.Medicare2024 with { EffectiveFrom = new LocalDate(2024, 6, 1), EffectiveTo = new LocalDate(2024, 6, 1) };

        oneDay.EffectiveTo.Should().Be(new LocalDate(2024, 6, 1));
    }

    private static RuleSetCatalogueTests.TestRuleSet Set(string version, LocalDate from, LocalDate? to) => new("Test", version, from, to);
}
