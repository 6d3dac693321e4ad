using Iop.Domain.Intensity;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.TreatmentPlans;
using Iop.Domain.Outcomes;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>Bad input throws with the parameter name; free text and ids never reach ToString or messages.</summary>
public sealed class TreatmentPlanConstructionTests
{
    [Theory]
    [InlineData(-1, 60, "sessionsPerWeek")] // negative sessions
    [InlineData(3, 0, "sessionLength")] // zero-length sessions
    [InlineData(3, -45, "sessionLength")] // negative length
    [InlineData(1, 1441, "sessionLength")] // one minute longer than a day: no session lasts that long
    [InlineData(8, 1261, "sessionsPerWeek")] // 10,088 minutes: more than a week holds
    [InlineData(int.MaxValue, 1440, "sessionsPerWeek")] // far beyond a week: refused, not overflowed
    public void InterventionFrequency_OutOfRange_ThrowsNamingTheParameter(int sessions, int minutes, string parameter)
    {
        var act = () => new InterventionFrequency(sessions, Duration.FromMinutes(minutes));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData(0, 1)] // zero sessions: less often than weekly
    [InlineData(7, 1440)] // the whole week: the upper bound, and a session of exactly one day
    [InlineData(10080, 1)] // the whole week in one-minute sessions
    public void InterventionFrequency_Boundaries_AreAccepted(int sessions, int minutes) =>
        new InterventionFrequency(sessions, Duration.FromMinutes(minutes)).WeeklyDuration.Should().Be(Duration.FromMinutes(sessions * minutes));

    [Fact]
    public void InterventionFrequency_SessionLength_IsADurationNotWholeMinutes()
    {
        // 50-minute therapy "hours" and 90-second check-ins are both lengths a plan may state.
        var frequency = new InterventionFrequency(4, Duration.FromSeconds(90));

        frequency.SessionLength.Should().Be(Duration.FromSeconds(90));
        frequency.WeeklyDuration.Should().Be(Duration.FromMinutes(6));
        frequency.ToString().Should().Be("4 × 1.5 min/week");
    }

    [Fact]
    public void Intervention_DefaultFrequencyOrUndefinedEnums_Throw()
    {
        Action act = () => _ = new Intervention("i", Modality.GroupTherapy, default, DeliveryMode.InPerson, ResponsibleRole.Therapist);
        act.Should().Throw<ArgumentException>().WithParameterName("frequency");
        act = () => _ = new Intervention("i", 0, new(1, Duration.FromHours(1)), DeliveryMode.InPerson, ResponsibleRole.Therapist);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("modality");
        act = () => _ = new Intervention("i", Modality.GroupTherapy, new(1, Duration.FromHours(1)), (DeliveryMode)9, ResponsibleRole.Therapist);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("deliveryMode");
        act = () => _ = new Intervention("i", Modality.GroupTherapy, new(1, Duration.FromHours(1)), DeliveryMode.InPerson, default);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responsibleRole");
        act = () => _ = new Intervention(" ", Modality.GroupTherapy, new(1, Duration.FromHours(1)), DeliveryMode.InPerson, ResponsibleRole.Therapist);
        act.Should().Throw<ArgumentException>().WithParameterName("id");
        act = () => _ = Group() with { Frequency = default };
        act.Should().Throw<ArgumentException>().WithParameterName("Frequency");
    }

