using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// The Medicare recertification clock for partial hospitalization (PHP) and intensive outpatient (IOP):
/// the first PHP recertification by a day of services counting the first day as day 1, later PHP
/// recertifications at most an interval apart, and IOP recertification at most an interval after the
/// latest certification. Placement's transition reviews and treatment-plan schedules both read it.
/// </summary>
/// <remarks>
/// <para>Intervals are NodaTime <see cref="Period"/>s of whole days, weeks, months or years added with calendar
/// arithmetic (<see cref="LocalDate.Plus(Period)"/>): month ends clamp, never spill, so two months from
/// 31 December is the last day of February (decision record 0040). Every interval is chained from the latest
/// recertification, because the rule bounds the gap between consecutive certifications.</para>
/// <para>The default value (<see cref="Medicare"/>) is 42 CFR 424.24: PHP by day 18, then every 30 days; IOP every
/// other month read as two calendar months. Derive variants with <c>with { … }</c>, for example a 60-day IOP
/// reading with <c>with { IopRecertificationInterval = Period.FromDays(60) }</c>.</para>
/// <para>The cadence is a rule set (<see cref="IRuleSet"/>): it refuses an <see cref="EffectiveTo"/> before its
/// <see cref="EffectiveFrom"/> and intervals that are not positive whole-day periods.</para>
/// <para>Equality is by value over every property. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RecertificationCadence : IRuleSet
{
    /// <summary>Gets Medicare's cadence (42 CFR 424.24(d), (e)): PHP by day 18 then every 30 days, IOP every 2 calendar months.</summary>
    public static RecertificationCadence Medicare { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Medicare recertification".</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get; init => field = Guard.Against.Blank(value, nameof(Name)); } = "Medicare recertification";

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024": 42 CFR 424.24 as amended for the Medicare IOP benefit.</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get; init => field = Guard.Against.Blank(value, nameof(Version)); } = "2024";

    /// <summary>Gets the date from which the cadence applies.</summary>
    /// <value>The default value is 2024-01-01, when the IOP certification rule (42 CFR 424.24(d)) took effect with the
    /// Medicare IOP benefit (CY 2024 OPPS final rule, CMS-1786-FC); the PHP rule is older.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get;
        init => field = RuleSetIdentity.CheckEffectiveFrom(value, EffectiveTo, nameof(EffectiveFrom));
    } = new(2024, 1, 1);

    /// <summary>Gets the last date on which the cadence applies, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get; init => field = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo)); }

    /// <summary>Gets the sources of the cadence.</summary>
    /// <value>The default value is 42 CFR 424.24 and the CY 2024 OPPS final rule.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get; init => field = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); } = Array.AsReadOnly([Citations.Cfr424Section24, Citations.Opps2024FinalRule]);

    /// <summary>Gets the day of partial hospitalization (the first day of services is day 1) by which the first recertification is due.</summary>
    /// <value>The default value is 18 (<c>MCR-PHP-RECERT-18</c>; 42 CFR 424.24(e)(3), medium-high: the CFR text was not re-read verbatim).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    public int PhpFirstRecertificationDay { get; init => field = Guard.Against.OutsideRange(value, 1, 366, nameof(PhpFirstRecertificationDay)); } = 18;

    /// <summary>Gets the longest time between partial-hospitalization recertifications after the first.</summary>
    /// <value>The default value is 30 days (<c>MCR-PHP-RECERT-30</c>; 42 CFR 424.24(e)(3), "no less often than every
    /// 30 days", medium-high).</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is not positive or has time units.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value set is longer than 10 years (120 months, 522 weeks or
    /// 3,660 days, counting a month as 30.5 days): a sanity bound against values no programme uses (which would otherwise fail later in date arithmetic), not a clinical threshold.</exception>
    public Period PhpRecertificationInterval { get; init => field = PositiveDatePeriod(value, nameof(PhpRecertificationInterval)); } = Period.FromDays(30);

    /// <summary>Gets the longest time between intensive-outpatient (re)certifications.</summary>
    /// <value>The default value is 2 calendar months (<c>MCR-IOP-RECERT</c>; 42 CFR 424.24(d), "no less often than every
    /// other month", as summarised by CMS contractors, high): due on the same day of the month two months later, or that month's
    /// last day when the day does not exist; not a fixed 60 days (decision record 0040).</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is not positive or has time units.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value set is longer than 10 years (120 months, 522 weeks or
    /// 3,660 days, counting a month as 30.5 days): a sanity bound against values no programme uses (which would otherwise fail later in date arithmetic), not a clinical threshold.</exception>
    public Period IopRecertificationInterval { get; init => field = PositiveDatePeriod(value, nameof(IopRecertificationInterval)); } = Period.FromMonths(2);

    /// <summary>Returns when the first PHP recertification is due.</summary>
    /// <param name="firstDayOfServices">Day 1 of partial hospitalization.</param>
    /// <returns>Day <see cref="PhpFirstRecertificationDay"/> counted with <paramref name="firstDayOfServices"/> as day 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfServices"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate PhpFirstRecertificationDue(LocalDate firstDayOfServices)
    {
        Guard.Against.UnsupportedDate(firstDayOfServices);
        return firstDayOfServices.PlusDays(PhpFirstRecertificationDay - 1);
    }

    /// <summary>Returns when the next PHP recertification is due after one dated <paramref name="lastRecertification"/>.</summary>
    /// <param name="lastRecertification">The latest recertification.</param>
    /// <returns><paramref name="lastRecertification"/> plus <see cref="PhpRecertificationInterval"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastRecertification"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate NextPhpRecertificationDue(LocalDate lastRecertification)
    {
        Guard.Against.UnsupportedDate(lastRecertification);
        return lastRecertification.Plus(PhpRecertificationInterval);
    }

    /// <summary>Returns when the next IOP recertification is due after the certification dated <paramref name="lastCertification"/>.</summary>
    /// <param name="lastCertification">The latest certification or recertification (the start of IOP when there is none).</param>
    /// <returns><paramref name="lastCertification"/> plus <see cref="IopRecertificationInterval"/> (month ends clamped:
    /// 31 December plus 2 months is the last day of February).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastCertification"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate NextIopRecertificationDue(LocalDate lastCertification)
    {
        Guard.Against.UnsupportedDate(lastCertification);
        return lastCertification.Plus(IopRecertificationInterval);
    }

    /// <summary>Returns the next recertification due at a level, with the rule that applies.</summary>
    /// <param name="level">The level of care.</param>
    /// <param name="levelStart">The first day at the level (day 1 of the clock; the initial certification).</param>
    /// <param name="lastRecertification">The latest recertification at the level, or <see langword="null"/> if none yet.</param>
    /// <returns>
    /// For PHP without a recertification, the first one (<see cref="ContinuumRules.PhpFirstRecertification"/>); for PHP
    /// with one, the next (<see cref="ContinuumRules.PhpRecertification"/>); for IOP, the latest certification plus the
    /// interval (<see cref="ContinuumRules.IopRecertification"/>); <see langword="null"/> for any other level.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastRecertification"/> is before <paramref name="levelStart"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levelStart"/> or <paramref name="lastRecertification"/> is outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public RecertificationDue? NextDue(LevelOfCare level, LocalDate levelStart, LocalDate? lastRecertification)
    {
        Guard.Against.UnsupportedDate(levelStart);
        Guard.Against.UnsupportedDate(lastRecertification);
        Guard.Against.UndefinedMember(level);
        if (lastRecertification < levelStart)
        {
            throw new ArgumentException("The recertification must not be before the level began.", nameof(lastRecertification));
        }

        return level switch
        {
            LevelOfCare.PartialHospitalization when lastRecertification is { } last =>
                new RecertificationDue(ContinuumRules.PhpRecertification, NextPhpRecertificationDue(last)),
            LevelOfCare.PartialHospitalization =>
                new RecertificationDue(ContinuumRules.PhpFirstRecertification, PhpFirstRecertificationDue(levelStart)),
            LevelOfCare.IntensiveOutpatient =>
                new RecertificationDue(ContinuumRules.IopRecertification, NextIopRecertificationDue(lastRecertification ?? levelStart)),
            _ => null,
        };
    }

    /// <inheritdoc/>
    public bool Equals(RecertificationCadence? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && Sources.SequenceEqual(other.Sources)
        && PhpFirstRecertificationDay == other.PhpFirstRecertificationDay
        && PhpRecertificationInterval.Equals(other.PhpRecertificationInterval)
        && IopRecertificationInterval.Equals(other.IopRecertificationInterval);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Name, Version, EffectiveFrom, EffectiveTo, Sources.Count, PhpFirstRecertificationDay, PhpRecertificationInterval, IopRecertificationInterval);

    private static Period PositiveDatePeriod(Period? period, string paramName)
    {
        Guard.Against.Null(period, paramName);
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Equals(Period.Zero))
        {
            throw new ArgumentException("The interval must be a positive period of whole days, weeks, months or years.", paramName);
        }

        return Guard.Against.PeriodLongerThanTenYears(period, paramName);
    }
}
