using Iop.Domain.Continuum;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>Due dates at month ends, leap days and year ends (NodaTime calendar arithmetic), and what is due or overdue.</summary>
public sealed class ReviewScheduleTests
{
    private static readonly TreatmentPlanRuleSet Rules = TreatmentPlanRuleSet.ThirtyDayReview;

    [Theory]
    [InlineData("2024-02-15", "2024-03-16")] // 30 days across a leap February (29 days)
    [InlineData("2025-02-15", "2025-03-17")] // 30 days across a common February (28 days)
    [InlineData("2024-12-15", "2025-01-14")] // 30 days across the year end
    [InlineData("2025-01-31", "2025-03-02")] // 30 days from a month end
    public void NextReviewDue_ThirtyDays_CountsCalendarDays(string last, string due) =>
        Rules.NextReviewDue(Date(last)).Should().Be(Date(due));

    [Theory]
    [InlineData("2025-01-31", "2025-02-28")] // monthly from 31 January: end of February
    [InlineData("2024-01-31", "2024-02-29")] // monthly into a leap February
    [InlineData("2024-12-31", "2025-01-31")] // monthly across the year end
    [InlineData("2025-03-15", "2025-04-15")] // mid-month: same day next month
    public void NextReviewDue_WashingtonMonthly_IsOneCalendarMonth(string last, string due) =>
        TreatmentPlanRuleSet.Washington.NextReviewDue(Date(last)).Should().Be(Date(due));

