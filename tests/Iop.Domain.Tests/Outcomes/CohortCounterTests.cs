using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The counters behind the cohort figures, exhaustively over their reasons and categories: each one counts into
/// its own field only, and adding two counters adds every field. Also a report cell, published or withheld.
/// </summary>
public sealed class CohortCounterTests
{
    public static TheoryData<TedsDischargeReason> Reasons() => [.. Enum.GetValues<TedsDischargeReason>()];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void DischargeReasonCounts_Add_CountsOnlyThatReason(TedsDischargeReason reason)
    {
        var counts = default(DischargeReasonCounts);
        counts.Add(reason, 1);
        counts.Add(reason, 2);
        counts[reason].Should().Be(3);
        Enum.GetValues<TedsDischargeReason>().Where(other => other != reason).Select(other => counts[other]).Should().OnlyContain(c => c == 0);
    }

    [Fact]
    public void DischargeReasonCounts_AddNoReason_CountsNothing()
    {
        var counts = default(DischargeReasonCounts);
        counts.Add(null, 5);
        Enum.GetValues<TedsDischargeReason>().Select(r => counts[r]).Should().OnlyContain(c => c == 0);
    }

    [Theory]
    [InlineData(0)] // one below TreatmentCompleted
    [InlineData(8)] // one above Other
    public void DischargeReasonCounts_UndefinedReason_IsRefusedForReason(int reason)
    {
        var counts = default(DischargeReasonCounts);
        FluentActions.Invoking(() => counts.Add((TedsDischargeReason)reason, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
        FluentActions.Invoking(() => counts[(TedsDischargeReason)reason]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
    }

    [Fact]
    public void DischargeReasonCounts_Plus_AddsEveryField()
    {
        var left = new DischargeReasonCounts { TreatmentCompleted = 1, DroppedOut = 2, TerminatedByFacility = 3, Transferred = 4, Incarcerated = 5, Death = 6, Other = 7 };
        var right = new DischargeReasonCounts { TreatmentCompleted = 10, DroppedOut = 20, TerminatedByFacility = 30, Transferred = 40, Incarcerated = 50, Death = 60, Other = 70 };
        var sum = left.Plus(right);
        Enum.GetValues<TedsDischargeReason>().Select(r => sum[r]).Should().Equal(11, 22, 33, 44, 55, 66, 77);
    }

    [Theory]
    [InlineData(ChangeCategory.Recovered, 1, 1, 0)] // recovered is also improved: reliable change that crossed the cut-off
    [InlineData(ChangeCategory.Improved, 1, 0, 0)]
    [InlineData(ChangeCategory.Unchanged, 0, 0, 0)]
    [InlineData(ChangeCategory.Deteriorated, 0, 0, 1)]
    public void ReliableChangeCounts_Add_CountsTheCategoryWithRecoveredAlsoImproved(ChangeCategory category, long improved, long recovered, long deteriorated)
    {
        var counts = default(ReliableChangeCounts);
        counts.Add(category, 3);
        counts.Should().Be(new ReliableChangeCounts { Evaluated = 3, Improved = 3 * improved, Recovered = 3 * recovered, Deteriorated = 3 * deteriorated });
        counts.Add(0, 4);
        counts.Evaluated.Should().Be(3, "no index computed counts nothing");
    }

    [Fact]
    public void ReliableChangeCounts_Plus_AddsEveryField()
    {
        var sum = new ReliableChangeCounts { Evaluated = 1, Improved = 2, Recovered = 3, Deteriorated = 4 }
            .Plus(new ReliableChangeCounts { Evaluated = 10, Improved = 20, Recovered = 30, Deteriorated = 40 });
        sum.Should().Be(new ReliableChangeCounts { Evaluated = 11, Improved = 22, Recovered = 33, Deteriorated = 44 });
    }

    [Fact]
    public void ResponseCounts_Plus_AddsEveryField()
    {
        var sum = new ResponseCounts { Eligible = 1, Responders = 2, Remitters = 3 }.Plus(new ResponseCounts { Eligible = 10, Responders = 20, Remitters = 30 });
        sum.Should().Be(new ResponseCounts { Eligible = 11, Responders = 22, Remitters = 33 });
    }

    [Fact]
    public void ReportCell_Published_HasItsValue()
    {
        var cell = ReportCell<int>.Published(42);
        cell.IsSuppressed.Should().BeFalse();
        cell.Reason.Should().BeNull();
        cell.Value.Should().Be(42);
        cell.TryGetValue(out var value).Should().BeTrue();
        value.Should().Be(42);
        cell.ToString().Should().Be("42");
        ReportCell<string?>.Published(null).ToString().Should().Be("n/a");
    }

    [Fact]
    public void ReportCell_Withheld_HasItsReasonAndNoValue()
    {
        var reason = OutcomeRules.CellSizeSmall.ToFinding(Severity.Information, "Withheld.");
        var cell = ReportCell<int>.Withheld(reason);
        cell.IsSuppressed.Should().BeTrue();
        cell.Reason.Should().Be(reason);
        FluentActions.Invoking(() => cell.Value).Should().Throw<InvalidOperationException>();
        cell.TryGetValue(out _).Should().BeFalse();
        cell.ToString().Should().Be("suppressed");
    }
}
