using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The "HEDIS-style" windows an episode is judged against, as a rule set: follow-up after discharge
/// (after NCQA FUH), initiation and engagement (after NCQA IET). Windows only: no NCQA value sets are
/// shipped, and results are not HEDIS rates.
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="HedisStyle2025"/> (the windows of measurement year 2025), held with any later
/// version in the catalogue <see cref="HedisStyle"/>; select the version in force on a date there. Derive
/// your own with <c>with { … }</c> and give it your own <see cref="Name"/> and <see cref="Version"/>.</para>
/// <para>Contradictory values are refused when set: the short follow-up window may not be longer than the
/// long one. In one <c>with</c> expression that widens both, set <see cref="FollowUpLongDays"/> first (or
/// use the constructor, which checks the values together).</para>
/// <para>Follow-up windows are offsets after the discharge date; the initiation window counts the
/// admission date as day 1, like <see cref="Continuum.LengthOfStay"/>.</para>
/// <para>Equality is by value over every property, comparing sources element by element. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed record EpisodeCriteria : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources;
    private readonly int followUpShortDays;
    private readonly int followUpLongDays;
    private readonly int initiationDays;
    private readonly int engagementDays;
    private readonly int engagementServices;

    /// <summary>Creates episode criteria.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first date the criteria apply to.</param>
    /// <param name="sources">The sources of the windows; at least one.</param>
    /// <param name="followUpShortDays">The short follow-up window in days after discharge, in [1, 365], not above <paramref name="followUpLongDays"/>.</param>
    /// <param name="followUpLongDays">The long follow-up window in days after discharge, in [1, 365].</param>
    /// <param name="initiationDays">The initiation window in days counting the admission date as day 1, in [1, 365].</param>
    /// <param name="engagementDays">The engagement window in days after initiation, in [1, 365].</param>
    /// <param name="engagementServices">The services in the engagement window that make an episode engaged, in [1, 100].</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, <paramref name="sources"/> is empty or holds a null, or <paramref name="followUpShortDays"/> is above <paramref name="followUpLongDays"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window or count is outside its range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public EpisodeCriteria(
        string name,
        string version,
        LocalDate effectiveFrom,
        IEnumerable<RuleSource> sources,
        int followUpShortDays,
        int followUpLongDays,
        int initiationDays,
        int engagementDays,
        int engagementServices)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        this.sources = Guard.Against.EmptyOrNullElements(sources);
        followUpLongDays = Guard.Against.OutsideRange(followUpLongDays, 1, 365);
        this.followUpShortDays = ShortWithin(Guard.Against.OutsideRange(followUpShortDays, 1, 365), followUpLongDays, nameof(followUpShortDays));
        this.followUpLongDays = followUpLongDays;
        this.initiationDays = Guard.Against.OutsideRange(initiationDays, 1, 365);
        this.engagementDays = Guard.Against.OutsideRange(engagementDays, 1, 365);
        this.engagementServices = Guard.Against.OutsideRange(engagementServices, 1, 100);
    }

    /// <summary>
    /// Gets the HEDIS-style windows of measurement year 2025: follow-up within 7 and 30 days after
    /// discharge, a visit on the discharge date not counting (FUH); initiation on the admission date or
    /// within the 13 days after it; engagement by 2 services from the day after initiation through 34 days
    /// after it (IET). Rules <c>OUT-FOLLOWUP-WINDOWS</c>, <c>OUT-IET-INITIATION</c>, <c>OUT-IET-ENGAGEMENT</c>.
    /// </summary>
    public static EpisodeCriteria HedisStyle2025 { get; } = new(
        "HEDIS-style episode windows",
        "MY 2025",
        new LocalDate(2025, 1, 1),
        [OutcomeRules.FuhWindows, OutcomeRules.IetWindows],
        followUpShortDays: 7,
        followUpLongDays: 30,
        initiationDays: 14,
        engagementDays: 34,
        engagementServices: 2);

    /// <summary>Gets the versions of the HEDIS-style windows; select the one in force on a date with <see cref="RuleSetCatalogue{TRuleSet}.InForceOn"/>.</summary>
    /// <value>One version today: <see cref="HedisStyle2025"/>, open-ended (no later measurement year has been read).</value>
    public static RuleSetCatalogue<EpisodeCriteria> HedisStyle { get; } = new([HedisStyle2025]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <inheritdoc/>
    /// <value>2025-01-01 in <see cref="HedisStyle2025"/>: the first day of measurement year 2025.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <inheritdoc/>
    /// <value><see langword="null"/> in <see cref="HedisStyle2025"/>: open-ended until a later measurement year is read.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the short follow-up window, in days after discharge, in [1, 365] and not above <see cref="FollowUpLongDays"/>.</summary>
    /// <value>7 in <see cref="HedisStyle2025"/> (<c>OUT-FOLLOWUP-WINDOWS</c>, NCQA FUH).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    /// <exception cref="ArgumentException">The value set is above <see cref="FollowUpLongDays"/>.</exception>
    public int FollowUpShortDays
    {
        get => followUpShortDays;
        init => followUpShortDays = ShortWithin(Guard.Against.OutsideRange(value, 1, 365, nameof(FollowUpShortDays)), followUpLongDays, nameof(FollowUpShortDays));
    }

    /// <summary>Gets the long follow-up window, in days after discharge, in [1, 365] and not below <see cref="FollowUpShortDays"/>.</summary>
    /// <value>30 in <see cref="HedisStyle2025"/> (<c>OUT-FOLLOWUP-WINDOWS</c>, NCQA FUH).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    /// <exception cref="ArgumentException">The value set is below <see cref="FollowUpShortDays"/>.</exception>
    public int FollowUpLongDays
    {
        get => followUpLongDays;
        init
        {
            Guard.Against.OutsideRange(value, 1, 365, nameof(FollowUpLongDays));
            if (value < followUpShortDays)
            {
                throw new ArgumentException("The long follow-up window must not be shorter than the short one.", nameof(FollowUpLongDays));
            }

            followUpLongDays = value;
        }
    }

    /// <summary>Gets a value indicating whether an after-care visit on the discharge date itself counts as follow-up.</summary>
    /// <value><see langword="false"/> in <see cref="HedisStyle2025"/> (<c>OUT-FOLLOWUP-WINDOWS</c>, NCQA FUH; medium confidence).</value>
    public bool FollowUpCountsDischargeDate { get; init; }

    /// <summary>Gets the initiation window in days, counting the admission date as day 1, in [1, 365].</summary>
    /// <value>14 in <see cref="HedisStyle2025"/>: the admission date or the 13 days after (<c>OUT-IET-INITIATION</c>, NCQA IET).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int InitiationDays
    {
        get => initiationDays;
        init => initiationDays = Guard.Against.OutsideRange(value, 1, 365, nameof(InitiationDays));
    }

    /// <summary>Gets the engagement window: services from the day after initiation through this many days after it, in [1, 365].</summary>
    /// <value>34 in <see cref="HedisStyle2025"/> (<c>OUT-IET-ENGAGEMENT</c>, NCQA IET).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int EngagementDays
    {
        get => engagementDays;
        init => engagementDays = Guard.Against.OutsideRange(value, 1, 365, nameof(EngagementDays));
    }

    /// <summary>Gets how many services in the engagement window make an episode engaged, in [1, 100].</summary>
    /// <value>2 in <see cref="HedisStyle2025"/> (<c>OUT-IET-ENGAGEMENT</c>, NCQA IET).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 100].</exception>
    public int EngagementServices
    {
        get => engagementServices;
        init => engagementServices = Guard.Against.OutsideRange(value, 1, 100, nameof(EngagementServices));
    }

    /// <inheritdoc/>
    public bool Equals(EpisodeCriteria? other) =>
        other is not null
        && string.Equals(name, other.name, StringComparison.Ordinal)
        && string.Equals(version, other.version, StringComparison.Ordinal)
        && effectiveFrom == other.effectiveFrom
        && effectiveTo == other.effectiveTo
        && sources.SequenceEqual(other.sources)
        && followUpShortDays == other.followUpShortDays
        && followUpLongDays == other.followUpLongDays
        && FollowUpCountsDischargeDate == other.FollowUpCountsDischargeDate
        && initiationDays == other.initiationDays
        && engagementDays == other.engagementDays
        && engagementServices == other.engagementServices;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(name, version, effectiveFrom, effectiveTo, sources.Count),
            HashCode.Combine(followUpShortDays, followUpLongDays, FollowUpCountsDischargeDate, initiationDays, engagementDays, engagementServices));

    /// <summary>Gives the rule set's name and version.</summary>
    /// <returns>For example <c>HEDIS-style episode windows MY 2025</c>.</returns>
    public override string ToString() => $"{name} {version}";

    private static int ShortWithin(int shortDays, int longDays, string paramName) =>
        shortDays <= longDays
            ? shortDays
            : throw new ArgumentException("The short follow-up window must not be longer than the long one.", paramName);
}
