using Iop.Domain.Outcomes;

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
        FluentActions.Invoking(() => Criteria with { FollowUpFromDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpFromDays");
        FluentActions.Invoking(() => Criteria with { FollowUpFromDays = 3651 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpFromDays");
        FluentActions.Invoking(() => Criteria with { FollowUpToDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpToDays");
        FluentActions.Invoking(() => Criteria with { FollowUpToDays = 3651 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpToDays");
        FluentActions.Invoking(() => Criteria with { ElevatedAbove = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ElevatedAbove");
        FluentActions.Invoking(() => Criteria with { ResponseReduction = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ResponseReduction");
        FluentActions.Invoking(() => Criteria with { ResponseReduction = 1.01 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ResponseReduction");
        FluentActions.Invoking(() => Criteria with { RemissionBelow = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("RemissionBelow");
        FluentActions.Invoking(() => Criteria with { NotOnTrackAfterWeeks = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackAfterWeeks");
        FluentActions.Invoking(() => Criteria with { NotOnTrackAfterWeeks = 105 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackAfterWeeks");
        FluentActions.Invoking(() => Criteria with { NotOnTrackMinimumImprovement = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackMinimumImprovement");
        FluentActions.Invoking(() => Criteria with { NotOnTrackMinimumImprovement = 1.5 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackMinimumImprovement");
        FluentActions.Invoking(() => new ChangeCriteria((Instrument)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instrument");
    }

    [Fact]
    public void RangeChecks_EdgesInside_AreAccepted()
    {
        (Criteria with { FollowUpFromDays = 1, FollowUpToDays = 3650 }).FollowUpToDays.Should().Be(3650); // the allowed [1, 3650] edges
        (Criteria with { ResponseReduction = 1 }).ResponseReduction.Should().Be(1); // (0, 1] includes 1
        (Criteria with { NotOnTrackAfterWeeks = 104, NotOnTrackMinimumImprovement = 1 }).NotOnTrackAfterWeeks.Should().Be(104);
        (Criteria with { ElevatedAbove = 0, RemissionBelow = 1 }).RemissionBelow.Should().Be(1);
        (Criteria with { FollowUpFromDays = null }).FollowUpFromDays.Should().BeNull();
    }
}
