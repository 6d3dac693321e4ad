using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>The schedule's and validation's boundaries, each tested exactly at the boundary and one day either side.</summary>
public sealed class ReviewScheduleBoundaryTests
{
    /// <summary>Only the discharge update is switched on: long review interval, no recertification.</summary>
    private static readonly TreatmentPlanRuleSet UpdateOnly = TreatmentPlanRuleSet.ThirtyDayReview with
    {
        ReviewInterval = Period.FromDays(30),
        Recertification = null,
    };

    [Theory]
    [InlineData(20, false)] // revised on the planned discharge date itself: an update before discharge
    [InlineData(-10, false)] // revised exactly one review interval (30 days) before discharge: still within it
    [InlineData(-11, true)] // revised 31 days before discharge: too early to count
    [InlineData(21, true)] // revised the day after the planned discharge: not before it
    public void For_RevisionRelativeToThePlannedDischarge_CountsOnlyWithinOneIntervalBeforeIt(int revisionDay, bool updateScheduled)
    {
        // The plan starts 31 days before day 0 so a revision on day -11 is possible; discharge on day 20.
        var start = Start.PlusDays(-31);
        var content = ValidContent() with { PlannedDischarge = Start.PlusDays(20) };
        var plan = TreatmentPlan.Create(start, content).Revise(Start.PlusDays(revisionDay), RevisionReason.ScheduledReview, content);

        ReviewSchedule.For(plan, Start, UpdateOnly).Items.Select(i => i.Kind).Contains(ReviewKind.DischargeUpdate).Should().Be(updateScheduled);
    }

    [Fact]
    public void For_EarlierRevisionWithinTheInterval_CountsEvenWhenTheLatestIsAfterDischarge()
    {
        var content = ValidContent() with { PlannedDischarge = Start.PlusDays(20) };
        var plan = TreatmentPlan.Create(Start, content)
            .Revise(Start.PlusDays(5), RevisionReason.ScheduledReview, content)
            .Revise(Start.PlusDays(25), RevisionReason.ScheduledReview, content);

        ReviewSchedule.For(plan, Start.PlusDays(25), UpdateOnly).Items.Select(i => i.Kind).Should().NotContain(ReviewKind.DischargeUpdate);
    }

    [Fact]
    public void For_DischargeUpdate_IsDueOnThePlannedDischargeDate()
    {
        var plan = TreatmentPlan.Create(Start, ValidContent() with { PlannedDischarge = Start.PlusDays(20) });

        ReviewSchedule.For(plan, Start, UpdateOnly).Items.Should().Equal(
            new ScheduledReview(ReviewKind.DischargeUpdate, Start.PlusDays(20), Start),
            new ScheduledReview(ReviewKind.PlanReview, Start.PlusDays(30), Start));
    }

    [Fact]
    public void For_NoPlannedDischargeOrUpdateNotRequired_SchedulesNoDischargeUpdate()
    {
        var plan = TreatmentPlan.Create(Start, ValidContent() with { PlannedDischarge = Start.PlusDays(20) });

        ReviewSchedule.For(plan, Start, UpdateOnly with { RequireUpdateBeforeDischarge = false }).Items.Select(i => i.Kind).Should().Equal(ReviewKind.PlanReview);
        ReviewSchedule.For(Plan(ValidContent() with { PlannedDischarge = null }), Start, UpdateOnly).Items.Select(i => i.Kind).Should().Equal(ReviewKind.PlanReview);
    }

    [Fact]
    public void For_ReviewAndDischargeDueOnOneDay_ListsBothInKindOrder()
    {
        var plan = Plan(ValidContent() with { PlannedDischarge = Start.PlusDays(30) });

        ReviewSchedule.For(plan, Start, UpdateOnly).Items.Should().Equal(
            new ScheduledReview(ReviewKind.PlanReview, Start.PlusDays(30), Start),
            new ScheduledReview(ReviewKind.DischargeUpdate, Start.PlusDays(30), Start));
    }

