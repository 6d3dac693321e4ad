using Iop.Domain.Coding;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The outcome metrics of a cohort of episodes as of a report date: counts, rates with Wilson 95 %
/// intervals, Kaplan–Meier retention and median length of stay with open episodes censored, and
/// measurement-based-care coverage. Made in one pass by <see cref="CohortMetrics"/>.
/// </summary>
/// <remarks>
/// <para><b>Mergeable.</b> A summary holds only sufficient statistics (named integer counts and per-day
/// Kaplan–Meier buckets), so <c>Summarize(A).Merge(Summarize(B))</c> equals <c>Summarize(A ++ B)</c>
/// exactly: compute per partition on any engine, then merge. Memory is proportional to the horizon, not
/// to the cohort.</para>
/// <para><b>Why Kaplan–Meier.</b> A naive "share of discharged episodes that stayed 30 days" drops the
/// open episodes — the people still in treatment, who have stayed at least as long as they have been
/// admitted — and so understates retention and length of stay; counting them as discharged on the
/// report date understates it too. Kaplan–Meier keeps each open episode in the risk set for as long as
/// it has been observed, then censors it.</para>
/// <para><b>Days.</b> Lengths of stay are counted by <see cref="Continuum.LengthOfStay.Days"/>: inclusively,
/// the admission date being day 1, so no stay is shorter than 1 day. Retention at day N is the share still in
/// treatment on the N-th day of stay, P(LOS ≥ N); survival at day t is P(LOS &gt; t).</para>
/// <para>Equality compares the criteria, the report date and every count. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class CohortSummary : IEquatable<CohortSummary>
{
    private readonly CohortCounts counts;
    private readonly RetentionTable retention;
    private readonly double[] survival;

    internal CohortSummary(CohortCriteria criteria, LocalDate asOf, in CohortCounts counts, RetentionTable retention)
    {
        Criteria = criteria;
        AsOf = asOf;
        this.counts = counts;
        this.retention = retention;
        survival = retention.Survival(counts.Episodes);
    }

    /// <summary>Gets the criteria the metrics were computed with.</summary>
    public CohortCriteria Criteria { get; }

    /// <summary>Gets the report date: open episodes are censored on it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the number of episodes.</summary>
    public long Episodes => counts.Episodes;

    /// <summary>Gets the number of episodes still open on the report date.</summary>
    public long OpenEpisodes => counts.Open;

    /// <summary>Gets the number of episodes discharged on or before the report date.</summary>
    public long DischargedEpisodes => counts.Discharged;

    /// <summary>Gets the number of episodes discharged with TEDS reason 1, treatment completed.</summary>
    public long CompletedEpisodes => counts.DischargesByReason.TreatmentCompleted;

    /// <summary>Gets the number of episodes with at least one score of the criteria's instrument in the baseline window.</summary>
    public long EpisodesWithBaseline => counts.WithBaseline;

    /// <summary>Gets the total number of attended sessions.</summary>
    public long AttendedSessions => counts.AttendedSessions;

    /// <summary>Gets the completion rate: completed / discharged (<c>OUT-TEDS-COMPLETED</c>), or <see langword="null"/> with no discharges.</summary>
    public Proportion? CompletionRate => Rate(counts.DischargesByReason.TreatmentCompleted, counts.Discharged);

    /// <summary>Gets measurement-based-care coverage: episodes with a baseline and a later score / all episodes.</summary>
    public Proportion? MeasurementBasedCareCoverage => Rate(counts.Measured, counts.Episodes);

    /// <summary>Gets the response rate among episodes with an elevated baseline and a follow-up score (<c>OUT-PHQ9-RESPONSE</c>).</summary>
    public Proportion? ResponseRate => Rate(counts.Response.Responders, counts.Response.Eligible);

    /// <summary>Gets the remission rate among episodes with an elevated baseline and a follow-up score (<c>OUT-PHQ9-REMISSION</c>).</summary>
    public Proportion? RemissionRate => Rate(counts.Response.Remitters, counts.Response.Eligible);

    /// <summary>Gets the reliable-improvement rate (improved or recovered) among episodes with an RCI (<c>OUT-RCI</c>).</summary>
    public Proportion? ReliableImprovementRate => Rate(counts.ReliableChange.Improved, counts.ReliableChange.Evaluated);

    /// <summary>Gets the recovery rate among episodes with an RCI (<c>OUT-CSC-CUTOFF</c>).</summary>
    public Proportion? RecoveryRate => Rate(counts.ReliableChange.Recovered, counts.ReliableChange.Evaluated);

    /// <summary>Gets the reliable-deterioration rate among episodes with an RCI.</summary>
    public Proportion? DeteriorationRate => Rate(counts.ReliableChange.Deteriorated, counts.ReliableChange.Evaluated);

    /// <summary>Gets the share of episodes whose history steps down at least once by the report date.</summary>
    public Proportion? SteppedDownRate => Rate(counts.SteppedDown, counts.Episodes);

    /// <summary>Gets the share of episodes whose history steps up at least once by the report date.</summary>
    public Proportion? SteppedUpRate => Rate(counts.SteppedUp, counts.Episodes);

    /// <summary>Gets the short-window follow-up rate among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public Proportion? FollowUpShortRate => counts.FollowUpShort.Rate;

    /// <summary>Gets the long-window follow-up rate among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public Proportion? FollowUpLongRate => counts.FollowUpLong.Rate;

    /// <summary>Gets the initiation rate among episodes whose initiation window has closed (<c>OUT-IET-INITIATION</c>).</summary>
    public Proportion? InitiationRate => counts.Initiation.Rate;

    /// <summary>Gets the engagement rate among episodes whose engagement is known (<c>OUT-IET-ENGAGEMENT</c>).</summary>
    public Proportion? EngagementRate => counts.Engagement.Rate;

    /// <summary>Gets the mean number of attended sessions per episode, or <see langword="null"/> for an empty cohort.</summary>
    public double? MeanAttendedSessions => Episodes == 0 ? null : (double)AttendedSessions / Episodes;

    /// <summary>
    /// Gets the Kaplan–Meier median length of stay in days — the first day t on which the estimated share
    /// whose stay lasts beyond t falls to 0.5 or below — or <see langword="null"/> when it does not within the
    /// horizon (or the cohort is empty). Exact, because stays are whole days counted per day.
    /// </summary>
    public int? MedianLengthOfStay
    {
        get
        {
            for (var day = 1; day < survival.Length; day++)
            {
                if (survival[day] <= 0.5)
                {
                    return day;
                }
            }

            return null;
        }
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

    /// <summary>Returns the number of discharges with a TEDS reason (on or before the report date).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public long DischargesBy(TedsDischargeReason reason) => counts.DischargesByReason[Guard.Against.UndefinedMember(reason)];

    /// <summary>Returns the Kaplan–Meier estimate of the share of episodes whose stay lasts beyond day <paramref name="day"/>, S(day) = P(LOS &gt; day).</summary>
    /// <param name="day">The day of stay, in [0, horizon]; S(0) = 1, since every stay lasts at least 1 day.</param>
    /// <returns>The estimate, or <see langword="null"/> for an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside [0, horizon].</exception>
    public double? SurvivalAt(int day)
    {
        Guard.Against.OutsideRange(day, 0, Criteria.HorizonDays);
        return Episodes == 0 ? null : survival[day];
    }

    /// <summary>
    /// Returns the Kaplan–Meier retention at day <paramref name="day"/>: the estimated share still in
    /// treatment on the <paramref name="day"/>-th day of stay (the admission date being day 1),
    /// P(LOS ≥ day) = S(day − 1) (<c>OUT-KM-RETENTION</c>).
    /// </summary>
    /// <param name="day">The day of stay, in [1, horizon + 1].</param>
    /// <returns>The estimate, or <see langword="null"/> for an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside [1, horizon + 1].</exception>
    public double? RetentionAt(int day)
    {
        Guard.Against.OutsideRange(day, 1, Criteria.HorizonDays + 1);
        return Episodes == 0 ? null : survival[day - 1];
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

        return new CohortSummary(Criteria, AsOf, counts.Plus(other.counts), retention.Plus(other.retention));
    }

    /// <inheritdoc/>
    public bool Equals(CohortSummary? other) =>
        other is not null
        && AsOf == other.AsOf
        && Criteria.Equals(other.Criteria)
        && counts.Equals(other.counts)
        && retention.Equals(other.retention);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CohortSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Criteria, counts, retention);

    /// <summary>Describes the summary by size only.</summary>
    /// <returns>For example <c>Cohort summary (10000 episodes, 812 open)</c>.</returns>
    public override string ToString() => $"Cohort summary ({Episodes} episodes, {OpenEpisodes} open)";

    private static Proportion? Rate(long count, long total) => total == 0 ? null : new Proportion(count, total);
}
