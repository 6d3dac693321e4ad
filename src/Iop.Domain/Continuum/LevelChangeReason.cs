namespace Iop.Domain.Continuum;

/// <summary>Why an episode's level of care changed (an entry of a <see cref="LevelOfCareHistory"/>). <c>0</c> is not a member.</summary>
public enum LevelChangeReason
{
    /// <summary>The first entry of an episode: admission at a level.</summary>
    Admission = 1,

    /// <summary>A transition review found the change indicated.</summary>
    TransitionReview = 2,

    /// <summary>The clinician judged the change necessary outside a scheduled review.</summary>
    ClinicalJudgement = 3,

    /// <summary>The payer's decision forced the change.</summary>
    PayerDecision = 4,

    /// <summary>The person asked for the change.</summary>
    PatientPreference = 5,

    /// <summary>The level was no longer available.</summary>
    LevelNotAvailable = 6,

    /// <summary>Any other reason.</summary>
    Other = 7,
}
