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
    // As the match records its exclusions: the programmes in input order, the checks each missed (0: matched) and the call's context.
    private readonly IReadOnlyList<ProgrammeProfile>? programmes;
    private readonly int[]? checks;
    private readonly MatchContext? context;
    private readonly int excludedCount;
    private IReadOnlyList<ProgrammeExclusion>? exclusions;
    private IReadOnlyList<Finding>? findings;

    private MatchResult(IReadOnlyList<ProgrammeMatch> matches, IReadOnlyList<ProgrammeExclusion> exclusions, IntensityStandard? standard)
    {
        Matches = matches;
        this.exclusions = exclusions;
        excludedCount = exclusions.Count;
        Standard = standard;
    }

    /// <summary>
    /// The record of a match already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked, never decided again. The findings follow from the exclusions.
    /// </summary>
    /// <param name="matches">The matches, ranked 1, 2, … in order.</param>
    /// <param name="exclusions">The exclusions, in programme-id order (ordinal).</param>
    /// <param name="standard">The intensity standard applied, if any.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matches"/> or <paramref name="exclusions"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null; the ranks are not 1, 2, … in order; the exclusions are not in
    /// programme-id order; or a programme id appears twice.</exception>
    internal static MatchResult FromRecord(IReadOnlyList<ProgrammeMatch> matches, IReadOnlyList<ProgrammeExclusion> exclusions, IntensityStandard? standard)
    {
        var matchList = Guard.Against.NullElements(matches);
        var exclusionList = Guard.Against.NullElements(exclusions);
        for (var i = 0; i < matchList.Count; i++)
        {
            if (matchList[i].Rank != i + 1)
            {
                throw new ArgumentException("The matches must be ranked 1, 2, … in order.", nameof(matches));
            }
        }

        for (var i = 1; i < exclusionList.Count; i++)
        {
            if (string.CompareOrdinal(exclusionList[i - 1].Programme.Id, exclusionList[i].Programme.Id) >= 0)
            {
                throw new ArgumentException("The exclusions must be in programme-id order (ordinal), each programme once.", nameof(exclusions));
            }
        }

        var ids = new HashSet<string>(exclusionList.Select(e => e.Programme.Id), StringComparer.Ordinal);
        foreach (var match in matchList)
        {
            if (!ids.Add(match.Programme.Id))
            {
                throw new ArgumentException("Each programme must appear once, as a match or as an exclusion.", nameof(matches));
            }
        }

        return new MatchResult(matchList, exclusionList, standard);
    }

    /// <summary>Creates the result of a match: the exclusions are built from what the match recorded, and ordered by programme id, when first read.</summary>
    /// <param name="matches">The matches, in rank order.</param>
    /// <param name="programmes">The programmes of the call, in input order (never changed).</param>
    /// <param name="checks">Per programme, the checks it missed; 0 for a match (never changed).</param>
    /// <param name="excludedCount">How many entries of <paramref name="checks"/> are not 0.</param>
    /// <param name="context">The call's context, complete.</param>
    internal MatchResult(IReadOnlyList<ProgrammeMatch> matches, IReadOnlyList<ProgrammeProfile> programmes, int[] checks, int excludedCount, MatchContext context)
    {
        Matches = matches;
        this.programmes = programmes;
        this.checks = checks;
        this.excludedCount = excludedCount;
        this.context = context;
        Standard = context.Standard;
    }

    /// <summary>Gets the programmes that meet every hard requirement, best first.</summary>
    public IReadOnlyList<ProgrammeMatch> Matches { get; }

    /// <summary>Gets the programmes excluded, ordered by programme id (ordinal).</summary>
    /// <remarks>Built and ordered when first read (a race builds equal lists; every reader gets the one stored first), so a caller who reads only the matches never pays for thousands of exclusions and their sorting.</remarks>
    public IReadOnlyList<ProgrammeExclusion> Exclusions =>
        exclusions ?? Interlocked.CompareExchange(ref exclusions, BuildExclusions(), null) ?? exclusions;

    /// <summary>Gets the intensity standard applied to the tracks, or <see langword="null"/> when the rule set has none for the level and age group (no intensity check) or the level has no schedule.</summary>
    public IntensityStandard? Standard { get; }

    /// <summary>Gets every exclusion's findings, in the canonical order; each names its programme as subject.</summary>
    /// <remarks>Built when first read (a race builds equal lists; every reader gets the one stored first).</remarks>
    public IReadOnlyList<Finding> Findings =>
        findings ?? Interlocked.CompareExchange(ref findings, MatchFindings.OfAll(Exclusions), null) ?? findings;

    /// <summary>Gets a value indicating whether any finding is an error: <see langword="true"/> when at least one programme was excluded.</summary>
    public bool HasErrors => excludedCount > 0;

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
        $"MatchResult ({Matches.Count} match{(Matches.Count == 1 ? string.Empty : "es")}, {excludedCount} exclusion{(excludedCount == 1 ? string.Empty : "s")})";

    private System.Collections.ObjectModel.ReadOnlyCollection<ProgrammeExclusion> BuildExclusions()
    {
        if (excludedCount == 0)
        {
            return System.Collections.ObjectModel.ReadOnlyCollection<ProgrammeExclusion>.Empty;
        }

        var built = new ProgrammeExclusion[excludedCount];
        var ids = new string[excludedCount];
        var next = 0;
        for (var i = 0; i < checks!.Length; i++)
        {
            if (checks[i] != 0)
            {
                var programme = programmes![i];
                ids[next] = programme.Id;
                built[next++] = new ProgrammeExclusion(programme, checks[i], context!);
            }
        }

        Array.Sort(ids, built, StringComparer.Ordinal);
        return Array.AsReadOnly(built);
    }
}