    [Fact]
    public void Parts_NullArguments_ThrowNamingTheParameter()
    {
        Action act = () => _ = new Objective("o", "s", null, null, ObjectiveStatus.NotStarted, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("interventions");
        act = () => _ = new Objective("o", null!, null, null, ObjectiveStatus.NotStarted, []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("statement");
        act = () => _ = new Goal("g", "s", null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("objectives");
        act = () => _ = new Problem(null!, "s", []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("problems");
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, null!, []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("diagnoses");
        act = () => _ = new Goal("g", "s", [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("objectives");
        act = () => _ = new RelapsePreventionPlan(["t"], [null!], [], [], []);
        act.Should().Throw<ArgumentException>().WithParameterName("warningSigns");
        act = () => _ = new RelapsePreventionPlan(["t"], [], [], [" "], []);
        act.Should().Throw<ArgumentException>().WithParameterName("copingStrategies");
        act = () => _ = new RelapsePreventionPlan([], [], [], [], [default]);
        act.Should().Throw<ArgumentException>().WithParameterName("supportContacts");
        act = () => _ = TreatmentPlan.Create(Start, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("content");
        act = () => _ = ValidPlan().Revise(Start, RevisionReason.ClinicalChange, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("content");
    }

    [Fact]
    public void Parts_DuplicateIds_ThrowNamingTheParameter_WithoutEchoingTheId()
    {
        Action act = () => _ = Objective("o", Group("SECRET-dup"), Individual("SECRET-dup"));
        act.Should().Throw<ArgumentException>().WithParameterName("interventions").Which.Message.Should().NotContain(Secret);
        act = () => _ = Goal("g", Objective("SECRET-dup"), Objective("SECRET-dup"));
        act.Should().Throw<ArgumentException>().WithParameterName("objectives").Which.Message.Should().NotContain(Secret);
        act = () => _ = Problem("p", Goal("SECRET-dup"), Goal("SECRET-dup"));
        act.Should().Throw<ArgumentException>().WithParameterName("goals");
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], [Problem("SECRET-dup"), Problem("SECRET-dup")]);
        act.Should().Throw<ArgumentException>().WithParameterName("problems");
    }

    [Fact]
    public void PlanContent_DuplicateIdsAcrossTheTree_Throw()
    {
        // Goals and objectives are unique plan-wide, not only within their parent.
        Action act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], [Problem("p1", Goal("g")), Problem("p2", Goal("g"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("problems");
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], [Problem("p1", Goal("g1", Objective("o"))), Problem("p2", Goal("g2", Objective("o")))]);
        act.Should().Throw<ArgumentException>().WithParameterName("problems");

        // The same intervention under two objectives is one intervention; two different ones sharing an id are a bug.
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], [Problem("p", Goal("g", Objective("o1", Group("i")), Objective("o2", Group("i", sessions: 4))))]);
        act.Should().Throw<ArgumentException>().WithParameterName("problems");
        act = () => _ = ValidContent() with { Problems = [Problem("p", Goal("g", Objective("o1", Group("i")), Objective("o2", Group("i", sessions: 4))))] };
        act.Should().Throw<ArgumentException>().WithParameterName("Problems");
        _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [], [Problem("p", Goal("g", Objective("o1", Group("i")), Objective("o2", Group("i"))))]);
    }

    [Fact]
    public void PlanContent_DuplicateOrDefaultDiagnoses_Throw()
    {
        Action act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [new(AlcoholUse, true), new(AlcoholUse, false)], []);
        act.Should().Throw<ArgumentException>().WithParameterName("diagnoses");
        act = () => _ = new PlanContent(LevelOfCare.IntensiveOutpatient, [default], []);
        act.Should().Throw<ArgumentException>().WithParameterName("diagnoses");
        act = () => _ = new PlanDiagnosis(default, true);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Create_TargetDateOrDischargeBeforeThePlansDate_Throws()
    {
        var early = ValidContent().WithProblems(Problem("p", Goal("g", Objective("o", Group()) with { TargetDate = Start.PlusDays(-1) })));
        Action act = () => TreatmentPlan.Create(Start, early);
        act.Should().Throw<ArgumentException>().WithParameterName("content").Which.Message.Should().NotContain("2025");

        act = () => TreatmentPlan.Create(Start, ValidContent() with { PlannedDischarge = Start.PlusDays(-1) });
        act.Should().Throw<ArgumentException>().WithParameterName("content");

        // A revision checks against the first version's date: a target that has passed since is a finding, not a bug.
        var revised = ValidPlan().Revise(Start.PlusDays(60), RevisionReason.ScheduledReview, ValidContent());
        revised.Content.Objectives.Should().OnlyContain(o => o.TargetDate < revised.EffectiveDate);
        act = () => ValidPlan().Revise(Start.PlusDays(60), RevisionReason.ScheduledReview, early);
        act.Should().Throw<ArgumentException>().WithParameterName("content");
    }

    [Fact]
    public void Revise_BeforeTheCurrentVersionOrWithUndefinedReason_Throws()
    {
        var plan = ValidPlan().Revise(Start.PlusDays(10), RevisionReason.ClinicalChange, ValidContent());
        Action act = () => plan.Revise(Start.PlusDays(9), RevisionReason.ScheduledReview, ValidContent());
        act.Should().Throw<ArgumentException>().WithParameterName("revisionDate");
        act = () => plan.Revise(Start.PlusDays(10), default, ValidContent());
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
    }

    [Fact]
    public void MeasurableTarget_BadInput_Throws()
    {
        Action act = () => MeasurableTarget.ForMeasure(null!, TargetComparison.Below, 5);
        act.Should().Throw<ArgumentNullException>().WithParameterName("measure");
        act = () => MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 28); // one past the PHQ-9 maximum of 27
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("threshold");
        act = () => MeasurableTarget.ForMeasure(Instrument.Phq9, 0, 5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("comparison");
        act = () => MeasurableTarget.SessionsAttended(0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sessions");
        act = () => MeasurableTarget.DaysAbstinent(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        act = () => MeasurableTarget.Other(" ");
        act.Should().Throw<ArgumentException>().WithParameterName("description");
        act = () => MeasurableTarget.SkillDemonstrated(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("skill");
        act = () => MeasurableTarget.Other("x").IsMetBy(1);
        act.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(TargetComparison.Below, 4, true)] // PHQ-9 4 < 5
    [InlineData(TargetComparison.Below, 5, false)] // boundary: 5 is not below 5
    [InlineData(TargetComparison.AtMost, 5, true)] // boundary: 5 is at most 5
    [InlineData(TargetComparison.AtLeast, 5, true)] // boundary: 5 is at least 5
    [InlineData(TargetComparison.AtLeast, 4, false)] // 4 is not at least 5
    [InlineData(TargetComparison.Above, 5, false)] // boundary: 5 is not above 5
    [InlineData(TargetComparison.Above, 6, true)] // 6 is above 5
    public void MeasurableTarget_IsMetBy_ComparesWithTheThreshold(TargetComparison comparison, int value, bool met) =>
        MeasurableTarget.ForMeasure(Instrument.Phq9, comparison, 5).IsMetBy(value).Should().Be(met);

    [Fact]
    public void ToString_OfEveryPartHoldingFreeText_PrintsNoTextIdOrCode()
    {
        var plan = ValidPlan().Revise(Start.PlusDays(5), RevisionReason.GoalAchieved, ValidContent());
        var content = plan.Content;
        object[] parts =
        [
            plan, content, content.Problems[0], content.Goals.First(), content.Objectives.First(), content.Interventions[0],
            content.RelapsePrevention!, content.Aftercare!, content.Diagnoses[0], MeasurableTarget.SkillDemonstrated("SECRET skill"),
            MeasurableTarget.Other("SECRET other"), Timeline, new InterventionFrequency(3, Duration.FromMinutes(180)), new SupportContact(SupportRole.Family, 2),
        ];

        foreach (var part in parts)
        {
            part.ToString().Should().NotContainAny(Secret, SecretCode, "F32", "2025").And.NotBeNullOrWhiteSpace();
        }

        plan.ToString().Should().Be("TreatmentPlan v2 PlanContent IntensiveOutpatient (2 diagnoses, 2 problems, 2 goals, 3 objectives, 2 interventions)");
        content.RelapsePrevention!.ToString().Should().Be("RelapsePreventionPlan (1 trigger, 1 warning sign, 1 high-risk situation, 1 coping strategy, 3 support contacts)");
    }

    [Fact]
    public void Parts_Equality_IsByValue()
    {
        ContractAssertions.Equality(ValidContent(), ValidContent(), ValidContent() with { PlannedDischarge = null }, ValidContent(LevelOfCare.PartialHospitalization));
        ContractAssertions.Equality(ValidPlan(), ValidPlan(), ValidPlan().RecordParticipation(Start.PlusDays(1)), TreatmentPlan.Create(Start.PlusDays(1), ValidContent()));
        ContractAssertions.Equality(Objective("o", Group()), Objective("o", Group()), Objective("o", Group(sessions: 2)), Objective("o2", Group()));
        ContractAssertions.Equality(Goal("g", Objective("o")), Goal("g", Objective("o")), Goal("g"), Goal("g", Objective("o")) with { Dimension = RecoveryDimension.Home });
        ContractAssertions.Equality(RelapsePrevention, new RelapsePreventionPlan(["SECRET trigger"], ["SECRET warning sign"], ["SECRET high-risk situation"], ["SECRET coping strategy"], [new(SupportRole.Sponsor), new(SupportRole.Family, 2)]), RelapsePrevention with { Triggers = [] });
        ContractAssertions.Equality(Aftercare, Aftercare with { MutualHelpGroups = [MutualHelpGroup.TwelveStep] }, Aftercare with { RecoveryHousing = true });
        ContractAssertions.Equality(new InterventionFrequency(3, Duration.FromMinutes(180)), new InterventionFrequency(3, Duration.FromMinutes(180)), new InterventionFrequency(3, Duration.FromMinutes(60)));
        ContractAssertions.Equality(Timeline, Timeline with { Recertifications = [] }, Timeline with { Recertifications = [Start] }, Timeline with { LevelStart = Start });
    }

    [Fact]
    public void Collections_AreCopied_SoTheCallersListCannotChangeThePlan()
    {
        var problems = new List<Problem> { Problem("p1", Goal("g1", Objective("o1", Group()))) };
        var content = new PlanContent(LevelOfCare.IntensiveOutpatient, [], problems);

        problems.Add(Problem("p2"));

        content.Problems.Should().HaveCount(1);
    }

    [Fact]
    public void History_ListsEveryVersion_OldestFirst()
    {
        var v1 = ValidPlan();
        var v2 = v1.Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, ValidContent());
        var v3 = v2.Revise(Start.PlusDays(40), RevisionReason.LevelChange, ValidContent(LevelOfCare.Outpatient));

        v3.History.Should().Equal(v1, v2, v3);
        v3.History.Select(v => v.Version).Should().Equal(1, 2, 3);
        v3.RevisionReason.Should().Be(RevisionReason.LevelChange);
        v3.StartDate.Should().Be(Start);
        v3.EffectiveDate.Should().Be(Start.PlusDays(40));
        v2.ParticipatedOn.Should().BeNull("participation is recorded per version");
        v1.ParticipatedOn.Should().Be(Start);
    }

    [Fact]
    public void Equality_OfPlans_ComparesEveryEarlierVersion()
    {
        var v1 = ValidPlan();
        var other = TreatmentPlan.Create(Start, ValidContent() with { PlannedDischarge = Start.PlusDays(82) }).RecordParticipation(Start);
        var revised = ValidContent(LevelOfCare.Outpatient);

        ContractAssertions.Equality(
            v1.Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, revised),
            ValidPlan().Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, revised),
            other.Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, revised), // same current version, different first version
            v1.Revise(Start.PlusDays(30), RevisionReason.ClinicalChange, revised),
            v1);
    }

    [Fact]
    public void Equality_OfAHundredThousandRevisions_DoesNotRecurse()
    {
        // Issue 13: record equality recursed through Previous and overflowed the stack at 100,000 revisions.
        const int Revisions = 100_000;
        var left = ValidPlan();
        var right = ValidPlan();
        for (var i = 0; i < Revisions; i++)
        {
            left = left.Revise(Start, RevisionReason.ScheduledReview, left.Content);
            right = right.Revise(Start, RevisionReason.ScheduledReview, right.Content);
        }

        var differentFirst = TreatmentPlan.Create(Start, ValidContent());
        for (var i = 0; i < Revisions; i++)
        {
            differentFirst = differentFirst.Revise(Start, RevisionReason.ScheduledReview, left.Content);
        }

        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(differentFirst).Should().BeFalse("the first versions differ: one has recorded participation");
        left.History.Should().HaveCount(Revisions + 1);
    }
}
