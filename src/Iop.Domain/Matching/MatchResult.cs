using Iop.Domain.Intensity;
using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// The answer of <see cref="ProgrammeMatching.Match"/>: the programmes that meet every hard requirement,
/// ranked, and the programmes excluded, each with the findings that excluded it.
/// </summary>
/// <remarks>
/// <para>Every programme passed in appears exactly once, in <see cref="Matches"/> or in
/// <see cref="Exclusions"/>. Matches are in rank order (<see cref="MatchingRules.Ranking"/>); exclusions are
/// ordered by programme id (ordinal), so the result does not depend on the order of the input.</para>
/// <para><see cref="Findings"/> are every exclusion's findings in the canonical order (by rule id, then
/// programme), each with its programme as subject; <see cref="HasErrors"/> is therefore
/// <see langword="true"/> when at least one programme was excluded. What the tracks of a matched programme
/// miss is in <see cref="ProgrammeMatch.RejectedTracks"/>, not here.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record MatchResult : IEvaluationResult
{
    internal MatchResult(IReadOnlyList<ProgrammeMatch> matches, IReadOnlyList<ProgrammeExclusion> exclusions, IntensityStandard? standard, IReadOnlyList<Finding> findings)
    {
        Matches = matches;
        Exclusions = exclusions;
        Standard = standard;
        Findings = findings;
    }

    /// <summary>Gets the programmes that meet every hard requirement, best first.</summary>
    public IReadOnlyList<ProgrammeMatch> Matches { get; }

    /// <summary>Gets the programmes excluded, ordered by programme id (ordinal).</summary>
    public IReadOnlyList<ProgrammeExclusion> Exclusions { get; }

    /// <summary>Gets the intensity standard applied to the tracks, or <see langword="null"/> when the rule set has none for the level and age group (no intensity check) or the level has no schedule.</summary>
    public IntensityStandard? Standard { get; }

    /// <summary>Gets every exclusion's findings, in the canonical order; each names its programme as subject.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an error: <see langword="true"/> when at least one programme was excluded.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <inheritdoc/>
    public bool Equals(MatchResult? other) =>
        other is not null
        && Standard == other.Standard
        && ValueLists.Equal(Matches, other.Matches)
        && ValueLists.Equal(Exclusions, other.Exclusions)
        && ValueLists.Equal(Findings, other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Standard, ValueLists.Hash(Matches), ValueLists.Hash(Exclusions), ValueLists.Hash(Findings));

    /// <summary>Summarises the result.</summary>
    /// <returns>For example <c>MatchResult (1 match, 2 exclusions)</c>.</returns>
    public override string ToString() =>
        $"MatchResult ({Matches.Count} match{(Matches.Count == 1 ? string.Empty : "es")}, {Exclusions.Count} exclusion{(Exclusions.Count == 1 ? string.Empty : "s")})";
}
