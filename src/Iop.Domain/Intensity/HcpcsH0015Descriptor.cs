using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The numbers of the HCPCS Level II H0015 descriptor (alcohol and/or drug intensive outpatient: at least
/// 3 hours a day, at least 3 days a week), held once: <see cref="IntensityRuleSet.HcpcsH0015"/> and
/// <see cref="BillingRuleSet.Medicare2024"/> both read them from here.
/// </summary>
internal static class HcpcsH0015Descriptor
{
    /// <summary>At least 3 hours of service on an H0015 day (HCPCS Level II, CMS).</summary>
    public static Duration MinimumDayHours { get; } = Duration.FromHours(3);

    /// <summary>A programme that runs at least 3 days a week (HCPCS Level II, CMS).</summary>
    public static int MinimumDaysPerWeek => 3;
}
