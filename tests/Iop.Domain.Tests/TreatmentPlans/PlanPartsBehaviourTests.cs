using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>What the plan's parts show a caller: emptiness, counts in ToString, sensitivity, and the names their guards give.</summary>
public sealed class PlanPartsBehaviourTests
{
    public static TheoryData<string, AftercarePlan> AftercareWithOneElement => new()
    {
        { "step-down level", new AftercarePlan { StepDownLevel = LevelOfCare.Outpatient } },
        { "mutual-help group", new AftercarePlan { MutualHelpGroups = [MutualHelpGroup.SelfManagement] } },
        { "follow-up appointment", new AftercarePlan { FollowUpAppointment = Start } },
        { "recovery housing", new AftercarePlan { RecoveryHousing = true } },
        { "vocational or educational linkage", new AftercarePlan { VocationalOrEducationalLinkage = true } },
    };

    [Theory]
    [MemberData(nameof(AftercareWithOneElement))]
    public void AftercarePlan_AnyOneElement_IsNotEmpty(string element, AftercarePlan aftercare) =>
        aftercare.IsEmpty.Should().BeFalse(element);

    [Fact]
    public void AftercarePlan_NothingOrNotesOnly_IsEmpty()
    {
        new AftercarePlan().IsEmpty.Should().BeTrue();
        new AftercarePlan { Notes = "SECRET" }.IsEmpty.Should().BeTrue("notes are free text, not an element of continuing care");
    }

    [Fact]
    public void AftercarePlan_ToString_PrintsEachElementsState()
    {
        new AftercarePlan().ToString().Should().Be("AftercarePlan (step-down none, 0 groups, follow-up not booked, housing no, linkage no)");
        new AftercarePlan
        {
            StepDownLevel = LevelOfCare.Outpatient,
            MutualHelpGroups = [MutualHelpGroup.TwelveStep],
            FollowUpAppointment = Start,
            RecoveryHousing = true,
            VocationalOrEducationalLinkage = true,
        }.ToString().Should().Be("AftercarePlan (step-down Outpatient, 1 group, follow-up booked, housing yes, linkage yes)");
        new AftercarePlan { MutualHelpGroups = [MutualHelpGroup.TwelveStep, MutualHelpGroup.FaithBased] }.ToString().Should().Contain(", 2 groups,");
    }

    [Fact]
    public void AftercarePlan_BadInitValues_ThrowNamingTheProperty()
    {
        Action act = () => _ = new AftercarePlan { MutualHelpGroups = [MutualHelpGroup.TwelveStep, (MutualHelpGroup)99] };
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("MutualHelpGroups");
        act = () => _ = new AftercarePlan { MutualHelpGroups = null! };
        act.Should().Throw<ArgumentException>().WithParameterName("MutualHelpGroups");
        act = () => _ = new AftercarePlan { StepDownLevel = (LevelOfCare)99 };
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("StepDownLevel");
        new AftercarePlan { MutualHelpGroups = [MutualHelpGroup.Other, MutualHelpGroup.TwelveStep] }.MutualHelpGroups.Should().Equal(MutualHelpGroup.Other, MutualHelpGroup.TwelveStep);
        new AftercarePlan { StepDownLevel = LevelOfCare.Outpatient }.StepDownLevel.Should().Be(LevelOfCare.Outpatient);
        new AftercarePlan { StepDownLevel = null }.StepDownLevel.Should().BeNull();
    }

    public static TheoryData<string, RelapsePreventionPlan> RelapsePreventionWithOneEntry => new()
    {
        { "trigger", new RelapsePreventionPlan(["t"], [], [], [], []) },
        { "warning sign", new RelapsePreventionPlan([], ["w"], [], [], []) },
        { "high-risk situation", new RelapsePreventionPlan([], [], ["h"], [], []) },
        { "coping strategy", new RelapsePreventionPlan([], [], [], ["c"], []) },
        { "support contact", new RelapsePreventionPlan([], [], [], [], [new SupportContact(SupportRole.CrisisLine)]) },
    };

    [Theory]
    [MemberData(nameof(RelapsePreventionWithOneEntry))]
    public void RelapsePreventionPlan_AnyOneEntry_IsNotEmpty(string entry, RelapsePreventionPlan plan) =>
        plan.IsEmpty.Should().BeFalse(entry);

