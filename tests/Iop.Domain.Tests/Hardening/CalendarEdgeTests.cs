using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using Iop.Domain.Tests.TreatmentPlans;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// Issue 13, item 1: a date outside <see cref="SupportedDates"/> (claims data's 9999-12-31 for "no end date" above
/// all) is refused where it comes in, with an <see cref="ArgumentOutOfRangeException"/> that names the parameter and
/// says an open end is null, instead of a NodaTime <see cref="OverflowException"/> from deep inside an evaluation.
/// One test per example of the issue (under today's names), then the built-in rule sets' first date.
/// </summary>
public sealed class CalendarEdgeTests
{
    private static readonly LocalDate NoEndDate = new(9999, 12, 31); // the claims convention the library writes as null
    private static readonly LocalDate Start = new(2025, 3, 3);

    [Fact]
    public void CheckClaims_WithTheNoEndDateConvention_IsRefusedNamingTheDates() =>
        Refused(() => BillingDays.CheckClaims([NoEndDate], [], [], BillingRuleSet.Medicare2024), "intensiveOutpatientDates");

    [Fact]
    public void CheckClaims_WithAnOtherClaimStartAtTheCalendarStart_IsRefusedNamingIt() =>
        Refused(() => BillingDays.CheckClaims([Start], [], [LocalDate.MinIsoValue], BillingRuleSet.Medicare2024), "otherClaimStarts");

    [Fact]
    public void Assessment_NearTheCalendarEnd_IsRefusedBeforeAnyPlacement() =>
        Refused(() => CriteriaPlacementPolicy.Default.Decide(new Assessment(new LocalDate(9999, 12, 20), AgeGroup.Adult)), "date");

    [Fact]
    public void Assessment_WithADateSetNearTheCalendarEnd_IsRefusedNamingTheProperty() =>
        Refused(() => new Assessment(Start, AgeGroup.Adult) with { Date = new LocalDate(9999, 12, 20) }, "Date");

