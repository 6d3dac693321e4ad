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
    [InlineData("2025-01-31", "2025-03-31")] // month end to month end of the same length
    [InlineData("2024-12-31", "2025-02-28")] // year end, clamped to the end of a short February
    [InlineData("2023-12-31", "2024-02-29")] // year end into a leap February: the leap day
    [InlineData("2023-12-30", "2024-02-29")] // 30 February does not exist: clamped to the leap day
    [InlineData("2024-02-29", "2024-04-29")] // from the leap day
    [InlineData("2025-07-31", "2025-09-30")] // clamped to a 30-day month
    [InlineData("2024-11-15", "2025-01-15")] // across the year end, mid-month
    [InlineData("2025-01-01", "2025-03-01")] // two calendar months, not 60 days (which would be 2025-03-02)
    public void NextIopRecertificationDue_IsTwoCalendarMonthsLater(string last, string due) =>
        Rules.NextIopRecertificationDue(Date(last)).Should().Be(Date(due));

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

    [Theory]
    [InlineData("2024-02-20", "2024-03-08")] // day 18 across a leap February
    [InlineData("2025-02-20", "2025-03-09")] // day 18 across a common February
    [InlineData("2024-12-20", "2025-01-06")] // day 18 across the year end
    public void PhpFirstRecertificationDue_IsDay18CountingTheFirstDayAsDay1(string first, string due) =>
        Rules.PhpFirstRecertificationDue(Date(first)).Should().Be(Date(due));

    [Theory]
    [InlineData("2024-02-10", "2024-03-11")] // 30 days across a leap February
    [InlineData("2024-12-31", "2025-01-30")] // 30 days across the year end
    public void NextPhpRecertificationDue_IsThirtyDaysLater(string last, string due) =>
        Rules.NextPhpRecertificationDue(Date(last)).Should().Be(Date(due));

    [Fact]
    public void DueDates_RulesSwitchedOff_AreNull()
    {
        var off = Rules with { PhpFirstRecertificationDay = null, PhpRecertificationInterval = null, IopRecertificationInterval = null };

        off.PhpFirstRecertificationDue(Start).Should().BeNull();
        off.NextPhpRecertificationDue(Start).Should().BeNull();
        off.NextIopRecertificationDue(Start).Should().BeNull();
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
        schedule.Due.Should().BeEmpty();
        schedule.ToString().Should().Be("ReviewSchedule (PlanReview: due in 13 days; IopRecertification: due in 44 days; DischargeUpdate: due in 64 days)");
    }

    [Fact]
    public void For_AsOfLater_ReportsWhatIsDueAndOverdueByDays()
    {
        var schedule = ReviewSchedule.For(ValidPlan(), new LocalDate(2025, 5, 3), Rules);

        schedule.Overdue.Select(i => (i.Kind, i.DaysOverdue)).Should().Equal((ReviewKind.PlanReview, 31));
        schedule.Due.Select(i => i.Kind).Should().Equal(ReviewKind.PlanReview, ReviewKind.IopRecertification);
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
