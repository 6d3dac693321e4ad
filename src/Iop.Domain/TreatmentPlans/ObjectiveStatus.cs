namespace Iop.Domain.TreatmentPlans;

/// <summary>Where an <see cref="Objective"/> stands. <c>0</c> is not a member.</summary>
/// <remarks>
/// <see cref="NotStarted"/> and <see cref="InProgress"/> are open; <see cref="Achieved"/>,
/// <see cref="Revised"/> and <see cref="Discontinued"/> are closed, so a passed target date on them is
/// not reported (rule <c>PLAN-TARGET-DATE-PASSED</c>). It is the coarse view of an objective's FHIR
/// <see cref="GoalLifecycleStatus"/> and <see cref="GoalAchievementStatus"/>, which <see cref="Objective.Status"/>
/// reads and sets (decision record 0045).
/// </remarks>
public enum ObjectiveStatus
{
    /// <summary>Work on the objective has not started.</summary>
    NotStarted = 1,

    /// <summary>Work on the objective is under way.</summary>
    InProgress = 2,

    /// <summary>The target was reached.</summary>
    Achieved = 3,

    /// <summary>The objective was replaced by a revised one (kept for the record).</summary>
    Revised = 4,

    /// <summary>Work on the objective was stopped without reaching the target.</summary>
    Discontinued = 5,
}
