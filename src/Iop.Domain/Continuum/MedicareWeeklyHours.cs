using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// The Medicare weekly-hours thresholds, held once: the intensity rule sets and the placement criteria
/// both read them from here, so the published number lives in one place.
/// </summary>
internal static class MedicareWeeklyHours
{
    /// <summary>IOP: at least 9 hours of qualifying services a week (42 CFR 410.44; CY 2024 OPPS final rule, CMS-1786-FC).</summary>
    public static Duration IntensiveOutpatientMinimum { get; } = Duration.FromHours(9);

    /// <summary>PHP: at least 20 hours of qualifying services a week (42 CFR 410.43(c)(1)).</summary>
    public static Duration PartialHospitalizationMinimum { get; } = Duration.FromHours(20);
}
