using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class EpisodeTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);
    private static readonly LocalDate AsOf = new(2026, 12, 31);
    private static readonly EpisodeCriteria Windows = EpisodeCriteria.HedisStyle2025;

    private static LevelOfCareHistory Iop => LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient);

    private static LevelOfCareHistory IopDischargedAfter(int days) => Iop.Discharge(Admission.PlusDays(days));

    [Fact]
    public void Constructor_FromHistory_TakesAdmissionLevelAndDischarge()
    {
        var history = LevelOfCareHistory.Admit(Admission, LevelOfCare.PartialHospitalization)
            .Append(Admission.PlusDays(14), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)
            .Discharge(Admission.PlusDays(40));
        var episode = new Episode<string>("fictional-1", history, TedsDischargeReason.TreatmentCompleted);
        episode.Admission.Should().Be(Admission);
        episode.AdmissionLevel.Should().Be(LevelOfCare.PartialHospitalization, "the level of the history's first entry");
        episode.Discharge.Should().Be(Admission.PlusDays(40));
        episode.History.Should().BeSameAs(history);
        episode.IsOpen.Should().BeFalse();
    }

    [Fact]
    public void Constructor_ReasonWithoutDischarge_ThrowsForDischargeReason() =>
        FluentActions.Invoking(() => new Episode<string>("fictional-1", Iop, TedsDischargeReason.DroppedOut))
            .Should().Throw<ArgumentException>().WithParameterName("dischargeReason");

    [Fact]
    public void Constructor_OtherBadArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new Episode<string>("k", Iop, attendedSessions: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attendedSessions");
        var series = new MeasurementSeries(Instrument.Phq9, []);
        FluentActions.Invoking(() => new Episode<string>("k", Iop, measurements: [series, series]))
            .Should().Throw<ArgumentException>().WithParameterName("measurements");
        FluentActions.Invoking(() => new Episode<string>("k", Iop, serviceDates: [Admission.PlusDays(-1)]))
            .Should().Throw<ArgumentException>().WithParameterName("serviceDates");
        FluentActions.Invoking(() => new Episode<string>("k", Iop, aftercareVisits: [Admission]))
            .Should().Throw<ArgumentException>().WithParameterName("aftercareVisits");
        FluentActions.Invoking(() => new Episode<string>("k", IopDischargedAfter(10), (TedsDischargeReason)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dischargeReason");
        FluentActions.Invoking(() => new Episode<string>(null!, Iop))
            .Should().Throw<ArgumentNullException>().WithParameterName("key");
        FluentActions.Invoking(() => new Episode<string>("k", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void Equality_IsByValue_OverKeyHistoryAndDates()
    {
        // One series instance is shared: the series' own equality belongs to MeasurementSeries.
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission, 19)]);
        Episode<string> Make(string key, LevelOfCareHistory history, int sessions = 12, LocalDate[]? services = null) =>
            new(key, history, TedsDischargeReason.TreatmentCompleted, sessions, [series], services ?? [Admission, Admission.PlusDays(2)], [Admission.PlusDays(35)]);

        var episode = Make("fictional-1", IopDischargedAfter(30));
        ContractAssertions.Equality(
            episode,
            Make("fictional-1", IopDischargedAfter(30)), // a separately built, equal history and equal date lists
            Make("fictional-2", IopDischargedAfter(30)), // another key
            Make("fictional-1", IopDischargedAfter(31)), // another discharge date
            Make("fictional-1", IopDischargedAfter(30), sessions: 13),
            Make("fictional-1", IopDischargedAfter(30), services: [Admission, Admission.PlusDays(3)]));
    }

    [Fact]
    public void ToString_NeverPrintsTheKey()
    {
        var episode = new Episode<string>("MRN-0042-fictional", IopDischargedAfter(30), TedsDischargeReason.TreatmentCompleted);
        episode.ToString().Should().Be("Episode (IOP, closed)").And.NotContain("MRN");
    }

    [Fact]
    public void Evaluate_CompletedEpisode_HasLengthOfStayAndRetention()
    {
        // Discharged 42 days after admission: LengthOfStay.Days counts admission through discharge, 42 + 1 = 43
        // (before the shared convention this was 42, discharge - admission).
        var episode = new Episode<int>(1, IopDischargedAfter(42), TedsDischargeReason.TreatmentCompleted, attendedSessions: 18);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf);
        outcome.LengthOfStay.Should().Be(43);
        outcome.IsCompleted.Should().BeTrue();
        outcome.IsCensored.Should().BeFalse();
        outcome.RetainedAt(43).Should().BeTrue("the 43rd day of stay is the discharge date");
        outcome.RetainedAt(44).Should().BeFalse();
        outcome.AttendedSessions.Should().Be(18);
        outcome.Change.Should().BeNull();
        outcome.Findings.Should().BeEmpty();
        outcome.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_SameDayDischarge_StayedOneDay()
    {
        var outcome = EpisodeOutcomes.Evaluate(new Episode<int>(1, IopDischargedAfter(0), TedsDischargeReason.DroppedOut), Windows, ChangeCriteria.Phq9, AsOf);
        outcome.LengthOfStay.Should().Be(LengthOfStay.Days(Admission, Admission)).And.Be(1);
        outcome.RetainedAt(1).Should().BeTrue("the admission date is day 1");
        outcome.ToString().Should().Be("Episode outcome (1 day, not completed)");
    }

    [Theory]
    [InlineData(TedsDischargeReason.DroppedOut)]
    [InlineData(TedsDischargeReason.Transferred)] // a transfer is not a completion (TEDS reason 1 only)
    public void Evaluate_OtherReasons_AreNotCompleted(TedsDischargeReason reason)
    {
        var episode = new Episode<int>(1, IopDischargedAfter(10), reason);
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf).IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_OpenEpisode_IsCensoredAtTheReportDate()
    {
        // Open, report date 20 days after admission: 20 + 1 = 21 days observed (admission through the report date).
        var episode = new Episode<int>(1, Iop);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(20));
        outcome.LengthOfStay.Should().Be(21);
        outcome.IsCensored.Should().BeTrue();
        outcome.RetainedAt(21).Should().BeTrue();
        outcome.RetainedAt(30).Should().BeNull("the stay has not been observed that long");
        outcome.FollowUpShort.Should().BeNull();
        FluentActions.Invoking(() => outcome.RetainedAt(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Fact]
    public void Evaluate_DischargeAfterTheReportDate_CountsAsOpen()
    {
        // Report date 30 days after admission: 30 + 1 = 31 days observed; the later discharge is not yet known.
        var episode = new Episode<int>(1, IopDischargedAfter(50), TedsDischargeReason.TreatmentCompleted);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(30));
        outcome.IsCensored.Should().BeTrue();
        outcome.IsCompleted.Should().BeFalse();
        outcome.LengthOfStay.Should().Be(31);
    }

    [Fact]
    public void Evaluate_AdmittedAfterTheReportDate_ThrowsForAsOf() =>
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate(new Episode<int>(1, Iop), Windows, ChangeCriteria.Phq9, Admission.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");

    [Fact]
    public void Evaluate_LevelChanges_AreSteppedDownAndUp()
    {
        var history = LevelOfCareHistory.Admit(Admission, LevelOfCare.PartialHospitalization)
            .Append(Admission.PlusDays(14), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var down = EpisodeOutcomes.Evaluate(new Episode<int>(1, history), Windows, ChangeCriteria.Phq9, AsOf);
        down.SteppedDown.Should().BeTrue();
        down.SteppedUp.Should().BeFalse();
        var flat = EpisodeOutcomes.Evaluate(new Episode<int>(1, Iop), Windows, ChangeCriteria.Phq9, AsOf);
        flat.SteppedDown.Should().BeFalse();
        var lateral = EpisodeOutcomes.Evaluate(new Episode<int>(1, Iop.Append(Admission.PlusDays(3), LevelOfCare.IntensiveOutpatient, LevelChangeReason.Other)), Windows, ChangeCriteria.Phq9, AsOf);
        lateral.SteppedDown.Should().BeFalse("a lateral change is no step");
        lateral.SteppedUp.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_StepAfterTheReportDate_IsNotYetMade()
    {
        var history = Iop.Append(Admission.PlusDays(14), LevelOfCare.PartialHospitalization, LevelChangeReason.ClinicalJudgement);
        var episode = new Episode<int>(1, history);
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(13)).SteppedUp.Should().BeFalse("the step up is dated the day after the report date");
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(14)).SteppedUp.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, false, false)] // a visit on the discharge date does not count by default
    [InlineData(7, true, true)] // the last day of the 7-day window
    [InlineData(8, false, true)] // one day late for 7, inside 30
    [InlineData(30, false, true)] // the last day of the 30-day window
    [InlineData(31, false, false)] // outside both
    public void Evaluate_FollowUpWindows_CountDaysAfterDischarge(int day, bool within7, bool within30)
    {
        var discharge = Admission.PlusDays(30);
        var episode = new Episode<int>(1, IopDischargedAfter(30), TedsDischargeReason.TreatmentCompleted, aftercareVisits: [discharge.PlusDays(day)]);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf);
        outcome.FollowUpShort.Should().Be(within7);
        outcome.FollowUpLong.Should().Be(within30);
    }

    [Fact]
    public void Evaluate_VisitOnTheDischargeDate_CountsWhenTheCriteriaSaySo()
    {
        var discharge = Admission.PlusDays(30);
        var episode = new Episode<int>(1, IopDischargedAfter(30), TedsDischargeReason.TreatmentCompleted, aftercareVisits: [discharge]);
        var criteria = Windows with { Name = "Fictional windows", FollowUpCountsDischargeDate = true };
        EpisodeOutcomes.Evaluate(episode, criteria, ChangeCriteria.Phq9, AsOf).FollowUpShort.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_FollowUpWindowStillOpen_IsUnknown()
    {
        var discharge = Admission.PlusDays(30);
        var episode = new Episode<int>(1, IopDischargedAfter(30), TedsDischargeReason.TreatmentCompleted);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, discharge.PlusDays(3));
        outcome.FollowUpShort.Should().BeNull();
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, discharge.PlusDays(7)).FollowUpShort.Should().BeFalse("the window closed on its last day");
    }

    [Theory]
    [InlineData(13, true)] // the 14th day counting admission as day 1
    [InlineData(14, false)] // one day late
    public void Evaluate_Initiation_IsWithin14Days(int day, bool initiated)
    {
        var episode = new Episode<int>(1, Iop, serviceDates: [Admission.PlusDays(day)]);
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf).Initiated.Should().Be(initiated);
    }

    [Fact]
    public void Evaluate_InitiationWindowOpen_IsUnknown()
    {
        var episode = new Episode<int>(1, Iop);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(12));
        outcome.Initiated.Should().BeNull("the 14-day window closes 13 days after admission");
        outcome.Engaged.Should().BeNull();
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(13)).Initiated.Should().BeFalse();
    }

    [Theory]
    [InlineData(34, true)] // second engagement service on the last day (initiation + 34)
    [InlineData(35, false)] // one day late
    public void Evaluate_Engagement_NeedsTwoServicesWithin34DaysOfInitiation(int secondDay, bool engaged)
    {
        var episode = new Episode<int>(1, Iop, serviceDates: [Admission, Admission, Admission.PlusDays(10), Admission.PlusDays(secondDay)]);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf);
        outcome.Initiated.Should().BeTrue();
        outcome.Engaged.Should().Be(engaged, "a same-day service on the initiation date does not count toward engagement");
    }

    [Theory]
    [InlineData(0, false)] // same-day admission is not a readmission
    [InlineData(1, true)]
    [InlineData(30, true)] // the last day of a 30-day window
    [InlineData(31, false)]
    public void ReadmittedWithin_CountsDaysAfterDischarge(int day, bool readmitted)
    {
        var discharge = Admission.PlusDays(20);
        var first = new Episode<int>(1, IopDischargedAfter(20), TedsDischargeReason.TreatmentCompleted);
        var second = new Episode<int>(2, LevelOfCareHistory.Admit(discharge.PlusDays(day), LevelOfCare.Outpatient));
        EpisodeOutcomes.ReadmittedWithin(first, second, 30).Should().Be(readmitted);
    }

    [Fact]
    public void Evaluate_WithSeries_EvaluatesTheCriteriaInstrument()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission, 19), new(Admission.PlusDays(35), 8)]);
        var episode = new Episode<int>(1, Iop, measurements: [series]);
        var outcome = EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, AsOf);
        outcome.Change!.Response.Should().BeTrue();
        outcome.Findings.Should().Equal(outcome.Change.Findings);
        outcome.ToString().Should().Be($"Episode outcome ({LengthOfStay.Days(Admission, AsOf)} days, open)");
    }

    [Fact]
    public void Evaluate_SeriesWithoutBaseline_CarriesTheChangeFindings()
    {
        // The only score is 30 days after admission, outside the 14-day baseline window: the change reports it.
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission.PlusDays(30), 12)]);
        var outcome = EpisodeOutcomes.Evaluate(new Episode<int>(1, Iop, measurements: [series]), Windows, ChangeCriteria.Phq9, AsOf);
        outcome.Findings.Should().NotBeEmpty().And.Equal(outcome.Change!.Findings);
    }

    [Fact]
    public void Evaluate_SameInputs_GiveEqualOutcomes()
    {
        Episode<int> Make(int days) => new(1, IopDischargedAfter(days), TedsDischargeReason.TreatmentCompleted, 18, serviceDates: [Admission]);
        var outcome = EpisodeOutcomes.Evaluate(Make(42), Windows, ChangeCriteria.Phq9, AsOf);
        ContractAssertions.Equality(
            outcome,
            EpisodeOutcomes.Evaluate(Make(42), Windows, ChangeCriteria.Phq9, AsOf),
            EpisodeOutcomes.Evaluate(Make(43), Windows, ChangeCriteria.Phq9, AsOf), // one day longer
            EpisodeOutcomes.Evaluate(new Episode<int>(1, IopDischargedAfter(42), TedsDischargeReason.DroppedOut, 18, serviceDates: [Admission]), Windows, ChangeCriteria.Phq9, AsOf));
    }
}
