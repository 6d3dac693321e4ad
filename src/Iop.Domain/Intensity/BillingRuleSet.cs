using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The thresholds <see cref="BillingDays"/> applies to service days and claims, as a named, versioned rule
/// set: how many attended qualifying services put a day in each per-diem tier (<c>CLM-PERDIEM-TIER</c>),
/// how many days before another claim period an IOP line date gets a claim returned (<c>CLM-IOP-7DAY</c>),
/// the H0015 day rule (<c>CLM-H0015-INTENSITY</c>), whether telehealth counts (<c>MCR-IN-PERSON-ONLY</c>), the provider
/// setting (<c>CLM-SETTING</c>) and the OTP weekly add-on's minimum (<c>CLM-OTP-G0137</c>). The built-in versions are
/// <see cref="Medicare2024"/>, <see cref="Medicare2025"/> and <see cref="Medicare2026"/>; <see cref="Medicare"/> selects the
/// version in force on a date of service; derive your own with <c>with { … }</c>.
/// </summary>
/// <remarks>
/// <para>Every member of <see cref="BillingDays"/> takes the rule set as a parameter; none reads a default.
/// The rule set refuses contradictory values when it is built: an upper tier that does not start above
/// the per-diem minimum, a look-back shorter than one day, an H0015 day outside (0, 24 h] or an H0015 week
/// outside [1, 7] days, and an <see cref="EffectiveTo"/> before <see cref="EffectiveFrom"/>. Cross-checks
/// made by an <c>init</c> accessor name the property set last, so when both tier counts move, set first
/// the one that moves away from the other (raising both: <c>with { UpperTierMinimumServices = 6, PerDiemMinimumServices = 5 }</c>).</para>
/// <para>The <see cref="PerDiemTier"/> members keep Medicare's CY 2024 names (<c>ThreeServices</c>,
/// <c>FourOrMoreServices</c>); a rule set with other counts moves where the lower and upper tiers start.</para>
/// <para>Equality compares every property, the sources in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record BillingRuleSet : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources;
    private readonly int perDiemMinimumServices;
    private readonly int upperTierMinimumServices;
    private readonly int claimLookbackDays;
    private readonly Duration h0015MinimumDayHours;
    private readonly int h0015MinimumDaysPerWeek;
    private readonly TelehealthPosition telehealth = TelehealthPosition.Unknown;
    private readonly ProviderSetting? setting;
    private readonly Duration? weeklyAddOnMinimumHours = Duration.FromHours(9);
    private readonly int? weeklyAddOnMinimumServices;
    private readonly LocalDate? verifiedThrough;

    /// <summary>Creates a billing rule set.</summary>
    /// <param name="name">The rule set's name, shared by its versions.</param>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first date of service the rule set applies to.</param>
    /// <param name="perDiemMinimumServices">The fewest attended qualifying services that put a day in a per-diem tier (the lower tier); in [1, 99].</param>
    /// <param name="upperTierMinimumServices">The fewest that put a day in the upper tier; above <paramref name="perDiemMinimumServices"/> and at most 100.</param>
    /// <param name="claimLookbackDays">The days before another claim period's start in which an IOP line date gets the claim returned; in [1, 3660].</param>
    /// <param name="h0015MinimumDayHours">The fewest hours of attended qualifying service on an H0015 day; more than zero and at most one day.</param>
    /// <param name="h0015MinimumDaysPerWeek">The fewest programme days in the week of an H0015 day; in [1, 7].</param>
    /// <param name="sources">Where the thresholds come from; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, or <paramref name="sources"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside its range, or <paramref name="upperTierMinimumServices"/> is not above <paramref name="perDiemMinimumServices"/>.
    /// The upper ends (100 services, 3,660 days) are a sanity bound against values no payer uses (which would otherwise fail later in date arithmetic), not a billing threshold.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public BillingRuleSet(
        string name,
        string version,
        LocalDate effectiveFrom,
        int perDiemMinimumServices,
        int upperTierMinimumServices,
        int claimLookbackDays,
        Duration h0015MinimumDayHours,
        int h0015MinimumDaysPerWeek,
        IEnumerable<RuleSource> sources)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        this.perDiemMinimumServices = Guard.Against.OutsideRange(perDiemMinimumServices, 1, MaxServices - 1);
        this.upperTierMinimumServices = UpperTier(upperTierMinimumServices, perDiemMinimumServices);
        this.claimLookbackDays = Guard.Against.OutsideRange(claimLookbackDays, 1, LibraryGuardClauses.MaxPeriodDays);
        this.h0015MinimumDayHours = DayHours(h0015MinimumDayHours);
        this.h0015MinimumDaysPerWeek = Guard.Against.OutsideRange(h0015MinimumDaysPerWeek, 1, 7);
        this.sources = Guard.Against.EmptyOrNullElements(sources);
    }

    /// <summary>
    /// Gets the Medicare PHP/IOP billing rules for CY 2024 (2024-01-01 to 2024-12-31): a day with 3 attended qualifying services is
    /// in the 3-service per-diem tier and one with 4 or more in the upper tier (CY 2024 OPPS final rule,
    /// two APCs per provider type; FCSO), an IOP line date within the 7 days before another claim period
    /// gets the claim returned (CMS MLN MM13222 / MM13496 via NAHRI), and an H0015 day needs 3 hours of
    /// service in a programme running 3 days that week (the HCPCS Level II descriptor CMS maintains).
    /// Services count only in person (<c>MCR-IN-PERSON-ONLY</c>); no provider setting is set (set one with
    /// <c>with { Setting = … }</c>).
    /// </summary>
    public static BillingRuleSet Medicare2024 { get; } = MedicareVersion("CY2024", 2024, IntensityRules.FcsoIopBilling);

    /// <summary>Gets the Medicare PHP/IOP billing rules for CY 2025 (2025-01-01 to 2025-12-31): the CY 2024 per-diem structure and edits, kept by the CY 2025 OPPS final rule (CMS-1809-FC), which it cites first.</summary>
    public static BillingRuleSet Medicare2025 { get; } = MedicareVersion("CY2025", 2025, MedicareSources.Opps2025FinalRule);

    /// <summary>
    /// Gets the Medicare PHP/IOP billing rules for CY 2026 (from 2026-01-01, open-ended, verified through 2026-12-31): the CY 2024
    /// per-diem structure and edits, kept by the CY 2026 OPPS final rule (CMS-1834-FC, 90 FR 53448), which it cites first. Dates
    /// after 2026 get this version and a <c>RULESET-NOT-REVERIFIED</c> finding.
    /// </summary>
    public static BillingRuleSet Medicare2026 { get; } = MedicareVersion("CY2026", 2026, MedicareSources.Opps2026FinalRule) with
    {
        EffectiveTo = null,
        VerifiedThrough = new LocalDate(2026, 12, 31),
    };

    /// <summary>Gets the versions of the Medicare PHP/IOP billing rules by date of service: <see cref="Medicare2024"/>, <see cref="Medicare2025"/> and
    /// <see cref="Medicare2026"/> (open-ended, verified through 2026-12-31). Before 2024-01-01 no version is in force: the 3 / 4+ per-diem tiers start with CY 2024.</summary>
    public static RuleSetCatalogue<BillingRuleSet> Medicare { get; } = new([Medicare2024, Medicare2025, Medicare2026]);

    /// <summary>Gets the rule set's name, shared by its versions (for example <c>Medicare PHP/IOP billing</c>).</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label (for example <c>CY2024</c>).</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date of service the rule set applies to.</summary>
    /// <value>Medicare CY2024: 2024-01-01, the start of the IOP benefit and of the 3 / 4+ per-diem tiers (CMS-1786-FC); CY2025 2025-01-01; CY2026 2026-01-01.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> or <see cref="VerifiedThrough"/> (when moving them all later, set those first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = verifiedThrough is { } verified && verified < value
            ? throw new ArgumentException("Value must not be after VerifiedThrough.", nameof(EffectiveFrom))
            : RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <summary>Gets the last date of service the rule set applies to, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>. Medicare CY2024 and CY2025 end on 31 December, when the next year's final rule applies; CY2026 is open-ended.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo
    {
        get => effectiveTo;
        init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo));
    }

    /// <summary>Gets where the thresholds come from.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the fewest attended qualifying services that put a day in a per-diem tier (the lower, 3-service tier); fewer is no tier.</summary>
    /// <value>Medicare CY2024: 3 (<c>CLM-PERDIEM-TIER</c>; CY 2024 OPPS per-diem APCs, FCSO; CMHC IOP APC 5851, Noridian).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 99] (the upper end is a sanity bound against values no payer uses (which would otherwise fail later in date arithmetic), not a billing threshold) or to a value not below <see cref="UpperTierMinimumServices"/>.</exception>
    public int PerDiemMinimumServices
    {
        get => perDiemMinimumServices;
        init
        {
            Guard.Against.OutsideRange(value, 1, MaxServices - 1, nameof(PerDiemMinimumServices));
            if (value >= upperTierMinimumServices)
            {
                throw new ArgumentOutOfRangeException(nameof(PerDiemMinimumServices), "Value must be below UpperTierMinimumServices: the lower tier starts below the upper one.");
            }

            perDiemMinimumServices = value;
        }
    }

    /// <summary>Gets the fewest attended qualifying services that put a day in the upper (4-or-more-service) tier.</summary>
    /// <value>Medicare CY2024: 4 (<c>CLM-PERDIEM-TIER</c>; CY 2024 OPPS per-diem APCs, FCSO; CMHC IOP APC 5852, Noridian).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set above 100 (a sanity bound against values no payer uses (which would otherwise fail later in date arithmetic), not a billing threshold) or to a value not above <see cref="PerDiemMinimumServices"/>.</exception>
    public int UpperTierMinimumServices
    {
        get => upperTierMinimumServices;
        init => upperTierMinimumServices = UpperTier(value, perDiemMinimumServices, nameof(UpperTierMinimumServices));
    }

    /// <summary>Gets the days before another claim period's start in which an IOP line date gets the claim returned.</summary>
    /// <value>Medicare CY2024: 7 days (<c>CLM-IOP-7DAY</c>; CMS MLN MM13222 / MM13496 via NAHRI).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 3660] (3,660 days is about 10 years; the upper end is a sanity bound against values no payer uses (which would otherwise fail later in date arithmetic), not a billing threshold).</exception>
    public int ClaimLookbackDays
    {
        get => claimLookbackDays;
        init => claimLookbackDays = Guard.Against.OutsideRange(value, 1, LibraryGuardClauses.MaxPeriodDays, nameof(ClaimLookbackDays));
    }

    /// <summary>Gets the fewest hours of attended qualifying service on a day billed as H0015.</summary>
    /// <value>Medicare CY2024: 3 h (<c>CLM-H0015-INTENSITY</c>; HCPCS Level II H0015 descriptor).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero, a negative duration or more than one day.</exception>
    public Duration H0015MinimumDayHours
    {
        get => h0015MinimumDayHours;
        init => h0015MinimumDayHours = DayHours(value, nameof(H0015MinimumDayHours));
    }

    /// <summary>Gets the fewest programme days (dates with an attended or missed session) in the week of a day billed as H0015.</summary>
    /// <value>Medicare CY2024: 3 days (<c>CLM-H0015-INTENSITY</c>; HCPCS Level II H0015 descriptor).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 7].</exception>
    public int H0015MinimumDaysPerWeek
    {
        get => h0015MinimumDaysPerWeek;
        init => h0015MinimumDaysPerWeek = Guard.Against.OutsideRange(value, 1, 7, nameof(H0015MinimumDaysPerWeek));
    }

    /// <summary>Gets what the rule set's source says about telehealth: whether attended telehealth sessions count as per-diem services.</summary>
    /// <value>The default value is <see cref="TelehealthPosition.Unknown"/> (every mode counts). The Medicare versions:
    /// <see cref="TelehealthPosition.InPersonOnly"/> (<c>MCR-IN-PERSON-ONLY</c>; CAA 2023 §4124 provides for no virtual delivery of PHP or
    /// IOP, as read by Sunstone Consulting — medium).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public TelehealthPosition Telehealth { get => telehealth; init => telehealth = Guard.Against.UndefinedMember(value, nameof(Telehealth)); }

    /// <summary>Gets the provider setting that bills, or <see langword="null"/> when none is set and no setting rule applies.</summary>
    /// <value>The default value is <see langword="null"/>. With a setting, <see cref="ProviderSettings"/> gives the type of bill and condition codes
    /// (<c>CLM-SETTING</c>), and <see cref="BillingDays.Summarize"/> applies the setting's rules: no service tier for a CAH (days are
    /// <see cref="PerDiemTier.CostBased"/>), a primary service on an RHC or FQHC claim (<c>CLM-RHC-FQHC-PRIMARY</c>), the weekly add-on
    /// of an OTP (<c>CLM-OTP-G0137</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ProviderSetting? Setting
    {
        get => setting;
        init => setting = value is { } v ? Guard.Against.UndefinedMember(v, nameof(Setting)) : null;
    }

    /// <summary>Gets the fewest hours of attended per-diem services in a week for an OTP to bill the weekly add-on G0137, or <see langword="null"/> for no hours minimum.</summary>
    /// <value>The default value is 9 h (<c>CLM-OTP-G0137</c>). <b>Not confirmed</b>: the source read (NGS, opioid treatment programmes; truncated) says
    /// the minimum is nine, and did not confirm whether nine services or nine hours; the default reads it as the 9 h IOP weekly minimum
    /// (confidence medium). Set <see cref="WeeklyAddOnMinimumServices"/> instead (and this to <see langword="null"/>) if your contractor counts services.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside (0, 168 h] (a whole week; a sanity bound, not a billing threshold).</exception>
    public Duration? WeeklyAddOnMinimumHours
    {
        get => weeklyAddOnMinimumHours;
        init => weeklyAddOnMinimumHours = value is { } v && (v <= Duration.Zero || v > Duration.FromDays(7))
            ? throw new ArgumentOutOfRangeException(nameof(WeeklyAddOnMinimumHours), "The hours must be more than zero and at most one week.")
            : value;
    }

    /// <summary>Gets the fewest attended per-diem services in a week for an OTP to bill the weekly add-on G0137, or <see langword="null"/> for no service minimum.</summary>
    /// <value>The default value is <see langword="null"/> (see <see cref="WeeklyAddOnMinimumHours"/>: whether the minimum is nine services or nine hours was not confirmed).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 100] (the upper end is a sanity bound, not a billing threshold).</exception>
    public int? WeeklyAddOnMinimumServices
    {
        get => weeklyAddOnMinimumServices;
        init => weeklyAddOnMinimumServices = value is { } v ? Guard.Against.OutsideRange(v, 1, MaxServices, nameof(WeeklyAddOnMinimumServices)) : null;
    }

    /// <summary>Gets the last date the rule set's figures were verified for, or <see langword="null"/> when it makes no such claim.</summary>
    /// <value>The default value is <see langword="null"/>. <see cref="Medicare2026"/>: 2026-12-31 (the CY 2027 final rule was not checked). A summary of dates
    /// after it adds a <c>RULESET-NOT-REVERIFIED</c> Information finding.</value>
    /// <exception cref="ArgumentException">Set before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open claim is <see langword="null"/>).</exception>
    public LocalDate? VerifiedThrough
    {
        get => verifiedThrough;
        init => verifiedThrough = Guard.Against.UnsupportedDate(value, nameof(VerifiedThrough)) is { } v && v < effectiveFrom
            ? throw new ArgumentException("The date verified through must not be before EffectiveFrom.", nameof(VerifiedThrough))
            : value;
    }

    /// <inheritdoc/>
    public bool Equals(BillingRuleSet? other) =>
        other is not null
        && string.Equals(name, other.name, StringComparison.Ordinal)
        && string.Equals(version, other.version, StringComparison.Ordinal)
        && effectiveFrom == other.effectiveFrom
        && effectiveTo == other.effectiveTo
        && perDiemMinimumServices == other.perDiemMinimumServices
        && upperTierMinimumServices == other.upperTierMinimumServices
        && claimLookbackDays == other.claimLookbackDays
        && h0015MinimumDayHours == other.h0015MinimumDayHours
        && h0015MinimumDaysPerWeek == other.h0015MinimumDaysPerWeek
        && telehealth == other.telehealth
        && setting == other.setting
        && weeklyAddOnMinimumHours == other.weeklyAddOnMinimumHours
        && weeklyAddOnMinimumServices == other.weeklyAddOnMinimumServices
        && verifiedThrough == other.verifiedThrough
        && sources.SequenceEqual(other.sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(name, StringComparer.Ordinal);
        hash.Add(version, StringComparer.Ordinal);
        hash.Add(effectiveFrom);
        hash.Add(effectiveTo);
        hash.Add(perDiemMinimumServices);
        hash.Add(upperTierMinimumServices);
        hash.Add(claimLookbackDays);
        hash.Add(h0015MinimumDayHours);
        hash.Add(h0015MinimumDaysPerWeek);
        hash.Add(telehealth);
        hash.Add(setting);
        hash.Add(weeklyAddOnMinimumHours);
        hash.Add(weeklyAddOnMinimumServices);
        hash.Add(verifiedThrough);
        foreach (var source in sources)
        {
            hash.Add(source);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the rule set as <c>Medicare PHP/IOP billing CY2024 (from 2024-01-01)</c>.</summary>
    /// <returns>The name, version and dates in force.</returns>
    public override string ToString() => RuleSetText.Format(name, version, effectiveFrom, effectiveTo);

    private const int MaxServices = 100;

    private static BillingRuleSet MedicareVersion(string version, int year, RuleSource first) => new(
        "Medicare PHP/IOP billing",
        version,
        new LocalDate(year, 1, 1),
        perDiemMinimumServices: 3,
        upperTierMinimumServices: 4,
        claimLookbackDays: 7,
        HcpcsH0015Descriptor.MinimumDayHours,
        HcpcsH0015Descriptor.MinimumDaysPerWeek,
        [first, .. new[] { IntensityRules.FcsoIopBilling, IntensityRules.NahriConditionCode92, Citations.HcpcsLevelII }.Where(s => s != first)])
    {
        EffectiveTo = new LocalDate(year, 12, 31),
        Telehealth = TelehealthPosition.InPersonOnly,
    };

    private static int UpperTier(int value, int perDiem, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > MaxServices
            ? throw new ArgumentOutOfRangeException(paramName, "Value must be at most 100.")
            : value > perDiem
                ? value
                : throw new ArgumentOutOfRangeException(paramName, "Value must be above the per-diem minimum: the upper tier starts above the lower one.");

    private static Duration DayHours(Duration value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > Duration.Zero && value <= Duration.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, "The hours must be more than zero and at most one day.");
}
