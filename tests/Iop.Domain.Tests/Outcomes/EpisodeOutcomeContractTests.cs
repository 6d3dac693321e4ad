using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// An episode outcome as a user sees it: equality member by member, its description, retention at the last day
/// of stay and after, and the readmission window exactly at its edges.
/// </summary>
public sealed class EpisodeOutcomeContractTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);

    private static readonly LocalDate AsOf = new(2026, 12, 31);

    [Fact]
    public void Equality_OutcomesThatDifferInOneFact_AreUnequal()
    {
        ContractAssertions.Equality(
            Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted),
            Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted),
            Outcome(Discharged(21), TedsDischargeReason.TreatmentCompleted), // length of stay
            Outcome(Discharged(20), TedsDischargeReason.DroppedOut), // completion
            Outcome(Iop(), null), // censored
            Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, attended: 3), // attended sessions
            Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, series: Series(18, 8)), // symptom change
            Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, aftercare: [Admission.PlusDays(23)]), // follow-up
            Outcome(Iop().Append(Admission.PlusDays(10), LevelOfCare.PartialHospitalization, LevelChangeReason.TransitionReview).Discharge(Admission.PlusDays(20)), TedsDischargeReason.TreatmentCompleted)); // stepped up
        Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, series: Series(18, 8))
            .Should().NotBe(Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, series: Series(18, 9)));
    }

    [Fact]
    public void Facts_OfADischargedCompletedEpisode_AreThoseOfItsHistory()
    {
        var outcome = Outcome(Discharged(20), TedsDischargeReason.TreatmentCompleted, attended: 12, series: Series(18, 8));
        outcome.LengthOfStay.Should().Be(21); // inclusive calendar days
        outcome.IsCensored.Should().BeFalse();
        outcome.IsCompleted.Should().BeTrue();
        outcome.SteppedDown.Should().BeFalse();
        outcome.SteppedUp.Should().BeFalse();
        outcome.AttendedSessions.Should().Be(12);
        outcome.Change!.Change.Should().Be(-10);
        outcome.Findings.Should().BeSameAs(outcome.Change.Findings);
        outcome.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Facts_OfAnOpenEpisode_AreCensoredAndNotCompleted()
    {
        var outcome = Outcome(Iop(), null);
        outcome.IsCensored.Should().BeTrue();
        outcome.IsCompleted.Should().BeFalse();
        outcome.Change.Should().BeNull();
        outcome.Findings.Should().BeEmpty();
        outcome.ToString().Should().Be($"Episode outcome ({outcome.LengthOfStay} days, open)");
    }

    [Theory]
    [InlineData(0, TedsDischargeReason.TreatmentCompleted, "Episode outcome (1 day, completed)")]
    [InlineData(1, TedsDischargeReason.TreatmentCompleted, "Episode outcome (2 days, completed)")]
    [InlineData(9, TedsDischargeReason.DroppedOut, "Episode outcome (10 days, not completed)")]
    public void ToString_SaysTheDaysAndHowTheEpisodeEnded(int days, TedsDischargeReason reason, string expected) =>
        Outcome(Discharged(days), reason).ToString().Should().Be(expected);

    [Fact]
    public void RetainedAt_AfterTheLastDayOfAnOpenEpisode_IsUnknown()
    {
        var open = EpisodeOutcomes.Evaluate(new Episode<int>(1, Iop()), EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, Admission.PlusDays(9));
        open.LengthOfStay.Should().Be(10);
        open.RetainedAt(10).Should().BeTrue(); // the last day observed
        open.RetainedAt(11).Should().BeNull(); // still open: not known yet
        var closed = Outcome(Discharged(9), TedsDischargeReason.DroppedOut);
        closed.RetainedAt(10).Should().BeTrue();
        closed.RetainedAt(11).Should().BeFalse();
        FluentActions.Invoking(() => closed.RetainedAt(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
        closed.RetainedAt(1).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, false)] // admitted again on the discharge date: not after it
    [InlineData(1, true)] // the day after
    [InlineData(30, true)] // the last day of a 30-day window
    [InlineData(31, false)] // one day past it
    public void ReadmittedWithin_AtTheEdgesOfTheWindow_CountsOnlyDaysAfterDischarge(int daysAfterDischarge, bool readmitted)
    {
        var earlier = new Episode<int>(1, Discharged(20), TedsDischargeReason.TreatmentCompleted);
        var later = new Episode<int>(1, LevelOfCareHistory.Admit(Admission.PlusDays(20 + daysAfterDischarge), LevelOfCare.IntensiveOutpatient));
        EpisodeOutcomes.ReadmittedWithin(earlier, later, 30).Should().Be(readmitted);
    }

    [Fact]
    public void ReadmittedWithin_OpenEarlierEpisode_IsNoReadmission_AndGuardsNameTheParameter()
    {
        var open = new Episode<int>(1, Iop());
        var later = new Episode<int>(1, LevelOfCareHistory.Admit(Admission.PlusDays(40), LevelOfCare.IntensiveOutpatient));
        EpisodeOutcomes.ReadmittedWithin(open, later, 365).Should().BeFalse();
        var earlier = new Episode<int>(1, Discharged(20), TedsDischargeReason.TreatmentCompleted);
        EpisodeOutcomes.ReadmittedWithin(earlier, new Episode<int>(1, LevelOfCareHistory.Admit(Admission.PlusDays(21), LevelOfCare.IntensiveOutpatient)), 1).Should().BeTrue();
        FluentActions.Invoking(() => EpisodeOutcomes.ReadmittedWithin(earlier, later, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => EpisodeOutcomes.ReadmittedWithin(null!, later, 30)).Should().Throw<ArgumentNullException>().WithParameterName("earlier");
        FluentActions.Invoking(() => EpisodeOutcomes.ReadmittedWithin(earlier, null!, 30)).Should().Throw<ArgumentNullException>().WithParameterName("later");
    }

    [Fact]
    public void Administration_Guards_AndDescription()
    {
        var score = Instruments.ScoreTotal(Instrument.Phq9, 12, ScoringPolicy.Default);
        FluentActions.Invoking(() => new Administration(new LocalDate(1899, 12, 31), score)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
        FluentActions.Invoking(() => new Administration(Admission, score) with { Date = new LocalDate(2200, 1, 1) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
        (new Administration(Admission, score) with { Date = Admission.PlusDays(1) }).Date.Should().Be(Admission.PlusDays(1));
        new Administration(Admission, score).Date.Should().Be(Admission);
        new Administration(Admission, score).ToString().Should().Be($"Administration ({score})");
    }

    private static LevelOfCareHistory Iop() => LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient);

    private static LevelOfCareHistory Discharged(int days) => Iop().Discharge(Admission.PlusDays(days));

    private static MeasurementSeries Series(int baseline, int latest) =>
        new(Instrument.Phq9, [new Measurement(Admission, baseline), new Measurement(Admission.PlusDays(14), latest)]);

    private static EpisodeOutcome Outcome(LevelOfCareHistory history, TedsDischargeReason? reason, int attended = 0, MeasurementSeries? series = null, LocalDate[]? aftercare = null) =>
        EpisodeOutcomes.Evaluate(
            new Episode<int>(1, history, reason, attended, series is null ? null : [series], aftercareVisits: aftercare),
            EpisodeCriteria.HedisStyle2025,
            ChangeCriteria.Phq9,
            AsOf);
}
