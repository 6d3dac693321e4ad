using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The cell-size suppression a cohort report applies before it leaves a clinic, as a rule set: the smallest
/// count that may be published (<c>OUT-CELL-SMALL</c>); complementary cells are withheld so that no smaller
/// one can be recalculated (<c>OUT-CELL-COMPLEMENT</c>).
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="Cms2024"/> (no cell of 1 to 10; a zero may be published), held in the catalogue
/// <see cref="Cms"/>. Derive your own with <c>with { … }</c> (a stricter data-use agreement) and give it your
/// own <see cref="Name"/> and <see cref="Version"/>.</para>
/// <para>Equality is by value over every property, comparing sources element by element. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed record CellSuppressionPolicy : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources;
    private readonly int minimumCellSize;

    /// <summary>Creates a suppression policy.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first report date the policy applies to.</param>
    /// <param name="minimumCellSize">The smallest positive count that may be published; at least 1 (1 publishes everything).</param>
    /// <param name="sources">Where the threshold comes from (a data-use agreement, a payer's policy).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="sources"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, or <paramref name="sources"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCellSize"/> is below 1, or <paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public CellSuppressionPolicy(string name, string version, LocalDate effectiveFrom, int minimumCellSize, IEnumerable<RuleSource> sources)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(effectiveFrom, null, nameof(effectiveFrom));
        this.minimumCellSize = Guard.Against.BelowMinimum(minimumCellSize, 1);
        this.sources = Guard.Against.EmptyOrNullElements(sources);
    }

    /// <summary>
    /// Gets the CMS cell size suppression policy: no cell (admissions, discharges, patients, services …) of
    /// 1 to 10 is published, a zero may be, and no cell is published that lets one of 1 to 10 be derived.
    /// </summary>
    public static CellSuppressionPolicy Cms2024 { get; } = new(
        "CMS cell size suppression",
        "2024-01-26",
        new LocalDate(2017, 5, 8),
        minimumCellSize: 11,
        [OutcomeRules.CmsCellSizeSuppression]);

    /// <summary>Gets the versions of the built-in CMS policy; select the one in force on a report date with <see cref="RuleSetCatalogue{TRuleSet}.InForceOn"/>.</summary>
    /// <value>One version today: <see cref="Cms2024"/>, open-ended.</value>
    public static RuleSetCatalogue<CellSuppressionPolicy> Cms { get; } = new([Cms2024]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <inheritdoc/>
    /// <value>2017-05-08 in <see cref="Cms2024"/>: the earliest version of the policy text stating the same threshold (the cited ResDAC text is the version of 2024-01-26).</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <inheritdoc/>
    /// <value><see langword="null"/> in <see cref="Cms2024"/> (open-ended).</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    /// <value>The CMS Cell Size Suppression Policy (ResDAC) in <see cref="Cms2024"/>.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>
    /// Gets the smallest positive count that may be published: a cell from 1 to this value − 1 is withheld
    /// (<c>OUT-CELL-SMALL</c>), and so is every cell that would let one be recalculated (<c>OUT-CELL-COMPLEMENT</c>).
    /// A zero is always published. At least 1; 1 withholds nothing.
    /// </summary>
    /// <value>11 in <see cref="Cms2024"/> (CMS Cell Size Suppression Policy, ResDAC: no cell of 1 to 10; <c>OUT-CELL-SMALL</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MinimumCellSize { get => minimumCellSize; init => minimumCellSize = Guard.Against.BelowMinimum(value, 1, nameof(MinimumCellSize)); }

    /// <inheritdoc/>
    public bool Equals(CellSuppressionPolicy? other) =>
        other is not null
        && string.Equals(name, other.name, StringComparison.Ordinal)
        && string.Equals(version, other.version, StringComparison.Ordinal)
        && effectiveFrom == other.effectiveFrom
        && effectiveTo == other.effectiveTo
        && sources.SequenceEqual(other.sources)
        && minimumCellSize == other.minimumCellSize;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(name, version, effectiveFrom, effectiveTo, sources.Count, minimumCellSize);

    /// <summary>Gives the rule set's name and version.</summary>
    /// <returns>For example <c>CMS cell size suppression 2024-01-26</c>.</returns>
    public override string ToString() => $"{name} {version}";
}
