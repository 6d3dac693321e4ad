using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

/// <summary>
/// The one Medicare recertification clock: due dates at month ends, leap days and year ends (NodaTime
/// calendar arithmetic), day 18 counting the first day, the rule per level, and the overdue finding.
/// </summary>
public sealed class RecertificationCadenceTests
{
    private static readonly RecertificationCadence Medicare = RecertificationCadence.Medicare;
    private static readonly LocalDate Start = new(2025, 1, 6);

    private static readonly Arbitrary<LocalDate> Dates =
        Gen.Choose(0, 365 * 40).Select(n => new LocalDate(2000, 1, 1).PlusDays(n)).ToArbitrary();

    [Fact]
    public void Medicare_DefaultsArePinnedToTheirSources()
    {
        Medicare.PhpFirstRecertificationDay.Should().Be(18); // rule 23, §3.2: 42 CFR 424.24(e)(3)
        Medicare.PhpRecertificationInterval.Should().Be(Period.FromDays(30)); // rule 24, §3.2
        Medicare.IopRecertificationInterval.Should().Be(Period.FromMonths(2)); // rule 25, §3.2: every other month, calendar months
        new RecertificationCadence().Should().Be(Medicare);
    }

    [Theory]
    [InlineData("2025-01-31", "2025-03-31")] // month end to month end of the same length
    [InlineData("2024-12-31", "2025-02-28")] // year end, clamped to the end of a short February
    [InlineData("2023-12-31", "2024-02-29")] // year end into a leap February: the leap day
    [InlineData("2023-12-30", "2024-02-29")] // 30 February does not exist: clamped to the leap day
    [InlineData("2024-02-29", "2024-04-29")] // from the leap day
    [InlineData("2025-07-31", "2025-09-30")] // clamped to a 30-day month
    [InlineData("2024-11-15", "2025-01-15")] // across the year end, mid-month
    [InlineData("2025-01-01", "2025-03-01")] // two calendar months, not 60 days (which would be 2025-03-02)
    public void NextIopRecertificationDue_IsTwoCalendarMonthsLater(string last, string due) =>
        Medicare.NextIopRecertificationDue(Date(last)).Should().Be(Date(due));

    [Theory]
    [InlineData("2024-02-20", "2024-03-08")] // day 18 across a leap February
    [InlineData("2025-02-20", "2025-03-09")] // day 18 across a common February
    [InlineData("2024-12-20", "2025-01-06")] // day 18 across the year end
    [InlineData("2025-01-06", "2025-01-23")] // mid-month: day 1 plus 17 days, not plus 18
    public void PhpFirstRecertificationDue_IsDay18CountingTheFirstDayAsDay1(string first, string due) =>
        Medicare.PhpFirstRecertificationDue(Date(first)).Should().Be(Date(due));

    [Theory]
    [InlineData("2024-02-10", "2024-03-11")] // 30 days across a leap February
    [InlineData("2024-12-31", "2025-01-30")] // 30 days across the year end
    [InlineData("2025-01-22", "2025-02-21")] // 30 days within a common winter
    public void NextPhpRecertificationDue_IsThirtyDaysLater(string last, string due) =>
        Medicare.NextPhpRecertificationDue(Date(last)).Should().Be(Date(due));

    [Fact]
    public void DueDates_FollowTheConfiguredNumbers()
    {
        var custom = Medicare with { PhpFirstRecertificationDay = 1, PhpRecertificationInterval = Period.FromWeeks(2), IopRecertificationInterval = Period.FromDays(60) };

        custom.PhpFirstRecertificationDue(Start).Should().Be(Start, "day 1 is the first day itself");
        custom.NextPhpRecertificationDue(Start).Should().Be(Start.PlusDays(14));
        custom.NextIopRecertificationDue(new LocalDate(2025, 1, 1)).Should().Be(new LocalDate(2025, 3, 2), "the 60-day reading");
    }

    [Property]
    public Property NextIopRecertificationDue_IsBetween59And62DaysLater() => Prop.ForAll(Dates, last =>
    {
        var days = Period.Between(last, Medicare.NextIopRecertificationDue(last), PeriodUnits.Days).Days;
        return days is >= 59 and <= 62;
    });

    [Property]
    public Property DueDates_AreMonotoneInTheLastDate() => Prop.ForAll(Dates, Dates, (a, b) =>
    {
        var (early, late) = a <= b ? (a, b) : (b, a);
        return Medicare.NextIopRecertificationDue(early) <= Medicare.NextIopRecertificationDue(late)
            && Medicare.NextPhpRecertificationDue(early) <= Medicare.NextPhpRecertificationDue(late)
            && Medicare.PhpFirstRecertificationDue(early) <= Medicare.PhpFirstRecertificationDue(late);
    });

