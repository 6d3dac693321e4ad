using System.Runtime.CompilerServices;
using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What kind of episode a tally is, as the cohort counts see it: three small numbers, each naming one
/// combination of the facts that one part of <see cref="CohortCounts"/> counts (decision 0089). The fold counts
/// episodes by kind, one addition per part, and <see cref="AddTo"/> turns each kind's number of episodes into the
/// named counts once per summary, rule by rule. Both directions are here, next to each other, so that they cannot
/// drift apart.
/// </summary>
/// <remarks>
/// An outcome that may be unknown on the report date has three states (<see cref="OutcomeState"/>): 0 unknown,
/// 1 not met, 2 met. Every kind is computed without a branch: the facts vary from one episode to the next.
/// </remarks>
internal static class EpisodeKind
{
    /// <summary>The kinds of disposition: open, discharged without a reason, or discharged for one of the 7 TEDS reasons (9), each without or with a first step down and up (× 4).</summary>
    public const int Dispositions = 9 * 4;

    /// <summary>The kinds of windows: the three states of each of short and long follow-up, initiation and engagement (3⁴).</summary>
    public const int Windows = 3 * 3 * 3 * 3;

    /// <summary>The kinds of change: none without a baseline, else one of 5 categories (none or the 4 of <see cref="ChangeCategory"/>) by each of measured, eligible with a follow-up, responded and remitted (1 + 5 × 2⁴).</summary>
    public const int Changes = 1 + (5 * 16);

    /// <summary>The kind of disposition of an episode: its discharge (with its reason, validated when the episode was read) and its steps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public static int DispositionOf(in EpisodeFacts facts, TedsDischargeReason? reason) => unchecked(
        (facts.Discharged ? 1 + (reason is { } r ? (int)r : 0) : 0) + (9 * (Bit(facts.SteppedDown) + (2 * Bit(facts.SteppedUp)))));

    /// <summary>The kind of windows of an episode: the states of its follow-up, initiation and engagement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public static int WindowsOf(in EpisodeFacts facts) => unchecked(
        (27 * (int)facts.FollowUpShortState) + (9 * (int)facts.FollowUpLongState) + (3 * (int)facts.InitiationState) + (int)facts.EngagementState);

    /// <summary>The kind of change of an episode over its scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public static int ChangeOf(in ChangeCore change) => unchecked(
        !change.HasBaseline ? 0
        : 1 + (int)change.Category + (5 * (Bit(change.LatestIndex > change.BaselineIndex) + (2 * Bit(change.Eligible & change.HasFollowUp))
            + (4 * Bit(change.Response)) + (8 * Bit(change.Remission)))));

    /// <summary>
    /// Adds the episodes counted by kind to the named counts: <paramref name="byDisposition"/>,
    /// <paramref name="byWindows"/> and <paramref name="byChange"/> hold the number of episodes of each kind. Each
    /// line is the rule of docs/rules.md named beside it.
    /// </summary>
    public static void AddTo(ref CohortCounts counts, ReadOnlySpan<long> byDisposition, ReadOnlySpan<long> byWindows, ReadOnlySpan<long> byChange)
    {
        for (var kind = 0; kind < Dispositions; kind++)
        {
            var episodes = byDisposition[kind];
            var discharge = kind % 9; // 0 open, 1 discharged without a reason, 1 + reason
            var steps = kind / 9;
            counts.Episodes += episodes;
            counts.Open += discharge == 0 ? episodes : 0;
            counts.Discharged += discharge == 0 ? 0 : episodes;
            counts.DischargesByReason.Add(discharge >= 2 ? (TedsDischargeReason)(discharge - 1) : null, episodes); // OUT-TEDS-COMPLETED
            counts.SteppedDown += (steps & 1) != 0 ? episodes : 0;
            counts.SteppedUp += (steps & 2) != 0 ? episodes : 0;
        }

        for (var kind = 0; kind < Windows; kind++)
        {
            var episodes = byWindows[kind];
            counts.FollowUpShort.Add((OutcomeState)(kind / 27), episodes);   // OUT-FOLLOWUP-WINDOWS
            counts.FollowUpLong.Add((OutcomeState)(kind / 9 % 3), episodes); // OUT-FOLLOWUP-WINDOWS
            counts.Initiation.Add((OutcomeState)(kind / 3 % 3), episodes);   // OUT-IET-INITIATION
            counts.Engagement.Add((OutcomeState)(kind % 3), episodes);       // OUT-IET-ENGAGEMENT
        }

        for (var kind = 1; kind < Changes; kind++)
        {
            var episodes = byChange[kind];
            var category = (ChangeCategory)((kind - 1) % 5);
            var flags = (kind - 1) / 5;
            counts.WithBaseline += episodes;                                   // OUT-BASELINE-WINDOW
            counts.Measured += (flags & 1) != 0 ? episodes : 0;

            // Response and remission are only ever true for an eligible episode with a follow-up score.
            counts.Response.Eligible += (flags & 2) != 0 ? episodes : 0;      // OUT-PHQ9-ELEVATED
            counts.Response.Responders += (flags & 4) != 0 ? episodes : 0;    // OUT-PHQ9-RESPONSE
            counts.Response.Remitters += (flags & 8) != 0 ? episodes : 0;     // OUT-PHQ9-REMISSION
            counts.ReliableChange.Add(category, episodes);                     // OUT-RCI, OUT-CSC-CUTOFF (none without an index)
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool value) => value ? 1 : 0;
}
