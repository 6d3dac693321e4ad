namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// How an <see cref="Objective"/> is progressing toward its target, in the vocabulary of HL7 FHIR R4
/// <c>Goal.achievementStatus</c> (code system <c>http://terminology.hl7.org/CodeSystem/goal-achievement</c>).
/// <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// The members are the nine FHIR codes in the order FHIR lists them; <see cref="GoalStatusCodes"/> gives each
/// member's code and parses codes back. In FHIR's hierarchy <see cref="Improving"/>, <see cref="Worsening"/> and
/// <see cref="NoChange"/> are kinds of <see cref="InProgress"/>; <see cref="Sustaining"/> is a kind of
/// <see cref="Achieved"/>; <see cref="NoProgress"/> and <see cref="NotAttainable"/> are kinds of
/// <see cref="NotAchieved"/>. An objective may have no achievement status (FHIR's element is optional).
/// </remarks>
public enum GoalAchievementStatus
{
    /// <summary>FHIR <c>in-progress</c>: being sought, not yet reached (also after a regression).</summary>
    InProgress = 1,

    /// <summary>FHIR <c>improving</c>: being sought and progressing.</summary>
    Improving = 2,

    /// <summary>FHIR <c>worsening</c>: being sought but regressing.</summary>
    Worsening = 3,

    /// <summary>FHIR <c>no-change</c>: being sought, the trend not changing.</summary>
    NoChange = 4,

    /// <summary>FHIR <c>achieved</c>: the target has been met.</summary>
    Achieved = 5,

    /// <summary>FHIR <c>sustaining</c>: met, and ongoing activity is needed to keep it met (it may stay active).</summary>
    Sustaining = 6,

    /// <summary>FHIR <c>not-achieved</c>: not met, with or without progress toward it.</summary>
    NotAchieved = 7,

    /// <summary>FHIR <c>no-progress</c>: not met, with little or no progress.</summary>
    NoProgress = 8,

    /// <summary>FHIR <c>not-attainable</c>: the target is not possible to reach.</summary>
    NotAttainable = 9,
}
