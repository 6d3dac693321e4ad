using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A named, versioned set of treatment-plan timing and content rules that takes effect on a date: how
/// often the plan is reviewed, Medicare's PHP and IOP recertification cadence, the update before planned
/// discharge, when an aftercare plan is expected, whether Medicare's plan-content elements are checked
/// and whether the person's participation must precede the first group session.
/// </summary>
/// <remarks>
/// <para>Review intervals differ by payer and state ("30 days" is common, not universal: a state Medicaid IOP
/// solicitation asks for review every 30 days or sooner, WAC 388-877B-0350 at least monthly), so every number
/// is a parameter. Built-in sets: <see cref="ThirtyDayReview"/> and <see cref="Washington"/> (monthly review);
/// derive your own with <c>with { … }</c>. A <see langword="null"/> threshold switches its rule off.</para>
/// <para>Intervals are NodaTime <see cref="Period"/>s of whole days, weeks, months or years added with
/// calendar arithmetic: <c>Period.FromMonths(2)</c> from 31 December is the last day of February
/// (see <c>docs/decisions/0040-every-other-month-is-calendar-months.md</c>). The recertification cadence is the
/// shared <see cref="RecertificationCadence"/>.</para>
/// <para>A rule set refuses contradictory values when it is built, naming the parameter (for <c>init</c>
/// accessors, the property): a review interval or aftercare window that is not positive, an
/// <see cref="EffectiveTo"/> before <see cref="EffectiveFrom"/>, no sources. Each built-in has one version;
/// a programme that keeps versions of its own puts them in a <see cref="RuleSetCatalogue{TRuleSet}"/> and
/// selects the one in force by date. Validation takes the rule set as a parameter and reads no default.</para>
/// <para>Equality is by value over every property (sources compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TreatmentPlanRuleSet : IRuleSet
{
    /// <summary>Creates a rule set with the default thresholds of <see cref="ThirtyDayReview"/>.</summary>
    /// <param name="name">The rule set's name, for example "Washington".</param>
    /// <param name="version">Its version label.</param>
    /// <param name="effectiveFrom">The first date the rule set applies to.</param>
    /// <param name="sources">The sources its thresholds come from; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, or
    /// <paramref name="sources"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public TreatmentPlanRuleSet(string name, string version, LocalDate effectiveFrom, IEnumerable<RuleSource> sources)
    {
        Name = Guard.Against.Blank(name);
        Version = Guard.Against.Blank(version);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        Sources = Guard.Against.EmptyOrNullElements(sources);
    }

    /// <summary>Gets the rule set's name.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get; init => field = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get; init => field = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date the rule set applies to.</summary>
    /// <value>The date the source takes effect where it gives one; otherwise the start of the year of the text read
    /// (see each built-in).</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get;
        init => field = RuleSetIdentity.CheckEffectiveFrom(value, EffectiveTo, nameof(EffectiveFrom));
    }

    /// <summary>Gets the last date the rule set applies to, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>: no source read gives an end date.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get; init => field = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo)); }

    /// <summary>Gets the sources the rule set's thresholds come from, in the order given.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get; init => field = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the longest time between plan versions before a review is overdue.</summary>
    /// <value>The default value is 30 days (<c>PLAN-REVIEW-OVERDUE</c>; "review every 30 days or sooner",
    /// a state Medicaid IOP solicitation). Washington: 1 month (WAC 388-877B-0350, "at least monthly").</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a period that is not positive or has time units.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a period longer than 10 years (120 months, 522 weeks or
    /// 3,660 days, counting a month as 30.5 days): a sanity bound against values no programme uses (which would otherwise fail later in date arithmetic), not a clinical threshold.</exception>
    public Period ReviewInterval { get; init => field = PositiveDatePeriod(value, nameof(ReviewInterval)); } = Period.FromDays(30);

    /// <summary>Gets Medicare's recertification cadence for PHP and IOP plans, or <see langword="null"/> when Medicare
    /// recertification is not applied (for example a plan paid by a payer without it).</summary>
    /// <value>The default value is <see cref="RecertificationCadence.Medicare"/>: PHP by day 18 then every 30 days, IOP every
    /// 2 calendar months (<c>MCR-PHP-RECERT-18</c>, <c>MCR-PHP-RECERT-30</c>, <c>MCR-IOP-RECERT</c>; 42 CFR 424.24(d), (e),
    /// decision record 0040). <see langword="null"/> switches the three rules off.</value>
    public RecertificationCadence? Recertification { get; init; } = RecertificationCadence.Medicare;

    /// <summary>Gets a value indicating whether the plan must be updated before the planned discharge: a revision
    /// (version 2 or later) dated within one <see cref="ReviewInterval"/> before the planned discharge date.</summary>
    /// <value>The default value is <see langword="true"/> (<c>PLAN-DISCHARGE-UPDATE</c>; 22-A DCMR §6329,
    /// "plan update before planned discharge").</value>
    public bool RequireUpdateBeforeDischarge { get; init; } = true;

    /// <summary>Gets how many days before the planned discharge an aftercare plan is expected, or <see langword="null"/>
    /// when the rule is off.</summary>
    /// <value>The default value is 30 days (<c>PLAN-NO-AFTERCARE</c>): equal to the default review interval, so the
    /// last scheduled review before discharge holds the aftercare plan (decision record 0041; no source gives a
    /// number). <see langword="null"/> switches the rule off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 3660]. Below 1, a window of 0 days would ask for the plan only on the
    /// discharge date itself, after the last chance to use it (switch the rule off with <see langword="null"/>); above 3,660 days
    /// (about 10 years) is a sanity bound against values no programme uses (which would otherwise fail later in date arithmetic), not a clinical threshold.</exception>
    public int? AftercareDaysBeforeDischarge { get; init => field = value is { } v ? Guard.Against.OutsideRange(v, 1, LibraryGuardClauses.MaxPeriodDays, nameof(AftercareDaysBeforeDischarge)) : null; } = 30;

    /// <summary>Gets a value indicating whether Medicare's plan-content elements are checked for PHP and IOP plans.</summary>
    /// <value>The default value is <see langword="true"/> (<c>MCR-PLAN-CONTENT</c>; 42 CFR 424.24 and SSA §1861(ff):
    /// diagnosis, type, amount, frequency and duration of services, goals; the CFR text was not re-read verbatim).</value>
    public bool CheckMedicarePlanContent { get; init; } = true;

    /// <summary>Gets a value indicating whether the person's participation must be recorded before the first group session under the plan.</summary>
    /// <value>The default value is <see langword="true"/> (<c>PLAN-PARTICIPATION-BEFORE-GROUP</c>; WAC 388-877B-0350,
    /// the initial service plan comes before treatment).</value>
    public bool ParticipationBeforeFirstGroup { get; init; } = true;

    /// <summary>Gets the 30-day review rule set: review every 30 days, Medicare recertification (PHP by day 18 then every
    /// 30 days, IOP every other month), update before discharge, aftercare 30 days before discharge, Medicare plan
    /// content, participation before the first group.</summary>
    /// <value>Name <c>30-day review</c>, version <c>2024</c>, in force from 2024-01-01, open-ended.</value>
    public static TreatmentPlanRuleSet ThirtyDayReview { get; } = new(
        "30-day review",
        "2024",
        new LocalDate(2024, 1, 1),
        [TreatmentPlanRules.StateReviewInterval, Citations.Cfr424Section24, Citations.DcmrLevel21, TreatmentPlanRules.Tip47ContinuingCare, TreatmentPlanRules.WashingtonOutpatientPlan]);

    /// <summary>Gets Washington's rule set: the thresholds of <see cref="ThirtyDayReview"/> with a monthly review
    /// (WAC 388-877B-0350, "at least monthly").</summary>
    /// <value>Name <c>Washington</c>, version <c>WAC 388-877B-0350</c>, in force from 2015-01-01 (the year of the text read), open-ended.</value>
    public static TreatmentPlanRuleSet Washington { get; } = new(
        "Washington",
        "WAC 388-877B-0350",
        new LocalDate(2015, 1, 1),
        [TreatmentPlanRules.WashingtonOutpatientPlan, Citations.Cfr424Section24, Citations.DcmrLevel21, TreatmentPlanRules.Tip47ContinuingCare])
    {
        ReviewInterval = Period.FromMonths(1),
    };

    /// <summary>Gets every built-in rule set.</summary>
    public static IReadOnlyList<TreatmentPlanRuleSet> BuiltIn { get; } = [ThirtyDayReview, Washington];

    /// <summary>Returns when the next plan review is due after a version dated <paramref name="lastReview"/>.</summary>
    /// <param name="lastReview">The date of the latest plan version.</param>
    /// <returns><paramref name="lastReview"/> plus <see cref="ReviewInterval"/>, with calendar arithmetic (decision record 0040).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastReview"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate NextReviewDue(LocalDate lastReview)
    {
        Guard.Against.UnsupportedDate(lastReview);
        return lastReview.Plus(ReviewInterval);
    }

    /// <inheritdoc/>
    public bool Equals(TreatmentPlanRuleSet? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && PlanParts.SequenceEqual(Sources, other.Sources)
        && ReviewInterval.Equals(other.ReviewInterval)
        && Equals(Recertification, other.Recertification)
        && RequireUpdateBeforeDischarge == other.RequireUpdateBeforeDischarge
        && AftercareDaysBeforeDischarge == other.AftercareDaysBeforeDischarge
        && CheckMedicarePlanContent == other.CheckMedicarePlanContent
        && ParticipationBeforeFirstGroup == other.ParticipationBeforeFirstGroup;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(EffectiveFrom);
        hash.Add(EffectiveTo);
        PlanParts.AddAll(ref hash, Sources);
        hash.Add(ReviewInterval);
        hash.Add(Recertification);
        hash.Add(RequireUpdateBeforeDischarge);
        hash.Add(AftercareDaysBeforeDischarge);
        hash.Add(CheckMedicarePlanContent);
        hash.Add(ParticipationBeforeFirstGroup);
        return hash.ToHashCode();
    }

    /// <summary>Formats the rule set as <c>30-day review 2024 (from 2024-01-01)</c>.</summary>
    /// <returns>The name, version and dates in force.</returns>
    public override string ToString() =>
        EffectiveTo is { } to
            ? $"{Name} {Version} ({EffectiveFrom:uuuu'-'MM'-'dd} to {to:uuuu'-'MM'-'dd})"
            : $"{Name} {Version} (from {EffectiveFrom:uuuu'-'MM'-'dd})";

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
