using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The measurement schedule (<c>OUT-SCHEDULE-DUE</c>, <c>OUT-SCHEDULE-OVERDUE</c>): due, next due and overdue dates
/// at admission, every N days and before discharge, across month, year and leap-day ends.
/// </summary>
public sealed class MeasurementScheduleTests
{
    private static readonly LocalDate ScheduleStart = new(2026, 1, 1);

    /// <summary>A fictional programme's plan: PHQ-9 within the first 3 days of stay, every 7 days, and in the last 3 days of stay.</summary>
    private static readonly MeasurementSchedule Weekly = new(
        "Fictional adult IOP measurement plan",
        "2026",
        ScheduleStart,
        [new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3, EveryDays = 7, DischargeWithinDays = 3 }]);

    /// <summary>Repeat only: PHQ-9 every 7 days, no admission or discharge occasion.</summary>
    private static MeasurementSchedule RepeatOnly(int every, int grace = 0) => new(
        "Repeat only",
        "1",
        ScheduleStart,
        [new ScheduledInstrument(Instrument.Phq9) { EveryDays = every, GraceDays = grace }]);

    /// <summary>The next repeat across a year end: the last administration on 2026-12-28 (a Monday), every 7 days.</summary>
    public static TheoryData<string, string, bool, bool> RepeatAcrossTheYearEnd => new()
    {
        { "2027-01-03", "2027-01-04", false, false }, // one day before the due date: upcoming
        { "2027-01-04", "2027-01-04", true, false }, // exactly on the due date, in the next year: due
        { "2027-01-05", "2027-01-04", false, true }, // one day after: overdue (no grace)
    };

    [Theory]
    [MemberData(nameof(RepeatAcrossTheYearEnd))]
    public void Evaluate_RepeatAcrossTheYearEnd_IsDueThenOverdue(string asOf, string nextDue, bool due, bool overdue)
    {
        var admission = new LocalDate(2026, 12, 21);
        var episode = Open(admission, Dates(new LocalDate(2026, 12, 28)));
        var result = MeasurementSchedules.Evaluate(episode, Date(asOf), RepeatOnly(7));
        var entry = result.Instruments.Should().ContainSingle().Subject;
        entry.LastAdministered.Should().Be(new LocalDate(2026, 12, 28));
        entry.NextOccasion.Should().Be(MeasurementOccasion.Repeat);
        entry.NextDue.Should().Be(Date(nextDue));
        entry.DueBy.Should().Be(Date(nextDue));
        entry.IsDue.Should().Be(due);
        entry.IsOverdue.Should().Be(overdue);
        result.Findings.Select(f => f.RuleId.Value).Should().Equal(overdue ? ["OUT-SCHEDULE-OVERDUE"] : Array.Empty<string>());
    }

    [Theory]
    [InlineData("2027-01-06", false)] // exactly the last grace day (due 2027-01-04 + 2)
    [InlineData("2027-01-07", true)] // one day after the grace
    public void Evaluate_RepeatWithGraceDays_IsOverdueTheDayAfterTheGrace(string asOf, bool overdue)
    {
        var admission = new LocalDate(2026, 12, 21);
        var result = MeasurementSchedules.Evaluate(Open(admission, Dates(new LocalDate(2026, 12, 28))), Date(asOf), RepeatOnly(7, grace: 2));
        var entry = result.Instruments[0];
        entry.DueBy.Should().Be(new LocalDate(2027, 1, 6));
        entry.IsOverdue.Should().Be(overdue);
        result.HasErrors.Should().BeFalse("an overdue measure is a Warning");
    }

    [Theory]
    [InlineData("2026-01-31", true, false)] // day 3 of stay, the month's last day: still due
    [InlineData("2026-02-01", false, true)] // day 4, in the next month: overdue
    public void Evaluate_AdmissionWindowAcrossTheMonthEnd_CountsTheAdmissionDateAsDayOne(string asOf, bool due, bool overdue)
    {
        var admission = new LocalDate(2026, 1, 29);
        var schedule = Weekly with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3 }] };
        var result = MeasurementSchedules.Evaluate(Open(admission), Date(asOf), schedule);
        var entry = result.Instruments[0];
        entry.NextOccasion.Should().Be(MeasurementOccasion.Admission);
        entry.NextDue.Should().Be(admission);
        entry.DueBy.Should().Be(new LocalDate(2026, 1, 31));
        LengthOfStay.Days(admission, entry.DueBy!.Value).Should().Be(3, "the window is 3 days of stay");
        entry.IsDue.Should().Be(due);
        entry.IsOverdue.Should().Be(overdue);
        result.Findings.Select(f => f.Subject).Should().Equal(overdue ? [FindingSubject.Dates(new DateInterval(admission, new LocalDate(2026, 1, 31)))] : Array.Empty<FindingSubject>());
    }

    [Fact]
    public void Evaluate_AdmissionGivenOnDayThree_IsDoneAndTheRepeatCountsFromIt()
    {
        var admission = new LocalDate(2026, 1, 29);
        var result = MeasurementSchedules.Evaluate(Open(admission, Dates(new LocalDate(2026, 1, 31))), new LocalDate(2026, 2, 1), Weekly);
        var entry = result.Instruments[0];
        entry.NextOccasion.Should().Be(MeasurementOccasion.Repeat);
        entry.NextDue.Should().Be(new LocalDate(2026, 2, 7), "7 days after the administration of 2026-01-31");
        entry.IsDue.Should().BeFalse();
        result.Findings.Should().BeEmpty();
        result.Next.Should().BeSameAs(entry);
    }

    [Theory]
    [InlineData(2027, "2027-02-28")] // not a leap year: the last 3 days of stay are 02-28, 03-01, 03-02
    [InlineData(2028, "2028-02-29")] // a leap year: 02-29, 03-01, 03-02
    public void Evaluate_DischargeWindowAcrossTheMonthEnd_IsTheLastDaysOfStay(int year, string windowStart)
    {
        var admission = new LocalDate(year, 2, 1);
        var planned = new LocalDate(year, 3, 2);
        var schedule = Weekly with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 3 }] };
        var entry = MeasurementSchedules.Evaluate(Open(admission), admission, schedule, planned).Instruments[0];
        entry.NextOccasion.Should().Be(MeasurementOccasion.Discharge);
        entry.NextDue.Should().Be(Date(windowStart));
        entry.DueBy.Should().Be(planned);
        LengthOfStay.Days(entry.NextDue!.Value, planned).Should().Be(3);
    }

    [Fact]
    public void Evaluate_DischargedWithoutTheDischargeAdministration_IsOverdueAfterDischarge()
    {
        var admission = new LocalDate(2026, 11, 2);
        var discharge = new LocalDate(2026, 12, 31);
        var history = LevelOfCareHistory.Admit(admission, LevelOfCare.IntensiveOutpatient).Discharge(discharge);
        var given = Dates(admission, new LocalDate(2026, 12, 21)); // the last repeat 10 days before discharge
        var episode = new Episode<string>("fictional-1", history, measurements: [given]);
        var result = MeasurementSchedules.Evaluate(episode, new LocalDate(2027, 1, 1), Weekly);
        var entry = result.Instruments[0];
        entry.NextOccasion.Should().Be(MeasurementOccasion.Repeat, "the repeat of 2026-12-28 fell inside the stay, before the discharge window");
        result.Findings.Should().HaveCount(2).And.OnlyContain(f => f.RuleId.Value == "OUT-SCHEDULE-OVERDUE" && f.Severity == Severity.Warning);
        result.Findings.Select(f => f.Subject!.Period).Should().BeEquivalentTo(
            [new DateInterval(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 28)), new DateInterval(new LocalDate(2026, 12, 29), discharge)]);
    }

    [Fact]
    public void Evaluate_RepeatAfterThePlannedDischarge_IsNotScheduled()
    {
        var admission = new LocalDate(2026, 6, 1);
        var schedule = RepeatOnly(7);
        var entry = MeasurementSchedules.Evaluate(Open(admission, Dates(admission)), admission, schedule, admission.PlusDays(6)).Instruments[0];
        entry.NextOccasion.Should().BeNull("the next repeat, day 8, falls after the planned discharge on day 7");
        entry.NextDue.Should().BeNull();
        entry.ToString().Should().Be("PHQ-9: nothing scheduled");
    }

    [Fact]
    public void Evaluate_DischargeOccasionWithoutADischargeDate_IsNotScheduled()
    {
        var admission = new LocalDate(2026, 6, 1);
        var schedule = Weekly with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 3 }] };
        MeasurementSchedules.Evaluate(Open(admission), admission.PlusDays(100), schedule).Instruments[0].NextDue.Should().BeNull();
    }

    [Fact]
    public void Evaluate_SeveralInstruments_NextIsTheEarliestDue()
    {
        var admission = new LocalDate(2026, 3, 2);
        var schedule = new MeasurementSchedule(
            "Fictional plan",
            "1",
            ScheduleStart,
            [
                new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 1, EveryDays = 14 },
                new ScheduledInstrument(Instrument.Gad7) { AdmissionWithinDays = 1, EveryDays = 7 },
                new ScheduledInstrument(Instrument.Pcl5) { DischargeWithinDays = 7 },
            ]);
        var episode = Open(admission, Dates(admission), new MeasurementSeries(Instrument.Gad7, [new(admission, 8)]));
        var result = MeasurementSchedules.Evaluate(episode, admission.PlusDays(1), schedule);
        result.Instruments.Select(i => i.NextDue).Should().Equal(admission.PlusDays(14), admission.PlusDays(7), null);
        result.Next!.Instrument.Should().Be(Instrument.Gad7);
        result.ToString().Should().Be("3 instruments scheduled, 0 due, 0 overdue");
    }

    [Fact]
    public void Evaluate_AdministrationsAfterTheEvaluationDate_DoNotCount()
    {
        var admission = new LocalDate(2026, 3, 2);
        var schedule = Weekly with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3 }] };
        var entry = MeasurementSchedules.Evaluate(Open(admission, Dates(admission.PlusDays(2))), admission.PlusDays(1), schedule).Instruments[0];
        entry.IsDue.Should().BeTrue("the administration of day 3 is after the evaluation date");
        entry.LastAdministered.Should().BeNull();
    }

    [Property]
    public Property Evaluate_Repeat_IsDueEveryDaysAfterTheLatestAndOverdueAfterTheGrace() => Prop.ForAll(
        Gen.Choose(0, 108_700).Zip(Gen.Choose(1, 366)).Zip(Gen.Choose(0, 800)).ToArbitrary(),
        t =>
        {
            // Any admission from 1900 to 2197 (so the evaluation date, up to 800 days into the stay, stays before 2199-12-31), any interval.
            var ((offset, every), later) = t;
            var grace = every / 3;
            var admission = new LocalDate(1900, 1, 1).PlusDays(offset);
            var asOf = admission.PlusDays(later);
            var entry = MeasurementSchedules.Evaluate(Open(admission, Dates(admission)), asOf, RepeatOnly(every, grace)).Instruments[0];
            var due = admission.PlusDays(every);
            return entry.NextDue == due
                && entry.DueBy == due.PlusDays(grace)
                && entry.IsOverdue == (asOf > due.PlusDays(grace))
                && entry.IsDue == (asOf >= due && asOf <= due.PlusDays(grace));
        });

    [Fact]
    public void Evaluate_DatesOutsideTheSupportedRangeOrBeforeAdmission_Throw()
    {
        var admission = new LocalDate(2026, 3, 2);
        var episode = Open(admission);
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate(episode, new LocalDate(2200, 1, 1), Weekly))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf"); // one day past 2199-12-31
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate(episode, admission, Weekly, new LocalDate(2200, 1, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("plannedDischarge");
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate(episode, admission.PlusDays(-1), Weekly))
            .Should().Throw<ArgumentException>().WithParameterName("asOf"); // one day before admission
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate(episode, admission, Weekly, admission.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("plannedDischarge");
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate<string>(null!, admission, Weekly)).Should().Throw<ArgumentNullException>().WithParameterName("episode");
        FluentActions.Invoking(() => MeasurementSchedules.Evaluate(episode, admission, null!)).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
    }

    [Fact]
    public void Schedule_ContradictoryEntries_AreRefusedWhenBuilt()
    {
        FluentActions.Invoking(() => new MeasurementSchedule("x", "1", ScheduleStart, []))
            .Should().Throw<ArgumentException>().WithParameterName("instruments");
        FluentActions.Invoking(() => new MeasurementSchedule("x", "1", ScheduleStart, [new ScheduledInstrument(Instrument.Phq9)]))
            .Should().Throw<ArgumentException>().WithParameterName("instruments"); // no occasion
        FluentActions.Invoking(() => Weekly with { Instruments = [.. Weekly.Instruments, new ScheduledInstrument(Instrument.Phq9) { EveryDays = 30 }] })
            .Should().Throw<ArgumentException>().WithParameterName("Instruments"); // the PHQ-9 twice
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { EveryDays = 7, GraceDays = 7 })
            .Should().Throw<ArgumentException>().WithParameterName("GraceDays"); // grace as long as the interval
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = 7, EveryDays = 7 })
            .Should().Throw<ArgumentException>().WithParameterName("EveryDays"); // the same, set in the other order
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { EveryDays = 0 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EveryDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 367 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AdmissionWithinDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 0 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DischargeWithinDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = -1 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("GraceDays");
        FluentActions.Invoking(() => Weekly with { EffectiveTo = ScheduleStart.PlusDays(-1) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
    }

    [Fact]
    public void Schedule_IsARuleSetWithValueEquality()
    {
        IRuleSet set = Weekly;
        set.Sources.Should().Contain(OutcomeRules.ScheduleDue.Source);
        Weekly.Should().Be(Weekly with { });
        Weekly.Should().NotBe(Weekly with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { EveryDays = 14 }] });
        Weekly.Instruments[0].ToString().Should().Be("PHQ-9: admission within 3 days, every 7 days, discharge within 3 days");
    }

    [Fact]
    public void MeasurementsDue_EqualityContract()
    {
        var admission = new LocalDate(2026, 3, 2);
        var result = MeasurementSchedules.Evaluate(Open(admission), admission, Weekly);
        ContractAssertions.Equality(
            result,
            MeasurementSchedules.Evaluate(Open(admission), admission, Weekly),
            MeasurementSchedules.Evaluate(Open(admission), admission.PlusDays(5), Weekly));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static MeasurementSeries Dates(params LocalDate[] dates) =>
        new(Instrument.Phq9, dates.Select(d => new Measurement(d, 10)));

    private static Episode<string> Open(LocalDate admission, params MeasurementSeries[] series) =>
        new("fictional-1", LevelOfCareHistory.Admit(admission, LevelOfCare.IntensiveOutpatient), measurements: series);
}