    [Fact]
    public void RelapsePreventionPlan_NoEntries_IsEmptyAndCountsAreCarried()
    {
        var empty = new RelapsePreventionPlan([], [], [], [], []);
        var full = new RelapsePreventionPlan(["t1", "t2"], ["w"], ["h1", "h2", "h3"], ["c"], [new SupportContact(SupportRole.Friend)]);

        empty.IsEmpty.Should().BeTrue();
        empty.ToString().Should().Be("RelapsePreventionPlan (0 triggers, 0 warning signs, 0 high-risk situations, 0 coping strategies, 0 support contacts)");
        full.Triggers.Should().Equal("t1", "t2");
        full.WarningSigns.Should().Equal("w");
        full.HighRiskSituations.Should().Equal("h1", "h2", "h3");
        full.CopingStrategies.Should().Equal("c");
        full.SupportContacts.Should().Equal(new SupportContact(SupportRole.Friend));
    }

    [Fact]
    public void RelapsePreventionPlan_ToString_PluralizesEachCount()
    {
        var two = new RelapsePreventionPlan(["a", "b"], ["a", "b"], ["a", "b"], ["a", "b"], [new SupportContact(SupportRole.Family, 2)]);
        var one = new RelapsePreventionPlan(["a"], ["a"], ["a"], ["a"], [new SupportContact(SupportRole.Family)]);

        two.ToString().Should().Be("RelapsePreventionPlan (2 triggers, 2 warning signs, 2 high-risk situations, 2 coping strategies, 2 support contacts)");
        one.ToString().Should().Be("RelapsePreventionPlan (1 trigger, 1 warning sign, 1 high-risk situation, 1 coping strategy, 1 support contact)");
    }

    [Fact]
    public void RelapsePreventionPlan_ContactsOfIntMaxValueEach_PrintTheirSumWithoutOverflow()
    {
        var plan = new RelapsePreventionPlan([], [], [], [], [new SupportContact(SupportRole.Family, int.MaxValue), new SupportContact(SupportRole.Friend, int.MaxValue)]);

        plan.ToString().Should().EndWith("4294967294 support contacts)");
    }

    public static TheoryData<string, Action> BadRelapsePreventionEntries => new()
    {
        { "triggers", () => _ = new RelapsePreventionPlan([" "], [], [], [], []) },
        { "warningSigns", () => _ = new RelapsePreventionPlan([], [""], [], [], []) },
        { "highRiskSituations", () => _ = new RelapsePreventionPlan([], [], ["\t"], [], []) },
        { "copingStrategies", () => _ = new RelapsePreventionPlan([], [], [], [" "], []) },
        { "supportContacts", () => _ = new RelapsePreventionPlan([], [], [], [], [default]) },
        { "Triggers", () => _ = RelapsePrevention with { Triggers = ["ok", " "] } },
        { "WarningSigns", () => _ = RelapsePrevention with { WarningSigns = [" "] } },
        { "HighRiskSituations", () => _ = RelapsePrevention with { HighRiskSituations = [" "] } },
        { "CopingStrategies", () => _ = RelapsePrevention with { CopingStrategies = [" "] } },
        { "SupportContacts", () => _ = RelapsePrevention with { SupportContacts = [new SupportContact(SupportRole.Sponsor), default] } },
    };

    [Theory]
    [MemberData(nameof(BadRelapsePreventionEntries))]
    public void RelapsePreventionPlan_BlankTextOrDefaultContact_ThrowsArgumentExceptionNamingTheList(string parameter, Action act) =>
        act.Should().ThrowExactly<ArgumentException>().WithParameterName(parameter);

