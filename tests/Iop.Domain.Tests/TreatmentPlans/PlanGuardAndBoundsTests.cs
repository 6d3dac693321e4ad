using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>
/// Every date that enters the namespace is refused outside <see cref="SupportedDates"/> with the argument's or
/// property's own name, and accepted on both ends of the range; every other guard names what it refuses.
/// </summary>
public sealed class PlanGuardAndBoundsTests
{
    private static readonly LocalDate BeforeFirst = SupportedDates.First.PlusDays(-1);
    private static readonly LocalDate AfterLast = SupportedDates.Last.PlusDays(1);

    public static TheoryData<string, Action> UnsupportedDates => new()
    {
        { "asOf", () => Validate(ValidPlan(), asOf: AfterLast) },
        { "asOf", () => Validate(ValidPlan(), asOf: BeforeFirst) },
        { "effectiveFrom", () => _ = new TreatmentPlanRuleSet("n", "v", AfterLast, [Citations.Cfr424Section24]) },
        { "lastReview", () => TreatmentPlanRuleSet.ThirtyDayReview.NextReviewDue(AfterLast) },
        { "PlannedDischarge", () => _ = ValidContent() with { PlannedDischarge = AfterLast } },
        { "targetDate", () => _ = new Objective("o", "s", null, AfterLast, ObjectiveStatus.NotStarted, []) },
        { "TargetDate", () => _ = Objective("o") with { TargetDate = BeforeFirst } },
        { "LevelStart", () => _ = PlanTimeline.Empty with { LevelStart = AfterLast } },
        { "Recertifications", () => _ = PlanTimeline.Empty with { Recertifications = [Start, AfterLast] } },
        { "FollowUpAppointment", () => _ = new AftercarePlan { FollowUpAppointment = AfterLast } },
        { "effectiveDate", () => TreatmentPlan.Create(BeforeFirst, new PlanContent(LevelOfCare.Outpatient, [], [])) },
        { "revisionDate", () => ValidPlan().Revise(AfterLast, RevisionReason.ScheduledReview, ValidContent()) },
        { "date", () => ValidPlan().RecordParticipation(AfterLast) },
        { "asOf", () => _ = new ScheduledReview(ReviewKind.PlanReview, Start, AfterLast) },
        { "asOf", () => MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 5).IsMetBy(new MeasurementSeries(Instrument.Phq9, []), AfterLast) },
        { "EffectiveDate", () => _ = new ObjectiveStatusEntry(1, AfterLast, GoalLifecycleStatus.Active, null) },
        { "EffectiveDate", () => _ = new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Active, null) with { EffectiveDate = BeforeFirst } },
    };

    [Theory]
    [MemberData(nameof(UnsupportedDates))]
    public void Member_DateOutsideSupportedDates_ThrowsOutOfRangeNamingIt(string parameter, Action act) =>
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Plan_DatesOnBothEndsOfTheSupportedRange_AreAccepted()
    {
        var first = SupportedDates.First;
        var last = SupportedDates.Last;
        var content = new PlanContent(LevelOfCare.Outpatient, [], []) { PlannedDischarge = last };

        var plan = TreatmentPlan.Create(first, content).RecordParticipation(last).Revise(last, RevisionReason.ScheduledReview, content);

        plan.StartDate.Should().Be(first);
        plan.EffectiveDate.Should().Be(last);
        plan.History[0].ParticipatedOn.Should().Be(last);
        (PlanTimeline.Empty with { LevelStart = first, Recertifications = [first, last] }).Recertifications.Should().Equal(first, last);
        new AftercarePlan { FollowUpAppointment = first }.FollowUpAppointment.Should().Be(first);
        new Objective("o", "s", null, last, ObjectiveStatus.NotStarted, []).TargetDate.Should().Be(last);
        new ScheduledReview(ReviewKind.PlanReview, last, first).DaysUntilDue.Should().Be(Period.Between(first, last, PeriodUnits.Days).Days);
        TreatmentPlanRuleSet.ThirtyDayReview.NextReviewDue(last).Should().Be(last.PlusDays(30), "a due date may fall after the supported range");
        new TreatmentPlanRuleSet("n", "v", first, [Citations.Cfr424Section24]).EffectiveFrom.Should().Be(first);
    }

    [Fact]
    public void Validate_OnTheLastSupportedDate_ReportsOverdueItemsWithoutOverflow()
    {
        var evaluation = Validate(ValidPlan(), asOf: SupportedDates.Last);

        Ids(evaluation).Should().Contain(["PLAN-REVIEW-OVERDUE", "PLAN-DISCHARGE-UPDATE", "MCR-IOP-RECERT"]);
    }

    [Fact]
    public void Validate_AgeGroupNotDefined_ThrowsNamingIt()
    {
        var act = () => Validate(ValidPlan(), ageGroup: (AgeGroup)999);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
    }

    [Fact]
    public void Validate_MeasurementsHoldingANull_ThrowsNamingThem()
    {
        var act = () => Validate(ValidPlan(), measurements: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("measurements");
    }

    [Fact]
    public void Validate_TwoSeriesForOneInstrumentAmongOthers_ThrowsExactlyArgumentException()
    {
        var phq9 = new MeasurementSeries(Instrument.Phq9, []);
        var gad7 = new MeasurementSeries(Instrument.Gad7, []);

        var act = () => Validate(ValidPlan(), measurements: [phq9, gad7, new MeasurementSeries(Instrument.Phq9, [])]);
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("measurements");
        Validate(ValidPlan(), measurements: [phq9, gad7]).Findings.Should().BeEmpty("one series per instrument is allowed");
    }

    [Fact]
    public void RuleSet_ConstructorBlankNameOrVersion_ThrowsNamingTheParameter()
    {
        Action act = () => _ = new TreatmentPlanRuleSet(" ", "v", Start, [Citations.Cfr424Section24]);
        act.Should().Throw<ArgumentException>().WithParameterName("name");
        act = () => _ = new TreatmentPlanRuleSet("n", " ", Start, [Citations.Cfr424Section24]);
        act.Should().Throw<ArgumentException>().WithParameterName("version");
        act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { Name = "" };
        act.Should().Throw<ArgumentException>().WithParameterName("Name");
        act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { Version = "" };
        act.Should().Throw<ArgumentException>().WithParameterName("Version");
    }

    [Fact]
    public void RuleSet_Constructor_KeepsItsArgumentsAndTheThirtyDayDefaults()
    {
        var rules = new TreatmentPlanRuleSet("Name", "Version", Start, [Citations.Cfr424Section24]);

        rules.Name.Should().Be("Name");
        rules.Version.Should().Be("Version");
        rules.EffectiveFrom.Should().Be(Start);
        rules.Sources.Should().Equal(Citations.Cfr424Section24);
        (rules with { Name = TreatmentPlanRuleSet.ThirtyDayReview.Name, Version = "2024", EffectiveFrom = new LocalDate(2024, 1, 1), Sources = TreatmentPlanRuleSet.ThirtyDayReview.Sources })
            .Should().Be(TreatmentPlanRuleSet.ThirtyDayReview);
    }

    public static TheoryData<Period> NotPositiveDatePeriods => new()
    {
        Period.Zero,
        Period.FromHours(24), // a time unit, even a whole day of it
        Period.FromDays(10) + Period.FromMinutes(1),
        Period.FromYears(-1) + Period.FromMonths(13), // positive overall, a negative year
        Period.FromMonths(-1) + Period.FromDays(40), // a negative month
        Period.FromWeeks(-1) + Period.FromDays(10), // a negative week
        Period.FromDays(-1) + Period.FromWeeks(1), // a negative day
        Period.FromDays(-30),
    };

    [Theory]
    [MemberData(nameof(NotPositiveDatePeriods))]
    public void ReviewInterval_NotAPositiveDatePeriod_ThrowsArgumentExceptionNamingIt(Period interval)
    {
        var act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = interval };

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("ReviewInterval");
    }

    [Theory]
    [InlineData(1)] // one day: the shortest interval
    [InlineData(3660)] // the ten-year sanity bound itself
    public void ReviewInterval_PositiveDaysUpToTheBound_IsAccepted(int days) =>
        (TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(days) }).ReviewInterval.Should().Be(Period.FromDays(days));

    [Fact]
    public void ReviewInterval_OfWholeYearsMonthsOrWeeks_IsAccepted()
    {
        var mixed = Period.FromYears(1) + Period.FromMonths(1) + Period.FromWeeks(1) + Period.FromDays(1);

        (TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = mixed }).ReviewInterval.Should().Be(mixed);
        (TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromYears(10) }).ReviewInterval.Should().Be(Period.FromYears(10));
    }

    [Fact]
    public void ReviewInterval_LongerThanTenYears_ThrowsOutOfRangeNamingIt()
    {
        var act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(3661) };

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("ReviewInterval");
    }

    [Theory]
    [InlineData(1)] // one day: the shortest window
    [InlineData(3660)] // the sanity bound itself
    public void AftercareDaysBeforeDischarge_AtTheBounds_IsKept(int days) =>
        (TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = days }).AftercareDaysBeforeDischarge.Should().Be(days);

    [Theory]
    [InlineData(0)] // no window
    [InlineData(3661)] // one day over the sanity bound
    public void AftercareDaysBeforeDischarge_JustOutsideTheBounds_ThrowsNamingIt(int days)
    {
        var act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = days };

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("AftercareDaysBeforeDischarge");
    }
}
