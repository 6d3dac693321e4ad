using Hl7.Fhir.Model;
using Iop.Domain.Outcomes;
using Iop.Domain.TreatmentPlans;
using FhirGoal = Hl7.Fhir.Model.Goal;

namespace Iop.Domain.Fhir;

/// <summary>
/// A treatment plan to a FHIR R4 CarePlan (status, intent <c>plan</c>, category <c>assess-plan</c>, period,
/// one activity per intervention) with a Goal per measurable objective (lifecycle and achievement status, target
/// with detail quantity and due date).
/// </summary>
/// <remarks>
/// <para>
/// A Goal's <c>lifecycleStatus</c> and <c>achievementStatus</c> are the objective's own
/// <see cref="Objective.Lifecycle"/> and <see cref="Objective.Achievement"/> (FHIR's vocabularies, written with
/// <see cref="GoalStatusCodes"/>); no achievement status is written when none is recorded. The activities take
/// the coarse status of their objective (<see cref="Objective.Status"/>: not-started, in-progress, completed,
/// stopped for a revised objective, cancelled for a discontinued one).
/// </para>
/// <para>
/// Statements and descriptions (free text) are carried into <c>description</c> and <c>text</c> elements, as FHIR
/// expects; the caller's part ids go into <c>Goal.identifier</c>. A plan that reveals substance-use-disorder
/// treatment (<see cref="TreatmentPlan.Sensitivity"/>), or any plan of a Part 2 programme, is labelled with
/// <see cref="Part2SecurityLabels"/> on every resource. Sources: FHIR R4 CarePlan and Goal; US Core CarePlan
/// category <c>assess-plan</c>; HL7 terminology goal-achievement.
/// </para>
/// </remarks>
public static class CarePlanMapping
{
    /// <summary>Gets the US Core CarePlan category code system URL (code <c>assess-plan</c>).</summary>
    public static string CategorySystem => "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";

    /// <summary>Gets the HL7 goal-achievement code system URL.</summary>
    public static string AchievementSystem => "http://terminology.hl7.org/CodeSystem/goal-achievement";

    /// <summary>Maps a plan version to a CarePlan and its Goals.</summary>
    /// <param name="plan">The plan version.</param>
    /// <param name="id">The caller's id for the CarePlan (1 to 52 FHIR id characters); Goals get <c>{id}-goal-{n}</c>.</param>
    /// <param name="context">The subject and the Part 2 programme flag.</param>
    /// <returns>The resources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="id"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a FHIR id of at most 52 characters.</exception>
    public static CarePlanResources ToResources(TreatmentPlan plan, string id, FhirMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(plan);
        FhirIds.Check(id, nameof(id));
        ArgumentNullException.ThrowIfNull(context);

        var carePlan = new CarePlan
        {
            Id = id,
            Status = RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Category = [FhirValues.Concept(CategorySystem, "assess-plan", "Assessment and Plan of Treatment")],
            Subject = context.Subject,
            Period = new Period { Start = plan.StartDate.ToFhirDate(), End = plan.Content.PlannedDischarge?.ToFhirDate() },
        };
        var goals = new List<FhirGoal>();
        foreach (var objective in plan.Content.Objectives)
        {
            var goal = ToGoal(objective, $"{id}-goal-{FhirValues.Invariant(goals.Count + 1)}", context);
            goals.Add(goal);
            var reference = new ResourceReference($"Goal/{goal.Id}");
            carePlan.Goal.Add(reference);
            foreach (var intervention in objective.Interventions)
            {
                carePlan.Activity.Add(new CarePlan.ActivityComponent { Detail = Activity(intervention, objective.Status, reference) });
            }
        }

        var sensitivity = plan.Sensitivity;
        return new CarePlanResources(
            Part2SecurityLabels.ApplyWhen(carePlan, sensitivity, context),
            goals.ConvertAll(g => Part2SecurityLabels.ApplyWhen(g, sensitivity, context)).AsReadOnly());
    }

    private static FhirGoal ToGoal(Objective objective, string id, FhirMappingContext context)
    {
        var goal = new FhirGoal
        {
            Id = id,
            Identifier = [new Identifier { Value = objective.Id }],
            LifecycleStatus = Lifecycle(objective.Lifecycle),
            Description = new CodeableConcept { Text = objective.Statement },
            Subject = context.Subject,
        };
        if (objective.Achievement is { } achievement)
        {
            goal.AchievementStatus = FhirValues.Concept(AchievementSystem, GoalStatusCodes.ToCode(achievement), AchievementDisplay(achievement));
        }

        if (objective.Target is not null || objective.TargetDate is not null)
        {
            var target = objective.Target is { } t ? Target(t) : new FhirGoal.TargetComponent();
            target.Due = objective.TargetDate is { } due ? new Date(due.ToFhirDate()) : null;
            goal.Target.Add(target);
        }

        return goal;
    }

