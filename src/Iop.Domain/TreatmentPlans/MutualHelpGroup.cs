namespace Iop.Domain.TreatmentPlans;

/// <summary>A kind of mutual-help or peer group named in an <see cref="AftercarePlan"/>. <c>0</c> is not a member.</summary>
public enum MutualHelpGroup
{
    /// <summary>A twelve-step fellowship.</summary>
    TwelveStep = 1,

    /// <summary>SMART Recovery or another self-management group.</summary>
    SelfManagement = 2,

    /// <summary>A peer-led recovery support group.</summary>
    PeerRecovery = 3,

    /// <summary>A support group for family members.</summary>
    FamilySupport = 4,

    /// <summary>A faith-based recovery group.</summary>
    FaithBased = 5,

    /// <summary>Another group.</summary>
    Other = 6,
}
