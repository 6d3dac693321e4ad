using Iop.Domain.Coding;
using NodaTime;
using A = Iop.Domain.Outcomes.CohortAccumulator;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The outcome metrics of a cohort of episodes as of a report date: counts, rates with Wilson 95 %
/// intervals, Kaplan–Meier retention and median length of stay with open episodes censored, and
/// measurement-based-care coverage. Made in one pass by <see cref="CohortMetrics"/>.
/// </summary>
/// <remarks>
/// <para><b>Mergeable.</b> A summary holds only sufficient statistics (integer counts and per-day
/// Kaplan–Meier buckets), so <c>Summarize(A).Merge(Summarize(B))</c> equals <c>Summarize(A ++ B)</c>
/// exactly: compute per partition on any engine, then merge. Memory is proportional to the horizon, not
/// to the cohort.</para>
/// <para><b>Why Kaplan–Meier.</b> A naive "share of discharged episodes that stayed 30 days" drops the
/// open episodes — the people still in treatment, who have stayed at least as long as they have been
/// admitted — and so understates retention and length of stay; counting them as discharged on the
/// report date understates it too. Kaplan–Meier keeps each open episode in the risk set for as long as
/// it has been observed, then censors it.</para>
/// <para>Equality compares the criteria, the report date and every count. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class CohortSummary : IEquatable<CohortSummary>
{
    private readonly long[] counters;
    private readonly long[] events;
    private readonly long[] censored;
    private readonly double[] survival;

    internal CohortSummary(CohortCriteria criteria, LocalDate asOf, long[] counters, long[] events, long[] censored)
    {
        Criteria = criteria;
        AsOf = asOf;
        this.counters = counters;
        this.events = events;
        this.censored = censored;
        survival = KaplanMeier(counters[A.Episodes], events, censored);
    }

    /// <summary>Gets the criteria the metrics were computed with.</summary>
    public CohortCriteria Criteria { get; }

    /// <summary>Gets the report date: open episodes are censored on it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the number of episodes.</summary>
    public long Episodes => counters[A.Episodes];

    /// <summary>Gets the number of episodes still open on the report date.</summary>
    public long OpenEpisodes => counters[A.Open];

    /// <summary>Gets the number of episodes discharged on or before the report date.</summary>
    public long DischargedEpisodes => counters[A.Discharged];

    /// <summary>Gets the number of episodes discharged with TEDS reason 1, treatment completed.</summary>
    public long CompletedEpisodes => counters[A.Completed];

    /// <summary>Gets the number of episodes with at least one score of the criteria's instrument in the baseline window.</summary>
    public long EpisodesWithBaseline => counters[A.WithBaseline];

    /// <summary>Gets the total number of attended sessions.</summary>
    public long AttendedSessions => counters[A.Sessions];

    /// <summary>Gets the completion rate: completed / discharged (<c>OUT-TEDS-COMPLETED</c>), or <see langword="null"/> with no discharges.</summary>
    public Proportion? CompletionRate => Rate(A.Completed, A.Discharged);

    /// <summary>Gets measurement-based-care coverage: episodes with a baseline and a later score / all episodes.</summary>
    public Proportion? MeasurementBasedCareCoverage => Rate(A.Measured, A.Episodes);

    /// <summary>Gets the response rate among episodes with an elevated baseline and a follow-up score (<c>OUT-PHQ9-RESPONSE</c>).</summary>
    public Proportion? ResponseRate => Rate(A.Responders, A.Eligible);

    /// <summary>Gets the remission rate among episodes with an elevated baseline and a follow-up score (<c>OUT-PHQ9-REMISSION</c>).</summary>
    public Proportion? RemissionRate => Rate(A.Remitters, A.Eligible);

    /// <summary>Gets the reliable-improvement rate (improved or recovered) among episodes with an RCI (<c>OUT-RCI</c>).</summary>
    public Proportion? ReliableImprovementRate => Rate(A.ReliablyImproved, A.RciEvaluated);

    /// <summary>Gets the recovery rate among episodes with an RCI (<c>OUT-CSC-CUTOFF</c>).</summary>
    public Proportion? RecoveryRate => Rate(A.Recovered, A.RciEvaluated);

    /// <summary>Gets the reliable-deterioration rate among episodes with an RCI.</summary>
    public Proportion? DeteriorationRate => Rate(A.Deteriorated, A.RciEvaluated);

    /// <summary>Gets the share of episodes that stepped down at least once.</summary>
    public Proportion? SteppedDownRate => Rate(A.SteppedDown, A.Episodes);

    /// <summary>Gets the share of episodes that stepped up at least once.</summary>
    public Proportion? SteppedUpRate => Rate(A.SteppedUp, A.Episodes);

    /// <summary>Gets the short-window follow-up rate among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public Proportion? FollowUpShortRate => Rate(A.FollowUpShortMet, A.FollowUpShortDue);

    /// <summary>Gets the long-window follow-up rate among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public Proportion? FollowUpLongRate => Rate(A.FollowUpLongMet, A.FollowUpLongDue);

    /// <summary>Gets the initiation rate among episodes whose initiation window has closed (<c>OUT-IET-INITIATION</c>).</summary>
    public Proportion? InitiationRate => Rate(A.Initiated, A.InitiationDue);

    /// <summary>Gets the engagement rate among episodes whose engagement is known (<c>OUT-IET-ENGAGEMENT</c>).</summary>
    public Proportion? EngagementRate => Rate(A.Engaged, A.EngagementDue);

    /// <summary>Gets the mean number of attended sessions per episode, or <see langword="null"/> for an empty cohort.</summary>
    public double? MeanAttendedSessions => Episodes == 0 ? null : (double)AttendedSessions / Episodes;

    /// <summary>
    /// Gets the Kaplan–Meier median length of stay in days — the first day on which the estimated share
    /// still in treatment falls to 0.5 or below — or <see langword="null"/> when it does not within the
    /// horizon (or the cohort is empty). Exact, because stays are whole days counted per day.
    /// </summary>
    public int? MedianLengthOfStay
    {
        get
        {
            for (var t = 0; t < survival.Length - 1; t++)
            {
                if (survival[t] <= 0.5)
                {
                    return t;
                }
            }

            return null;
        }
    }

    /// <summary>Returns the number of discharges with a TEDS reason (on or before the report date).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public long DischargesBy(TedsDischargeReason reason) => counters[A.ReasonBase + (int)Guard.Against.UndefinedMember(reason)];

    /// <summary>Returns the Kaplan–Meier estimate of the share of episodes whose stay lasts beyond day <paramref name="day"/>, S(day) = P(LOS &gt; day).</summary>
    /// <param name="day">The day, in [0, horizon].</param>
    /// <returns>The estimate, or <see langword="null"/> for an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside [0, horizon].</exception>
    public double? SurvivalAt(int day)
    {
        Guard.Against.OutsideRange(day, 0, Criteria.HorizonDays);
        return Episodes == 0 ? null : survival[day];
    }

    /// <summary>Returns the Kaplan–Meier retention at day <paramref name="day"/>: the estimated share still in treatment on that day, P(LOS ≥ day) (<c>OUT-KM-RETENTION</c>).</summary>
    /// <param name="day">The day after admission, in [0, horizon + 1].</param>
    /// <returns>The estimate, or <see langword="null"/> for an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside [0, horizon + 1].</exception>
    public double? RetentionAt(int day)
    {
        Guard.Against.OutsideRange(day, 0, Criteria.HorizonDays + 1);
        return Episodes == 0 ? null : day == 0 ? 1.0 : survival[day - 1];
    }

    /// <summary>Combines this summary with another of the same criteria and report date into the summary of both cohorts.</summary>
    /// <param name="other">The other summary.</param>
    /// <returns>The summary of the union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has different criteria or a different report date.</exception>
    public CohortSummary Merge(CohortSummary other)
    {
        Guard.Against.Null(other);
        if (other.AsOf != AsOf || !other.Criteria.Equals(Criteria))
        {
            throw new ArgumentException("Only summaries with the same criteria and report date can be merged.", nameof(other));
        }

        return new CohortSummary(Criteria, AsOf, Add(counters, other.counters), Add(events, other.events), Add(censored, other.censored));
    }

    /// <summary>Compares two summaries by value.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CohortSummary? left, CohortSummary? right) => Equals(left, right);

    /// <summary>Compares two summaries by value.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CohortSummary? left, CohortSummary? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(CohortSummary? other) =>
        other is not null
        && AsOf == other.AsOf
        && Criteria.Equals(other.Criteria)
        && counters.AsSpan().SequenceEqual(other.counters)
        && events.AsSpan().SequenceEqual(other.events)
        && censored.AsSpan().SequenceEqual(other.censored);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CohortSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Criteria, Episodes, DischargedEpisodes, CompletedEpisodes);

    /// <summary>Describes the summary by size only.</summary>
    /// <returns>For example <c>Cohort summary (10000 episodes, 812 open)</c>.</returns>
    public override string ToString() => $"Cohort summary ({Episodes} episodes, {OpenEpisodes} open)";

    private static long[] Add(long[] a, long[] b)
    {
        var sum = new long[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            sum[i] = checked(a[i] + b[i]);
        }

        return sum;
    }

    private static double[] KaplanMeier(long total, long[] events, long[] censored)
    {
        // S(t) = product over u <= t of (1 - d_u / n_u), with n_u the episodes whose stay reached day u.
        // Censorings at day u stay in the risk set at u (the usual convention: events before censorings).
        var s = new double[events.Length];
        var atRisk = total;
        var current = 1.0;
        for (var t = 0; t < events.Length; t++)
        {
            if (atRisk > 0 && events[t] > 0)
            {
                current *= 1.0 - ((double)events[t] / atRisk);
            }

            s[t] = current;
            atRisk -= events[t] + censored[t];
        }

        return s;
    }

    private Proportion? Rate(int count, int total) =>
        counters[total] == 0 ? null : new Proportion(counters[count], counters[total]);
}