    [Fact]
    public void NextDue_PhpWithoutRecertification_IsTheFirstByDay18()
    {
        var due = Medicare.NextDue(LevelOfCare.PartialHospitalization, Start, null);

        due.Should().Be(new RecertificationDue(ContinuumRules.PhpFirstRecertification, Start.PlusDays(17)));
        due!.Value.Rule.Id.Value.Should().Be("MCR-PHP-RECERT-18");
    }

    [Theory]
    [InlineData(0)] // recertified on the level's first day: the latest recertification counts, not day 18
    [InlineData(16)] // recertified on day 17
    [InlineData(40)] // a later recertification
    public void NextDue_PhpWithRecertification_IsThirtyDaysAfterTheLatest(int daysAfterStart)
    {
        var last = Start.PlusDays(daysAfterStart);

        var due = Medicare.NextDue(LevelOfCare.PartialHospitalization, Start, last)!.Value;

        due.Rule.Should().Be(ContinuumRules.PhpRecertification);
        due.Rule.Id.Value.Should().Be("MCR-PHP-RECERT-30");
        due.DueBy.Should().Be(last.PlusDays(30));
    }

    [Fact]
    public void NextDue_Iop_IsTwoCalendarMonthsAfterTheLatestCertification()
    {
        var start = new LocalDate(2024, 12, 31);

        var first = Medicare.NextDue(LevelOfCare.IntensiveOutpatient, start, null)!.Value;
        first.Rule.Id.Value.Should().Be("MCR-IOP-RECERT");
        first.DueBy.Should().Be(new LocalDate(2025, 2, 28), "two calendar months from 31 December end on the last day of February, not after 60 days");
        Medicare.NextDue(LevelOfCare.IntensiveOutpatient, start, new LocalDate(2025, 2, 28))!.Value.DueBy
            .Should().Be(new LocalDate(2025, 4, 28), "chained from the latest recertification");
    }

    [Theory]
    [InlineData(LevelOfCare.Outpatient)] // no Medicare recertification clock
    [InlineData(LevelOfCare.Residential)] // no clock in this cadence
    [InlineData(LevelOfCare.Inpatient)] // no clock in this cadence
    public void NextDue_OtherLevels_IsNull(LevelOfCare level)
    {
        Medicare.NextDue(level, Start, null).Should().BeNull();
        Medicare.NextDue(level, Start, Start.PlusDays(5)).Should().BeNull();
    }

