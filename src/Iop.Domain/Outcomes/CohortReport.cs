using Iop.Domain.Continuum;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Cohort metrics overall, by level of care at admission and by a caller-supplied group, made in one
/// pass by <see cref="CohortMetrics.SummarizeBy"/>. Mergeable like <see cref="CohortSummary"/>.
/// </summary>
/// <typeparam name="TGroup">The caller's group type (a programme, a site, a quarter …). Group values are never printed.</typeparam>
/// <remarks>
/// Memory is proportional to (levels + groups) × horizon, not to the cohort. Equality compares every
/// summary. This type is immutable and thread-safe when <typeparamref name="TGroup"/> is.
/// </remarks>
public sealed class CohortReport<TGroup> : IEquatable<CohortReport<TGroup>>
    where TGroup : notnull
{
    internal CohortReport(CohortSummary overall, IReadOnlyDictionary<LevelOfCare, CohortSummary> byLevel, IReadOnlyDictionary<TGroup, CohortSummary> byGroup)
    {
        Overall = overall;
        ByLevel = byLevel;
        ByGroup = byGroup;
    }

    /// <summary>
    /// The record of a report already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static CohortReport<TGroup> FromRecord(CohortSummary overall, IReadOnlyDictionary<LevelOfCare, CohortSummary> byLevel, IReadOnlyDictionary<TGroup, CohortSummary> byGroup) =>
        new(Guard.Against.Null(overall), Guard.Against.NullValues(byLevel), Guard.Against.NullValues(byGroup));

    /// <summary>Gets the metrics of the whole cohort.</summary>
    public CohortSummary Overall { get; }

    /// <summary>Gets the metrics per level of care at admission (levels with no episode are absent).</summary>
    public IReadOnlyDictionary<LevelOfCare, CohortSummary> ByLevel { get; }

    /// <summary>Gets the metrics per caller-supplied group.</summary>
    public IReadOnlyDictionary<TGroup, CohortSummary> ByGroup { get; }

    /// <summary>Combines this report with another of the same criteria and report date into the report of both cohorts.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The report of the union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has different criteria or a different report date.</exception>
    public CohortReport<TGroup> Merge(CohortReport<TGroup> other)
    {
        Guard.Against.Null(other);
        var overall = Overall.Merge(other.Overall);
        return new CohortReport<TGroup>(overall, Union(ByLevel, other.ByLevel).AsReadOnly(), Union(ByGroup, other.ByGroup).AsReadOnly());
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CohortReport<TGroup>? left, CohortReport<TGroup>? right) => Equals(left, right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CohortReport<TGroup>? left, CohortReport<TGroup>? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(CohortReport<TGroup>? other) =>
        other is not null
        && Overall.Equals(other.Overall)
        && SameEntries(ByLevel, other.ByLevel)
        && SameEntries(ByGroup, other.ByGroup);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CohortReport<TGroup>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Overall, ByLevel.Count, ByGroup.Count);

    /// <summary>Describes the report by size only; group values are never printed.</summary>
    /// <returns>For example <c>Cohort report (10000 episodes, 3 levels, 4 groups)</c>.</returns>
    public override string ToString() => $"Cohort report ({Overall.Episodes} episodes, {ByLevel.Count} levels, {ByGroup.Count} groups)";

    private static Dictionary<T, CohortSummary> Union<T>(IReadOnlyDictionary<T, CohortSummary> a, IReadOnlyDictionary<T, CohortSummary> b)
        where T : notnull
    {
        var result = a.ToDictionary();
        foreach (var (key, summary) in b)
        {
            result[key] = result.TryGetValue(key, out var existing) ? existing.Merge(summary) : summary;
        }

        return result;
    }

    private static bool SameEntries<T>(IReadOnlyDictionary<T, CohortSummary> a, IReadOnlyDictionary<T, CohortSummary> b)
        where T : notnull =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && pair.Value.Equals(other));
}