    private static FhirGoal.TargetComponent Target(MeasurableTarget target)
    {
        var component = new FhirGoal.TargetComponent();
        switch (target.Kind)
        {
            case TargetKind.MeasureValue when target.Measure is { } measure:
                component.Measure = measure.TotalCode is { } code
                    ? new CodeableConcept { Coding = [code.ToLoincDisplayCoding()], Text = $"{measure.Name} total score" }
                    : new CodeableConcept { Text = $"{measure.Name} total score" };
                component.Detail = Quantity(target, Instruments.ObservationUnit, Instruments.ObservationUnit);
                break;
            case TargetKind.SessionsAttended:
                component.Measure = new CodeableConcept { Text = "Sessions attended" };
                component.Detail = Quantity(target, "{sessions}", "{sessions}");
                break;
            case TargetKind.DaysAbstinent:
                component.Measure = new CodeableConcept { Text = "Days abstinent" };
                component.Detail = Quantity(target, "d", "days");
                break;
            default:
                component.Measure = new CodeableConcept { Text = Words.Sentence(target.Kind) };
                component.Detail = target.Description is { } text ? new FhirString(text) : null;
                break;
        }

        return component;
    }

    private static Quantity Quantity(MeasurableTarget target, string code, string unit) => new()
    {
        Value = target.Threshold,
        Comparator = target.Comparison switch
        {
            TargetComparison.Below => Hl7.Fhir.Model.Quantity.QuantityComparator.LessThan,
            TargetComparison.AtMost => Hl7.Fhir.Model.Quantity.QuantityComparator.LessOrEqual,
            TargetComparison.AtLeast => Hl7.Fhir.Model.Quantity.QuantityComparator.GreaterOrEqual,
            TargetComparison.Above => Hl7.Fhir.Model.Quantity.QuantityComparator.GreaterThan,
            _ => null,
        },
        Unit = unit,
        System = FhirValues.Ucum,
        Code = code,
    };

    private static CarePlan.DetailComponent Activity(Intervention intervention, ObjectiveStatus status, ResourceReference goal) => new()
    {
        Code = new CodeableConcept { Text = Words.Sentence(intervention.Modality) },
        Status = status switch
        {
            ObjectiveStatus.NotStarted => CarePlan.CarePlanActivityStatus.NotStarted,
            ObjectiveStatus.InProgress => CarePlan.CarePlanActivityStatus.InProgress,
            ObjectiveStatus.Achieved => CarePlan.CarePlanActivityStatus.Completed,
            ObjectiveStatus.Revised => CarePlan.CarePlanActivityStatus.Stopped,
            _ => CarePlan.CarePlanActivityStatus.Cancelled,
        },
        Goal = [(ResourceReference)goal.DeepCopy()],
        Scheduled = new Timing
        {
            Repeat = new Timing.RepeatComponent
            {
                Frequency = intervention.Frequency.SessionsPerWeek,
                Period = 1,
                PeriodUnit = Timing.UnitsOfTime.Wk,
                Duration = (decimal)intervention.Frequency.SessionLength.TotalMinutes,
                DurationUnit = Timing.UnitsOfTime.Min,
            },
        },
        Description = intervention.Description,
    };

    private static FhirGoal.GoalLifecycleStatus Lifecycle(GoalLifecycleStatus status) => status switch
    {
        GoalLifecycleStatus.Proposed => FhirGoal.GoalLifecycleStatus.Proposed,
        GoalLifecycleStatus.Planned => FhirGoal.GoalLifecycleStatus.Planned,
        GoalLifecycleStatus.Accepted => FhirGoal.GoalLifecycleStatus.Accepted,
        GoalLifecycleStatus.Active => FhirGoal.GoalLifecycleStatus.Active,
        GoalLifecycleStatus.OnHold => FhirGoal.GoalLifecycleStatus.OnHold,
        GoalLifecycleStatus.Completed => FhirGoal.GoalLifecycleStatus.Completed,
        GoalLifecycleStatus.Cancelled => FhirGoal.GoalLifecycleStatus.Cancelled,
        GoalLifecycleStatus.EnteredInError => FhirGoal.GoalLifecycleStatus.EnteredInError,
        _ => FhirGoal.GoalLifecycleStatus.Rejected,
    };

    /// <summary>The displays of HL7's goal-achievement code system.</summary>
    private static string AchievementDisplay(GoalAchievementStatus status) => status switch
    {
        GoalAchievementStatus.InProgress => "In Progress",
        GoalAchievementStatus.Improving => "Improving",
        GoalAchievementStatus.Worsening => "Worsening",
        GoalAchievementStatus.NoChange => "No Change",
        GoalAchievementStatus.Achieved => "Achieved",
        GoalAchievementStatus.Sustaining => "Sustaining",
        GoalAchievementStatus.NotAchieved => "Not Achieved",
        GoalAchievementStatus.NoProgress => "No Progress",
        _ => "Not Attainable",
    };
}
