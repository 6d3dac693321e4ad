using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What cohort metrics are computed with, as a rule set: the change criteria (instrument, response,
/// remission, reliable change), the episode windows, and the Kaplan–Meier horizon.
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="Phq9HedisStyle2025"/>, held in the catalogue <see cref="Phq9HedisStyle"/>.
/// Derive your own with <c>with { … }</c> and give it your own <see cref="Name"/> and
/// <see cref="Version"/>. Two partial summaries merge only when their criteria are equal.</para>
/// <para><see cref="Sources"/> are the statistical methods every cohort summary applies (Kaplan–Meier,
/// Wilson); the windows and the change criteria cite their own.</para>
/// <para>Equality is by value over every property, comparing sources element by element. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed record CohortCriteria : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources;
    private readonly ChangeCriteria change;
    private readonly EpisodeCriteria windows;
    private readonly int horizonDays;

    /// <summary>Creates cohort criteria.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first report date the criteria apply to.</param>
    /// <param name="change">The change criteria; their instrument is the one response and remission rates are about.</param>
    /// <param name="windows">The follow-up, initiation and engagement windows.</param>
    /// <param name="horizonDays">The Kaplan–Meier horizon in days, in [1, 3650].</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizonDays"/> is outside [1, 3650].</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public CohortCriteria(string name, string version, LocalDate effectiveFrom, ChangeCriteria change, EpisodeCriteria windows, int horizonDays)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        sources = Array.AsReadOnly([OutcomeRules.KaplanMeier1958, OutcomeRules.Newcombe1998]);
        this.change = Guard.Against.Null(change);
        this.windows = Guard.Against.Null(windows);
        this.horizonDays = Guard.Against.OutsideRange(horizonDays, 1, 3650);
    }

    /// <summary>
    /// Gets the built-in cohort criteria: PHQ-9 change (<see cref="ChangeCriteria.Phq9"/>), the HEDIS-style
    /// windows of measurement year 2025 (<see cref="EpisodeCriteria.HedisStyle2025"/>) and a 365-day
    /// Kaplan–Meier horizon.
    /// </summary>
    public static CohortCriteria Phq9HedisStyle2025 { get; } = new(
        "PHQ-9 cohort outcomes with HEDIS-style windows",
        "2025",
        new LocalDate(2025, 1, 1),
        ChangeCriteria.Phq9,
        EpisodeCriteria.HedisStyle2025,
        horizonDays: 365);

    /// <summary>Gets the versions of the built-in cohort criteria; select the one in force on a report date with <see cref="RuleSetCatalogue{TRuleSet}.InForceOn"/>.</summary>
    /// <value>One version today: <see cref="Phq9HedisStyle2025"/>, open-ended.</value>
    public static RuleSetCatalogue<CohortCriteria> Phq9HedisStyle { get; } = new([Phq9HedisStyle2025]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <inheritdoc/>
    /// <value>2025-01-01 in <see cref="Phq9HedisStyle2025"/>, when its windows take effect.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <inheritdoc/>
    /// <value><see langword="null"/> in <see cref="Phq9HedisStyle2025"/> (open-ended).</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    /// <value>Kaplan &amp; Meier 1958 (<c>OUT-KM-RETENTION</c>) and Newcombe 1998 (<c>OUT-WILSON-CI</c>).</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the change criteria; their instrument is the one response and remission rates are about.</summary>
    /// <value><see cref="ChangeCriteria.Phq9"/> in <see cref="Phq9HedisStyle2025"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ChangeCriteria Change { get => change; init => change = Guard.Against.Null(value, nameof(Change)); }

    /// <summary>Gets the follow-up, initiation and engagement windows.</summary>
    /// <value><see cref="EpisodeCriteria.HedisStyle2025"/> in <see cref="Phq9HedisStyle2025"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public EpisodeCriteria Windows { get => windows; init => windows = Guard.Against.Null(value, nameof(Windows)); }

    /// <summary>
    /// Gets the Kaplan–Meier horizon in days of stay, in [1, 3650]. Lengths of stay are counted per day up
    /// to the horizon, so memory is proportional to the horizon, not to the cohort; stays beyond it are
    /// censored at the horizon. Retention and the median are exact up to the horizon.
    /// </summary>
    /// <value>365 in <see cref="Phq9HedisStyle2025"/> (a computing bound, not a clinical threshold; <c>OUT-KM-RETENTION</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3650].</exception>
    public int HorizonDays { get => horizonDays; init => horizonDays = Guard.Against.OutsideRange(value, 1, 3650, nameof(HorizonDays)); }

    /// <inheritdoc/>
    public bool Equals(CohortCriteria? other) =>
        other is not null
        && string.Equals(name, other.name, StringComparison.Ordinal)
        && string.Equals(version, other.version, StringComparison.Ordinal)
        && effectiveFrom == other.effectiveFrom
        && effectiveTo == other.effectiveTo
        && sources.SequenceEqual(other.sources)
        && change.Equals(other.change)
        && windows.Equals(other.windows)
        && horizonDays == other.horizonDays;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(name, version, effectiveFrom, effectiveTo, sources.Count, change, windows, horizonDays);

    /// <summary>Gives the rule set's name and version.</summary>
    /// <returns>For example <c>PHQ-9 cohort outcomes with HEDIS-style windows 2025</c>.</returns>
    public override string ToString() => $"{name} {version}";
}