    public static TheoryData<string, Action> BadPartValues => new()
    {
        { "id", () => _ = new Goal(" ", "s", []) },
        { "statement", () => _ = new Goal("g", " ", []) },
        { "Id", () => _ = Goal("g") with { Id = " " } },
        { "Statement", () => _ = Goal("g") with { Statement = " " } },
        { "Objectives", () => _ = Goal("g") with { Objectives = [Objective("o"), Objective("o")] } },
        { "objectives", () => _ = new Goal("g", "s", [Objective("o"), Objective("o")]) },
        { "id", () => _ = new Problem(" ", "s", []) },
        { "statement", () => _ = new Problem("p", " ", []) },
        { "Id", () => _ = Problem("p") with { Id = " " } },
        { "Statement", () => _ = Problem("p") with { Statement = " " } },
        { "Goals", () => _ = Problem("p") with { Goals = [Goal("g"), Goal("g")] } },
        { "goals", () => _ = new Problem("p", "s", [Goal("g"), Goal("g")]) },
        { "id", () => _ = new Objective(" ", "s", null, null, ObjectiveStatus.NotStarted, []) },
        { "statement", () => _ = new Objective("o", " ", null, null, ObjectiveStatus.NotStarted, []) },
        { "Id", () => _ = Objective("o") with { Id = " " } },
        { "Statement", () => _ = Objective("o") with { Statement = " " } },
        { "Interventions", () => _ = Objective("o") with { Interventions = [Group(), Group()] } },
        { "interventions", () => _ = new Objective("o", "s", null, null, ObjectiveStatus.NotStarted, [Group(), Group()]) },
        { "Id", () => _ = Group() with { Id = " " } },
        { "Problems", () => _ = ValidContent() with { Problems = [Problem("p"), Problem("p")] } },
        { "problems", () => _ = new PlanContent(LevelOfCare.Outpatient, [], [Problem("p"), Problem("p")]) },
        { "Diagnoses", () => _ = ValidContent() with { Diagnoses = [new PlanDiagnosis(AlcoholUse, true), new PlanDiagnosis(AlcoholUse, false)] } },
        { "diagnoses", () => _ = new PlanContent(LevelOfCare.Outpatient, [default], []) },
        { "Diagnoses", () => _ = ValidContent() with { Diagnoses = [default] } },
        { "code", () => _ = new PlanDiagnosis(default, isSubstanceUse: true) },
    };

    [Theory]
    [MemberData(nameof(BadPartValues))]
    public void Parts_BlankOrRepeatedValues_ThrowArgumentExceptionNamingTheArgumentOrProperty(string parameter, Action act) =>
        act.Should().ThrowExactly<ArgumentException>().WithParameterName(parameter);

    public static TheoryData<string, Action> UndefinedEnums => new()
    {
        { "Dimension", () => _ = Goal("g") with { Dimension = (RecoveryDimension)99 } },
        { "status", () => _ = new Objective("o", "s", null, null, (ObjectiveStatus)99, []) },
        { "Status", () => _ = Objective("o") with { Status = (ObjectiveStatus)99 } },
        { "Achievement", () => _ = Objective("o") with { Achievement = (GoalAchievementStatus)99 } },
        { "level", () => _ = new PlanContent((LevelOfCare)99, [], []) },
        { "Level", () => _ = ValidContent() with { Level = (LevelOfCare)99 } },
        { "Modality", () => _ = Group() with { Modality = (Modality)99 } },
        { "DeliveryMode", () => _ = Group() with { DeliveryMode = (DeliveryMode)99 } },
        { "ResponsibleRole", () => _ = Group() with { ResponsibleRole = (ResponsibleRole)99 } },
        { "role", () => _ = new SupportContact((SupportRole)99) },
        { "count", () => _ = new SupportContact(SupportRole.Family, 0) },
        { "reason", () => ValidPlan().Revise(Start, (RevisionReason)99, ValidContent()) },
    };

    [Theory]
    [MemberData(nameof(UndefinedEnums))]
    public void Parts_UndefinedOrOutOfRangeValues_ThrowOutOfRangeNamingTheArgumentOrProperty(string parameter, Action act) =>
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Parts_InitValues_AreKept()
    {
        var goal = Goal("g") with { Id = "g2", Statement = "st", Dimension = RecoveryDimension.Purpose, Objectives = [Objective("o")] };
        var problem = Problem("p") with { Id = "p2", Statement = "st", Goals = [goal] };
        var intervention = Group() with { Id = "i2", Modality = Modality.PeerSupport, DeliveryMode = DeliveryMode.TelehealthVideo, ResponsibleRole = ResponsibleRole.PeerSpecialist, Frequency = new InterventionFrequency(2, Duration.FromMinutes(50)) };

        (goal.Id, goal.Statement, goal.Dimension, goal.Objectives.Count).Should().Be(("g2", "st", (RecoveryDimension?)RecoveryDimension.Purpose, 1));
        (problem.Id, problem.Statement, problem.Goals.Single()).Should().Be(("p2", "st", goal));
        (intervention.Id, intervention.Modality, intervention.DeliveryMode, intervention.ResponsibleRole).Should().Be(("i2", Modality.PeerSupport, DeliveryMode.TelehealthVideo, ResponsibleRole.PeerSpecialist));
        intervention.Frequency.Should().Be(new InterventionFrequency(2, Duration.FromMinutes(50)));
        new SupportContact(SupportRole.Sponsor, 3).Should().Be(new SupportContact(SupportRole.Sponsor, 3)).And.NotBe(new SupportContact(SupportRole.Sponsor, 2));
        new SupportContact(SupportRole.Sponsor, 3).ToString().Should().Be("3 × Sponsor");
        new SupportContact(SupportRole.Sponsor).Count.Should().Be(1, "one contact unless told otherwise");
        new PlanDiagnosis(AlcoholUse, isSubstanceUse: true).Should().Be(new PlanDiagnosis(AlcoholUse, true)).And.NotBe(new PlanDiagnosis(AlcoholUse, false));
        new PlanDiagnosis(AlcoholUse, isSubstanceUse: true).ToString().Should().Be("PlanDiagnosis");
    }

