using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="SymptomChanges.Evaluate"/> at its edges: what stays unknown without a baseline, a follow-up or
/// reliable-change criteria, the summary text of each case, and the guards with their fixed texts.
/// </summary>
public sealed class SymptomChangeEdgeTests
{
    private static readonly LocalDate Admission = new(2026, 3, 2);

    private static readonly ChangeCriteria WithRci = ChangeCriteria.Phq9 with
    {
        // SD 5, r 0.84: S_diff = 2.8284, so a fall of 6 or more points is reliable; cut-off 10.
        ReliableChange = new ReliableChangeCriteria("Test sample", "1", SupportedDates.First, 5, 0.84) { CutOff = 10 },
    };

    private static MeasurementSeries Series(params (int Day, int Score)[] scores) =>
        new(Instrument.Phq9, scores.Select(s => new Measurement(Admission.PlusDays(s.Day), s.Score)));

    [Fact]
    public void Evaluate_NoBaseline_IsNotEligible_AndHasNoIndex()
    {
        // An elevated score outside the window (day 20) does not make the episode eligible.
        var change = SymptomChanges.Evaluate(Series((20, 22), (40, 6)), Admission, WithRci);

        change.IsEligible.Should().BeFalse();
        change.ReliableChangeIndex.Should().BeNull();
        change.Category.Should().BeNull();
        change.FollowUp.Should().BeNull();
    }

    [Fact]
    public void Evaluate_EmptySeries_IsNotEligible_AndReportsNoBaseline()
    {
        var change = SymptomChanges.Evaluate(Series(), Admission, ChangeCriteria.Phq9);

        change.IsEligible.Should().BeFalse();
        change.Baseline.Should().BeNull();
        change.Findings.Should().ContainSingle().Which.Message.Should()
            .Be("No score falls in the baseline window around admission: change cannot be measured for this episode.");
    }

    [Fact]
    public void Evaluate_WithoutReliableChangeCriteria_HasNoIndexAndNoCategory()
    {
        var change = SymptomChanges.Evaluate(Series((0, 20), (60, 9)), Admission, ChangeCriteria.Phq9);

        change.ReliableChangeIndex.Should().BeNull("ChangeCriteria.Phq9 carries no reliable-change criteria");
        change.Category.Should().BeNull();
    }

    [Fact]
    public void Evaluate_ReliableChangeCriteriaWithoutFollowUp_HasNoIndex()
    {
        var change = SymptomChanges.Evaluate(Series((0, 20)), Admission, WithRci);

        change.FollowUp.Should().BeNull();
        change.ReliableChangeIndex.Should().BeNull();
        change.Category.Should().BeNull();
        change.Response.Should().BeNull();
        change.Remission.Should().BeNull();
    }

    [Fact]
    public void ToString_WithoutTags_EndsAtTheFollowUpScore()
    {
        // 18 to 12 is a 33 % fall (no response) and 12 is not below 5 (no remission); no RCI is computed.
        SymptomChanges.Evaluate(Series((0, 18), (60, 12)), Admission, ChangeCriteria.Phq9).ToString()
            .Should().Be("PHQ-9 change 18 → 12");
    }

    [Fact]
    public void ToString_WithoutFollowUp_SaysSo()
    {
        SymptomChanges.Evaluate(Series((0, 18)), Admission, ChangeCriteria.Phq9).ToString()
            .Should().Be("PHQ-9 change 18 → no follow-up");
    }

    [Fact]
    public void ToString_WithACategory_TagsItInLowerCase()
    {
        // 20 to 9: 55 % fall (response), 9 is not below 5, RCI -3.89 and below the cut-off 10 (recovered).
        SymptomChanges.Evaluate(Series((0, 20), (60, 9)), Admission, WithRci).ToString()
            .Should().Be("PHQ-9 change 20 → 9 (response, recovered)");
    }

    [Fact]
    public void Evaluate_NullSeries_ThrowsForSeries() =>
        FluentActions.Invoking(() => SymptomChanges.Evaluate(null!, Admission, ChangeCriteria.Phq9))
            .Should().Throw<ArgumentNullException>().WithParameterName("series");

    [Fact]
    public void Evaluate_NullCriteria_ThrowsForCriteria() =>
        FluentActions.Invoking(() => SymptomChanges.Evaluate(Series((0, 18)), Admission, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("criteria");

    [Fact]
    public void Evaluate_WrongInstrument_SaysWhichWay()
    {
        var gad = new MeasurementSeries(Instrument.Gad7, [new Measurement(Admission, 12)]);
        FluentActions.Invoking(() => SymptomChanges.Evaluate(gad, Admission, ChangeCriteria.Phq9))
            .Should().Throw<ArgumentException>().WithMessage("The criteria are for a different instrument from the series.*");
    }
}
