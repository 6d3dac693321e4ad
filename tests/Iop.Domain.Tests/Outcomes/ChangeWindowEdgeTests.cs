using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The windows of change over time on their last days: the baseline window of 14 days either side of admission
/// (<c>OUT-BASELINE-WINDOW</c>) and the DRR-E follow-up window of 120 to 240 days counted from the baseline's
/// own date (<c>OUT-DRR-WINDOW</c>), both ends included.
/// </summary>
public sealed class ChangeWindowEdgeTests
{
    private static readonly LocalDate Admission = new(2026, 3, 2);

    private static MeasurementSeries Series(params (int Day, int Score)[] scores) =>
        new(Instrument.Phq9, scores.Select(s => new Measurement(Admission.PlusDays(s.Day), s.Score)));

    [Theory]
    [InlineData(14)] // the last day after admission in the window
    [InlineData(-14)] // the first day before admission in the window
    public void Evaluate_ScoreOnTheWindowsLastDay_IsTheBaseline(int day)
    {
        var change = SymptomChanges.Evaluate(Series((day, 18), (60, 6)), Admission, ChangeCriteria.Phq9);

        change.Baseline.Should().Be(new Measurement(Admission.PlusDays(day), 18));
        change.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(15)]
    [InlineData(-15)]
    public void Evaluate_ScoreOneDayOutsideTheWindow_IsNoBaseline(int day) =>
        SymptomChanges.Evaluate(Series((day, 18), (60, 6)), Admission, ChangeCriteria.Phq9).Baseline.Should().BeNull();

    [Theory]
    [InlineData(120)] // the window's first day
    [InlineData(240)] // its last day
    public void Evaluate_DrrEScoreOnTheWindowsEdge_IsTheFollowUp(int day)
    {
        var change = SymptomChanges.Evaluate(Series((0, 16), (day, 7)), Admission, ChangeCriteria.Phq9DrrE);

        change.FollowUp.Should().Be(new Measurement(Admission.PlusDays(day), 7));
        change.Response.Should().BeTrue("16 to 7 is a 56 % fall");
    }

    [Theory]
    [InlineData(119)]
    [InlineData(241)]
    public void Evaluate_DrrEScoreOneDayOutsideTheWindow_IsNoFollowUp(int day) =>
        SymptomChanges.Evaluate(Series((0, 16), (day, 7)), Admission, ChangeCriteria.Phq9DrrE).FollowUp.Should().BeNull();

    [Fact]
    public void Evaluate_DrrEWindow_IsCountedFromTheBaselineDateNotFromAdmission()
    {
        // Baseline 10 days before admission; day 115 after admission is 125 days after the baseline (inside
        // 120-240), though only 105 days after a date 10 days past admission.
        var change = SymptomChanges.Evaluate(Series((-10, 16), (115, 7)), Admission, ChangeCriteria.Phq9DrrE);

        change.FollowUp.Should().Be(new Measurement(Admission.PlusDays(115), 7));
    }

    [Fact]
    public void Evaluate_DrrEWindowAfterALateBaseline_EndsFromTheBaselineDate()
    {
        // Baseline 10 days after admission; day 250 is 240 days after it, the window's last day.
        var change = SymptomChanges.Evaluate(Series((10, 16), (250, 7)), Admission, ChangeCriteria.Phq9DrrE);

        change.FollowUp.Should().Be(new Measurement(Admission.PlusDays(250), 7));
    }
}