    [Fact]
    public void For_RecertificationOnTheLevelStartItself_Counts()
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));
        var timeline = new PlanTimeline { LevelStart = Start, Recertifications = [Start] };

        var item = ReviewSchedule.For(php, Start, TreatmentPlanRuleSet.ThirtyDayReview, timeline).Items.Single(i => i.Kind is ReviewKind.PhpFirstRecertification or ReviewKind.PhpRecertification);

        item.Should().Be(new ScheduledReview(ReviewKind.PhpRecertification, Start.PlusDays(30), Start));
    }

    [Fact]
    public void For_RecertificationTheDayBeforeTheLevelStart_IsIgnored()
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));
        var timeline = new PlanTimeline { LevelStart = Start, Recertifications = [Start.PlusDays(-1)] };

        ReviewSchedule.For(php, Start, TreatmentPlanRuleSet.ThirtyDayReview, timeline).Items
            .Should().Contain(new ScheduledReview(ReviewKind.PhpFirstRecertification, Start.PlusDays(17), Start));
    }

    [Fact]
    public void For_LatestRecertificationFirstInTheList_IsTheOneThatCounts()
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));
        var timeline = new PlanTimeline { LevelStart = Start, Recertifications = [Start.PlusDays(20), Start.PlusDays(5), Start.PlusDays(10)] };

        ReviewSchedule.For(php, Start, TreatmentPlanRuleSet.ThirtyDayReview, timeline).Items
            .Should().Contain(new ScheduledReview(ReviewKind.PhpRecertification, Start.PlusDays(50), Start));
    }

    [Fact]
    public void For_KeepsTheAsOfDate()
    {
        var schedule = ReviewSchedule.For(ValidPlan(), AsOf, TreatmentPlanRuleSet.ThirtyDayReview);

        schedule.AsOf.Should().Be(AsOf);
        schedule.Items.Should().OnlyContain(i => i.AsOf == AsOf);
    }

    [Theory]
    [InlineData(0, "PlanReview: due today")]
    [InlineData(-1, "PlanReview: 1 day overdue")]
    [InlineData(-2, "PlanReview: 2 days overdue")]
    [InlineData(1, "PlanReview: due in 1 day")]
    [InlineData(2, "PlanReview: due in 2 days")]
    public void ScheduledReview_ToString_SaysDueTodayOverdueOrDueIn(int daysUntilDue, string text) =>
        new ScheduledReview(ReviewKind.PlanReview, Start.PlusDays(daysUntilDue), Start).ToString().Should().Be(text);

    [Theory]
    [InlineData(-1, true, true, 1, 0)]
    [InlineData(0, true, false, 0, 0)]
    [InlineData(1, false, false, 0, 1)]
    public void ScheduledReview_AroundTheDueDate_IsDueFromItAndOverdueAfterIt(int daysUntilDue, bool due, bool overdue, int daysOverdue, int daysUntil)
    {
        var item = new ScheduledReview(ReviewKind.IopRecertification, Start.PlusDays(daysUntilDue), Start);

        (item.IsDue, item.IsOverdue, item.DaysOverdue, item.DaysUntilDue).Should().Be((due, overdue, daysOverdue, daysUntil));
        (item.Kind, item.DueDate, item.AsOf).Should().Be((ReviewKind.IopRecertification, Start.PlusDays(daysUntilDue), Start));
    }

    [Fact]
    public void ScheduledReview_UndefinedKind_ThrowsNamingIt()
    {
        var act = () => _ = new ScheduledReview((ReviewKind)6, Start, Start);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void Validate_NoAftercareExactlyTheWindowBeforeDischarge_IsAnErrorStatingTheWindow()
    {
        var rules = UpdateOnly with { RequireUpdateBeforeDischarge = false };
        var content = ValidContent() with { Aftercare = null, PlannedDischarge = Start.PlusDays(60) };

        var finding = Validate(Plan(content), asOf: Start.PlusDays(30), rules: rules, sessions: []).Findings.Single(f => f.RuleId.Value == "PLAN-NO-AFTERCARE");

        (finding.Severity, finding.Subject, finding.Message).Should().Be((Severity.Error, (FindingSubject?)null, "Planned discharge is at most 30 days away and the plan has no aftercare plan."));
    }

    [Fact]
    public void Validate_NoAftercareOneDayBeforeTheWindow_ReportsNothing()
    {
        var rules = UpdateOnly with { RequireUpdateBeforeDischarge = false };
        var content = ValidContent() with { Aftercare = null, PlannedDischarge = Start.PlusDays(60) };

        Ids(Validate(Plan(content), asOf: Start.PlusDays(29), rules: rules, sessions: [])).Should().NotContain("PLAN-NO-AFTERCARE");
    }

    [Theory]
    [InlineData(1, "Planned discharge is at most 1 day away and the plan has no aftercare plan.")]
    [InlineData(7, "Planned discharge is at most 7 days away and the plan has no aftercare plan.")]
    public void Validate_NoAftercareWithAnotherWindow_ReportsFromThatWindow(int window, string message)
    {
        var rules = UpdateOnly with { RequireUpdateBeforeDischarge = false, AftercareDaysBeforeDischarge = window };
        var content = ValidContent() with { Aftercare = null, PlannedDischarge = Start.PlusDays(60) };

        Validate(Plan(content), asOf: Start.PlusDays(60 - window), rules: rules, sessions: []).Findings
            .Should().ContainSingle(f => f.RuleId.Value == "PLAN-NO-AFTERCARE").Which.Message.Should().Be(message);
        Ids(Validate(Plan(content), asOf: Start.PlusDays(59 - window), rules: rules, sessions: [])).Should().NotContain("PLAN-NO-AFTERCARE");
    }

    [Fact]
    public void Validate_AftercareRuleSwitchedOff_ReportsNothingOnTheDischargeDate()
    {
        var rules = UpdateOnly with { RequireUpdateBeforeDischarge = false, AftercareDaysBeforeDischarge = null };
        var content = ValidContent() with { Aftercare = null, PlannedDischarge = Start.PlusDays(20) };

        Ids(Validate(Plan(content), asOf: Start.PlusDays(20), rules: rules, sessions: [])).Should().NotContain("PLAN-NO-AFTERCARE");
        Ids(Validate(Plan(content with { PlannedDischarge = null }), asOf: Start.PlusDays(20), rules: UpdateOnly, sessions: [])).Should().NotContain("PLAN-NO-AFTERCARE", "no planned discharge, no window");
    }

    [Fact]
    public void Validate_OverdueFindings_AreErrorsOnTheDueDay()
    {
        var evaluation = Validate(ValidPlan(), asOf: Start.PlusDays(90));

        evaluation.Findings.Where(f => f.RuleId.Value is "PLAN-REVIEW-OVERDUE" or "PLAN-DISCHARGE-UPDATE" or "MCR-IOP-RECERT")
            .Select(f => (f.RuleId.Value, f.Severity, f.Subject)).Should().BeEquivalentTo(new[]
            {
                ("PLAN-REVIEW-OVERDUE", Severity.Error, FindingSubject.Day(Start.PlusDays(30))),
                ("PLAN-DISCHARGE-UPDATE", Severity.Error, FindingSubject.Day(Start.PlusDays(81))),
                ("MCR-IOP-RECERT", Severity.Error, FindingSubject.Day(new LocalDate(2025, 5, 3))),
            });
        evaluation.Findings.Single(f => f.RuleId.Value == "PLAN-DISCHARGE-UPDATE").Message.Should().Be("The plan update before planned discharge is 9 days overdue.");
        evaluation.Findings.Single(f => f.RuleId.Value == "PLAN-REVIEW-OVERDUE").Message.Should().Be("The plan review is 60 days overdue.");
    }

    [Fact]
    public void Validate_PhpRecertificationFindings_AreErrorsWithTheirRuleAndDueDay()
    {
        var php = Plan(ValidContent(LevelOfCare.PartialHospitalization));
        var rules = TreatmentPlanRuleSet.ThirtyDayReview with { ReviewInterval = Period.FromDays(365), RequireUpdateBeforeDischarge = false };

        var first = Validate(php, asOf: Start.PlusDays(18), rules: rules).Findings.Single(f => f.Subject == FindingSubject.Day(Start.PlusDays(17)));
        var later = Validate(php, asOf: Start.PlusDays(45), rules: rules, timeline: PlanTimeline.Empty with { Recertifications = [Start.PlusDays(14)] })
            .Findings.Single(f => f.Subject == FindingSubject.Day(Start.PlusDays(44)));

        (first.RuleId, first.Severity).Should().Be((ContinuumRules.PhpFirstRecertification.Id, Severity.Error));
        (later.RuleId, later.Severity).Should().Be((ContinuumRules.PhpRecertification.Id, Severity.Error));
    }

    [Fact]
    public void Validate_PlanContentFindings_AreErrorsWithoutSubject()
    {
        var findings = Validate(Plan(new PlanContent(LevelOfCare.IntensiveOutpatient, [], []))).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").ToList();

        findings.Select(f => f.Message).Should().BeEquivalentTo(
            "The plan states no diagnosis.",
            "The plan states no service with a type, amount and weekly frequency.",
            "The plan states no duration of services (planned discharge date).",
            "The plan states no treatment goal.");
        findings.Should().OnlyContain(f => f.Severity == Severity.Error && f.Subject == null);
    }

    [Fact]
    public void Validate_OneServiceWithOneSessionAWeek_IsAScheduledService()
    {
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group(sessions: 1), Individual(id: "none", sessions: 0)))));

        Validate(Plan(content)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Should().BeEmpty();
    }

    [Fact]
    public void Validate_ServicesAfterAServiceWithNoSessions_AreFound()
    {
        // The first listed intervention has no weekly session; the second has one.
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Individual(id: "none", sessions: 0), Group(sessions: 1)))));

        Validate(Plan(content)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Should().BeEmpty();
    }

    [Fact]
    public void Validate_GoalInASecondProblem_IsATreatmentGoal()
    {
        var content = ValidContent().WithProblems(Problem("p0"), Problem("p", Goal("g", Objective("o", Group()))));

        Validate(Plan(content)).Findings.Where(f => f.RuleId.Value == "MCR-PLAN-CONTENT").Should().BeEmpty();
    }

    [Fact]
    public void Validate_RelapsePreventionAndAftercareFindings_AreErrorsWithoutSubject()
    {
        var content = ValidContent() with { RelapsePrevention = null, Aftercare = null, PlannedDischarge = Start.PlusDays(40) };

        var findings = Validate(Plan(content), asOf: Start.PlusDays(10), rules: UpdateOnly with { RequireUpdateBeforeDischarge = false, ReviewInterval = Period.FromDays(365) }).Findings;

        findings.Select(f => (f.RuleId.Value, f.Severity, f.Subject)).Should().BeEquivalentTo(new[]
        {
            ("PLAN-NO-RELAPSE-PREVENTION", Severity.Error, (FindingSubject?)null),
            ("PLAN-NO-AFTERCARE", Severity.Error, (FindingSubject?)null),
        });
    }

    [Fact]
    public void Validate_ParticipationFinding_IsAnErrorWithItsMessage()
    {
        var finding = Validate(TreatmentPlan.Create(Start, ValidContent())).Findings.Single();

        (finding.Severity, finding.Message).Should().Be((Severity.Error, "The person's participation in the plan is not recorded on or before the first group session under it."));
    }

    [Fact]
    public void Validate_StructureFindings_CarryTheirSeverityAndMessage()
    {
        var content = ValidContent().WithProblems(
            Problem("p1", Goal("g1")),
            Problem("p2", Goal("g2", Objective("o2", Group()) with { TargetDate = Start.PlusDays(1) })));

        var findings = Validate(Plan(content), asOf: Start.PlusDays(3)).Findings;

        findings.Select(f => (f.RuleId.Value, f.Severity, f.Message)).Should().BeEquivalentTo(new[]
        {
            ("PLAN-GOAL-NO-OBJECTIVE", Severity.Error, "The goal has no objective."),
            ("PLAN-PROBLEM-NO-INTERVENTION", Severity.Error, "The problem has no intervention under its goals and objectives."),
            ("PLAN-TARGET-DATE-PASSED", Severity.Warning, "The open objective's target date passed 2 days ago."),
        });
    }

    [Fact]
    public void Validate_TargetDatePassedOneDayAgo_SaysOneDay()
    {
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { TargetDate = Start.PlusDays(2) })));

        Validate(Plan(content), asOf: Start.PlusDays(3)).Findings.Single().Message.Should().Be("The open objective's target date passed 1 day ago.");
    }

    [Fact]
    public void Validate_MetNotMarkedOnATargetThatIsNotOnAnInstrument_IsNotApplied()
    {
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { Target = MeasurableTarget.SessionsAttended(2) })));
        var phq9 = new MeasurementSeries(Instrument.Phq9, [new Measurement(Start, 0)]);

        Validate(Plan(content), measurements: [phq9]).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_MetNotMarked_FindsTheSeriesOfTheTargetsInstrumentAmongOthers()
    {
        var content = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()))));
        var gad7 = new MeasurementSeries(Instrument.Gad7, [new Measurement(Start, 20)]);
        var phq9 = new MeasurementSeries(Instrument.Phq9, [new Measurement(Start, 4)]);

        var finding = Validate(Plan(content), measurements: [gad7, phq9]).Findings.Single();

        (finding.RuleId.Value, finding.Severity, finding.Subject).Should().Be(("PLAN-OBJECTIVE-MET-NOT-MARKED", Severity.Warning, FindingSubject.Part(SubjectKind.Objective, "o")));
        finding.Message.Should().Be("The latest measurement meets the objective's target, but the objective is not marked achieved.");
    }
}