    [Fact]
    public void NextDue_InvalidArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => Medicare.NextDue(LevelOfCare.IntensiveOutpatient, Start, Start.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("lastRecertification");
        FluentActions.Invoking(() => Medicare.NextDue(LevelOfCare.Outpatient, Start, Start.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("lastRecertification");
        FluentActions.Invoking(() => Medicare.NextDue((LevelOfCare)0, Start, null))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        Medicare.NextDue(LevelOfCare.IntensiveOutpatient, Start, Start).Should().NotBeNull("a recertification on the first day is allowed");
    }

    [Fact]
    public void With_InvalidThresholds_ThrowsNamingTheProperty()
    {
        Action act = () => _ = Medicare with { PhpFirstRecertificationDay = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpFirstRecertificationDay");
        act = () => _ = Medicare with { PhpFirstRecertificationDay = 367 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpFirstRecertificationDay");
        act = () => _ = Medicare with { IopRecertificationInterval = Period.FromHours(48) };
        act.Should().Throw<ArgumentException>().WithParameterName("IopRecertificationInterval");
        act = () => _ = Medicare with { IopRecertificationInterval = Period.Zero };
        act.Should().Throw<ArgumentException>().WithParameterName("IopRecertificationInterval");
        act = () => _ = Medicare with { PhpRecertificationInterval = Period.FromDays(-30) };
        act.Should().Throw<ArgumentException>().WithParameterName("PhpRecertificationInterval");
        act = () => _ = Medicare with { PhpRecertificationInterval = null! };
        act.Should().Throw<ArgumentNullException>().WithParameterName("PhpRecertificationInterval");
        (Medicare with { PhpFirstRecertificationDay = 366 }).PhpFirstRecertificationDay.Should().Be(366);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        ContractAssertions.Equality(
            Medicare,
            Medicare with { },
            Medicare with { PhpFirstRecertificationDay = 17 },
            Medicare with { PhpRecertificationInterval = Period.FromDays(31) },
            Medicare with { IopRecertificationInterval = Period.FromDays(60) });
        var due = new RecertificationDue(ContinuumRules.IopRecertification, Start);
        ContractAssertions.Equality(
            due,
            new RecertificationDue(ContinuumRules.IopRecertification, Start),
            new RecertificationDue(ContinuumRules.IopRecertification, Start.PlusDays(1)),
            new RecertificationDue(ContinuumRules.PhpRecertification, Start));
    }

    [Theory]
    [InlineData(0, 0, false)] // due today: on time
    [InlineData(1, 1, true)] // the day after
    [InlineData(31, 31, true)] // a month later
    public void RecertificationDue_IsOverdueOnlyAfterTheDueDate(int daysAfter, int overdue, bool isOverdue)
    {
        var due = new RecertificationDue(ContinuumRules.IopRecertification, Start);

        due.IsOverdueOn(Start.PlusDays(daysAfter)).Should().Be(isOverdue);
        due.DaysOverdueOn(Start.PlusDays(daysAfter)).Should().Be(overdue);
        due.DaysOverdueOn(Start.PlusDays(-5)).Should().Be(0, "not yet due");
    }

    [Theory]
    [InlineData("MCR-PHP-RECERT-18", 1, "The first partial hospitalization recertification is 1 day overdue.")] // singular
    [InlineData("MCR-PHP-RECERT-30", 2, "The partial hospitalization recertification is 2 days overdue.")] // plural
    [InlineData("MCR-IOP-RECERT", 3, "The intensive outpatient recertification is 3 days overdue.")] // the IOP wording
    public void ToOverdueFinding_IsAnErrorWithTheDaysOverdue(string ruleId, int days, string message)
    {
        var rule = new[] { ContinuumRules.PhpFirstRecertification, ContinuumRules.PhpRecertification, ContinuumRules.IopRecertification }
            .Single(r => r.Id.Value == ruleId);

        var finding = new RecertificationDue(rule, Start).ToOverdueFinding(Start.PlusDays(days));

        finding.RuleId.Should().Be(rule.Id);
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be(message);
        finding.Source.Should().Be(Citations.Cfr424Section24);
    }

    [Fact]
    public void ToOverdueFinding_NotOverdueOrDefault_Throws()
    {
        var due = new RecertificationDue(ContinuumRules.IopRecertification, Start);
        FluentActions.Invoking(() => due.ToOverdueFinding(Start)).Should().Throw<ArgumentException>().WithParameterName("asOf");
        FluentActions.Invoking(() => default(RecertificationDue).ToOverdueFinding(Start)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void RecertificationDue_ToString_PrintsNoDate()
    {
        var text = new RecertificationDue(ContinuumRules.IopRecertification, Start).ToString();

        text.Should().Be("RecertificationDue (MCR-IOP-RECERT)");
        default(RecertificationDue).ToString().Should().Be("RecertificationDue (none)");
    }

    [Fact]
    public void Rules_UseTheDomainReferenceIdsAndTheCfrSource()
    {
        new[] { ContinuumRules.PhpFirstRecertification, ContinuumRules.PhpRecertification, ContinuumRules.IopRecertification }
            .Select(r => r.Id.Value).Should().Equal("MCR-PHP-RECERT-18", "MCR-PHP-RECERT-30", "MCR-IOP-RECERT");
        new[] { ContinuumRules.PhpFirstRecertification, ContinuumRules.PhpRecertification, ContinuumRules.IopRecertification }
            .Should().OnlyContain(r => r.Source == Citations.Cfr424Section24);
    }

    [Fact]
    public void Medicare_IsARuleSet_WithNameVersionDatesAndSources()
    {
        IRuleSet cadence = RecertificationCadence.Medicare;
        cadence.Name.Should().Be("Medicare recertification");
        cadence.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1), "42 CFR 424.24(d) for IOP took effect with the Medicare IOP benefit");
        cadence.EffectiveTo.Should().BeNull();
        cadence.Sources.Should().Contain(Citations.Cfr424Section24);
    }

    [Fact]
    public void With_EffectiveToBeforeEffectiveFrom_IsRefusedWhenBuilt()
    {
        var cadence = RecertificationCadence.Medicare;
        FluentActions.Invoking(() => cadence with { EffectiveTo = cadence.EffectiveFrom.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        var ended = cadence with { EffectiveTo = cadence.EffectiveFrom.PlusDays(10) };
        FluentActions.Invoking(() => ended with { EffectiveFrom = cadence.EffectiveFrom.PlusDays(11) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        FluentActions.Invoking(() => cadence with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