    [Fact]
    public void Parts_ToString_PrintsStatusesAndCounts()
    {
        Goal("g").ToString().Should().Be("Goal Health, 0 objectives");
        (Goal("g", Objective("o")) with { Dimension = null }).ToString().Should().Be("Goal untagged, 1 objective");
        Problem("p").ToString().Should().Be("Problem, 0 goals");
        Problem("p", Goal("g")).ToString().Should().Be("Problem, 1 goal");
        Objective("o").ToString().Should().Be("Objective InProgress, measurable, 0 interventions");
        (Objective("o", Group()) with { TargetDate = null, Status = ObjectiveStatus.Achieved }).ToString().Should().Be("Objective Achieved, not measurable, 1 intervention");
        Group().ToString().Should().Be("Intervention GroupTherapy 3 × 180 min/week InPerson AddictionCounselor");
        new PlanContent(LevelOfCare.Outpatient, [new PlanDiagnosis(AlcoholUse, true)], [Problem("p", Goal("g", Objective("o", Group())))]).ToString()
            .Should().Be("PlanContent Outpatient (1 diagnosis, 1 problem, 1 goal, 1 objective, 1 intervention)");
        new PlanContent(LevelOfCare.Outpatient, [], []).ToString().Should().Be("PlanContent Outpatient (0 diagnoses, 0 problems, 0 goals, 0 objectives, 0 interventions)");
        PlanTimeline.Empty.ToString().Should().Be("PlanTimeline (level start derived, 0 recertifications)");
        (PlanTimeline.Empty with { LevelStart = Start, Recertifications = [Start] }).ToString().Should().Be("PlanTimeline (level start known, 1 recertification)");
        new ObjectiveStatusEntry(2, Start, GoalLifecycleStatus.Completed, GoalAchievementStatus.Achieved).ToString().Should().Be("v2 Completed, Achieved");
        new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Planned, null).ToString().Should().Be("v1 Planned, no achievement status");
    }

    [Fact]
    public void Objective_IsMeasurable_NeedsBothTargetAndDate()
    {
        var objective = Objective("o");

        objective.IsMeasurable.Should().BeTrue();
        (objective with { Target = null }).IsMeasurable.Should().BeFalse();
        (objective with { TargetDate = null }).IsMeasurable.Should().BeFalse();
    }

    [Fact]
    public void Objective_Constructor_KeepsItsArguments()
    {
        var target = MeasurableTarget.SessionsAttended(3);
        var objective = new Objective("id", "statement", target, Start, ObjectiveStatus.Revised, [Group()]);

        (objective.Id, objective.Statement, objective.Target, objective.TargetDate, objective.Status).Should().Be(("id", "statement", target, (LocalDate?)Start, ObjectiveStatus.Revised));
        objective.Interventions.Should().Equal(Group());
        (objective.Lifecycle, objective.Achievement).Should().Be((GoalLifecycleStatus.Completed, (GoalAchievementStatus?)null));
    }

    [Theory]
    [InlineData(GoalAchievementStatus.Achieved, true)]
    [InlineData(GoalAchievementStatus.Sustaining, true)]
    [InlineData(GoalAchievementStatus.InProgress, false)]
    [InlineData(GoalAchievementStatus.Improving, false)]
    [InlineData(GoalAchievementStatus.Worsening, false)]
    [InlineData(GoalAchievementStatus.NoChange, false)]
    [InlineData(GoalAchievementStatus.NotAchieved, false)]
    [InlineData(GoalAchievementStatus.NoProgress, false)]
    [InlineData(GoalAchievementStatus.NotAttainable, false)]
    public void Objective_IsMarkedAchieved_ExactlyForAchievedOrSustaining(GoalAchievementStatus achievement, bool marked) =>
        (Objective("o") with { Achievement = achievement }).IsMarkedAchieved.Should().Be(marked);

    [Fact]
    public void Objective_NoAchievementStatus_IsNotMarkedAchieved() =>
        (Objective("o") with { Achievement = null }).IsMarkedAchieved.Should().BeFalse();

    [Fact]
    public void TreatmentPlan_Sensitivity_IsSubstanceUseForEachSubstanceUseSignal()
    {
        var general = new PlanContent(LevelOfCare.Outpatient, [new PlanDiagnosis(Depression, false)], [Problem("p", Goal("g", Objective("o", Individual())))]);
        var twelveStep = new Intervention("i-12", Modality.TwelveStepFacilitation, new InterventionFrequency(1, Duration.FromHours(1)), DeliveryMode.InPerson, ResponsibleRole.AddictionCounselor);

        TreatmentPlan.Create(Start, general).Sensitivity.Should().Be(Sensitivity.General);
        TreatmentPlan.Create(Start, general with { Diagnoses = [new PlanDiagnosis(AlcoholUse, true)] }).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder, "a substance-use diagnosis");
        TreatmentPlan.Create(Start, general.WithProblems(Problem("p", Goal("g", Objective("o", Individual()) with { Target = MeasurableTarget.DaysAbstinent(30) })))).Sensitivity
            .Should().Be(Sensitivity.SubstanceUseDisorder, "a days-abstinent target");
        TreatmentPlan.Create(Start, general.WithProblems(Problem("p", Goal("g", Objective("o", Individual()) with { Target = MeasurableTarget.ForMeasure(Instrument.Audit, TargetComparison.Below, 8) })))).Sensitivity
            .Should().Be(Sensitivity.SubstanceUseDisorder, "a target on a substance-use instrument");
        TreatmentPlan.Create(Start, general.WithProblems(Problem("p", Goal("g", Objective("o", Individual(), twelveStep))))).Sensitivity
            .Should().Be(Sensitivity.SubstanceUseDisorder, "twelve-step facilitation");
        TreatmentPlan.Create(Start, general.WithProblems(Problem("p", Goal("g", Objective("o", Individual()) with { Target = MeasurableTarget.SessionsAttended(5) })))).Sensitivity
            .Should().Be(Sensitivity.General, "a sessions target says nothing about substance use");
    }

    [Fact]
    public void TreatmentPlan_DatesOnTheStartDate_AreAccepted()
    {
        var content = new PlanContent(LevelOfCare.Outpatient, [], [Problem("p", Goal("g", Objective("o") with { TargetDate = Start }))]) { PlannedDischarge = Start };

        var plan = TreatmentPlan.Create(Start, content);

        plan.Revise(Start, RevisionReason.ScheduledReview, content).EffectiveDate.Should().Be(Start, "a revision on the same day as the version before is allowed");
        plan.Content.PlannedDischarge.Should().Be(Start);
    }

    [Fact]
    public void TreatmentPlan_ReviseWithDatesBeforeTheStart_ThrowsNamingTheContent()
    {
        var plan = TreatmentPlan.Create(Start, new PlanContent(LevelOfCare.Outpatient, [], []));
        var early = new PlanContent(LevelOfCare.Outpatient, [], []) { PlannedDischarge = Start.PlusDays(-1) };
        var earlyTarget = new PlanContent(LevelOfCare.Outpatient, [], [Problem("p", Goal("g", Objective("o") with { TargetDate = Start.PlusDays(-1) }))]);

        Action act = () => plan.Revise(Start.PlusDays(5), RevisionReason.ScheduledReview, early);
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("content");
        act = () => plan.Revise(Start.PlusDays(5), RevisionReason.ScheduledReview, earlyTarget);
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("content");
        act = () => plan.Revise(Start.PlusDays(5), RevisionReason.ScheduledReview, null!);
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("content");
        act = () => plan.Revise(Start.PlusDays(-1), RevisionReason.ScheduledReview, plan.Content);
        act.Should().Throw<ArgumentException>().WithParameterName("revisionDate");
    }

    [Fact]
    public void TreatmentPlan_Revise_KeepsTheStartAndNumbersTheVersion()
    {
        var v1 = TreatmentPlan.Create(Start, ValidContent());
        var v2 = v1.Revise(Start.PlusDays(7), RevisionReason.ClinicalChange, ValidContent(LevelOfCare.Outpatient));

        (v1.Version, v1.RevisionReason, v1.Previous, v1.ParticipatedOn).Should().Be((1, (RevisionReason?)null, (TreatmentPlan?)null, (LocalDate?)null));
        (v2.Version, v2.StartDate, v2.EffectiveDate, v2.RevisionReason).Should().Be((2, Start, Start.PlusDays(7), (RevisionReason?)RevisionReason.ClinicalChange));
        v2.Previous.Should().BeSameAs(v1);
        v2.Content.Level.Should().Be(LevelOfCare.Outpatient);
        var participated = v2.RecordParticipation(Start.PlusDays(8));
        (participated.Version, participated.EffectiveDate, participated.StartDate, participated.RevisionReason, participated.ParticipatedOn)
            .Should().Be((2, Start.PlusDays(7), Start, (RevisionReason?)RevisionReason.ClinicalChange, (LocalDate?)Start.PlusDays(8)));
        participated.Previous.Should().BeSameAs(v1);
        participated.Content.Should().BeSameAs(v2.Content);
    }

    [Fact]
    public void StatusHistoryOf_ObjectiveDroppedThenRestored_ListsOnlyTheVersionsHoldingIt()
    {
        var withObjective = new PlanContent(LevelOfCare.Outpatient, [], [Problem("p", Goal("g", Objective("o")))]);
        var without = new PlanContent(LevelOfCare.Outpatient, [], [Problem("p", Goal("g", Objective("other")))]);
        var plan = TreatmentPlan.Create(Start, withObjective)
            .Revise(Start.PlusDays(1), RevisionReason.ClinicalChange, without)
            .Revise(Start.PlusDays(2), RevisionReason.ClinicalChange, withObjective with { Problems = [Problem("p", Goal("g", Objective("o") with { Status = ObjectiveStatus.Achieved }))] });

        plan.StatusHistoryOf("o").Should().Equal(
            new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Active, GoalAchievementStatus.InProgress),
            new ObjectiveStatusEntry(3, Start.PlusDays(2), GoalLifecycleStatus.Completed, GoalAchievementStatus.Achieved));
        plan.StatusHistoryOf("missing").Should().BeEmpty();
    }

    [Fact]
    public void GoalStatusCodes_UnknownOrNullCode_ThrowsNamingTheCode()
    {
        Action act = () => GoalStatusCodes.LifecycleFromCode("done");
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("code");
        act = () => GoalStatusCodes.AchievementFromCode("done");
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("code");
        act = () => GoalStatusCodes.LifecycleFromCode(null!);
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("code");
        act = () => GoalStatusCodes.AchievementFromCode(null!);
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("code");
        act = () => GoalStatusCodes.ToCode((GoalLifecycleStatus)0);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
        act = () => GoalStatusCodes.ToCode((GoalAchievementStatus)10);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void GoalStatusCodes_EveryMember_RoundTripsThroughItsCode()
    {
        foreach (var status in Enum.GetValues<GoalLifecycleStatus>())
        {
            GoalStatusCodes.LifecycleFromCode(GoalStatusCodes.ToCode(status)).Should().Be(status);
            GoalStatusCodes.TryFromCode(GoalStatusCodes.ToCode(status), out GoalLifecycleStatus read).Should().BeTrue();
            read.Should().Be(status);
        }

        foreach (var status in Enum.GetValues<GoalAchievementStatus>())
        {
            GoalStatusCodes.AchievementFromCode(GoalStatusCodes.ToCode(status)).Should().Be(status);
            GoalStatusCodes.TryFromCode(GoalStatusCodes.ToCode(status), out GoalAchievementStatus read).Should().BeTrue();
            read.Should().Be(status);
        }
    }

    [Fact]
    public void GoalStatusCodes_FailedTryFromCode_GivesTheUndefinedDefault()
    {
        GoalStatusCodes.TryFromCode("Active", out GoalLifecycleStatus lifecycle).Should().BeFalse("codes are case-sensitive");
        lifecycle.Should().Be(default(GoalLifecycleStatus));
        GoalStatusCodes.TryFromCode("achieved ", out GoalAchievementStatus achievement).Should().BeFalse();
        achievement.Should().Be(default(GoalAchievementStatus));
        GoalStatusCodes.TryFromCode((string?)null, out lifecycle).Should().BeFalse();
        lifecycle.Should().Be(default(GoalLifecycleStatus));
        GoalStatusCodes.TryFromCode((string?)null, out achievement).Should().BeFalse();
        achievement.Should().Be(default(GoalAchievementStatus));
    }

    [Fact]
    public void MeasurableTarget_EachFactory_SetsItsKindAndOnlyItsMembers()
    {
        var measure = MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.AtMost, 27);
        var sessions = MeasurableTarget.SessionsAttended(1);
        var days = MeasurableTarget.DaysAbstinent(30);
        var skill = MeasurableTarget.SkillDemonstrated("skill");
        var other = MeasurableTarget.Other("other");

        (measure.Kind, measure.Measure, measure.Comparison, measure.Threshold, measure.Description)
            .Should().Be((TargetKind.MeasureValue, Instrument.Phq9, (TargetComparison?)TargetComparison.AtMost, (decimal?)27m, (string?)null));
        (sessions.Kind, sessions.Measure, sessions.Comparison, sessions.Threshold, sessions.Description)
            .Should().Be((TargetKind.SessionsAttended, (Instrument?)null, (TargetComparison?)TargetComparison.AtLeast, (decimal?)1m, (string?)null));
        (days.Kind, days.Measure, days.Comparison, days.Threshold, days.Description)
            .Should().Be((TargetKind.DaysAbstinent, (Instrument?)null, (TargetComparison?)TargetComparison.AtLeast, (decimal?)30m, (string?)null));
        (skill.Kind, skill.Measure, skill.Comparison, skill.Threshold, skill.Description)
            .Should().Be((TargetKind.SkillDemonstrated, (Instrument?)null, (TargetComparison?)null, (decimal?)null, "skill"));
        (other.Kind, other.Measure, other.Comparison, other.Threshold, other.Description)
            .Should().Be((TargetKind.Other, (Instrument?)null, (TargetComparison?)null, (decimal?)null, "other"));
        MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.AtLeast, 0).Threshold.Should().Be(0, "the instrument's minimum total is a valid threshold");
    }

    [Fact]
    public void MeasurableTarget_ToString_PrintsKindComparisonAndThresholdButNoDescription()
    {
        MeasurableTarget.SessionsAttended(12).ToString().Should().Be("SessionsAttended AtLeast 12");
        MeasurableTarget.DaysAbstinent(30).ToString().Should().Be("DaysAbstinent AtLeast 30");
        MeasurableTarget.SkillDemonstrated("SECRET").ToString().Should().Be("SkillDemonstrated (described)");
        MeasurableTarget.Other("SECRET").ToString().Should().Be("Other (described)");
        MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Above, 4).ToString().Should().Be("MeasureValue PHQ-9 Above 4");
    }

    [Fact]
    public void MeasurableTarget_NumericTargetsOfCounts_CompareAtLeast()
    {
        MeasurableTarget.SessionsAttended(12).IsMetBy(12).Should().BeTrue();
        MeasurableTarget.SessionsAttended(12).IsMetBy(11).Should().BeFalse();
        MeasurableTarget.DaysAbstinent(30).IsMetBy(30).Should().BeTrue();
        var act = () => MeasurableTarget.SkillDemonstrated("skill").IsMetBy(1);
        act.Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void MeasurableTarget_SeriesWithNoScoreByTheDate_IsNotMet()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new Measurement(Start.PlusDays(1), 0)]);
        var target = MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 5);

        target.IsMetBy(series, Start).Should().BeFalse();
        target.IsMetBy(series, Start.PlusDays(1)).Should().BeTrue();
        var act = () => MeasurableTarget.Other("x").IsMetBy(series, Start);
        act.Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void StatusHistoryOf_ObjectiveInTheLastProblemGoalAndPosition_IsFound()
    {
        var content = new PlanContent(LevelOfCare.Outpatient, [],
        [
            Problem("p1", Goal("g1", Objective("a"), Objective("b")), Goal("g2", Objective("c"))),
            Problem("p2", Goal("g3", Objective("d")), Goal("g4", Objective("e"), Objective("last") with { Status = ObjectiveStatus.NotStarted })),
        ]);

        var history = TreatmentPlan.Create(Start, content).StatusHistoryOf("last");

        history.Should().Equal(new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Planned, null));
        TreatmentPlan.Create(Start, content).StatusHistoryOf("LAST").Should().BeEmpty("ids are compared ordinally");
    }
}
