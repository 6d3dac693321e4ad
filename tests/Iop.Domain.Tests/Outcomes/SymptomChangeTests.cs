using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class SymptomChangeTests
{
    private static readonly LocalDate Admission = new(2026, 3, 2);

    private static MeasurementSeries Series(params (int Day, int Score)[] scores) =>
        new(Instrument.Phq9, scores.Select(s => new Measurement(Admission.PlusDays(s.Day), s.Score)));

    [Fact]
    public void Evaluate_BaselineIsTheScoreNearestAdmissionInTheWindow()
    {
        // Day -15 lies outside the 14-day window; day -3 is nearer admission than day 5.
        var change = SymptomChanges.Evaluate(Series((-15, 27), (-3, 18), (5, 16), (40, 6)), Admission, ChangeCriteria.Phq9);
        change.Baseline.Should().Be(new Measurement(Admission.PlusDays(-3), 18));
        change.Latest!.Value.Score.Should().Be(6);
        change.Change.Should().Be(-12);
    }

    [Fact]
    public void Evaluate_TieAroundAdmission_PrefersTheEarlierScore()
    {
        var change = SymptomChanges.Evaluate(Series((-2, 15), (2, 12)), Admission, ChangeCriteria.Phq9);
        change.Baseline!.Value.Score.Should().Be(15);
    }

    [Fact]
    public void Evaluate_NewEpisode_StartsANewBaseline()
    {
        // The same person's scores judged for a second episode admitted 60 days later.
        var series = Series((0, 20), (30, 8), (60, 17), (90, 7));
        SymptomChanges.Evaluate(series, Admission, ChangeCriteria.Phq9).Baseline!.Value.Score.Should().Be(20);
        SymptomChanges.Evaluate(series, Admission.PlusDays(60), ChangeCriteria.Phq9).Baseline!.Value.Score.Should().Be(17);
    }

    [Fact]
    public void Evaluate_NoScoreInTheWindow_ReportsNoBaseline()
    {
        var change = SymptomChanges.Evaluate(Series((20, 14), (40, 6)), Admission, ChangeCriteria.Phq9);
        change.Baseline.Should().BeNull();
        change.Response.Should().BeNull();
        change.Findings.Should().ContainSingle().Which.RuleId.Value.Should().Be("OUT-BASELINE-WINDOW");
        change.ToString().Should().Be("PHQ-9 change: no baseline");
    }

    [Theory]
    [InlineData(10, 5, true, false)] // exactly 50 % down from the lowest elevated baseline; 5 is not below 5
    [InlineData(10, 6, false, false)] // 40 % down
    [InlineData(10, 4, true, true)] // remission: below 5
    [InlineData(15, 7, true, false)] // 7 <= 7.5: response with an odd baseline
    [InlineData(15, 8, false, false)] // 8 > 7.5
    [InlineData(27, 0, true, true)] // the whole range
    public void Evaluate_ElevatedBaseline_ClassifiesResponseAndRemission(int baseline, int followUp, bool response, bool remission)
    {
        var change = SymptomChanges.Evaluate(Series((0, baseline), (60, followUp)), Admission, ChangeCriteria.Phq9);
        change.IsEligible.Should().BeTrue();
        change.Response.Should().Be(response);
        change.Remission.Should().Be(remission);
    }

    [Fact]
    public void Evaluate_BaselineNine_IsNotEligible()
    {
        // 9 is not above 9 (OUT-PHQ9-ELEVATED): response and remission are not judged.
        var change = SymptomChanges.Evaluate(Series((0, 9), (60, 0)), Admission, ChangeCriteria.Phq9);
        change.IsEligible.Should().BeFalse();
        change.Response.Should().BeNull();
        change.Remission.Should().BeNull();
    }

    [Fact]
    public void Evaluate_DrrEWindow_UsesTheLatestScoreFrom120To240Days()
    {
        var change = SymptomChanges.Evaluate(Series((0, 16), (100, 4), (150, 9), (200, 7), (260, 3)), Admission, ChangeCriteria.Phq9DrrE);
        change.FollowUp!.Value.Score.Should().Be(7, "day 200 is the latest score inside 120-240; day 260 is outside");
        change.Response.Should().BeTrue();
        change.Remission.Should().BeFalse();
        change.Latest!.Value.Score.Should().Be(3);
    }

    [Fact]
    public void Evaluate_DrrEWindowWithoutAScoreInIt_HasNoFollowUp()
    {
        var change = SymptomChanges.Evaluate(Series((0, 16), (100, 4)), Admission, ChangeCriteria.Phq9DrrE);
        change.FollowUp.Should().BeNull();
        change.Response.Should().BeNull();
    }

    [Theory]
    // Hand-computed with the formula of Jacobson & Truax 1991 (no published worked example was reproducible
    // here): SD 5, r 0.84 => SE = 5 * sqrt(0.16) = 2, S_diff = sqrt(2 * 2^2) = 2.8284; cut-off 10.
    [InlineData(20, 12, -2.8284, ChangeCategory.Improved)] // reliable, but 12 is still above the cut-off
    [InlineData(20, 9, -3.8891, ChangeCategory.Recovered)] // reliable and crossed the cut-off
    [InlineData(20, 15, -1.7678, ChangeCategory.Unchanged)] // within measurement error
    [InlineData(12, 9, -1.0607, ChangeCategory.Unchanged)] // crossed the cut-off without reliable change
    [InlineData(10, 16, 2.1213, ChangeCategory.Deteriorated)] // reliable worsening
    public void Evaluate_ReliableChange_MatchesTheHandComputedIndex(int baseline, int followUp, double rci, ChangeCategory category)
    {
        var criteria = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.84) { CutOff = 10 } };
        var change = SymptomChanges.Evaluate(Series((0, baseline), (60, followUp)), Admission, criteria);
        change.ReliableChangeIndex.Should().BeApproximately(rci, 0.0001);
        change.Category.Should().Be(category);
        ReliableChange.Classify(baseline, followUp, criteria.ReliableChange!).Should().Be(category);
    }

    [Fact]
    public void ReliableChange_MinimumReliableChange_IsThresholdTimesSDiff()
    {
        // 1.96 * 2.8284 = 5.5437 points: a PHQ-9 change of 6 or more is reliable with SD 5, r 0.84.
        ReliableChange.MinimumReliableChange(new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.84)).Should().BeApproximately(5.5437, 0.0001);
    }

    [Fact]
    public void ReliableChange_CutOffs_FollowJacobsonTruax()
    {
        // Hand-computed: dysfunctional mean 17, SD 5; functional mean 3, SD 3.
        ReliableChange.CutOffA(17, 5).Should().Be(7);
        ReliableChange.CutOffB(3, 3).Should().Be(9);
        ReliableChange.CutOffC(17, 5, 3, 3).Should().Be(((5 * 3) + (3 * 17)) / 8.0); // 8.25
        FluentActions.Invoking(() => ReliableChange.CutOffA(17, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dysfunctionalSd");
    }

    [Fact]
    public void ReliableChangeCriteria_BadArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 0, 0.8)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("preTreatmentStandardDeviation");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reliability");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.8) { Threshold = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Threshold");
    }

    [Theory]
    [InlineData(42, 12, true)] // 6 weeks after baseline, 33 % better: below the 50 % share
    [InlineData(42, 9, false)] // 6 weeks, exactly 50 % better: on track
    [InlineData(41, 17, false)] // not yet 6 weeks: not judged
    public void Evaluate_NotOnTrack_FiresAfterTheWeeksWhenImprovementIsTooSmall(int day, int latest, bool fires)
    {
        var criteria = ChangeCriteria.Phq9 with { NotOnTrackAfterWeeks = 6 };
        var change = SymptomChanges.Evaluate(Series((0, 18), (day, latest)), Admission, criteria);
        change.IsNotOnTrack.Should().Be(fires);
        change.Findings.Any(f => f.RuleId.Value == "OUT-NOT-ON-TRACK").Should().Be(fires);
    }

    [Fact]
    public void Evaluate_NotOnTrackByDefault_IsOff()
    {
        var change = SymptomChanges.Evaluate(Series((0, 18), (120, 18)), Admission, ChangeCriteria.Phq9);
        change.IsNotOnTrack.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_WrongInstrument_ThrowsForCriteria()
    {
        var gad = new MeasurementSeries(Instrument.Gad7, [new Measurement(Admission, 12)]);
        FluentActions.Invoking(() => SymptomChanges.Evaluate(gad, Admission, ChangeCriteria.Phq9))
            .Should().Throw<ArgumentException>().WithParameterName("criteria");
    }

    [Fact]
    public void MeasurementSeries_OutOfOrderDuplicateOrOutOfRange_Throws()
    {
        FluentActions.Invoking(() => Series((10, 5), (5, 6))).Should().Throw<ArgumentException>().WithParameterName("measurements");
        FluentActions.Invoking(() => Series((5, 5), (5, 6))).Should().Throw<ArgumentException>().WithParameterName("measurements");
        FluentActions.Invoking(() => Series((5, 28))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("measurements")
            .Which.Message.Should().NotContain("28");
        FluentActions.Invoking(() => new MeasurementSeries(Instrument.Phq9, null!)).Should().Throw<ArgumentNullException>().WithParameterName("measurements");
    }

    [Fact]
    public void ChangeCriteria_BadValues_ThrowNamingTheProperty()
    {
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", Admission, Instrument.Phq9, 9, 0, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseReduction");
        FluentActions.Invoking(() => ChangeCriteria.Phq9 with { BaselineDaysBefore = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineDaysBefore");
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", Admission, null!, 9, 0.5, 5)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Fact]
    public void ToString_NamesNoDates()
    {
        var change = SymptomChanges.Evaluate(Series((0, 18), (60, 4)), Admission, ChangeCriteria.Phq9);
        change.ToString().Should().Be("PHQ-9 change 18 → 4 (response, remission)");
        Series((0, 18)).ToString().Should().Be("PHQ-9 series (1 score)");
    }
}