    [Fact]
    public void SessionIntensityEvaluate_OverARangeEndingOnTheCalendarsLastDate_IsRefusedNamingTheRange() =>
        Refused(
            () => SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue), IntensityRuleSet.Medicare2024),
            "range");

    [Fact]
    public void SessionIntensityEvaluate_OverTheLastSupportedWeek_Evaluates()
    {
        var range = new DateInterval(SupportedDates.Last.PlusDays(-6), SupportedDates.Last);
        var session = new Session(SupportedDates.Last, new LocalTime(23, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

        var evaluation = SessionIntensity.Evaluate([session], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);

        evaluation.Weeks.Should().NotBeEmpty("the week holding 2199-12-31 is evaluated, although it runs past the supported range");
    }

    [Fact]
    public void Session_OnTheNoEndDate_IsRefusedNamingTheDate() =>
        Refused(() => new Session(NoEndDate.PlusDays(-1), new LocalTime(9, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended), "date");

    [Fact]
    public void RecertificationClock_FromALateLevelStart_IsRefusedNamingTheStart() =>
        Refused(() => RecertificationCadence.Medicare.NextDue(LevelOfCare.IntensiveOutpatient, new LocalDate(9999, 12, 20), null), "levelStart");

    [Fact]
    public void RecertificationClock_FromTheLastSupportedDate_RunsPastItWithoutThrowing() =>
        RecertificationCadence.Medicare.NextDue(LevelOfCare.IntensiveOutpatient, SupportedDates.Last, null)!.Value.DueBy
            .Should().Be(new LocalDate(2200, 2, 28), "a computed due date may fall after the last supported date (2200 is no leap year)");

    [Fact]
    public void RecertificationDue_CheckedOnTheNoEndDate_IsRefusedNamingAsOf()
    {
        var due = RecertificationCadence.Medicare.NextDue(LevelOfCare.IntensiveOutpatient, Start, null)!.Value;
        Refused(() => due.IsOverdueOn(NoEndDate), "asOf");
    }

    [Fact]
    public void ReviewClock_FromALateReview_IsRefusedNamingTheReview() =>
        Refused(() => TreatmentPlanRuleSet.ThirtyDayReview.NextReviewDue(NoEndDate), "lastReview");

    [Fact]
    public void TransitionReview_DecidedOnTheNoEndDate_IsRefusedNamingAsOf()
    {
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, new Assessment(Start, AgeGroup.Adult));
        Refused(() => review.Decide(CriteriaPlacementPolicy.Default, TransitionRuleSet.Default, NoEndDate), "asOf");
    }

    [Fact]
    public void TransitionReview_StartedOnTheNoEndDate_IsRefusedNamingTheStart() =>
        Refused(() => new TransitionReview(LevelOfCare.IntensiveOutpatient, NoEndDate, new Assessment(Start, AgeGroup.Adult)), "levelStartedOn");

    [Fact]
    public void ClinicalPlacement_OnTheNoEndDate_IsRefusedNamingPlacedOn()
    {
        var decision = CriteriaPlacementPolicy.Default.Decide(new Assessment(Start, AgeGroup.Adult));
        Refused(() => new ClinicalPlacement(decision, decision.Recommended, NoEndDate), "placedOn");
    }

    [Fact]
    public void PlanValidation_AsOfTheNoEndDate_IsRefusedNamingAsOf() =>
        Refused(() => Plans.Validate(Plans.ValidPlan(), asOf: NoEndDate), "asOf");

    [Fact]
    public void PlanContent_WithAPlannedDischargeOnTheNoEndDate_IsRefusedNamingTheProperty() =>
        Refused(() => Plans.ValidContent() with { PlannedDischarge = NoEndDate }, "PlannedDischarge");

    [Fact]
    public void TreatmentPlan_CreatedOnTheNoEndDate_IsRefusedNamingTheDate() =>
        Refused(() => TreatmentPlan.Create(NoEndDate, Plans.ValidContent()), "effectiveDate");

    [Fact]
    public void LevelOfCareHistory_DischargedOnTheNoEndDate_IsRefusedNamingTheDate() =>
        Refused(() => LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient).Discharge(NoEndDate), "date");

    [Fact]
    public void EpisodeOutcome_AsOfTheNoEndDate_IsRefusedNamingAsOf()
    {
        var episode = new Episode<int>(1, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient).Discharge(Start.PlusDays(30)));
        Refused(() => EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, NoEndDate), "asOf");
    }

    [Fact]
    public void Episode_WithAnAftercareVisitOnTheNoEndDate_IsRefusedNamingTheVisits() =>
        Refused(() => new Episode<int>(1, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient).Discharge(Start.PlusDays(30)), aftercareVisits: [NoEndDate]), "aftercareVisits");

    [Fact]
    public void CohortMetrics_AsOfTheNoEndDate_IsRefusedNamingAsOf() =>
        Refused(() => CohortMetrics.Summarize(Array.Empty<Episode<int>>(), CohortCriteria.Phq9HedisStyle2025, NoEndDate), "asOf");

    [Fact]
    public void CatalogueLookup_OnTheNoEndDate_IsRefusedNamingTheDate()
    {
        Refused(() => IntensityRuleSet.Medicare.InForceOn(NoEndDate), "date");
        Refused(() => IntensityRuleSet.Medicare.TryGetInForceOn(NoEndDate, out _), "date");
    }

    [Fact]
    public void RuleSetEffectiveTo_OnTheNoEndDate_IsRefusedNamingTheProperty() =>
        Refused(() => IntensityRuleSet.Medicare2024 with { EffectiveTo = NoEndDate }, "EffectiveTo");

    [Fact]
    public void RuleSetConstructor_EffectiveFromTheCalendarStart_IsRefusedNamingTheParameter() =>
        Refused(() => new ScoringPolicy("Clinic", "1", LocalDate.MinIsoValue), "effectiveFrom");

    [Fact]
    public void BuiltInsWithoutADateOfEffect_StartOnTheFirstSupportedDate_AndAreSelectedOnIt()
    {
        IntensityRuleSet.Kansas.EffectiveFrom.Should().Be(SupportedDates.First);
        IntensityRuleSet.HcpcsH0015.EffectiveFrom.Should().Be(SupportedDates.First);
        ChangeCriteria.Phq9.EffectiveFrom.Should().Be(SupportedDates.First);
        ScoringPolicy.Default.EffectiveFrom.Should().Be(SupportedDates.First);
        new RuleSetCatalogue<IntensityRuleSet>([IntensityRuleSet.Kansas]).InForceOn(SupportedDates.First).Should().Be(IntensityRuleSet.Kansas);
        new RuleSetCatalogue<IntensityRuleSet>([IntensityRuleSet.Kansas]).InForceOn(SupportedDates.Last).Should().Be(IntensityRuleSet.Kansas);
    }

    private static void Refused(Action call, string parameter)
    {
        var refusal = call.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).Which;
        refusal.Message.Should().Contain("1900-01-01 through 2199-12-31").And.Contain("an open end is null");
        refusal.Message.Should().NotContain("9999", "the refused date is not repeated");
    }

    private static void Refused(Func<object?> call, string parameter) => Refused(() => { _ = call(); }, parameter);
}
