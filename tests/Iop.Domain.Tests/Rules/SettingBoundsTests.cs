using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

/// <summary>
/// Every numeric, <see cref="Duration"/> and <see cref="Period"/> setting of a rule set is bounded when it is set
/// (sanity bounds, not clinical thresholds): a value just inside is kept, one just outside is refused with an
/// <see cref="ArgumentOutOfRangeException"/> naming the property (init) or parameter (constructor), stating the
/// range and never the value.
/// </summary>
public sealed class SettingBoundsTests
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private static readonly Duration Day = Duration.FromHours(24);
    private static readonly Duration Week = Duration.FromHours(168);

    /// <summary>Per setting: a set just inside the bound, a set just outside it, the name the refusal must report, and the refused value's text.</summary>
    public static TheoryData<string, Func<object>, Func<object>, string, string> Bounds => new()
    {
        {
            "TreatmentPlanRuleSet.AftercareDaysBeforeDischarge",
            () => TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = 3660 },
            () => TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = 3661 },
            nameof(TreatmentPlanRuleSet.AftercareDaysBeforeDischarge),
            "3661"
        },
        {
            "TreatmentPlanRuleSet.ReviewInterval (days)",
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(3660) },
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(3661) },
            nameof(TreatmentPlanRuleSet.ReviewInterval),
            "3661"
        },
        {
            "TreatmentPlanRuleSet.ReviewInterval (months)",
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromMonths(120) },
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromMonths(121) },
            nameof(TreatmentPlanRuleSet.ReviewInterval),
            "121"
        },
        {
            "TreatmentPlanRuleSet.ReviewInterval (weeks)",
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromWeeks(522) },
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromWeeks(523) },
            nameof(TreatmentPlanRuleSet.ReviewInterval),
            "523"
        },
        {
            "TreatmentPlanRuleSet.ReviewInterval (years and days)",
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromYears(10) },
            () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromYears(10) + Period.FromDays(1) },
            nameof(TreatmentPlanRuleSet.ReviewInterval),
            "P10Y1D"
        },
        {
            "RecertificationCadence.PhpRecertificationInterval",
            () => RecertificationCadence.Medicare with { PhpRecertificationInterval = Period.FromDays(3660) },
            () => RecertificationCadence.Medicare with { PhpRecertificationInterval = Period.FromDays(3661) },
            nameof(RecertificationCadence.PhpRecertificationInterval),
            "3661"
        },
        {
            "RecertificationCadence.IopRecertificationInterval",
            () => RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromMonths(120) },
            () => RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromMonths(121) },
            nameof(RecertificationCadence.IopRecertificationInterval),
            "121"
        },
        {
            "RecertificationCadence.PhpFirstRecertificationDay",
            () => RecertificationCadence.Medicare with { PhpFirstRecertificationDay = 366 },
            () => RecertificationCadence.Medicare with { PhpFirstRecertificationDay = 367 },
            nameof(RecertificationCadence.PhpFirstRecertificationDay),
            "367"
        },
        {
            "IntensityStandard.MinimumWeeklyHours",
            () => Standard() with { MinimumWeeklyHours = Week },
            () => Standard() with { MinimumWeeklyHours = Week + Minute },
            nameof(IntensityStandard.MinimumWeeklyHours),
            (Week + Minute).ToString()
        },
        {
            "IntensityStandard.MaximumWeeklyHours",
            () => Standard() with { MaximumWeeklyHours = HoursCeiling.AtMost(Week) },
            () => Standard() with { MaximumWeeklyHours = HoursCeiling.AtMost(Week + Minute) },
            nameof(IntensityStandard.MaximumWeeklyHours),
            (Week + Minute).ToString()
        },
        {
            "IntensityStandard.MinimumHoursPerServiceDay",
            () => Standard() with { MinimumHoursPerServiceDay = Day },
            () => Standard() with { MinimumHoursPerServiceDay = Day + Minute },
            nameof(IntensityStandard.MinimumHoursPerServiceDay),
            (Day + Minute).ToString()
        },
        {
            "IntensityStandard.MinimumDaysPerWeek",
            () => Standard() with { MinimumDaysPerWeek = 7 },
            () => Standard() with { MinimumDaysPerWeek = 8 },
            nameof(IntensityStandard.MinimumDaysPerWeek),
            "8"
        },
        {
            "IntensityStandard.MaximumDaysPerWeek",
            () => Standard() with { MaximumDaysPerWeek = 7 },
            () => Standard() with { MaximumDaysPerWeek = 8 },
            nameof(IntensityStandard.MaximumDaysPerWeek),
            "8"
        },
        {
            "IntensityStandard.MinimumProgrammeDays",
            () => Standard() with { MinimumProgrammeDays = 3660 },
            () => Standard() with { MinimumProgrammeDays = 3661 },
            nameof(IntensityStandard.MinimumProgrammeDays),
            "3661"
        },
        {
            "IntensityStandard.MaximumProgrammeDays",
            () => Standard() with { MaximumProgrammeDays = 3660 },
            () => Standard() with { MaximumProgrammeDays = 3661 },
            nameof(IntensityStandard.MaximumProgrammeDays),
            "3661"
        },
        {
            "BillingRuleSet.PerDiemMinimumServices",
            () => BillingRuleSet.Medicare2024 with { UpperTierMinimumServices = 100, PerDiemMinimumServices = 99 },
            () => BillingRuleSet.Medicare2024 with { UpperTierMinimumServices = 100, PerDiemMinimumServices = 100 },
            nameof(BillingRuleSet.PerDiemMinimumServices),
            "100"
        },
        {
            "BillingRuleSet.UpperTierMinimumServices",
            () => BillingRuleSet.Medicare2024 with { UpperTierMinimumServices = 100 },
            () => BillingRuleSet.Medicare2024 with { UpperTierMinimumServices = 101 },
            nameof(BillingRuleSet.UpperTierMinimumServices),
            "101"
        },
        {
            "BillingRuleSet.ClaimLookbackDays",
            () => BillingRuleSet.Medicare2024 with { ClaimLookbackDays = 3660 },
            () => BillingRuleSet.Medicare2024 with { ClaimLookbackDays = 3661 },
            nameof(BillingRuleSet.ClaimLookbackDays),
            "3661"
        },
        {
            "BillingRuleSet.H0015MinimumDayHours",
            () => BillingRuleSet.Medicare2024 with { H0015MinimumDayHours = Day },
            () => BillingRuleSet.Medicare2024 with { H0015MinimumDayHours = Day + Minute },
            nameof(BillingRuleSet.H0015MinimumDayHours),
            (Day + Minute).ToString()
        },
        {
            "new BillingRuleSet(perDiemMinimumServices)",
            () => Billing(perDiem: 99, upperTier: 100, lookback: 7),
            () => Billing(perDiem: 100, upperTier: 101, lookback: 7),
            "perDiemMinimumServices",
            "100"
        },
        {
            "new BillingRuleSet(upperTierMinimumServices)",
            () => Billing(perDiem: 3, upperTier: 100, lookback: 7),
            () => Billing(perDiem: 3, upperTier: 101, lookback: 7),
            "upperTierMinimumServices",
            "101"
        },
        {
            "new BillingRuleSet(claimLookbackDays)",
            () => Billing(perDiem: 3, upperTier: 4, lookback: 3660),
            () => Billing(perDiem: 3, upperTier: 4, lookback: 3661),
            "claimLookbackDays",
            "3661"
        },
        {
            "CriteriaPlacementRuleSet.AssessmentValidityDays",
            () => CriteriaPlacementRuleSet.Default with { AssessmentValidityDays = 3660 },
            () => CriteriaPlacementRuleSet.Default with { AssessmentValidityDays = 3661 },
            nameof(CriteriaPlacementRuleSet.AssessmentValidityDays),
            "3661"
        },
        {
            "CohortCriteria.HorizonDays",
            () => CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = 3650 },
            () => CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = 3651 },
            nameof(CohortCriteria.HorizonDays),
            "3651"
        },
        {
            "EpisodeCriteria.FollowUpLongDays",
            () => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 365 },
            () => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 366 },
            nameof(EpisodeCriteria.FollowUpLongDays),
            "366"
        },
        {
            "EpisodeCriteria.FollowUpShortDays",
            () => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 365, FollowUpShortDays = 365 },
            () => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 365, FollowUpShortDays = 366 },
            nameof(EpisodeCriteria.FollowUpShortDays),
            "366"
        },
        {
            "EpisodeCriteria.InitiationDays",
            () => EpisodeCriteria.HedisStyle2025 with { InitiationDays = 365 },
            () => EpisodeCriteria.HedisStyle2025 with { InitiationDays = 366 },
            nameof(EpisodeCriteria.InitiationDays),
            "366"
        },
        {
            "EpisodeCriteria.EngagementDays",
            () => EpisodeCriteria.HedisStyle2025 with { EngagementDays = 365 },
            () => EpisodeCriteria.HedisStyle2025 with { EngagementDays = 366 },
            nameof(EpisodeCriteria.EngagementDays),
            "366"
        },
        {
            "EpisodeCriteria.EngagementServices",
            () => EpisodeCriteria.HedisStyle2025 with { EngagementServices = 100 },
            () => EpisodeCriteria.HedisStyle2025 with { EngagementServices = 101 },
            nameof(EpisodeCriteria.EngagementServices),
            "101"
        },
        {
            "ChangeCriteria.BaselineDaysBefore",
            () => ChangeCriteria.Phq9 with { BaselineDaysBefore = 365 },
            () => ChangeCriteria.Phq9 with { BaselineDaysBefore = 366 },
            nameof(ChangeCriteria.BaselineDaysBefore),
            "366"
        },
        {
            "ChangeCriteria.BaselineDaysAfter",
            () => ChangeCriteria.Phq9 with { BaselineDaysAfter = 365 },
            () => ChangeCriteria.Phq9 with { BaselineDaysAfter = 366 },
            nameof(ChangeCriteria.BaselineDaysAfter),
            "366"
        },
        {
            "ChangeCriteria.NotOnTrackAfterWeeks",
            () => ChangeCriteria.Phq9 with { NotOnTrackAfterWeeks = 104 },
            () => ChangeCriteria.Phq9 with { NotOnTrackAfterWeeks = 105 },
            nameof(ChangeCriteria.NotOnTrackAfterWeeks),
            "105"
        },
        {
            "ChangeCriteria.WithFollowUpWindow(toDays)",
            () => ChangeCriteria.Phq9.WithFollowUpWindow(1, 3650),
            () => ChangeCriteria.Phq9.WithFollowUpWindow(1, 3651),
            "toDays",
            "3651"
        },
        {
            "ChangeCriteria.WithFollowUpWindow(fromDays)",
            () => ChangeCriteria.Phq9.WithFollowUpWindow(3650, null),
            () => ChangeCriteria.Phq9.WithFollowUpWindow(3651, null),
            "fromDays",
            "3651"
        },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Setting_JustInside_IsKept_AndJustOutside_IsRefusedNamingItWithoutTheValue(string setting, Func<object> inside, Func<object> outside, string paramName, string refused)
    {
        inside.Should().NotThrow($"{setting} must accept its bound");

        var thrown = outside.Should().Throw<ArgumentOutOfRangeException>($"{setting} must refuse a value past its bound").Which;
        thrown.ParamName.Should().Be(paramName);
        thrown.Message.Should().NotContain(refused, $"{setting} must not echo the refused value");
        thrown.ActualValue.Should().BeNull("an exception's ActualValue is printed by its Message");
    }

    [Fact]
    public void AftercareDaysBeforeDischarge_IntMaxValue_IsRefusedWhenSet()
    {
        var act = () => TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = int.MaxValue };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(TreatmentPlanRuleSet.AftercareDaysBeforeDischarge))
            .WithMessage("Value must be in the range [1, 3660].*")
            .Which.Message.Should().NotContain(int.MaxValue.ToString(CultureInfo.InvariantCulture)).And.NotContain("Actual value");
    }

    [Fact]
    public void ReviewInterval_TenThousandYears_IsRefusedWhenSet()
    {
        var act = () => TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromYears(10_000) };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(TreatmentPlanRuleSet.ReviewInterval))
            .WithMessage("The period must be at most 10 years*")
            .Which.Message.Should().NotContain("10000").And.NotContain("Actual value");
    }

    [Fact]
    public void MinimumHoursPerServiceDay_DurationMaxValue_IsRefusedWhenSet()
    {
        var act = () => Standard() with { MinimumHoursPerServiceDay = Duration.MaxValue };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(IntensityStandard.MinimumHoursPerServiceDay))
            .WithMessage("The hours must be in the range [0 h, 24 h].*")
            .Which.Message.Should().NotContain(Duration.MaxValue.ToString()).And.NotContain("Actual value");
    }

    [Fact]
    public void Bounds_AtTheirLimits_StillWorkInDateArithmeticAcrossTheSupportedDates()
    {
        // The longest accepted settings, applied to the last supported date, stay inside NodaTime's range.
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromYears(10) };
        var last = SupportedDates.Last;

        rules.NextReviewDue(last).Should().Be(last.PlusYears(10));
        (RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromMonths(120) })
            .NextIopRecertificationDue(last).Should().Be(last.PlusMonths(120));
    }

    private static IntensityStandard Standard() => new(LevelOfCare.IntensiveOutpatient, Citations.Tip47);

    private static BillingRuleSet Billing(int perDiem, int upperTier, int lookback) =>
        new("Sanity", "1", new LocalDate(2024, 1, 1), perDiem, upperTier, lookback, Duration.FromHours(3), 3, [Citations.Tip47]);
}
