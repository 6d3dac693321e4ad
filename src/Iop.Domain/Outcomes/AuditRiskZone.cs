namespace Iop.Domain.Outcomes;

/// <summary>
/// The WHO risk zone of an AUDIT total (rule <c>OUT-AUDIT-RANGE</c>; Babor et al. 2001), from lowest to
/// highest risk. The value <c>0</c> is not a member.
/// </summary>
public enum AuditRiskZone
{
    /// <summary>Zone I, total 0–7: lower risk.</summary>
    ZoneI = 1,

    /// <summary>Zone II, total 8–15: hazardous use.</summary>
    ZoneII = 2,

    /// <summary>Zone III, total 16–19: harmful use.</summary>
    ZoneIII = 3,

    /// <summary>Zone IV, total 20–40: possible dependence.</summary>
    ZoneIV = 4,
}
