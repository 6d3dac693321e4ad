namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Who a person can turn to, as a role (never a name) in a <see cref="RelapsePreventionPlan"/>.
/// <c>0</c> is not a member.
/// </summary>
public enum SupportRole
{
    /// <summary>A family member.</summary>
    Family = 1,

    /// <summary>A friend.</summary>
    Friend = 2,

    /// <summary>A mutual-help sponsor.</summary>
    Sponsor = 3,

    /// <summary>A peer specialist or recovery coach.</summary>
    PeerSpecialist = 4,

    /// <summary>A clinician (therapist, counselor, prescriber).</summary>
    Clinician = 5,

    /// <summary>A crisis line.</summary>
    CrisisLine = 6,

    /// <summary>A faith or community group.</summary>
    FaithOrCommunity = 7,

    /// <summary>Another support.</summary>
    Other = 8,
}
