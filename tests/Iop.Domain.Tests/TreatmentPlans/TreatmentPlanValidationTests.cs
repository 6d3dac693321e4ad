using System.Reflection;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>Each rule with a failing and a passing plan, by rule id and subject; a fully valid plan yields no findings.</summary>
public sealed class TreatmentPlanValidationTests
{
    /// <summary>
    /// Inputs that break rules, one or more each. The coverage test runs them all and requires every rule the
    /// namespace declares (found by reflection) to be produced by at least one: a rule added without a failing
    /// input here fails it.
    /// </summary>
    public static TheoryData<string> FailingInputNames => [.. FailingInputs.Keys];

    private static Dictionary<string, Func<Evaluation<ReviewSchedule>>> FailingInputs { get; } = new()
    {
        ["goal without objective"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()))), Problem("p2", Goal("g2", Objective("o2", Individual())), Goal("g3"))))),
        ["objective without date"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { TargetDate = null }))))),
        ["target date passed"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { TargetDate = Start }))))),
        ["problem without intervention"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()))), Problem("p2", Goal("g2", Objective("o2")))))),
        ["7 hours a week at IOP"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group(sessions: 2), Individual())))))),
        ["empty IOP plan"] = () => Validate(Plan(new PlanContent(LevelOfCare.IntensiveOutpatient, [], []))),
        ["no relapse-prevention plan"] = () => Validate(Plan(ValidContent() with { RelapsePrevention = null })),
        ["no aftercare plan at discharge"] = () => Validate(Plan(ValidContent() with { Aftercare = null }), asOf: Start.PlusDays(81), rules: Quiet),
        ["review and recertification overdue"] = () => Validate(ValidPlan(), asOf: Start.PlusDays(90)),
        ["no update before discharge"] = () => Validate(Plan(ValidContent() with { PlannedDischarge = Start.PlusDays(20) }), asOf: Start.PlusDays(21), rules: Quiet),
        ["PHP past day 18"] = () => Validate(PhpPlan(), asOf: Start.PlusDays(18)),
        ["PHP recertification older than 30 days"] = () => Validate(PhpPlan(), asOf: Start.PlusDays(45), timeline: Timeline with { Recertifications = [Start.PlusDays(14)] }),
        ["participation never recorded"] = () => Validate(TreatmentPlan.Create(Start, ValidContent())),
        ["achieved objective left active"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { Achievement = GoalAchievementStatus.Achieved }))))),
        ["PHQ-9 target met, objective in progress"] = () => Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()))))), measurements: [new Iop.Domain.Outcomes.MeasurementSeries(Iop.Domain.Outcomes.Instrument.Phq9, [new Iop.Domain.Outcomes.Measurement(Start, 4)])]),
    };

    /// <summary>The default rules with the recertification and review rules far away, so one rule is seen at a time.</summary>
    private static TreatmentPlanRuleSet Quiet { get; } = TreatmentPlanRuleSet.ThirtyDayReview with
    {
        ReviewInterval = Period.FromDays(365),
        Recertification = null,
    };

    [Fact]
    public void Validate_FullyValidPlan_HasNoFindings()
    {
        var evaluation = Validate(ValidPlan());

        evaluation.Findings.Should().BeEmpty();
        evaluation.Value.Items.Should().HaveCount(3, "plan review, discharge update and IOP recertification are scheduled");
    }

    [Fact]
    public void Validate_EveryRuleOfTheNamespace_IsProducedBySomeFailingInput()
    {
        var declared = typeof(TreatmentPlanRules).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Rule))
            .Select(p => (Rule)p.GetValue(null)!)
            .Concat(TreatmentPlanRules.All)
            .Select(r => r.Id.Value)
            .Distinct()
            .ToList();
        var produced = FailingInputs.Values.SelectMany(run => run().Findings).Select(f => f.RuleId.Value).ToHashSet();

        declared.Should().HaveCountGreaterThan(10, "the reflection must find the namespace's rules")
            .And.OnlyContain(id => produced.Contains(id), "every rule needs a failing input in FailingInputs");
    }

    [Fact]
    public void All_ListsEveryRuleProperty()
    {
        var properties = typeof(TreatmentPlanRules).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Rule))
            .Select(p => (Rule)p.GetValue(null)!);

        TreatmentPlanRules.All.Should().Contain(properties).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(FailingInputNames))]
    public void Validate_FailingInput_ReportsOnlyLibraryTextAndSubjectsOfThePlansKinds(string name)
    {
        var findings = FailingInputs[name]().Findings;

        findings.Should().NotBeEmpty();
        findings.Select(f => f.Message).Should().OnlyContain(m => !m.Contains(Secret, StringComparison.Ordinal) && !m.Contains("2025", StringComparison.Ordinal));
        findings.Select(f => f.Subject?.Kind).Should().OnlyContain(
            k => k == null || k == SubjectKind.Day || k == SubjectKind.Problem || k == SubjectKind.Goal || k == SubjectKind.Objective,
            "a finding concerns the whole plan, a due or session day, or a part named by the caller's id");
    }

    [Fact]
    public void Validate_GoalWithoutObjective_ReportsPlanGoalNoObjectiveForThatGoal()
    {
        var failing = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(), Individual())), Goal("SECRET-g2")));

        var finding = Validate(Plan(failing)).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-GOAL-NO-OBJECTIVE");
        finding.Message.Should().Be("The goal has no objective.");
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Goal, "SECRET-g2"));
        Ids(Validate(Plan(ValidContent()))).Should().NotContain("PLAN-GOAL-NO-OBJECTIVE");
    }

    [Fact]
    public void Validate_SeveralOffendingParts_ReportsOneFindingPerPartWithItsId()
    {
        // Two goals without objectives, two objectives without a date, two problems without an intervention.
        var content = ValidContent().WithProblems(
            Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group()) with { TargetDate = null }), Goal("SECRET-g2")),
            Problem("SECRET-p2", Goal("SECRET-g3"), Goal("SECRET-g4", Objective("SECRET-o2") with { TargetDate = null })),
            Problem("SECRET-p3"));

        var subjects = Validate(Plan(content)).Findings
            .Where(f => f.Subject is { Id: not null })
            .Select(f => (f.RuleId.Value, f.Subject!.Kind, f.Subject.Id));

        subjects.Should().BeEquivalentTo(new[]
        {
            ("PLAN-GOAL-NO-OBJECTIVE", SubjectKind.Goal, "SECRET-g2"),
            ("PLAN-GOAL-NO-OBJECTIVE", SubjectKind.Goal, "SECRET-g3"),
            ("PLAN-OBJECTIVE-NOT-MEASURABLE", SubjectKind.Objective, "SECRET-o1"),
            ("PLAN-OBJECTIVE-NOT-MEASURABLE", SubjectKind.Objective, "SECRET-o2"),
            ("PLAN-PROBLEM-NO-INTERVENTION", SubjectKind.Problem, "SECRET-p2"),
            ("PLAN-PROBLEM-NO-INTERVENTION", SubjectKind.Problem, "SECRET-p3"),
        });
    }

    public static TheoryData<MeasurableTarget?, LocalDate?, string> Unmeasurable => new()
    {
        { null, Start.PlusDays(30), "The objective has no measurable target." }, // no target, date given
        { MeasurableTarget.SessionsAttended(20), null, "The objective has no target date." }, // target given, no date
        { null, null, "The objective has neither a measurable target nor a target date." }, // neither
    };

    [Theory]
    [MemberData(nameof(Unmeasurable))]
    public void Validate_ObjectiveWithoutTargetOrDate_ReportsPlanObjectiveNotMeasurableSayingWhatIsMissing(MeasurableTarget? target, LocalDate? date, string message)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { Target = target, TargetDate = date };
        var failing = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective)));

        var finding = Validate(Plan(failing)).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-OBJECTIVE-NOT-MEASURABLE");
        finding.Message.Should().Be(message);
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Objective, "SECRET-o1"));
    }

    [Fact]
    public void Validate_DescribedTargetWithADate_IsMeasurable()
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { Target = MeasurableTarget.Other("SECRET other"), TargetDate = AsOf };

        Ids(Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective)))))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(ObjectiveStatus.NotStarted)] // open
    [InlineData(ObjectiveStatus.InProgress)] // open
    public void Validate_OpenObjectivePastItsTargetDate_ReportsPlanTargetDatePassed(ObjectiveStatus status)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = AsOf.PlusDays(-1), Status = status };

        var finding = Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))))).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-TARGET-DATE-PASSED");
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Objective, "SECRET-o1"));
    }

    [Theory]
    [InlineData(ObjectiveStatus.Achieved)] // closed: reached
    [InlineData(ObjectiveStatus.Revised)] // closed: replaced
    [InlineData(ObjectiveStatus.Discontinued)] // closed: stopped
    public void Validate_ClosedObjectivePastItsTargetDate_ReportsNothing(ObjectiveStatus status)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = AsOf.PlusDays(-1), Status = status };

        Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))))).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_TargetDateToday_HasNotPassed()
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = AsOf };

        Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))))).Findings.Should().BeEmpty("a target date of today has not passed");
    }

    [Fact]
    public void Validate_TargetDatePassed_IsAWarningGivingTheDays()
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { TargetDate = Start };
        var finding = Validate(Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))))).Findings.Single();

        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("The open objective's target date passed 17 days ago.", "AsOf is 17 days after Start");
    }

    [Fact]
    public void Validate_ProblemWithoutIntervention_ReportsPlanProblemNoInterventionForThatProblem()
    {
        var failing = ValidContent().WithProblems(
            Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(), Individual()))),
            Problem("SECRET-p2", Goal("SECRET-g2", Objective("SECRET-o2"))));

        var finding = Validate(Plan(failing)).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-PROBLEM-NO-INTERVENTION");
        finding.Message.Should().Be("The problem has no intervention under its goals and objectives.");
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Problem, "SECRET-p2"));
        Ids(Validate(ValidPlan())).Should().NotContain("PLAN-PROBLEM-NO-INTERVENTION");
    }

    [Fact]
    public void Validate_PlannedHoursBelowMedicareIopMinimum_ReportsAnErrorCitingTheStandard()
    {
        // 2 × 180 min group + 1 × 60 min individual = 7 h: below Medicare's 9.
        var finding = Validate(Plan(Hours(2, 180, 60))).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-HOURS-OUTSIDE-STANDARD");
        finding.Severity.Should().Be(Severity.Error);
        finding.Source.Should().Be(Citations.Cfr410Section44, "the finding cites the intensity standard's own source");
        finding.Subject.Should().BeNull("the planned hours concern the plan as a whole");
    }

    [Theory]
    [InlineData(2, 240, 60)] // 8 h + 1 h = 9 h: exactly the minimum
    [InlineData(6, 180, 60)] // 18 h + 1 h = 19 h: exactly the inclusive ceiling
    public void Validate_PlannedHoursWithinMedicareIop_ReportsNothing(int groups, int groupMinutes, int individualMinutes) =>
        Validate(Plan(Hours(groups, groupMinutes, individualMinutes))).Findings.Should().BeEmpty();

    [Fact]
    public void Validate_PlannedHoursAboveMedicareIopCeiling_ReportsAWarningCitingTheStandard()
    {
        // 18 h + 2 h = 20 h: above the ceiling of at most 19.
        var finding = Validate(Plan(Hours(6, 180, 120))).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-HOURS-OUTSIDE-STANDARD");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Source.Should().Be(Citations.Cfr410Section44);
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
        // Two interventions, sessions 0..7 × lengths {15, 45, 50, 60, 90, 180} min each: 2,304 plans. The hand
        // arithmetic is in whole minutes; the library sums Durations.
        int[] minutes = [15, 45, 50, 60, 90, 180];
        var cases = (from s1 in Enumerable.Range(0, 8)
                     from m1 in minutes
                     from s2 in Enumerable.Range(0, 8)
                     from m2 in minutes
                     select (s1, m1, s2, m2)).ToList();

        var expected = cases.Select(c =>
        {
            var total = (c.s1 * c.m1) + (c.s2 * c.m2);
            return (c, Duration.FromMinutes(total), total < 9 * 60 || total > 19 * 60);
        });
        var actual = cases.Select(c =>
        {
            var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group("a", c.s1, c.m1), Individual("b", c.s2, c.m2)))));
            return (c, content.PlannedWeeklyHours, Ids(Validate(Plan(content))).Contains("PLAN-HOURS-OUTSIDE-STANDARD"));
        });

        cases.Should().HaveCount(2304);
        actual.Should().Equal(expected);
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
        Validate(Plan(empty)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Should().HaveCount(4, "diagnosis, services, duration and goals are all missing")
            .And.OnlyContain(f => f.Subject == null, "the content elements concern the plan as a whole");
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

    [Fact]
    public void Validate_ReviewDueToday_IsDueButNotOverdue()
    {
        var evaluation = Validate(ValidPlan(), asOf: Start.PlusDays(30));

        Ids(evaluation).Should().NotContain("PLAN-REVIEW-OVERDUE");
        evaluation.Value.Items.Where(i => i.IsDue).Select(i => i.Kind).Should().Contain(ReviewKind.PlanReview);
    }

    [Theory]
    [InlineData(31, "The plan review is 1 day overdue.")] // one day past the 30-day interval
    [InlineData(40, "The plan review is 10 days overdue.")] // ten days past
    public void Validate_ReviewOverdue_ReportsPlanReviewOverdueWithDaysAndTheDueDay(int daysAfterStart, string message)
    {
        var finding = Validate(ValidPlan(), asOf: Start.PlusDays(daysAfterStart)).Findings.Single(f => f.RuleId.Value == "PLAN-REVIEW-OVERDUE");

        finding.Message.Should().Be(message);
        finding.Subject.Should().Be(FindingSubject.Day(Start.PlusDays(30)), "the review was due 30 days after the version");
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

        var finding = Validate(Plan(content), asOf: afterDischarge, rules: Quiet).Findings.Should().ContainSingle().Which;
        finding.RuleId.Value.Should().Be("PLAN-DISCHARGE-UPDATE");
        finding.Message.Should().Be("The plan update before planned discharge is 1 day overdue.");
        finding.Subject.Should().Be(FindingSubject.Day(Start.PlusDays(20)), "the update was due on the planned discharge date");
        Ids(Validate(Plan(content), asOf: Start.PlusDays(20), rules: Quiet)).Should().BeEmpty("due on the discharge date itself");

        // The first version is not an update, however close to discharge; a revision is.
        var revised = Plan(content).Revise(Start.PlusDays(10), RevisionReason.ClinicalChange, content).RecordParticipation(Start.PlusDays(10));
        Ids(Validate(revised, asOf: afterDischarge, rules: Quiet, sessions: [])).Should().BeEmpty();
    }

    [Fact]
    public void Validate_DischargeUpdate_IsSatisfiedByARevisionWithinOneIntervalBeforeDischarge()
    {
        var content = ValidContent() with { PlannedDischarge = Start.PlusDays(70) };
        var plan = Plan(content);
        var revised = plan.Revise(Start.PlusDays(50), RevisionReason.ScheduledReview, content).RecordParticipation(Start.PlusDays(50));
        var after = Start.PlusDays(71);

        Ids(Validate(plan, asOf: after, rules: Quiet)).Should().Contain("PLAN-DISCHARGE-UPDATE");
        Ids(Validate(revised, asOf: after, rules: Quiet)).Should().NotContain("PLAN-DISCHARGE-UPDATE");
        Ids(Validate(plan, asOf: after, rules: Quiet with { RequireUpdateBeforeDischarge = false })).Should().NotContain("PLAN-DISCHARGE-UPDATE");
    }

    [Theory]
    [InlineData(17, false)] // day 18: due today
    [InlineData(18, true)] // day 19: one day overdue
    public void Validate_PhpWithoutRecertificationByDay18_ReportsMcrPhpRecert18(int daysAfterStart, bool reported)
    {
        var ids = Ids(Validate(PhpPlan(), asOf: Start.PlusDays(daysAfterStart)));

        ids.Contains("MCR-PHP-RECERT-18").Should().Be(reported);
        ids.Should().NotContain("MCR-PHP-RECERT-30");
        Ids(Validate(PhpPlan(), asOf: Start.PlusDays(daysAfterStart), timeline: Timeline with { Recertifications = [Start.PlusDays(16)] })).Should().BeEmpty();
    }

    [Fact]
    public void Validate_PhpRecertificationOverdue_CarriesTheDueDay()
    {
        var finding = Validate(PhpPlan(), asOf: Start.PlusDays(18)).Findings.Single(f => f.RuleId.Value == "MCR-PHP-RECERT-18");

        finding.Subject.Should().Be(FindingSubject.Day(Start.PlusDays(17)), "day 18 counting the start as day 1");
        finding.ToString().Should().NotContain("2025").And.Contain("(Day)");
    }

    [Fact]
    public void Validate_PhpRecertificationOlderThan30Days_ReportsMcrPhpRecert30()
    {
        var timeline = Timeline with { Recertifications = [Start.PlusDays(14)] };
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(90) };

        Ids(Validate(PhpPlan(), asOf: Start.PlusDays(44), rules: rules, timeline: timeline)).Should().BeEmpty("due on day 14 + 30");
        Ids(Validate(PhpPlan(), asOf: Start.PlusDays(45), rules: rules, timeline: timeline)).Should().Equal("MCR-PHP-RECERT-30");
        Ids(Validate(PhpPlan(), asOf: Start.PlusDays(45), rules: rules, timeline: timeline with { Recertifications = [Start.PlusDays(14), Start.PlusDays(40)] })).Should().BeEmpty();
    }

    [Fact]
    public void Validate_IopWithoutRecertificationInTwoMonths_ReportsMcrIopRecert()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(90) };
        var may3 = new LocalDate(2025, 5, 3);

        Ids(Validate(ValidPlan(), asOf: may3, rules: rules)).Should().NotContain("MCR-IOP-RECERT", "2025-03-03 plus two months is 2025-05-03");
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules)).Should().Contain("MCR-IOP-RECERT");
        var finding = Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules).Findings.Single(f => f.RuleId.Value == "MCR-IOP-RECERT");
        finding.Message.Should().Be("The intensive outpatient recertification is 1 day overdue.");
        finding.Subject.Should().Be(FindingSubject.Day(may3));
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules, timeline: Timeline with { Recertifications = [new LocalDate(2025, 4, 20)] })).Should().NotContain("MCR-IOP-RECERT");
        Ids(Validate(ValidPlan(), asOf: may3.PlusDays(1), rules: rules with { Recertification = null })).Should().NotContain("MCR-IOP-RECERT");
    }

    [Theory]
    [InlineData(2, true)] // recorded the day after the first group
    [InlineData(1, false)] // recorded on the day of the first group
    [InlineData(0, false)] // recorded the day before
    public void Validate_ParticipationRecordedAfterTheFirstGroupSession_ReportsPlanParticipationBeforeGroup(int participatedDay, bool reported)
    {
        // Plans.PlanSessions: an individual session on the start date, the first group session the day after.
        var plan = TreatmentPlan.Create(Start, ValidContent()).RecordParticipation(Start.PlusDays(participatedDay));

        Ids(Validate(plan)).Contains("PLAN-PARTICIPATION-BEFORE-GROUP").Should().Be(reported);
    }

    [Fact]
    public void Validate_ParticipationNeverRecorded_ReportsPlanParticipationBeforeGroupOnTheFirstGroupDay()
    {
        var finding = Validate(TreatmentPlan.Create(Start, ValidContent())).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-PARTICIPATION-BEFORE-GROUP");
        finding.Subject.Should().Be(FindingSubject.Day(Start.PlusDays(1)), "the first group session is derived from the sessions");
    }

    [Fact]
    public void Validate_NoGroupSession_DoesNotApplyParticipationBeforeGroup()
    {
        var plan = TreatmentPlan.Create(Start, ValidContent());
        Session[] individualOnly = [new(Start, new LocalTime(10, 0), Duration.FromHours(1), ServiceKind.IndividualTherapy, DeliveryMode.InPerson, Attendance.Attended)];

        Ids(Validate(plan, sessions: [])).Should().NotContain("PLAN-PARTICIPATION-BEFORE-GROUP");
        Ids(Validate(plan, sessions: individualOnly)).Should().NotContain("PLAN-PARTICIPATION-BEFORE-GROUP");
    }

    [Theory]
    [InlineData(ServiceKind.GroupTherapy, Attendance.Missed, 2)] // a missed group was on the schedule: it counts
    [InlineData(ServiceKind.SkillsGroup, Attendance.Attended, 2)] // a skills group is a group session
    [InlineData(ServiceKind.GroupTherapy, Attendance.Cancelled, 5)] // cancelled in advance: the next group (day 5) is the first
    [InlineData(ServiceKind.Psychoeducation, Attendance.Attended, 5)] // not a group kind: the next group (day 5) is the first
    public void Validate_FirstGroupSession_IsDerivedFromTheSessions(ServiceKind kind, Attendance attendance, int firstGroupDay)
    {
        var plan = TreatmentPlan.Create(Start, ValidContent());
        Session[] sessions = [GroupSession(Start.PlusDays(5)), GroupSession(Start.PlusDays(2), attendance, kind)];

        Validate(plan, sessions: sessions).Findings.Single(f => f.RuleId.Value == "PLAN-PARTICIPATION-BEFORE-GROUP")
            .Subject.Should().Be(FindingSubject.Day(Start.PlusDays(firstGroupDay)));
    }

    [Fact]
    public void Validate_FirstGroupSession_IsTheFirstUnderTheCurrentVersion()
    {
        // Groups on days 1 and 3 belong to version 1; version 2 from day 2 has its first group on day 3.
        var v2 = ValidPlan().Revise(Start.PlusDays(2), RevisionReason.ClinicalChange, ValidContent());

        Validate(v2).Findings.Single(f => f.RuleId.Value == "PLAN-PARTICIPATION-BEFORE-GROUP")
            .Subject.Should().Be(FindingSubject.Day(Start.PlusDays(3)));
        Ids(Validate(v2.RecordParticipation(Start.PlusDays(3)))).Should().NotContain("PLAN-PARTICIPATION-BEFORE-GROUP");
    }

    [Fact]
    public void Validate_ParticipationBeforeGroupSwitchedOff_ReportsNothing() =>
        Ids(Validate(TreatmentPlan.Create(Start, ValidContent()), rules: TreatmentPlanRuleSet.ThirtyDayReview with { ParticipationBeforeFirstGroup = false }))
            .Should().NotContain("PLAN-PARTICIPATION-BEFORE-GROUP");

    [Fact]
    public void Validate_FindingsAndScheduleText_NeverContainCallerText()
    {
        var messy = new PlanContent(LevelOfCare.IntensiveOutpatient, [new PlanDiagnosis(AlcoholUse, true)], [Problem("SECRET-p", Goal("SECRET-g"))]);
        var evaluation = Validate(Plan(messy), asOf: Start.PlusDays(200));

        evaluation.Findings.Should().HaveCountGreaterThan(4);
        evaluation.Findings.Should().Contain(f => f.Subject != null && f.Subject.Id == "SECRET-g", "the subject carries the caller's id as data");
        var text = string.Join("\n", evaluation.Findings.Select(f => f.ToString())) + evaluation.Value + evaluation;
        text.Should().NotContainAny(Secret, SecretCode, "F32", "2025");
    }

    [Fact]
    public void Validate_Result_HasValueEquality()
    {
        var late = Start.PlusDays(40);

        ContractAssertions.Equality(
            Validate(ValidPlan(), asOf: late),
            Validate(ValidPlan(), asOf: late),
            Validate(ValidPlan(), asOf: late.PlusDays(1)), // one more day overdue: other schedule, other message
            Validate(Plan(ValidContent() with { RelapsePrevention = null }), asOf: late), // one more finding
            Validate(TreatmentPlan.Create(Start, ValidContent()), asOf: late)); // same schedule, one more finding
        Validate(ValidPlan(), asOf: late).Should().BeAssignableTo<IEvaluationResult>();
    }

    [Fact]
    public void Validate_SameFindingsDifferentSubjects_AreNotEqual()
    {
        // The subject is part of a finding's value: two plans failing the same rule on different goals differ.
        var onG2 = Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g1", Objective("o", Group(), Individual())), Goal("g2")))));
        var onG3 = Validate(Plan(ValidContent().WithProblems(Problem("p", Goal("g1", Objective("o", Group(), Individual())), Goal("g3")))));

        onG2.Findings.Select(f => f.Message).Should().Equal(onG3.Findings.Select(f => f.Message));
        onG2.Should().NotBe(onG3);
    }

    [Fact]
    public void Validate_NullArguments_Throw()
    {
        var plan = ValidPlan();
        var act = () => TreatmentPlanValidation.Validate(null!, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, AgeGroup.Adult, PlanSessions);
        act.Should().Throw<ArgumentNullException>().WithParameterName("plan");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, null!, IntensityRuleSet.Medicare2024, AgeGroup.Adult, PlanSessions);
        act.Should().Throw<ArgumentNullException>().WithParameterName("rules");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, null!, AgeGroup.Adult, PlanSessions);
        act.Should().Throw<ArgumentNullException>().WithParameterName("intensityRules");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, default, PlanSessions);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
        act = () => TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, AgeGroup.Adult, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("sessions");
    }

    [Fact]
    public void Validate_DefaultSession_ThrowsNamingTheSessions()
    {
        var act = () => Validate(ValidPlan(), sessions: [GroupSession(Start.PlusDays(1)), default]);
        act.Should().Throw<ArgumentException>().WithParameterName("sessions");
        act = () => Validate(ValidPlan(), sessions: new[] { GroupSession(Start.PlusDays(1)), default }.Select(s => s)); // a lazy sequence, not a list
        act.Should().Throw<ArgumentException>().WithParameterName("sessions");
    }

    [Fact]
    public void Validate_SessionsAsALazySequence_GiveTheSameResultAsAList()
    {
        var plan = TreatmentPlan.Create(Start, ValidContent());

        Validate(plan, sessions: PlanSessions.Select(s => s)).Should().Be(Validate(plan, sessions: PlanSessions));
    }

    private static TreatmentPlan PhpPlan() => Plan(ValidContent(LevelOfCare.PartialHospitalization).WithProblems(
        Problem("p", Goal("g", Objective("o", Group(sessions: 5, minutes: 240))))));

    /// <summary>An IOP plan of one group intervention and one individual intervention of the given sizes.</summary>
    private static PlanContent Hours(int groups, int groupMinutes, int individualMinutes) => ValidContent().WithProblems(
        Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(sessions: groups, minutes: groupMinutes), Individual(minutes: individualMinutes)))));
}
