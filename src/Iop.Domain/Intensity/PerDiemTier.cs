namespace Iop.Domain.Intensity;

/// <summary>
/// The per-diem payment tier of an IOP or PHP service day (rule <c>CLM-PERDIEM-TIER</c>): since CY 2024
/// Medicare has two APCs per provider type, for days with 3 qualifying services and for days with 4 or
/// more. The members keep those names; the counts where the tiers start are
/// <see cref="BillingRuleSet"/> parameters. The three service tiers are ordered, so a day with more services never
/// has a lower tier; <see cref="CostBased"/> stands apart (a setting with no service tier). <c>0</c> is not a member.
/// </summary>
public enum PerDiemTier
{
    /// <summary>Fewer qualifying services than <see cref="BillingRuleSet.PerDiemMinimumServices"/> (Medicare: 3): the day falls in no per-diem tier (inferred from the tier design; low-medium confidence).</summary>
    None = 1,

    /// <summary>The lower tier: Medicare exactly 3 qualifying services (for example CMHC IOP APC 5851).</summary>
    ThreeServices = 2,

    /// <summary>The upper tier, from <see cref="BillingRuleSet.UpperTierMinimumServices"/>: Medicare 4 or more qualifying services (for example CMHC IOP APC 5852).</summary>
    FourOrMoreServices = 3,

    /// <summary>The setting has no service tier: a critical access hospital's IOP days are paid at 101 % of reasonable cost (Noridian JE; <see cref="ProviderSettings.HasServiceTier"/>).</summary>
    CostBased = 4,
}
