using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>The defaults of ChangeCriteria pinned to their rules, and every range check (gaps found by a Stryker run).</summary>
public sealed class ChangeCriteriaTests
{
    private static readonly ChangeCriteria Criteria = ChangeCriteria.Phq9;

    [Fact]
    public void Defaults_ArePinnedToTheirRules()
    {
        Criteria.Instrument.Should().Be(Instrument.Phq9);
        Criteria.BaselineDaysBefore.Should().Be(14); // OUT-BASELINE-WINDOW: the two-week recall period
        Criteria.BaselineDaysAfter.Should().Be(14);
        Criteria.FollowUpFromDays.Should().BeNull();
        Criteria.FollowUpToDays.Should().BeNull();
        Criteria.ElevatedAbove.Should().Be(9); // OUT-PHQ9-ELEVATED: MNCM #1884, index above 9
        Criteria.ResponseReduction.Should().Be(0.5); // OUT-PHQ9-RESPONSE: at least 50 % reduction
        Criteria.RemissionBelow.Should().Be(5); // OUT-PHQ9-REMISSION: below 5
        Criteria.ReliableChange.Should().BeNull(); // OUT-RCI: SD and reliability come from the caller
        Criteria.NotOnTrackAfterWeeks.Should().BeNull(); // OUT-NOT-ON-TRACK: no published number of weeks
        Criteria.NotOnTrackMinimumImprovement.Should().Be(0.5);
        ChangeCriteria.Phq9DrrE.FollowUpFromDays.Should().Be(120); // OUT-DRR-WINDOW: 120 to 240 days
        ChangeCriteria.Phq9DrrE.FollowUpToDays.Should().Be(240);
    }

    [Theory]
    [InlineData(0)] // lower bound: the admission day only
    [InlineData(365)] // upper bound
    public void BaselineWindow_Bounds_AreAccepted(int days)
    {
        (Criteria with { BaselineDaysBefore = days }).BaselineDaysBefore.Should().Be(days);
        (Criteria with { BaselineDaysAfter = days }).BaselineDaysAfter.Should().Be(days);
    }

    [Fact]
    public void RangeChecks_OutOfRange_ThrowWithThePropertyName()
    {
        FluentActions.Invoking(() => Criteria with { BaselineDaysBefore = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineDaysBefore");
        FluentActions.Invoking(() => Criteria with { BaselineDaysBefore = 366 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineDaysBefore");
        FluentActions.Invoking(() => Criteria with { BaselineDaysAfter = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineDaysAfter");
        FluentActions.Invoking(() => Criteria with { BaselineDaysAfter = 366 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineDaysAfter");
        FluentActions.Invoking(() => Criteria.WithFollowUpWindow(0, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fromDays");
        FluentActions.Invoking(() => Criteria.WithFollowUpWindow(3651, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fromDays");
        FluentActions.Invoking(() => Criteria.WithFollowUpWindow(null, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("toDays");
        FluentActions.Invoking(() => Criteria.WithFollowUpWindow(null, 3651)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("toDays");
        FluentActions.Invoking(() => Build(elevatedAbove: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("elevatedAbove");
        FluentActions.Invoking(() => Build(elevatedAbove: 27)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("elevatedAbove"); // one past 26: no PHQ-9 baseline could be above it
        FluentActions.Invoking(() => Build(responseReduction: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseReduction");
        FluentActions.Invoking(() => Build(responseReduction: 1.01)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseReduction");
        FluentActions.Invoking(() => Build(remissionBelow: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("remissionBelow");
        FluentActions.Invoking(() => Criteria with { NotOnTrackAfterWeeks = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackAfterWeeks");
        FluentActions.Invoking(() => Criteria with { NotOnTrackAfterWeeks = 105 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackAfterWeeks");
        FluentActions.Invoking(() => Criteria with { NotOnTrackMinimumImprovement = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackMinimumImprovement");
        FluentActions.Invoking(() => Criteria with { NotOnTrackMinimumImprovement = 1.5 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackMinimumImprovement");
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", global::Iop.Domain.Rules.SupportedDates.First, null!, 9, 0.5, 5)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Theory]
    [InlineData(121, 120)] // one day short: the window would end before it starts
    [InlineData(240, 1)]
    public void WithFollowUpWindow_EndBeforeStart_IsRefusedNamingToDays(int from, int to) =>
        FluentActions.Invoking(() => Criteria.WithFollowUpWindow(from, to)).Should().Throw<ArgumentException>().WithParameterName("toDays");

    [Fact]
    public void Constructor_RemissionAboveElevatedPlusOne_IsRefusedNamingRemissionBelow()
    {
        // Elevated above 9 and remission below 11: a follow-up of 10 would be "remission" from a baseline of 10.
        FluentActions.Invoking(() => Build(elevatedAbove: 9, remissionBelow: 11)).Should().Throw<ArgumentException>().WithParameterName("remissionBelow");
        Build(elevatedAbove: 9, remissionBelow: 10).RemissionBelow.Should().Be(10); // boundary: below every eligible baseline
    }

    [Fact]
    public void RuleSet_BuiltIns_HaveNameVersionAndSources()
    {
        Criteria.Name.Should().Be("PHQ-9 change");
        ChangeCriteria.Phq9DrrE.Name.Should().NotBe(Criteria.Name);
        Criteria.Sources.Select(s => s.Title).Should().Contain(OutcomeRules.Phq9Elevated.Source.Title);
        FluentActions.Invoking(() => Criteria with { EffectiveFrom = new LocalDate(2026, 1, 2), EffectiveTo = new LocalDate(2026, 1, 1) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        ContractAssertions.Equality(
            Criteria,
            Build(),
            Criteria.WithFollowUpWindow(120, 240),
            Criteria with { BaselineDaysAfter = 7 },
            Build(elevatedAbove: 10));
    }

    [Fact]
    public void RangeChecks_EdgesInside_AreAccepted()
    {
        Criteria.WithFollowUpWindow(1, 3650).FollowUpToDays.Should().Be(3650); // the allowed [1, 3650] edges
        Criteria.WithFollowUpWindow(120, 120).FollowUpFromDays.Should().Be(120); // a one-day window
        Build(responseReduction: 1).ResponseReduction.Should().Be(1); // (0, 1] includes 1
        (Criteria with { NotOnTrackAfterWeeks = 104, NotOnTrackMinimumImprovement = 1 }).NotOnTrackAfterWeeks.Should().Be(104);
        Build(elevatedAbove: 0, remissionBelow: 1).RemissionBelow.Should().Be(1);
        ChangeCriteria.Phq9DrrE.WithFollowUpWindow(null, null).FollowUpFromDays.Should().BeNull();
    }

    private static ChangeCriteria Build(Instrument? instrument = null, int elevatedAbove = 9, double responseReduction = 0.5, int remissionBelow = 5) =>
        new("PHQ-9 change", "2025", global::Iop.Domain.Rules.SupportedDates.First, instrument ?? Instrument.Phq9, elevatedAbove, responseReduction, remissionBelow)
        {
            Sources = ChangeCriteria.Phq9.Sources,
        };
}
