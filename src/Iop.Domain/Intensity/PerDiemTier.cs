namespace Iop.Domain.Intensity;

/// <summary>
/// The Medicare per-diem payment tier of an IOP or PHP service day (rule <c>CLM-PERDIEM-TIER</c>): since
/// CY 2024 there are two APCs per provider type, for days with 3 qualifying services and for days with
/// 4 or more. Ordered, so a day with more services never has a lower tier. <c>0</c> is not a member.
/// </summary>
public enum PerDiemTier
{
    /// <summary>Fewer than 3 qualifying services: the day falls in no per-diem tier (inferred from the tier design; low-medium confidence).</summary>
    None = 1,

    /// <summary>Exactly 3 qualifying services (for example CMHC IOP APC 5851).</summary>
    ThreeServices = 2,

    /// <summary>4 or more qualifying services (for example CMHC IOP APC 5852).</summary>
    FourOrMoreServices = 3,
}
