using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>
/// Equality and hashing of every plan type, one member at a time: two values that differ in only that member are
/// unequal (in both directions), and, for every member the hash reads, hash differently. (A hash collision between
/// two such values has a chance of about 2^-32 per assertion: these are not flaky in practice.)
/// </summary>
public sealed class PlanEqualityByMemberTests
{
    [Fact]
    public void PlanContent_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var content = ValidContent();

        DiffersAndHashesDifferently(content, content with { Level = LevelOfCare.PartialHospitalization });
        DiffersAndHashesDifferently(content, content with { Diagnoses = [content.Diagnoses[0]] });
        DiffersAndHashesDifferently(content, content with { Diagnoses = [content.Diagnoses[0], new PlanDiagnosis(Depression, isSubstanceUse: true)] });
        DiffersAndHashesDifferently(content, content with { Problems = [content.Problems[0]] });
        Differs(content, content with { Problems = [content.Problems[0], content.Problems[1] with { Statement = "other" }] });
        DiffersAndHashesDifferently(content, content with { Problems = [content.Problems[0], content.Problems[1] with { Id = "other" }] });
        DiffersAndHashesDifferently(content, content with { RelapsePrevention = null });
        DiffersAndHashesDifferently(content, content with { Aftercare = null });
        DiffersAndHashesDifferently(content, content with { PlannedDischarge = Start.PlusDays(82) });
        DiffersAndHashesDifferently(content, content with { PlannedDischarge = null });
    }

    [Fact]
    public void PlanContent_EqualValuesBuiltSeparately_AreEqualWithEqualHashes()
    {
        var left = ValidContent();
        var right = ValidContent();

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void TreatmentPlan_VersionsDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var plan = ValidPlan();
        var revised = plan.Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent());

        DiffersAndHashesDifferently(plan, TreatmentPlan.Create(Start, ValidContent())); // participation
        DiffersAndHashesDifferently(plan, plan.RecordParticipation(Start.PlusDays(1))); // participation date
        DiffersAndHashesDifferently(plan, Plan(ValidContent() with { PlannedDischarge = Start.PlusDays(82) })); // content
        DiffersAndHashesDifferently(revised, plan.Revise(Start.PlusDays(11), RevisionReason.ScheduledReview, ValidContent())); // effective date
        DiffersAndHashesDifferently(revised, plan.Revise(Start.PlusDays(10), RevisionReason.ClinicalChange, ValidContent())); // reason

        // Same content, dates and reason; only the version number (and so the history) differs.
        var twice = revised.Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent());
        DiffersAndHashesDifferently(twice, twice.Previous!.Previous!.Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent()));

        // Same version, effective date, reason, participation and content; only the start date differs.
        var laterStart = TreatmentPlan.Create(Start.PlusDays(1), ValidContent()).RecordParticipation(Start)
            .Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent());
        DiffersAndHashesDifferently(revised, laterStart);
    }

    [Fact]
    public void TreatmentPlan_EqualHistoriesBuiltSeparately_AreEqualWithEqualHashes()
    {
        var left = ValidPlan().Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent());
        var right = ValidPlan().Revise(Start.PlusDays(10), RevisionReason.ScheduledReview, ValidContent());

        var previous = left.Previous!;

        Differs(left, previous);
        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Objective_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var objective = Objective("o", Group(), Individual());

        DiffersAndHashesDifferently(objective, objective with { Id = "o2" });
        Differs(objective, objective with { Statement = "another statement" });
        DiffersAndHashesDifferently(objective, objective with { Target = MeasurableTarget.DaysAbstinent(30) });
        DiffersAndHashesDifferently(objective, objective with { Target = null });
        DiffersAndHashesDifferently(objective, objective with { TargetDate = Start.PlusDays(46) });
        DiffersAndHashesDifferently(objective, objective with { Lifecycle = GoalLifecycleStatus.OnHold });
        DiffersAndHashesDifferently(objective, objective with { Achievement = GoalAchievementStatus.Improving });
        DiffersAndHashesDifferently(objective, objective with { Achievement = null });
        DiffersAndHashesDifferently(objective, objective with { Interventions = [Group()] });
        DiffersAndHashesDifferently(objective, objective with { Interventions = [Individual(), Group()] });
        DiffersAndHashesDifferently(objective, objective with { Interventions = [Group(), Individual(sessions: 2)] });
    }

    [Fact]
    public void Goal_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var goal = Goal("g", Objective("o1", Group()), Objective("o2", Individual()));

        DiffersAndHashesDifferently(goal, goal with { Id = "g2" });
        Differs(goal, goal with { Statement = "another statement" });
        DiffersAndHashesDifferently(goal, goal with { Dimension = RecoveryDimension.Purpose });
        DiffersAndHashesDifferently(goal, goal with { Dimension = null });
        DiffersAndHashesDifferently(goal, goal with { Objectives = [goal.Objectives[0]] });
        DiffersAndHashesDifferently(goal, goal with { Objectives = [goal.Objectives[0], goal.Objectives[1] with { TargetDate = Start }] });
    }

    [Fact]
    public void Problem_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var problem = Problem("p", Goal("g1", Objective("o1", Group())), Goal("g2", Objective("o2", Individual())));

        DiffersAndHashesDifferently(problem, problem with { Id = "p2" });
        Differs(problem, problem with { Statement = "another statement" });
        DiffersAndHashesDifferently(problem, problem with { Goals = [problem.Goals[0]] });
        DiffersAndHashesDifferently(problem, problem with { Goals = [problem.Goals[0], problem.Goals[1] with { Dimension = RecoveryDimension.Home }] });
        DiffersAndHashesDifferently(problem, problem with { Goals = [] });
    }

    [Fact]
    public void Problem_EqualValuesBuiltSeparately_AreEqualWithEqualHashes()
    {
        var left = Problem("p", Goal("g1", Objective("o1", Group())));
        var right = Problem("p", Goal("g1", Objective("o1", Group())));

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void AftercarePlan_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var aftercare = Aftercare;

        DiffersAndHashesDifferently(aftercare, aftercare with { StepDownLevel = LevelOfCare.IntensiveOutpatient });
        DiffersAndHashesDifferently(aftercare, aftercare with { StepDownLevel = null });
        DiffersAndHashesDifferently(aftercare, aftercare with { MutualHelpGroups = [] });
        DiffersAndHashesDifferently(aftercare, aftercare with { MutualHelpGroups = [MutualHelpGroup.TwelveStep, MutualHelpGroup.TwelveStep] });
        DiffersAndHashesDifferently(aftercare, aftercare with { FollowUpAppointment = Start.PlusDays(85) });
        DiffersAndHashesDifferently(aftercare, aftercare with { FollowUpAppointment = null });
        DiffersAndHashesDifferently(aftercare, aftercare with { RecoveryHousing = true });
        DiffersAndHashesDifferently(aftercare, aftercare with { VocationalOrEducationalLinkage = true });
        Differs(aftercare, aftercare with { Notes = "other notes" });
        Differs(aftercare, aftercare with { Notes = null });
    }

    [Fact]
    public void AftercarePlan_HousingAndLinkage_AreHashedAsTwoMembers()
    {
        // Housing without linkage and linkage without housing: the same count of true flags in different members.
        var housing = new AftercarePlan { RecoveryHousing = true };
        var linkage = new AftercarePlan { VocationalOrEducationalLinkage = true };

        DiffersAndHashesDifferently(housing, linkage);
    }

    [Fact]
    public void RelapsePreventionPlan_ValuesDifferingInOneList_AreUnequalAndHashDifferently()
    {
        var plan = new RelapsePreventionPlan(["t"], ["w"], ["h"], ["c"], [new SupportContact(SupportRole.Sponsor)]);

        DiffersAndHashesDifferently(plan, plan with { Triggers = ["t", "t2"] });
        DiffersAndHashesDifferently(plan, plan with { Triggers = ["t2"] });
        DiffersAndHashesDifferently(plan, plan with { WarningSigns = ["w2"] });
        DiffersAndHashesDifferently(plan, plan with { WarningSigns = [] });
        DiffersAndHashesDifferently(plan, plan with { HighRiskSituations = ["h2"] });
        DiffersAndHashesDifferently(plan, plan with { HighRiskSituations = [] });
        DiffersAndHashesDifferently(plan, plan with { CopingStrategies = ["c2"] });
        DiffersAndHashesDifferently(plan, plan with { CopingStrategies = [] });
        DiffersAndHashesDifferently(plan, plan with { SupportContacts = [new SupportContact(SupportRole.Sponsor, 2)] });
        DiffersAndHashesDifferently(plan, plan with { SupportContacts = [] });
    }

    [Fact]
    public void RelapsePreventionPlan_SameTextInAnotherList_HashesDifferently()
    {
        // The hash adds each list's count, so the same entries split differently between lists hash differently.
        var asTrigger = new RelapsePreventionPlan(["x"], [], [], [], []);
        var asWarningSign = new RelapsePreventionPlan([], ["x"], [], [], []);
        var asSituation = new RelapsePreventionPlan([], [], ["x"], [], []);
        var asStrategy = new RelapsePreventionPlan([], [], [], ["x"], []);

        DiffersAndHashesDifferently(asTrigger, asWarningSign);
        DiffersAndHashesDifferently(asWarningSign, asSituation);
        DiffersAndHashesDifferently(asSituation, asStrategy);
    }

    [Fact]
    public void PlanTimeline_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var timeline = PlanTimeline.Empty with { LevelStart = Start, Recertifications = [Start.PlusDays(10)] };

        DiffersAndHashesDifferently(timeline, timeline with { LevelStart = null });
        DiffersAndHashesDifferently(timeline, timeline with { LevelStart = Start.PlusDays(1) });
        DiffersAndHashesDifferently(timeline, timeline with { Recertifications = [] });
        DiffersAndHashesDifferently(timeline, timeline with { Recertifications = [Start.PlusDays(11)] });
        DiffersAndHashesDifferently(timeline, timeline with { Recertifications = [Start.PlusDays(10), Start.PlusDays(20)] });
    }

    [Fact]
    public void PlanTimeline_EqualValuesBuiltSeparately_AreEqualWithEqualHashes()
    {
        var left = PlanTimeline.Empty with { LevelStart = Start, Recertifications = [Start.PlusDays(10)] };
        var right = PlanTimeline.Empty with { LevelStart = Start, Recertifications = [Start.PlusDays(10)] };

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ReviewSchedule_SchedulesDifferingInAsOfOrItems_AreUnequalAndHashDifferently()
    {
        var plan = ValidPlan();
        var schedule = Validate(plan).Value;

        DiffersAndHashesDifferently(schedule, Validate(plan, asOf: AsOf.PlusDays(1)).Value);
        DiffersAndHashesDifferently(schedule, Validate(Plan(ValidContent() with { PlannedDischarge = null })).Value);
        DiffersAndHashesDifferently(schedule, Validate(plan, rules: TreatmentPlanRuleSet.Washington).Value);

        var again = Validate(ValidPlan()).Value;
        schedule.Equals(again).Should().BeTrue();
        schedule.GetHashCode().Should().Be(again.GetHashCode());
        schedule.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void TreatmentPlanRuleSet_ValuesDifferingInOneMember_AreUnequalAndHashDifferently()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;

        DiffersAndHashesDifferently(rules, rules with { Name = "other" });
        DiffersAndHashesDifferently(rules, rules with { Version = "2025" });
        DiffersAndHashesDifferently(rules, rules with { EffectiveFrom = new LocalDate(2024, 1, 2) });
        DiffersAndHashesDifferently(rules, rules with { EffectiveTo = new LocalDate(2030, 1, 1) });
        DiffersAndHashesDifferently(rules, rules with { Sources = [.. rules.Sources.Reverse()] });
        DiffersAndHashesDifferently(rules, rules with { Sources = [.. rules.Sources.Take(1)] });
        DiffersAndHashesDifferently(rules, rules with { ReviewInterval = Period.FromDays(31) });
        DiffersAndHashesDifferently(rules, rules with { Recertification = null });
        DiffersAndHashesDifferently(rules, rules with { RequireUpdateBeforeDischarge = false });
        DiffersAndHashesDifferently(rules, rules with { AftercareDaysBeforeDischarge = 29 });
        DiffersAndHashesDifferently(rules, rules with { AftercareDaysBeforeDischarge = null });
        DiffersAndHashesDifferently(rules, rules with { CheckMedicarePlanContent = false });
        DiffersAndHashesDifferently(rules, rules with { ParticipationBeforeFirstGroup = false });
    }

    [Fact]
    public void TreatmentPlanRuleSet_SwitchesOffInDifferentMembers_HashDifferently()
    {
        // Three booleans switched off one at a time: the same number of false flags, in different members.
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;
        var noUpdate = rules with { RequireUpdateBeforeDischarge = false };
        var noContent = rules with { CheckMedicarePlanContent = false };
        var noParticipation = rules with { ParticipationBeforeFirstGroup = false };

        DiffersAndHashesDifferently(noUpdate, noContent);
        DiffersAndHashesDifferently(noContent, noParticipation);
        DiffersAndHashesDifferently(noUpdate, noParticipation);
    }

    [Fact]
    public void TreatmentPlanRuleSet_EqualValuesBuiltSeparately_AreEqualWithEqualHashes()
    {
        var left = new TreatmentPlanRuleSet("n", "v", Start, [Citations.Cfr424Section24]);
        var right = new TreatmentPlanRuleSet("n", "v", Start, [Citations.Cfr424Section24]);

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ObjectiveTargets_OnDifferentInstruments_AreUnequal()
    {
        var phq9 = Objective("o", Group());
        var gad7 = phq9 with { Target = MeasurableTarget.ForMeasure(Instrument.Gad7, TargetComparison.Below, 10) };

        DiffersAndHashesDifferently(phq9, gad7);
    }

    /// <summary>Asserts <paramref name="left"/> and <paramref name="right"/> are unequal both ways (for a member the hash does not read).</summary>
    private static void Differs<T>(T left, T right)
        where T : class, IEquatable<T>
    {
        left.Equals(right).Should().BeFalse();
        right.Equals(left).Should().BeFalse();
        left.Equals((object)right).Should().BeFalse();
    }

    /// <summary>Asserts <paramref name="left"/> and <paramref name="right"/> are unequal both ways and hash differently.</summary>
    private static void DiffersAndHashesDifferently<T>(T left, T right)
        where T : class, IEquatable<T>
    {
        Differs(left, right);
        left.GetHashCode().Should().NotBe(right.GetHashCode());
    }
}
