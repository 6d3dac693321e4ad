using Hl7.Fhir.Model;
using Iop.Domain.TreatmentPlans;
using FhirGoal = Hl7.Fhir.Model.Goal;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Treatment plans to CarePlan and Goals.</summary>
public sealed class CarePlanMappingTests
{
    private static CarePlanResources Resources => CarePlanMapping.ToResources(Fictional.Plan(), "plan-1", Fictional.Context);

    [Fact]
    public void ToResources_Plan_IsAnActivePlanOfCategoryAssessPlan()
    {
        var carePlan = Resources.CarePlan;

        carePlan.Status.Should().Be(RequestStatus.Active);
        carePlan.Intent.Should().Be(CarePlan.CarePlanIntent.Plan);
        carePlan.Category.Should().ContainSingle().Which.Coding.Should().ContainSingle(c => c.System == CarePlanMapping.CategorySystem && c.Code == "assess-plan");
        carePlan.Period.Start.Should().Be("2026-03-02");
        carePlan.Period.End.Should().Be("2026-04-26"); // the planned discharge, 55 days after admission
    }

    [Fact]
    public void ToResources_Plan_OneGoalPerObjectiveAndOneActivityPerIntervention()
    {
        var resources = Resources;

        resources.Goals.Select(g => g.Identifier.Single().Value).Should().Equal("o-mood", "o-attend");
        resources.CarePlan.Goal.Select(r => r.Reference).Should().Equal(resources.Goals.Select(g => $"Goal/{g.Id}"));
        resources.CarePlan.Activity.Should().HaveCount(3); // group and individual for o-mood, group for o-attend
    }

    [Fact]
    public void ToResources_MeasureTarget_HasQuantityComparatorAndDueDate()
    {
        var target = Resources.Goals[0].Target.Should().ContainSingle().Subject;

        target.Detail.Should().BeOfType<Quantity>().Which.Should().Match<Quantity>(q => q.Value == 10 && q.Comparator == Quantity.QuantityComparator.LessThan && q.Code == "{score}");
        target.Due.Should().BeOfType<Date>().Which.Value.Should().Be("2026-04-13");
        target.Measure.Coding.Should().ContainSingle(c => c.Code == "44261-6");
    }

    [Theory]
    [InlineData(ObjectiveStatus.NotStarted, FhirGoal.GoalLifecycleStatus.Planned, null)]
    [InlineData(ObjectiveStatus.InProgress, FhirGoal.GoalLifecycleStatus.Active, "in-progress")]
    [InlineData(ObjectiveStatus.Achieved, FhirGoal.GoalLifecycleStatus.Completed, "achieved")]
    [InlineData(ObjectiveStatus.Revised, FhirGoal.GoalLifecycleStatus.Completed, null)] // kept for the record, no verdict
    [InlineData(ObjectiveStatus.Discontinued, FhirGoal.GoalLifecycleStatus.Cancelled, "not-achieved")]
    public void ToResources_EveryObjectiveStatus_MapsToGoalStatuses(ObjectiveStatus status, FhirGoal.GoalLifecycleStatus lifecycle, string? achievement)
    {
        var plan = Fictional.Plan();
        var objective = plan.Content.Objectives.First();
        var content = plan.Content with
        {
            Problems = [plan.Content.Problems[0] with { Goals = [plan.Content.Goals.First() with { Objectives = [objective with { Status = status }] }] }],
        };

        var goal = CarePlanMapping.ToResources(TreatmentPlan.Create(Fictional.Admission, content), "plan-1", Fictional.Context).Goals.Single();

        goal.LifecycleStatus.Should().Be(lifecycle);
        goal.AchievementStatus?.Coding.Single().Code.Should().Be(achievement);
        (goal.AchievementStatus is null).Should().Be(achievement is null);
    }

    [Fact]
    public void ToResources_BadId_Throws() =>
        FluentActions.Invoking(() => CarePlanMapping.ToResources(Fictional.Plan(), "plan/1", Fictional.Context)).Should().Throw<ArgumentException>().WithParameterName("id");

    public static TheoryData<GoalLifecycleStatus> EveryLifecycle { get; } = [.. Enum.GetValues<GoalLifecycleStatus>()];

    public static TheoryData<GoalAchievementStatus> EveryAchievement { get; } = [.. Enum.GetValues<GoalAchievementStatus>()];

    [Theory]
    [MemberData(nameof(EveryLifecycle))]
    public void ToResources_EveryLifecycleStatus_IsWrittenAsItsFhirCode(GoalLifecycleStatus lifecycle) =>
        Hl7.Fhir.Utility.EnumUtility.GetLiteral(GoalFor(o => o with { Lifecycle = lifecycle }).LifecycleStatus).Should().Be(GoalStatusCodes.ToCode(lifecycle));

    [Theory]
    [MemberData(nameof(EveryAchievement))]
    public void ToResources_EveryAchievementStatus_IsWrittenAsItsFhirCode(GoalAchievementStatus achievement) =>
        GoalFor(o => o with { Achievement = achievement }).AchievementStatus.Coding.Should().ContainSingle(c => c.System == CarePlanMapping.AchievementSystem && c.Code == GoalStatusCodes.ToCode(achievement));

    private static FhirGoal GoalFor(Func<Objective, Objective> change)
    {
        var plan = Fictional.Plan();
        var content = plan.Content with
        {
            Problems = [plan.Content.Problems[0] with { Goals = [plan.Content.Goals.First() with { Objectives = [change(plan.Content.Objectives.First())] }] }],
        };
        return CarePlanMapping.ToResources(TreatmentPlan.Create(Fictional.Admission, content), "plan-1", Fictional.Context).Goals.Single();
    }
}
