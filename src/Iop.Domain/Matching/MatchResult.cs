using Iop.Domain.Intensity;

namespace Iop.Domain.Matching;

/// <summary>
/// The answer of <see cref="ProgrammeMatching.Match"/>: the programmes that meet every hard requirement,
/// ranked, and the programmes excluded, each with what excluded it.
/// </summary>
/// <remarks>
/// <para>Every programme passed in appears exactly once, in <see cref="Matches"/> or in
/// <see cref="Exclusions"/>. Matches are in rank order (<see cref="MatchingRules.Ranking"/>); exclusions are
/// ordered by programme id (ordinal), so the result does not depend on the order of the input.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record MatchResult
{
    internal MatchResult(IReadOnlyList<ProgrammeMatch> matches, IReadOnlyList<ProgrammeExclusion> exclusions, IntensityStandard? standard)
    {
        Matches = matches;
        Exclusions = exclusions;
        Standard = standard;
    }

    /// <summary>Gets the programmes that meet every hard requirement, best first.</summary>
    public IReadOnlyList<ProgrammeMatch> Matches { get; }

    /// <summary>Gets the programmes excluded, ordered by programme id (ordinal).</summary>
    public IReadOnlyList<ProgrammeExclusion> Exclusions { get; }

    /// <summary>Gets the intensity standard applied to the tracks, or <see langword="null"/> when the rule set has none for the level and age group (no intensity check) or the level has no schedule.</summary>
    public IntensityStandard? Standard { get; }

    /// <inheritdoc/>
    public bool Equals(MatchResult? other) =>
        other is not null
        && Standard == other.Standard
        && ValueLists.Equal(Matches, other.Matches)
        && ValueLists.Equal(Exclusions, other.Exclusions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Standard, ValueLists.Hash(Matches), ValueLists.Hash(Exclusions));

    /// <summary>Summarises the result.</summary>
    /// <returns>For example <c>MatchResult (1 match, 2 exclusions)</c>.</returns>
    public override string ToString() =>
        $"MatchResult ({Matches.Count} match{(Matches.Count == 1 ? string.Empty : "es")}, {Exclusions.Count} exclusion{(Exclusions.Count == 1 ? string.Empty : "s")})";
}
