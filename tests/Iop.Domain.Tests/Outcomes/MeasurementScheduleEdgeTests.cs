using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The edges of applying a measurement schedule: which administrations count (through the evaluation date and
/// through discharge), the actual discharge over a planned one, windows clipped to admission, each instrument read
/// on its own, findings in the canonical order, ties for the next due entry; and the exact refusal messages, the
/// result's equality, hash and description.
/// </summary>
public sealed class MeasurementScheduleEdgeTests
{
    private static readonly LocalDate ScheduleStart = new(2026, 1, 1);
    private static readonly LocalDate Admission = new(2026, 3, 2);

    [Fact]
    public void Evaluate_AdministrationOnTheEvaluationDate_Counts()
    {
        var result = MeasurementSchedules.Evaluate(Open(Phq9On(Admission.PlusDays(5))), Admission.PlusDays(5), Schedule(Repeat(Instrument.Phq9, 7)));
        result.Instruments[0].LastAdministered.Should().Be(Admission.PlusDays(5));
        result.Instruments[0].NextDue.Should().Be(Admission.PlusDays(12));
    }

    [Fact]
    public void Evaluate_AdministrationAfterTheEvaluationDateButBeforeThePlannedDischarge_DoesNotCount()
    {
        // Planned discharge on day 31; evaluated on day 6; given on day 11: not yet given on the evaluation date.
        var entry = MeasurementSchedules.Evaluate(Open(Phq9On(Admission.PlusDays(10))), Admission.PlusDays(5), Schedule(Repeat(Instrument.Phq9, 7)), Admission.PlusDays(30)).Instruments[0];
        entry.LastAdministered.Should().BeNull();
        entry.NextDue.Should().Be(Admission.PlusDays(7), "7 days after admission, with no administration");
    }

    [Fact]
    public void Evaluate_AdministrationAfterDischarge_DoesNotCount()
    {
        // Discharged on day 11, evaluated on day 21, given on day 16: after the stay.
        var episode = new Episode<string>("fictional-1", Stay(Admission.PlusDays(10)), measurements: [Phq9On(Admission.PlusDays(15))]);
        var entry = MeasurementSchedules.Evaluate(episode, Admission.PlusDays(20), Schedule(Repeat(Instrument.Phq9, 7))).Instruments[0];
        entry.LastAdministered.Should().BeNull();
    }

    [Fact]
    public void Evaluate_DischargedEpisode_UsesTheActualDischargeOverThePlannedOne()
    {
        var discharge = Admission.PlusDays(20);
        var episode = new Episode<string>("fictional-1", Stay(discharge));
        var schedule = Schedule(new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 3 });
        var entry = MeasurementSchedules.Evaluate(episode, Admission.PlusDays(10), schedule, plannedDischarge: Admission.PlusDays(40)).Instruments[0];
        entry.NextOccasion.Should().Be(MeasurementOccasion.Discharge);
        entry.NextDue.Should().Be(discharge.PlusDays(-2), "the last 3 days of stay end on the actual discharge");
        entry.DueBy.Should().Be(discharge);
    }

    [Fact]
    public void Evaluate_DischargeWindowLongerThanTheStay_StartsOnAdmission()
    {
        // A 3-day planned stay with a 7-day discharge window: the window is clipped to the stay.
        var schedule = Schedule(new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 7 });
        var entry = MeasurementSchedules.Evaluate(Open(), Admission, schedule, Admission.PlusDays(2)).Instruments[0];
        entry.NextDue.Should().Be(Admission);
        entry.DueBy.Should().Be(Admission.PlusDays(2));
        entry.IsDue.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_EachInstrument_CountsOnlyItsOwnAdministrations()
    {
        var schedule = Schedule(Repeat(Instrument.Phq9, 7), Repeat(Instrument.Gad7, 7));
        var result = MeasurementSchedules.Evaluate(Open(Phq9On(Admission.PlusDays(2))), Admission.PlusDays(3), schedule);
        result.Instruments[0].LastAdministered.Should().Be(Admission.PlusDays(2));
        result.Instruments[1].LastAdministered.Should().BeNull("the GAD-7 was never given");
        result.Instruments[1].NextDue.Should().Be(Admission.PlusDays(7));
    }

    [Fact]
    public void Evaluate_SameNextDueDate_NextIsTheEarlierEntryOfTheSchedule()
    {
        var result = MeasurementSchedules.Evaluate(Open(), Admission, Schedule(Repeat(Instrument.Phq9, 7), Repeat(Instrument.Gad7, 7)));
        result.Instruments.Select(i => i.NextDue).Should().Equal(Admission.PlusDays(7), Admission.PlusDays(7));
        result.Next.Should().BeSameAs(result.Instruments[0]);
    }

    [Fact]
    public void Evaluate_SeveralOverdueOccasions_FindingsAreInTheCanonicalOrder()
    {
        // Nothing given in 31 days: the admission window (days 1-3) and the repeat due on day 8 are both overdue.
        // Found in occasion order, they are reported by message (ordinal): "A scheduled repeat..." before "The admission...".
        var schedule = Schedule(new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3, EveryDays = 7 });
        var result = MeasurementSchedules.Evaluate(Open(), Admission.PlusDays(30), schedule);
        result.Findings.Select(f => f.Message).Should().Equal(
            "A scheduled repeat administration was not given by the last day of its window: it is overdue.",
            "The admission administration of a scheduled instrument was not given within its window of stay: it is overdue.");
        result.Findings.Select(f => f.Subject).Should().Equal(
            FindingSubject.Dates(new DateInterval(Admission.PlusDays(7), Admission.PlusDays(7))),
            FindingSubject.Dates(new DateInterval(Admission, Admission.PlusDays(2))));
    }

    [Fact]
    public void MeasurementsDue_ToString_OneInstrument_IsSingular() =>
        MeasurementSchedules.Evaluate(Open(), Admission, Schedule(Repeat(Instrument.Phq9, 7))).ToString()
            .Should().Be("1 instrument scheduled, 0 due, 0 overdue");

    [Fact]
    public void MeasurementsDue_DifferingOnlyInFindings_AreUnequalWithOtherHashes()
    {
        var entries = MeasurementSchedules.Evaluate(Open(), Admission, Schedule(Repeat(Instrument.Phq9, 7))).Instruments;
        var overdue = MeasurementSchedules.Evaluate(Open(), Admission.PlusDays(30), Schedule(Repeat(Instrument.Phq9, 7))).Findings[0];
        var without = MeasurementsDue.FromRecord(entries, []);
        var with = MeasurementsDue.FromRecord(entries, [overdue]);
        without.Should().NotBe(with);
        without.GetHashCode().Should().NotBe(with.GetHashCode());
        with.Should().Be(MeasurementsDue.FromRecord(entries, [overdue]));
    }

    [Fact]
    public void MeasurementsDue_DifferingOnlyInEntries_HaveOtherHashes()
    {
        var first = MeasurementSchedules.Evaluate(Open(), Admission, Schedule(Repeat(Instrument.Phq9, 7)));
        var second = MeasurementSchedules.Evaluate(Open(), Admission, Schedule(Repeat(Instrument.Phq9, 14)));
        first.Findings.Should().BeEmpty();
        second.Findings.Should().BeEmpty();
        first.Should().NotBe(second);
        first.GetHashCode().Should().NotBe(second.GetHashCode());
    }

    [Fact]
    public void Schedule_EntryWithoutOccasion_IsRefusedWithTheMessage() =>
        FluentActions.Invoking(() => Schedule(new ScheduledInstrument(Instrument.Phq9)))
            .Should().Throw<ArgumentException>()
            .WithMessage("Every scheduled instrument needs at least one occasion: at admission, a repeat interval or before discharge.*")
            .Which.ParamName.Should().Be("instruments");

    [Fact]
    public void Schedule_InstrumentListedTwice_IsRefusedWithTheMessage() =>
        FluentActions.Invoking(() => Schedule(Repeat(Instrument.Phq9, 7), Repeat(Instrument.Phq9, 14)))
            .Should().Throw<ArgumentException>().WithMessage("A schedule lists each instrument once.*")
            .Which.ParamName.Should().Be("instruments");

    [Fact]
    public void ScheduledInstrument_IntervalNotAboveTheGrace_IsRefusedWithTheMessage()
    {
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = 7, EveryDays = 7 })
            .Should().Throw<ArgumentException>().WithMessage("The repeat interval must be longer than the grace days.*")
            .Which.ParamName.Should().Be("EveryDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { EveryDays = 7, GraceDays = 7 })
            .Should().Throw<ArgumentException>().WithMessage("The grace days must be fewer than the repeat interval.*")
            .Which.ParamName.Should().Be("GraceDays");
    }

    private static ScheduledInstrument Repeat(Instrument instrument, int every) => new(instrument) { EveryDays = every };

    private static MeasurementSchedule Schedule(params ScheduledInstrument[] instruments) => new("Fictional plan", "1", ScheduleStart, instruments);

    private static MeasurementSeries Phq9On(LocalDate date) => new(Instrument.Phq9, [new(date, 10)]);

    private static LevelOfCareHistory Stay(LocalDate discharge) =>
        LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient).Discharge(discharge);

    private static Episode<string> Open(params MeasurementSeries[] series) =>
        new("fictional-1", LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient), measurements: series);
}
