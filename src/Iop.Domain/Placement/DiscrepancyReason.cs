namespace Iop.Domain.Placement;

/// <summary>
/// Why a person was placed at a level other than the one recommended, as utilization reports code it.
/// <c>0</c> is not a member.
/// </summary>
/// <remarks>There is deliberately no free-text field: a reason is a code, so it can be reported and
/// logged without disclosing anything about the person.</remarks>
public enum DiscrepancyReason
{
    /// <summary>The clinician judged another level more appropriate.</summary>
    ClinicalJudgement = 1,

    /// <summary>The person preferred another level.</summary>
    PatientPreference = 2,

    /// <summary>The recommended level is not offered by the provider or in the area.</summary>
    LevelNotAvailable = 3,

    /// <summary>The recommended level has a waiting list; another level is used meanwhile.</summary>
    WaitingList = 4,

    /// <summary>The payer did not authorize the recommended level.</summary>
    PayerDecision = 5,

    /// <summary>The recommended level is too far away to attend.</summary>
    GeographicAccess = 6,

    /// <summary>A court order or other legal mandate sets the level.</summary>
    LegalMandate = 7,

    /// <summary>Any other reason.</summary>
    Other = 8,
}