    [Fact]
    public void For_RecertificationSwitchedOff_SchedulesNoRecertification()
    {
        var off = Rules with { Recertification = null };
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));

        ReviewSchedule.For(ValidPlan(), AsOf, off).Items.Select(i => i.Kind).Should().NotContain(ReviewKind.IopRecertification);
        ReviewSchedule.For(php, AsOf, off).Items.Select(i => i.Kind).Should().NotContain([ReviewKind.PhpFirstRecertification, ReviewKind.PhpRecertification]);
        ReviewSchedule.For(php, AsOf, Rules).Items.Select(i => i.Kind).Should().Contain(ReviewKind.PhpFirstRecertification);
    }

    [Fact]
    public void For_UsesTheRuleSetsCadence()
    {
        // The 60-day reading of "every other month": 2025-03-03 plus 60 days is 2025-05-02, not 2025-05-03.
        var sixtyDays = Rules with { Recertification = RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromDays(60) } };

        ReviewSchedule.For(ValidPlan(), AsOf, sixtyDays).Items.Single(i => i.Kind == ReviewKind.IopRecertification)
            .DueDate.Should().Be(new LocalDate(2025, 5, 2));
    }

    [Theory]
    [InlineData(0, 16, ReviewKind.PhpRecertification, 46)] // recertified on day 17: the next is due 30 days later
    [InlineData(-10, null, ReviewKind.PhpFirstRecertification, 17)] // only a recertification before the level start: ignored, day 18 applies
    [InlineData(16, 0, ReviewKind.PhpRecertification, 46)] // the latest of several counts, whatever their order
    public void For_Php_ChainsFromTheLatestRecertificationSinceTheLevelStart(int first, int? second, ReviewKind kind, int dueDaysAfterStart)
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));
        LocalDate[] dates = second is { } s ? [Start.PlusDays(first), Start.PlusDays(s)] : [Start.PlusDays(first)];
        var timeline = new PlanTimeline { LevelStart = Start, Recertifications = dates };

        var item = ReviewSchedule.For(php, AsOf, Rules, timeline).Items.Single(i => i.Kind is ReviewKind.PhpFirstRecertification or ReviewKind.PhpRecertification);

        item.Kind.Should().Be(kind);
        item.DueDate.Should().Be(Start.PlusDays(dueDaysAfterStart));
    }

    [Theory]
    [InlineData("2024-12-30", "2025-01-02", 3, 0)] // overdue across the year end
    [InlineData("2024-02-28", "2024-03-01", 2, 0)] // overdue across the leap day
    [InlineData("2025-02-28", "2025-03-01", 1, 0)] // overdue across a common February's end
    [InlineData("2025-03-01", "2025-03-01", 0, 0)] // due today: due, not overdue
    [InlineData("2025-03-03", "2025-02-27", 0, 4)] // upcoming, across a common February's end
    public void ScheduledReview_CountsCalendarDays(string due, string asOf, int overdue, int until)
    {
        var item = new ScheduledReview(ReviewKind.PlanReview, Date(due), Date(asOf));

        item.DaysOverdue.Should().Be(overdue);
        item.DaysUntilDue.Should().Be(until);
        item.IsOverdue.Should().Be(overdue > 0);
        item.IsDue.Should().Be(until == 0);
    }

    [Fact]
    public void For_ValidIopPlan_ListsReviewDischargeUpdateAndRecertification_InDueOrder()
    {
        var schedule = ReviewSchedule.For(ValidPlan(), AsOf, Rules);

        schedule.Items.Select(i => (i.Kind, i.DueDate)).Should().Equal(
            (ReviewKind.PlanReview, new LocalDate(2025, 4, 2)),
            (ReviewKind.IopRecertification, new LocalDate(2025, 5, 3)),
            (ReviewKind.DischargeUpdate, new LocalDate(2025, 5, 23)));
        schedule.Items.Should().NotContain(i => i.IsDue);
        schedule.ToString().Should().Be("ReviewSchedule (PlanReview: due in 13 days; IopRecertification: due in 44 days; DischargeUpdate: due in 64 days)");
    }

    [Fact]
    public void For_AsOfLater_ReportsWhatIsDueAndOverdueByDays()
    {
        var schedule = ReviewSchedule.For(ValidPlan(), new LocalDate(2025, 5, 3), Rules);

        schedule.Items.Where(i => i.IsOverdue).Select(i => (i.Kind, i.DaysOverdue)).Should().Equal((ReviewKind.PlanReview, 31));
        schedule.Items.Where(i => i.IsDue).Select(i => i.Kind).Should().Equal(ReviewKind.PlanReview, ReviewKind.IopRecertification);
    }

    [Fact]
    public void For_LevelStart_IsDerivedFromTheRunOfVersionsAtTheCurrentLevel()
    {
        // IOP from 3 March, stepped up to PHP on 1 April: day 18 of PHP is 18 April.
        var iop = ValidPlan();
        var php = iop.Revise(new LocalDate(2025, 4, 1), RevisionReason.LevelChange, ValidContent(LevelOfCare.PartialHospitalization));
        var later = php.Revise(new LocalDate(2025, 4, 10), RevisionReason.ClinicalChange, ValidContent(LevelOfCare.PartialHospitalization));

        var item = ReviewSchedule.For(later, new LocalDate(2025, 4, 10), Rules).Items.Single(i => i.Kind == ReviewKind.PhpFirstRecertification);

        item.DueDate.Should().Be(new LocalDate(2025, 4, 18));
        ReviewSchedule.For(later, new LocalDate(2025, 4, 10), Rules, new PlanTimeline { LevelStart = new LocalDate(2025, 3, 31) })
            .Items.Single(i => i.Kind == ReviewKind.PhpFirstRecertification).DueDate.Should().Be(new LocalDate(2025, 4, 17));
    }

    [Fact]
    public void For_RecertificationsBeforeTheLevelStart_AreIgnored()
    {
        var timeline = new PlanTimeline { LevelStart = Start, Recertifications = [Start.PlusDays(-10)] };

        ReviewSchedule.For(ValidPlan(), AsOf, Rules, timeline).Items.Single(i => i.Kind == ReviewKind.IopRecertification)
            .DueDate.Should().Be(new LocalDate(2025, 5, 3));
    }

    [Fact]
    public void For_OutpatientPlan_HasNoMedicareRecertification()
    {
        var plan = Plan(ValidContent(LevelOfCare.Outpatient) with { PlannedDischarge = null });

        ReviewSchedule.For(plan, AsOf, Rules).Items.Select(i => i.Kind).Should().Equal(ReviewKind.PlanReview);
    }

    [Fact]
    public void For_NullArguments_Throw()
    {
        Action act = () => ReviewSchedule.For(null!, AsOf, Rules);
        act.Should().Throw<ArgumentNullException>().WithParameterName("plan");
        act = () => ReviewSchedule.For(ValidPlan(), AsOf, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("rules");
        act = () => _ = new ScheduledReview(default, AsOf, AsOf);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
