using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// One service day classified for billing under a <see cref="BillingRuleSet"/>: how many attended
/// qualifying services it had, their hours, its per-diem tier (<c>CLM-PERDIEM-TIER</c>) and whether it
/// reaches the H0015 day's hours (<c>CLM-H0015-INTENSITY</c>).
/// </summary>
/// <remarks>
/// <para><see cref="MeetsH0015DayHours"/> checks the day alone (Medicare CY2024: at least 3 h); whether the programme also
/// ran on at least 3 days that week is decided over a range by <see cref="BillingDays.Summarize"/>, which gives each day its
/// <see cref="BillableAsH0015"/> answer.</para>
/// <para>Equality compares every property. The <see langword="default"/> value is a day with no
/// services on <see cref="LocalDate"/>'s default date and an undefined tier; the library never returns
/// it. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct BillingDay
{
    internal BillingDay(LocalDate date, int services, Duration qualifyingHours, PerDiemTier tier, bool meetsH0015DayHours, int professionalServices, bool? billableAsH0015)
    {
        ProfessionalServices = professionalServices;
        BillableAsH0015 = billableAsH0015;
        Date = date;
        Services = services;
        QualifyingHours = qualifyingHours;
        Tier = tier;
        MeetsH0015DayHours = meetsH0015DayHours;
    }

    /// <summary>
    /// The record of a classification already made (a stored result read back; see decision 0073): its public parts as
    /// written, checked for what can be checked, not classified again.
    /// </summary>
    internal static BillingDay FromRecord(LocalDate date, int services, Duration qualifyingHours, PerDiemTier tier, bool meetsH0015DayHours, int professionalServices, bool? billableAsH0015) =>
        new(
            Guard.Against.UnsupportedDate(date),
            Guard.Against.BelowMinimum(services, 0),
            Guard.Against.NegativeHours(qualifyingHours),
            Guard.Against.UndefinedMember(tier),
            meetsH0015DayHours,
            Guard.Against.BelowMinimum(professionalServices, 0),
            billableAsH0015);

    /// <summary>Gets the date of service.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the number of per-diem services on the day: attended qualifying sessions furnished by programme staff, counted under the rule set's
    /// <see cref="BillingRuleSet.Telehealth"/> position (Medicare: in person only).</summary>
    public int Services { get; }

    /// <summary>Gets the hours of attended qualifying services on the day, professional services included, under the rule set's telehealth position
    /// (sessions counted on their start date): the hours the H0015 day rule reads.</summary>
    public Duration QualifyingHours { get; }

    /// <summary>Gets the per-diem tier of the day.</summary>
    public PerDiemTier Tier { get; }

    /// <summary>Gets the number of attended qualifying sessions furnished by a physician, PA, NP, CNS or clinical psychologist: paid outside the per diem
    /// (<c>MCR-SEPARATE-PRO</c>, 42 CFR 410.43(b)) and so not in <see cref="Services"/>.</summary>
    public int ProfessionalServices { get; }

    /// <summary>Gets whether the day is billable as H0015: at least the H0015 day's hours, in a week with at least the H0015 programme days
    /// (<c>CLM-H0015-INTENSITY</c>; Medicare CY2024: 3 h, 3 days); <see langword="null"/> from <see cref="BillingDays.Classify"/>, which sees the day alone.</summary>
    public bool? BillableAsH0015 { get; }

    /// <summary>Gets a value indicating whether the day has at least the H0015 day's hours (<see cref="BillingRuleSet.H0015MinimumDayHours"/>; Medicare CY2024: 3 h).</summary>
    public bool MeetsH0015DayHours { get; }

    /// <summary>Describes the day without its date: a service date of a person is protected health information.</summary>
    /// <returns>For example <c>BillingDay (4 services, 3.83 h, FourOrMoreServices)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BillingDay ({Services} services, {QualifyingHours.TotalHours:0.##} h, {Tier})");
}
