using System.Collections.ObjectModel;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The data that configures a <see cref="DimensionalPlacementPolicy"/>: per-dimension minimum levels,
/// composite-score bands and override rules for one instrument, with a name, version, effective date
/// and source. The library ships <strong>no</strong> table: the ASAM and LOCUS tables are licensed and
/// are supplied by an integrator who holds the licence.
/// </summary>
/// <remarks>
/// <para>Both published shapes can be expressed: per-dimension minimum levels with the most intensive
/// winning (<see cref="Minimums"/> only), and composite bands plus overrides (<see cref="CompositeBands"/>
/// and <see cref="Overrides"/>). Every entry must belong to the table's <see cref="Instrument"/>; bands
/// may not overlap and must lie in the instrument's composite range (ASAM 0–24, LOCUS 7–35).</para>
/// <para>The engine is monotone (a higher rating never gives a less intensive level) whenever the bands'
/// levels do not fall as the composite rises; thresholds are monotone by construction.</para>
/// <para>The table is a rule set (<see cref="IRuleSet"/>, its one source being <see cref="Source"/>); it refuses
/// contradictory values when built: overlapping bands, entries of another instrument, an <see cref="EffectiveTo"/>
/// before <see cref="EffectiveFrom"/>.</para>
/// <para>Equality is by value, comparing the entry lists element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record DimensionalPlacementTable : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly RuleSource source;
    private readonly LevelOfCare defaultLevel;
    private readonly ReadOnlyCollection<DimensionThreshold> minimums = Array.AsReadOnly(Array.Empty<DimensionThreshold>());
    private readonly ReadOnlyCollection<CompositeBand> compositeBands = Array.AsReadOnly(Array.Empty<CompositeBand>());
    private readonly ReadOnlyCollection<DimensionThreshold> overrides = Array.AsReadOnly(Array.Empty<DimensionThreshold>());
    private readonly int assessmentValidityDays = 180;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;

    /// <summary>Creates an empty table; add entries with an object initializer.</summary>
    /// <param name="name">The table's name (configuration text, never printed by the library).</param>
    /// <param name="version">The table's version.</param>
    /// <param name="effectiveFrom">The date from which the table applies.</param>
    /// <param name="instrument">The instrument whose ratings the table reads.</param>
    /// <param name="source">Where the table comes from (for example the licence it is used under).</param>
    /// <param name="defaultLevel">The level recommended when no entry applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> or <paramref name="defaultLevel"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public DimensionalPlacementTable(string name, string version, LocalDate effectiveFrom, RatingInstrument instrument, RuleSource source, LevelOfCare defaultLevel)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        Instrument = Guard.Against.UndefinedMember(instrument);
        Guard.Against.Null(source);
        this.source = source;
        this.defaultLevel = Guard.Against.UndefinedMember(defaultLevel);
    }

    /// <summary>Gets the table's name.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the table's version.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the date from which the table applies.</summary>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <summary>Gets the last date on which the table applies, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    IReadOnlyList<RuleSource> IRuleSet.Sources => Array.AsReadOnly([Source]);

    /// <summary>Gets the instrument whose ratings the table reads (fixed at construction, since every entry depends on it).</summary>
    public RatingInstrument Instrument { get; }

    /// <summary>Gets where the table comes from; every reason the table produces cites it.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public RuleSource Source { get => source; init => source = value ?? throw new ArgumentNullException(nameof(Source)); }

    /// <summary>Gets the level recommended when no entry applies (<c>PLC-DIM-DEFAULT</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not defined.</exception>
    public LevelOfCare DefaultLevel { get => defaultLevel; init => defaultLevel = Guard.Against.UndefinedMember(value, nameof(DefaultLevel)); }

    /// <summary>Gets the per-dimension minimum levels (<c>PLC-DIM-MINIMUM</c>); empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An entry is the default value or reads another instrument.</exception>
    public IReadOnlyList<DimensionThreshold> Minimums { get => minimums; init => minimums = Thresholds(value, nameof(Minimums)); }

    /// <summary>Gets the composite-score bands (<c>PLC-DIM-COMPOSITE</c>); empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">A band is the default value, lies outside the instrument's composite range, or overlaps another.</exception>
    public IReadOnlyList<CompositeBand> CompositeBands { get => compositeBands; init => compositeBands = Bands(value, nameof(CompositeBands)); }

    /// <summary>Gets the override rules (<c>PLC-DIM-OVERRIDE</c>): "if a dimension is rated at least v, at least level L"; empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An entry is the default value or reads another instrument.</exception>
    public IReadOnlyList<DimensionThreshold> Overrides { get => overrides; init => overrides = Thresholds(value, nameof(Overrides)); }

    /// <summary>Gets how many days after its date an assessment may still be used.</summary>
    /// <value>The default value is 180 days (<c>PLC-ASSESSMENT-STALE</c>; a state example, confirm for your state).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3660].</exception>
    public int AssessmentValidityDays { get => assessmentValidityDays; init => assessmentValidityDays = Guard.Against.OutsideRange(value, 1, 3660, nameof(AssessmentValidityDays)); }

    /// <summary>Gets the lowest composite score of the instrument: 0 for ASAM (six ratings of 0), 7 for LOCUS (seven ratings of 1).</summary>
    public int MinimumComposite => RatedDimension.AllOf(Instrument).Count * RatedDimension.AllOf(Instrument)[0].MinimumRating;

    /// <summary>Gets the highest composite score of the instrument: 24 for ASAM, 35 for LOCUS.</summary>
    public int MaximumComposite => RatedDimension.AllOf(Instrument).Count * RatedDimension.AllOf(Instrument)[0].MaximumRating;

    /// <inheritdoc/>
    public bool Equals(DimensionalPlacementTable? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && Instrument == other.Instrument
        && Source == other.Source
        && DefaultLevel == other.DefaultLevel
        && AssessmentValidityDays == other.AssessmentValidityDays
        && Minimums.SequenceEqual(other.Minimums)
        && CompositeBands.SequenceEqual(other.CompositeBands)
        && Overrides.SequenceEqual(other.Overrides);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Name, Version, EffectiveFrom, Instrument, DefaultLevel, Minimums.Count, CompositeBands.Count, Overrides.Count);

    /// <summary>Summarises the table without its name (configuration text), for example <c>ASAM table (6 minimums, 0 bands, 0 overrides)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Instrument} table ({Minimums.Count} minimums, {CompositeBands.Count} bands, {Overrides.Count} overrides)";

    private ReadOnlyCollection<DimensionThreshold> Thresholds(IEnumerable<DimensionThreshold> value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        var copy = value.ToArray();
        foreach (var entry in copy)
        {
            if (entry.Dimension.Instrument != Instrument || !Enum.IsDefined(entry.Level))
            {
                throw new ArgumentException("Every entry must be created with its constructor and read the table's instrument.", paramName);
            }
        }

        return Array.AsReadOnly(copy);
    }

    private ReadOnlyCollection<CompositeBand> Bands(IEnumerable<CompositeBand> value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        var copy = value.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (!Enum.IsDefined(copy[i].Level) || copy[i].From < MinimumComposite || copy[i].To > MaximumComposite)
            {
                throw new ArgumentException("Every band must be created with its constructor and lie within the instrument's composite range.", paramName);
            }

            for (var j = 0; j < i; j++)
            {
                if (copy[i].From <= copy[j].To && copy[j].From <= copy[i].To)
                {
                    throw new ArgumentException("Composite bands must not overlap.", paramName);
                }
            }
        }

        return Array.AsReadOnly(copy);
    }
}
