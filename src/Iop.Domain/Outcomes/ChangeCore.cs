using System.Runtime.CompilerServices;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>The allocation-free core of change over time, shared by <see cref="SymptomChanges"/> and the cohort fold.</summary>
internal readonly struct ChangeCore
{
    internal ChangeCore(int baseline, int followUp, int latest, bool eligible, bool response, bool remission, double rci, ChangeCategory category, bool notOnTrack)
    {
        BaselineIndex = baseline;
        FollowUpIndex = followUp;
        LatestIndex = latest;
        Eligible = eligible;
        Response = response;
        Remission = remission;
        Rci = rci;
        Category = category;
        NotOnTrack = notOnTrack;
    }

    public int BaselineIndex { get; }

    public int FollowUpIndex { get; }

    public int LatestIndex { get; }

    public bool HasBaseline => BaselineIndex >= 0;

    public bool HasFollowUp => FollowUpIndex >= 0;

    public bool Eligible { get; }

    public bool Response { get; }

    public bool Remission { get; }

    /// <summary>The RCI, NaN when not computed.</summary>
    public double Rci { get; }

    /// <summary>The category, 0 when not computed.</summary>
    public ChangeCategory Category { get; }

    public bool NotOnTrack { get; }

    public static ChangeCore None => new(-1, -1, -1, false, false, false, double.NaN, 0, false);

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="admission"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static ChangeCore Compute(ReadOnlySpan<Measurement> scores, LocalDate admission, ChangeCriteria criteria) =>
        Compute(scores, Continuum.LengthOfStay.DayNumber(Guard.Against.UnsupportedDate(admission)), criteria);

    /// <summary>The same, with the admission as a day number (<see cref="Continuum.LengthOfStay.DayNumber"/>); days between dates are differences of day numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public static ChangeCore Compute(ReadOnlySpan<Measurement> scores, int admission, ChangeCriteria criteria)
    {
        // Unchecked (decision 0089): day numbers of supported dates are below 2²⁰ and every window is at most 3,650 days.
        unchecked
        {
            if (scores.IsEmpty)
            {
                return None;
            }

            // One pass over the scores, each date read once as a day number. The baseline is the score nearest the
            // admission within the baseline window, the earlier of two as near (OUT-BASELINE-WINDOW). Scores are in
            // date order, so once a score is not a nearer baseline, no later one is: the follow-up is the last later
            // score in the follow-up window counted from the baseline's date.
            var from = criteria.FollowUpFromDays ?? 1;
            var to = criteria.FollowUpToDays ?? int.MaxValue;
            var baseline = -1;
            var baseDate = 0;
            var best = int.MaxValue;
            var followUp = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                var day = Day(scores[i].Date);
                var offset = day - admission;
                if (offset >= -criteria.BaselineDaysBefore && offset <= criteria.BaselineDaysAfter && Math.Abs(offset) < best)
                {
                    best = Math.Abs(offset);
                    baseline = i;
                    baseDate = day;
                }
                else if (baseline >= 0)
                {
                    var days = day - baseDate;
                    followUp = days >= from && days <= to ? i : followUp;
                }
            }

            if (baseline < 0)
            {
                return None;
            }

            // From here on, branch-light: whether a follow-up exists, whether the baseline is elevated, and whether
            // the episode responded or remitted vary from one episode to the next, so every flag is computed rather
            // than branched on (decision 0080; not yet shown faster). Without a follow-up, the baseline stands in for it and every flag that
            // needs one is masked off.
            var latest = scores.Length - 1;
            var hasFollowUp = followUp >= 0;
            var b = scores[baseline].Score;
            var f = scores[hasFollowUp ? followUp : baseline].Score;
            var eligible = b > criteria.ElevatedAbove;
            var response = eligible & hasFollowUp & (b - f >= criteria.ResponseReduction * b);
            var remission = eligible & hasFollowUp & (f < criteria.RemissionBelow);
            var rci = double.NaN;
            ChangeCategory category = 0;
            if (criteria.ReliableChange is { } reliable && hasFollowUp)
            {
                rci = (f - b) / reliable.StandardErrorOfDifference;
                category = ReliableChange.Classify(rci, b, f, reliable);
            }

            var notOnTrack = false;
            if (criteria.NotOnTrackAfterWeeks is { } weeks && eligible && latest > baseline
                && Day(scores[latest].Date) - baseDate >= 7 * weeks)
            {
                notOnTrack = b - scores[latest].Score < criteria.NotOnTrackMinimumImprovement * b;
            }

            return new ChangeCore(baseline, followUp, latest, eligible, response, remission, rci, category, notOnTrack);
        }
    }

    private static int Day(LocalDate date) => Continuum.LengthOfStay.DayNumber(date);
}
