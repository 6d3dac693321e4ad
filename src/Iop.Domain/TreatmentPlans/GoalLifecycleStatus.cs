namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Where an <see cref="Objective"/> stands in its life, in the vocabulary of HL7 FHIR R4
/// <c>Goal.lifecycleStatus</c> (code system <c>http://hl7.org/fhir/goal-status</c>). <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// <para>The members are the nine FHIR codes in the order FHIR lists them; <see cref="GoalStatusCodes"/> gives
/// each member's code ("on-hold", "entered-in-error") and parses codes back. <see cref="Active"/>,
/// <see cref="OnHold"/> and <see cref="Completed"/> are, in FHIR's hierarchy, kinds of <see cref="Accepted"/>.</para>
/// <para>How the library's coarser <see cref="ObjectiveStatus"/> reads from it is in the remarks of
/// <see cref="Objective.Status"/>.</para>
/// </remarks>
public enum GoalLifecycleStatus
{
    /// <summary>FHIR <c>proposed</c>: the objective is proposed for the person.</summary>
    Proposed = 1,

    /// <summary>FHIR <c>planned</c>: the objective is planned for the person.</summary>
    Planned = 2,

    /// <summary>FHIR <c>accepted</c>: a proposed objective was accepted or acknowledged.</summary>
    Accepted = 3,

    /// <summary>FHIR <c>active</c>: the objective is being sought actively.</summary>
    Active = 4,

    /// <summary>FHIR <c>on-hold</c>: the objective remains, but is not actively pursued for a while.</summary>
    OnHold = 5,

    /// <summary>FHIR <c>completed</c>: the objective is no longer being sought (whether it was met is the achievement status).</summary>
    Completed = 6,

    /// <summary>FHIR <c>cancelled</c>: the objective was abandoned.</summary>
    Cancelled = 7,

    /// <summary>FHIR <c>entered-in-error</c>: the objective was entered in error and voided.</summary>
    EnteredInError = 8,

    /// <summary>FHIR <c>rejected</c>: a proposed objective was rejected.</summary>
    Rejected = 9,
}
