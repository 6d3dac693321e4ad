namespace Iop.Domain.Coding;

/// <summary>
/// The SAMHSA TEDS-D reason for discharge (<c>REASON</c>). Member values are the TEDS codes;
/// <c>0</c> is not a member, and the TEDS "missing" value (−9) is represented by the absence of a reason.
/// </summary>
public enum TedsDischargeReason
{
    /// <summary>1: treatment completed.</summary>
    TreatmentCompleted = 1,

    /// <summary>2: dropped out of treatment.</summary>
    DroppedOut = 2,

    /// <summary>3: terminated by the facility.</summary>
    TerminatedByFacility = 3,

    /// <summary>4: transferred to another treatment programme or facility.</summary>
    Transferred = 4,

    /// <summary>5: incarcerated.</summary>
    Incarcerated = 5,

    /// <summary>6: death.</summary>
    Death = 6,

    /// <summary>7: other.</summary>
    Other = 7,
}
