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
/// <para>Equality compares every property, lists element by element (the findings follow from the exclusions). This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record MatchResult : IEvaluationResult
{
    private readonly List<ProgrammeExclusion> unordered; // never changed once the match returns
    private IReadOnlyList<ProgrammeExclusion>? exclusions;
    private IReadOnlyList<Finding>? findings;

    /// <summary>Creates the result; the exclusions arrive in input order and are ordered by programme id when first read.</summary>
    internal MatchResult(IReadOnlyList<ProgrammeMatch> matches, List<ProgrammeExclusion> exclusions, IntensityStandard? standard)
    {
        Matches = matches;
        unordered = exclusions;
        Standard = standard;
    }

    /// <summary>Gets the programmes that meet every hard requirement, best first.</summary>
    public IReadOnlyList<ProgrammeMatch> Matches { get; }

    /// <summary>Gets the programmes excluded, ordered by programme id (ordinal).</summary>
    /// <remarks>Ordered when first read (a race orders equal copies; every reader gets the one stored first), so a caller who reads only the matches never pays for sorting thousands of ids.</remarks>
    public IReadOnlyList<ProgrammeExclusion> Exclusions =>
        exclusions ?? Interlocked.CompareExchange(ref exclusions, ById(unordered), null) ?? exclusions;

    /// <summary>Gets the intensity standard applied to the tracks, or <see langword="null"/> when the rule set has none for the level and age group (no intensity check) or the level has no schedule.</summary>
    public IntensityStandard? Standard { get; }

    /// <summary>Gets every exclusion's findings, in the canonical order; each names its programme as subject.</summary>
    /// <remarks>Built when first read (a race builds equal lists; every reader gets the one stored first).</remarks>
    public IReadOnlyList<Finding> Findings =>
        findings ?? Interlocked.CompareExchange(ref findings, MatchFindings.OfAll(Exclusions), null) ?? findings;

    /// <summary>Gets a value indicating whether any finding is an error: <see langword="true"/> when at least one programme was excluded.</summary>
    public bool HasErrors => unordered.Count > 0;

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
        $"MatchResult ({Matches.Count} match{(Matches.Count == 1 ? string.Empty : "es")}, {unordered.Count} exclusion{(unordered.Count == 1 ? string.Empty : "s")})";

    private static System.Collections.ObjectModel.ReadOnlyCollection<ProgrammeExclusion> ById(List<ProgrammeExclusion> exclusions)
    {
        if (exclusions.Count == 0)
        {
            return System.Collections.ObjectModel.ReadOnlyCollection<ProgrammeExclusion>.Empty;
        }

        var ordered = exclusions.ToArray();
        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Programme.Id, b.Programme.Id));
        return Array.AsReadOnly(ordered);
    }
}
