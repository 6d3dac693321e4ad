using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A <see cref="CohortReport{TGroup}"/> under a <see cref="CellSuppressionPolicy"/>: the overall, per-level and
/// per-group summaries, suppressed together so that no withheld cell of one can be recalculated from the others
/// (the overall minus the other groups reveals none). Made by
/// <see cref="CellSuppression.Suppress{TGroup}(CohortReport{TGroup}, CellSuppressionPolicy, IReadOnlyList{int})"/>.
/// </summary>
/// <typeparam name="TGroup">The caller's group type. Group values are never printed, and never part of a finding.</typeparam>
/// <remarks>
/// <para><see cref="Findings"/> gathers the findings of every summary; each summary keeps its own, so a finding is
/// attributed to its level or group by the summary that holds it.</para>
/// <para>Equality compares every summary. This type is immutable and thread-safe when <typeparamref name="TGroup"/> is.</para>
/// </remarks>
public sealed class SuppressedCohortReport<TGroup> : IEvaluationResult, IEquatable<SuppressedCohortReport<TGroup>>
    where TGroup : notnull
{
    internal SuppressedCohortReport(SuppressedCohortSummary overall, IReadOnlyDictionary<LevelOfCare, SuppressedCohortSummary> byLevel, IReadOnlyDictionary<TGroup, SuppressedCohortSummary> byGroup)
    {
        Overall = overall;
        ByLevel = byLevel;
        ByGroup = byGroup;
        var findings = overall.Findings.Concat(byLevel.Values.SelectMany(s => s.Findings)).Concat(byGroup.Values.SelectMany(s => s.Findings)).ToArray();
        Array.Sort(findings, FindingOrder.Instance);
        Findings = Array.AsReadOnly(findings);
    }

    /// <summary>
    /// The record of a report already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static SuppressedCohortReport<TGroup> FromRecord(SuppressedCohortSummary overall, IReadOnlyDictionary<LevelOfCare, SuppressedCohortSummary> byLevel, IReadOnlyDictionary<TGroup, SuppressedCohortSummary> byGroup) =>
        new(Guard.Against.Null(overall), Guard.Against.NullValues(byLevel), Guard.Against.NullValues(byGroup));

    /// <summary>Gets the whole cohort's figures.</summary>
    public SuppressedCohortSummary Overall { get; }

    /// <summary>Gets the figures per level of care at admission (levels with no episode are absent, as in the report).</summary>
    public IReadOnlyDictionary<LevelOfCare, SuppressedCohortSummary> ByLevel { get; }

    /// <summary>Gets the figures per caller-supplied group.</summary>
    public IReadOnlyDictionary<TGroup, SuppressedCohortSummary> ByGroup { get; }

    /// <summary>Gets the findings of every summary, in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an error (never: withholding a figure is information).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SuppressedCohortReport<TGroup>? left, SuppressedCohortReport<TGroup>? right) => Equals(left, right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SuppressedCohortReport<TGroup>? left, SuppressedCohortReport<TGroup>? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(SuppressedCohortReport<TGroup>? other) =>
        other is not null
        && Overall.Equals(other.Overall)
        && SameEntries(ByLevel, other.ByLevel)
        && SameEntries(ByGroup, other.ByGroup);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SuppressedCohortReport<TGroup>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Overall, ByLevel.Count, ByGroup.Count);

    /// <summary>Describes the report by size only; group values and counts are never printed.</summary>
    /// <returns>For example <c>Suppressed cohort report (3 levels, 4 groups, 12 figures withheld)</c>.</returns>
    public override string ToString() => $"Suppressed cohort report ({ByLevel.Count} levels, {ByGroup.Count} groups, {Findings.Count} figures withheld)";

    private static bool SameEntries<T>(IReadOnlyDictionary<T, SuppressedCohortSummary> a, IReadOnlyDictionary<T, SuppressedCohortSummary> b)
        where T : notnull =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && pair.Value.Equals(other));
}
