using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>Each rule with a failing and a passing plan, by rule id; a fully valid plan yields no findings.</summary>
public sealed class TreatmentPlanValidationTests
{
    [Fact]
    public void Validate_FullyValidPlan_HasNoFindings()
    {
        var evaluation = Validate(ValidPlan());

        evaluation.Findings.Should().BeEmpty();
        evaluation.Value.Items.Should().HaveCount(3, "plan review, discharge update and IOP recertification are scheduled");
    }

    [Fact]
    public void Validate_EveryRuleOfTheNamespace_IsCoveredByThisClass()
    {
        var covered = new[]
        {
            "PLAN-GOAL-NO-OBJECTIVE", "PLAN-OBJECTIVE-NOT-MEASURABLE", "PLAN-TARGET-DATE-PASSED", "PLAN-PROBLEM-NO-INTERVENTION",
            "PLAN-HOURS-OUTSIDE-STANDARD", "MCR-PLAN-CONTENT", "PLAN-NO-RELAPSE-PREVENTION", "PLAN-NO-AFTERCARE", "PLAN-REVIEW-OVERDUE",
            "PLAN-DISCHARGE-UPDATE", "MCR-PHP-RECERT-18", "MCR-PHP-RECERT-30", "MCR-IOP-RECERT", "PLAN-PARTICIPATION-BEFORE-GROUP",
        };
        TreatmentPlanRules.All.Select(r => r.Id.Value).Should().BeEquivalentTo(covered);
    }

    [Fact]
    public void Validate_GoalWithoutObjective_ReportsPlanGoalNoObjective()
    {
        var content = ValidContent();
        var failing = content.WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(), Individual())), Goal("SECRET-g2")));

        Ids(Validate(Plan(failing))).Should().Equal("PLAN-GOAL-NO-OBJECTIVE");
        Validate(Plan(failing)).Findings.Single().Message.Should().Be("Goals without an objective: 1 of 2.");
        Ids(Validate(Plan(content))).Should().NotContain("PLAN-GOAL-NO-OBJECTIVE");
    }

    [Theory]
    [InlineData(false, true)] // no target, date given
    [InlineData(true, false)] // target given, no date
    [InlineData(false, false)] // neither
    public void Validate_ObjectiveWithoutTargetOrDate_ReportsPlanObjectiveNotMeasurable(bool hasTarget, bool hasDate)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with
        {
            Target = hasTarget ? MeasurableTarget.SessionsAttended(20) : null,
            TargetDate = hasDate ? Start.PlusDays(30) : null,
        };
        var failing = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective)));

        Ids(Validate(Plan(failing))).Should().Equal("PLAN-OBJECTIVE-NOT-MEASURABLE");
        Ids(Validate(Plan(failing.WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective with { Target = MeasurableTarget.Other("SECRET other"), TargetDate = AsOf }))))))
            .Should().BeEmpty("a described target with a date is measurable");
    }

    [Theory]
    [InlineData(ObjectiveStatus.NotStarted, true)] // open
    [InlineData(ObjectiveStatus.InProgress, true)] // open
    [InlineData(ObjectiveStatus.Achieved, false)] // closed: reached
    [InlineData(ObjectiveStatus.Revised, false)] // closed: replaced
    [InlineData(ObjectiveStatus.Discontinued, false)] // closed: stopped
    public void Validate_TargetDatePassed_ReportsOnlyOpenObjectives(ObjectiveStatus status, bool reported)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = AsOf.PlusDays(-1), Status = status };
        var content = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective)));

        var ids = Ids(Validate(Plan(content)));

        ids.Contains("PLAN-TARGET-DATE-PASSED").Should().Be(reported);
        Validate(Plan(content with { Problems = [Problem("SECRET-p1", Goal("SECRET-g1", objective with { TargetDate = AsOf }))] }))
            .Findings.Should().BeEmpty("a target date of today has not passed");
    }

    [Fact]
    public void Validate_TargetDatePassed_IsAWarning()
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = Start };
        var finding = Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))))).Findings.Single();

        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("Open objectives past their target date: 1 of 1.");
    }

    [Fact]
    public void Validate_ProblemWithoutIntervention_ReportsPlanProblemNoIntervention()
    {
        var failing = ValidContent().WithProblems(
            Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(), Individual()))),
            Problem("SECRET-p2", Goal("SECRET-g2", Objective("SECRET-o2"))));

        var evaluation = Validate(Plan(failing));

        Ids(evaluation).Should().Equal("PLAN-PROBLEM-NO-INTERVENTION");
        evaluation.Findings.Single().Message.Should().Be("Problems without an intervention: 1 of 2.");
        Ids(Validate(ValidPlan())).Should().NotContain("PLAN-PROBLEM-NO-INTERVENTION");
    }

    [Theory]
    [InlineData(2, 180, 60, true, Severity.Error)] // 6 h group + 1 h individual = 7 h: below Medicare's 9
    [InlineData(2, 240, 60, false, null)] // 8 h + 1 h = 9 h: exactly the minimum
    [InlineData(6, 180, 60, false, null)] // 18 h + 1 h = 19 h: exactly the inclusive ceiling
    [InlineData(6, 180, 120, true, Severity.Warning)] // 18 h + 2 h = 20 h: above the ceiling of at most 19
    public void Validate_PlannedHoursAgainstMedicareIop_ReportsPlanHoursOutsideStandard(int groups, int groupMinutes, int individualMinutes, bool reported, Severity? severity)
    {
        var content = ValidContent().WithProblems(
            Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(sessions: groups, minutes: groupMinutes), Individual(minutes: individualMinutes)))));

        var findings = Validate(Plan(content)).Findings.Where(f => f.RuleId.Value == "PLAN-HOURS-OUTSIDE-STANDARD").ToList();

        findings.Should().HaveCount(reported ? 1 : 0);
        if (reported)
        {
            findings[0].Severity.Should().Be(severity);
            findings[0].Source.Should().Be(Citations.Cfr410Section44, "the finding cites the intensity standard's own source");
        }
    }

    [Fact]
    public void Validate_PlannedHours_UsesTheAgeGroupsStandard()
    {
        // 7 h/week: below the ASAM adult IOP band (9) but within the adolescent band (6).
        var content = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(sessions: 2), Individual()))));

        Ids(Validate(Plan(content), intensity: IntensityRuleSet.AsamHourBands, ageGroup: AgeGroup.Adult)).Should().Equal("PLAN-HOURS-OUTSIDE-STANDARD");
        Ids(Validate(Plan(content), intensity: IntensityRuleSet.AsamHourBands, ageGroup: AgeGroup.Adolescent)).Should().BeEmpty();
        Validate(Plan(content), intensity: IntensityRuleSet.AsamHourBands).Findings.Single().Message
            .Should().Be("Planned weekly hours (7 h) are below the level's minimum of 9 h.");
    }

    [Fact]
    public void Validate_LevelWithoutAStandardInTheRuleSet_ReportsNoHoursFinding()
    {
        // Medicare2024 has no residential standard; 1 h/week is not judged.
        var content = ValidContent(LevelOfCare.Residential).WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Individual()))));

        Ids(Validate(Plan(content))).Should().NotContain("PLAN-HOURS-OUTSIDE-STANDARD");
    }

    [Fact]
    public void Validate_PlannedHoursGrid_MatchesHandArithmeticAndTheStandardExhaustively()
    {
        // Two interventions, sessions 0..7 × minutes {15, 45, 50, 60, 90, 180} each: 2,304 plans.
        int[] minutes = [15, 45, 50, 60, 90, 180];
        var mismatches = new List<string>();
        for (var s1 = 0; s1 <= 7; s1++)
        {
            foreach (var m1 in minutes)
            {
                for (var s2 = 0; s2 <= 7; s2++)
                {
                    foreach (var m2 in minutes)
                    {
                        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group("a", s1, m1), Individual("b", s2, m2)))));
                        var total = (s1 * m1) + (s2 * m2);
                        var outside = total < 9 * 60 || total > 19 * 60;
                        var reported = Ids(Validate(Plan(content))).Contains("PLAN-HOURS-OUTSIDE-STANDARD");
                        if (content.PlannedWeeklyHours != Duration.FromMinutes(total) || reported != outside)
                        {
                            mismatches.Add($"{s1}x{m1} + {s2}x{m2}");
                        }
                    }
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void PlannedWeeklyHours_SameInterventionUnderTwoObjectives_CountsOnce()
    {
        var group = Group();
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o1", group), Objective("o2", group, Individual()))));

        content.PlannedWeeklyHours.Should().Be(Duration.FromHours(10));
        content.Interventions.Should().HaveCount(2);
    }

    [Fact]
    public void PlannedWeeklyHours_AfterWithProblems_IsRecomputedNotCopied()
    {
        // Interventions and planned hours are computed once when the problems are set; `with` must not carry the old ones.
        var ten = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o1", Group(), Individual()))));
        var one = ten with { Problems = [Problem("p", Goal("g", Objective("o1", Individual())))] };

        ten.PlannedWeeklyHours.Should().Be(Duration.FromHours(10));
        one.PlannedWeeklyHours.Should().Be(Duration.FromHours(1));
        one.Interventions.Should().ContainSingle();
        ten.Interventions.Should().HaveCount(2, "the original is unchanged");
    }

    [Fact]
    public void Validate_MissingMedicareContentElements_ReportsMcrPlanContentPerElement()
    {
        var noServices = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group(sessions: 0)))));
        var empty = new PlanContent(LevelOfCare.PartialHospitalization, [], []);

        Validate(Plan(ValidContent() with { Diagnoses = [], RelapsePrevention = null })).Findings.Select(f => f.Message)
            .Should().Equal("The plan states no diagnosis.");
        Validate(Plan(ValidContent() with { PlannedDischarge = null })).Findings.Select(f => f.Message)
            .Should().Equal("The plan states no duration of services (planned discharge date).");
        Validate(Plan(noServices)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Select(f => f.Message)
            .Should().Equal("The plan states no service with a type, amount and weekly frequency.");
        Validate(Plan(empty)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Should().HaveCount(4, "diagnosis, services, duration and goals are all missing");
    }

    [Fact]
    public void Validate_MedicareContent_AppliesOnlyToIopAndPhp_AndCanBeSwitchedOff()
    {
        var outpatient = new PlanContent(LevelOfCare.Outpatient, [], []);
        var iop = new PlanContent(LevelOfCare.IntensiveOutpatient, [], []);

        Ids(Validate(Plan(outpatient))).Should().NotContain("MCR-PLAN-CONTENT");
        Ids(Validate(Plan(iop), rules: TreatmentPlanRuleSet.ThirtyDayReview with { CheckMedicarePlanContent = false })).Should().NotContain("MCR-PLAN-CONTENT");
        Ids(Validate(Plan(iop))).Should().Contain("MCR-PLAN-CONTENT");
    }

    [Fact]
    public void Validate_SubstanceUseDiagnosisWithoutRelapsePlan_ReportsPlanNoRelapsePrevention()
    {
        var missing = ValidContent() with { RelapsePrevention = null };
        var empty = ValidContent() with { RelapsePrevention = new RelapsePreventionPlan([], [], [], [], []) };
        var noSubstanceUse = missing with { Diagnoses = [new PlanDiagnosis(Depression, isSubstanceUse: false)] };

        Ids(Validate(Plan(missing))).Should().Equal("PLAN-NO-RELAPSE-PREVENTION");
        Ids(Validate(Plan(empty))).Should().Equal("PLAN-NO-RELAPSE-PREVENTION");
        Ids(Validate(Plan(noSubstanceUse))).Should().BeEmpty();
        Validate(Plan(missing)).Findings.Single().Message.Should().NotContainAny("substance", "alcohol", "F10", "diagnos")
            .And.Be("The plan has no relapse-prevention plan.", "the message must not hint at which diagnosis called for it (42 CFR Part 2)");
    }

    [Theory]
    [InlineData(-31, false)] // 31 days before planned discharge: not yet expected
    [InlineData(-30, true)] // exactly the configured 30 days
    [InlineData(0, true)] // the discharge date itself
    public void Validate_NoAftercareNearDischarge_ReportsPlanNoAftercare(int daysFromDischarge, bool reported)
    {
        var content = ValidContent() with { Aftercare = null, PlannedDischarge = Start.PlusDays(60) };
        var asOf = Start.PlusDays(60 + daysFromDischarge);

        Ids(Validate(Plan(content), asOf: asOf, rules: Quiet)).Contains("PLAN-NO-AFTERCARE").Should().Be(reported);
        Ids(Validate(Plan(content with { Aftercare = Aftercare }), asOf: asOf, rules: Quiet)).Should().NotContain("PLAN-NO-AFTERCARE");
        Ids(Validate(Plan(content with { Aftercare = new AftercarePlan { Notes = "SECRET" } }), asOf: asOf, rules: Quiet))
            .Contains("PLAN-NO-AFTERCARE").Should().Be(reported, "notes alone are an empty aftercare plan");
    }

    [Theory]
    [InlineData(30, 0)] // due today: not overdue
    [InlineData(31, 1)] // one day past the 30-day interval
    [InlineData(40, 10)] // ten days past
    public void Validate_ReviewOverdue_ReportsPlanReviewOverdueWithDays(int daysAfterStart, int daysOverdue)
    {
        var evaluation = Validate(ValidPlan(), asOf: Start.PlusDays(daysAfterStart));

        var finding = evaluation.Findings.SingleOrDefault(f => f.RuleId.Value == "PLAN-REVIEW-OVERDUE");
        if (daysOverdue == 0)
        {
            finding.Should().BeNull();
            evaluation.Value.Due.Select(i => i.Kind).Should().Contain(ReviewKind.PlanReview);
        }
        else
        {
            finding!.Message.Should().Be($"The plan review is {daysOverdue} day{(daysOverdue == 1 ? string.Empty : "s")} overdue.");
        }
    }

    [Fact]
    public void Validate_RevisionResetsTheReviewClock()
    {
        var revised = ValidPlan().Revise(Start.PlusDays(28), RevisionReason.ScheduledReview, ValidContent()).RecordParticipation(Start.PlusDays(28));

        Ids(Validate(revised, asOf: Start.PlusDays(40))).Should().NotContain("PLAN-REVIEW-OVERDUE");
    }

    [Fact]
    public void Validate_NoUpdateBeforePlannedDischarge_ReportsPlanDischargeUpdate()
    {
        var content = ValidContent() with { PlannedDischarge = Start.PlusDays(20) };
        var afterDischarge = Start.PlusDays(21);

        Ids(Validate(Plan(content), asOf: afterDischarge, rules: Quiet)).Should().Equal("PLAN-DISCHARGE-UPDATE");
        Validate(Plan(content), asOf: afterDischarge, rules: Quiet).Findings.Single().Message.Should().Be("The plan update before planned discharge is 1 day overdue.");
        Ids(Validate(Plan(content), asOf: Start.PlusDays(20), rules: Quiet)).Should().BeEmpty("due on the discharge date itself");

        // The first version is not an update, however close to discharge; a revision is.
        var revised = Plan(content).Revise(Start.PlusDays(10), RevisionReason.ClinicalChange, content).RecordParticipation(Start.PlusDays(10));
        Ids(Validate(revised, asOf: afterDischarge, rules: Quiet, timeline: PlanTimeline.Empty)).Should().BeEmpty();
    }

    [Fact]
    public void Validate_DischargeUpdate_IsSatisfiedByARevisionWithinOneIntervalBeforeDischarge()
    {
        var content = ValidContent() with { PlannedDischarge = Start.PlusDays(70) };
        var plan = Plan(content);
        var revised = plan.Revise(Start.PlusDays(50), RevisionReason.ScheduledReview, content).RecordParticipation(Start.PlusDays(50));
        var after = Start.PlusDays(71);

        Ids(Validate(plan, asOf: after, rules: Quiet)).Should().Contain("PLAN-DISCHARGE-UPDATE");
        Ids(Validate(revised, asOf: after, rules: Quiet, timeline: PlanTimeline.Empty)).Should().NotContain("PLAN-DISCHARGE-UPDATE");
        Ids(Validate(plan, asOf: after, rules: Quiet with { RequireUpdateBeforeDischarge = false })).Should().NotContain("PLAN-DISCHARGE-UPDATE");
    }

    [Theory]
    [InlineData(17, false)] // day 18: due today
    [InlineData(18, true)] // day 19: one day overdue
    public void Validate_PhpWithoutRecertificationByDay18_ReportsMcrPhpRecert18(int daysAfterStart, bool reported)
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization).WithProblems(
            Problem("p", Goal("g", Objective("o", Group(sessions: 5, minutes: 240))))));

        var ids = Ids(Validate(php, asOf: Start.PlusDays(daysAfterStart)));

        ids.Contains("MCR-PHP-RECERT-18").Should().Be(reported);
        ids.Should().NotContain("MCR-PHP-RECERT-30");
        Ids(Validate(php, asOf: Start.PlusDays(daysAfterStart), timeline: Timeline with { Recertifications = [Start.PlusDays(16)] })).Should().BeEmpty();
    }

    [Fact]
    public void Validate_PhpRecertificationOlderThan30Days_ReportsMcrPhpRecert30()
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization).WithProblems(
            Problem("p", Goal("g", Objective("o", Group(sessions: 5, minutes: 240))))));
        var timeline = Timeline with { Recertifications = [Start.PlusDays(14)] };
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(90) };

        Ids(Validate(php, asOf: Start.PlusDays(44), rules: rules, timeline: timeline)).Should().BeEmpty("due on day 14 + 30");
        Ids(Validate(php, asOf: Start.PlusDays(45), rules: rules, timeline: timeline)).Should().Equal("MCR-PHP-RECERT-30");
        Ids(Validate(php, asOf: Start.PlusDays(45), rules: rules, timeline: timeline with { Recertifications = [Start.PlusDays(14), Start.PlusDays(40)] })).Should().BeEmpty();
    }

    [Fact]
    public void Validate_IopWithoutRecertificationInTwoMonths_ReportsMcrIopRecert()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(90) };
        var may3 = new LocalDate(2025, 5, 3);

        Ids(Validate(ValidPlan(), asOf: may3, rules: rules)).Should().NotContain("MCR-IOP-RECERT", "2025-03-03 plus two months is 2025-05-03");
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules)).Should().Contain("MCR-IOP-RECERT");
        Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules).Findings.Single(f => f.RuleId.Value == "MCR-IOP-RECERT")
            .Message.Should().Be("The intensive outpatient recertification is 1 day overdue.");
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules, timeline: Timeline with { Recertifications = [new LocalDate(2025, 4, 20)] })).Should().NotContain("MCR-IOP-RECERT");
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules with { Recertification = null })).Should().NotContain("MCR-IOP-RECERT");
    }

    [Theory]
    [InlineData(null, 1, true)] // never recorded
    [InlineData(2, 1, true)] // recorded the day after the first group
    [InlineData(1, 1, false)] // recorded on the day of the first group
    [InlineData(0, 1, false)] // recorded the day before
    [InlineData(null, null, false)] // no group known: the rule cannot apply
    public void Validate_ParticipationNotBeforeFirstGroup_ReportsPlanParticipationBeforeGroup(int? participatedDay, int? groupDay, bool reported)
    {
        var plan = TreatmentPlan.Create(Start, ValidContent());
        if (participatedDay is { } p)
        {
            plan = plan.RecordParticipation(Start.PlusDays(p));
        }

        var timeline = new PlanTimeline { FirstGroupSession = groupDay is { } g ? Start.PlusDays(g) : null };

        Ids(Validate(plan, timeline: timeline)).Contains("PLAN-PARTICIPATION-BEFORE-GROUP").Should().Be(reported);
        Ids(Validate(plan, timeline: timeline, rules: TreatmentPlanRuleSet.ThirtyDayReview with { ParticipationBeforeFirstGroup = false }))
            .Should().NotContain("PLAN-PARTICIPATION-BEFORE-GROUP");
    }

    [Fact]
    public void Validate_FindingsAndScheduleText_NeverContainCallerText()
    {
        var messy = new PlanContent(LevelOfCare.IntensiveOutpatient, [new PlanDiagnosis(AlcoholUse, true)], [Problem("SECRET-p", Goal("SECRET-g"))]);
        var evaluation = Validate(Plan(messy), asOf: Start.PlusDays(200));

        evaluation.Findings.Should().HaveCountGreaterThan(4);
        var text = string.Join("\n", evaluation.Findings.Select(f => f.ToString())) + evaluation.Value + evaluation;
        text.Should().NotContainAny(Secret, SecretCode, "F32", "2025");
    }

    [Fact]
    public void Validate_NullArguments_Throw()
    {
        var plan = ValidPlan();
        var act = () => TreatmentPlanValidation.Validate(null!, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, AgeGroup.Adult);
        act.Should().Throw<ArgumentNullException>().WithParameterName("plan");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, null!, IntensityRuleSet.Medicare2024, AgeGroup.Adult);
        act.Should().Throw<ArgumentNullException>().WithParameterName("rules");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, null!, AgeGroup.Adult);
        act.Should().Throw<ArgumentNullException>().WithParameterName("intensityRules");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, default);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
    }

    /// <summary>The default rules with the recertification and review rules far away, so one rule is seen at a time.</summary>
    private static TreatmentPlanRuleSet Quiet { get; } = TreatmentPlanRuleSet.ThirtyDayReview with
    {
        ReviewInterval = Period.FromDays(365),
        Recertification = null,
    };
}
