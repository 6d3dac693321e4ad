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

    /// <summary>
    /// The names of the counts in <see cref="Counts"/>, in a fixed order: the summary's sufficient statistics
    /// besides the retention buckets, one per figure (each is the rule's numerator or denominator).
    /// </summary>
    /// <value>
    /// <c>episodes</c>, <c>open</c>, <c>discharged</c>, one <c>dischargedXxx</c> per TEDS discharge reason,
    /// <c>steppedDown</c>, <c>steppedUp</c>, <c>followUpShortKnown</c>/<c>Met</c>, <c>followUpLongKnown</c>/<c>Met</c>,
    /// <c>initiationKnown</c>/<c>Met</c>, <c>engagementKnown</c>/<c>Met</c>, <c>withBaseline</c>, <c>measured</c>,
    /// <c>responseEligible</c>, <c>responders</c>, <c>remitters</c>, <c>reliableChangeEvaluated</c>, <c>improved</c>,
    /// <c>recovered</c>, <c>deteriorated</c>, <c>attendedSessions</c>.
    /// </value>
    public static IReadOnlyList<string> CountNames { get; } =
    [
        "episodes", "open", "discharged",
        "dischargedTreatmentCompleted", "dischargedDroppedOut", "dischargedTerminatedByFacility", "dischargedTransferred",
        "dischargedIncarcerated", "dischargedDeath", "dischargedOther",
        "steppedDown", "steppedUp",
        "followUpShortKnown", "followUpShortMet", "followUpLongKnown", "followUpLongMet",
        "initiationKnown", "initiationMet", "engagementKnown", "engagementMet",
        "withBaseline", "measured", "responseEligible", "responders", "remitters",
        "reliableChangeEvaluated", "improved", "recovered", "deteriorated", "attendedSessions",
    ];

    /// <summary>
    /// The summary's counts by name (<see cref="CountNames"/>): with <see cref="DischargesByDay"/>,
    /// <see cref="OpenByDay"/> and <see cref="BeyondHorizon"/>, the whole state, from which
    /// <see cref="FromState"/> rebuilds an equal summary (to exchange summaries between sites).
    /// </summary>
    public IReadOnlyDictionary<string, long> Counts
    {
        get
        {
            long[] values =
            [
                counts.Episodes, counts.Open, counts.Discharged,
                counts.DischargesByReason.TreatmentCompleted, counts.DischargesByReason.DroppedOut,
                counts.DischargesByReason.TerminatedByFacility, counts.DischargesByReason.Transferred,
                counts.DischargesByReason.Incarcerated, counts.DischargesByReason.Death, counts.DischargesByReason.Other,
                counts.SteppedDown, counts.SteppedUp,
                counts.FollowUpShort.Known, counts.FollowUpShort.Met, counts.FollowUpLong.Known, counts.FollowUpLong.Met,
                counts.Initiation.Known, counts.Initiation.Met, counts.Engagement.Known, counts.Engagement.Met,
                counts.WithBaseline, counts.Measured, counts.Response.Eligible, counts.Response.Responders, counts.Response.Remitters,
                counts.ReliableChange.Evaluated, counts.ReliableChange.Improved, counts.ReliableChange.Recovered,
                counts.ReliableChange.Deteriorated, counts.AttendedSessions,
            ];
            return CountNames.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }

    /// <summary>The Kaplan–Meier buckets: discharged episodes by length of stay in days, index 0 to the horizon.</summary>
    public IReadOnlyList<long> DischargesByDay => retention.DischargesByDay;

    /// <summary>The Kaplan–Meier buckets: open (censored) episodes by days observed, index 0 to the horizon.</summary>
    public IReadOnlyList<long> OpenByDay => retention.OpenByDay;

    /// <summary>Episodes, discharged or open, whose length of stay is beyond the horizon.</summary>
    public long BeyondHorizon => retention.BeyondHorizon;

    /// <summary>
    /// Rebuilds a summary from its state (<see cref="Counts"/>, <see cref="DischargesByDay"/>,
    /// <see cref="OpenByDay"/>, <see cref="BeyondHorizon"/>), for example one received from another site.
    /// The state is checked as a whole: a summary that no set of episodes could have produced is refused.
    /// </summary>
    /// <param name="criteria">The criteria the counts were made with.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="counts">Every count of <see cref="CountNames"/>, and no other.</param>
    /// <param name="dischargesByDay">Discharges per day of stay, <see cref="CohortCriteria.HorizonDays"/> + 1 buckets.</param>
    /// <param name="openByDay">Open episodes per day observed, <see cref="CohortCriteria.HorizonDays"/> + 1 buckets.</param>
    /// <param name="beyondHorizon">Episodes beyond the horizon.</param>
    /// <returns>The summary; equal to the one the state was read from.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A count is missing, unknown or negative; a bucket list is not horizon + 1
    /// long; or the counts contradict each other (a part larger than its whole, or buckets that do not add up to
    /// the episodes).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static CohortSummary FromState(
        CohortCriteria criteria,
        LocalDate asOf,
        IReadOnlyDictionary<string, long> counts,
        IEnumerable<long> dischargesByDay,
        IEnumerable<long> openByDay,
        long beyondHorizon)
    {
        Guard.Against.Null(criteria);
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(counts);
        var discharges = Guard.Against.Null(dischargesByDay).ToArray();
        var open = Guard.Against.Null(openByDay).ToArray();
        Guard.Against.BelowMinimum(beyondHorizon, 0L);
        if (counts.Count != CountNames.Count || CountNames.Any(name => !counts.ContainsKey(name)))
        {
            throw new ArgumentException("The counts must be exactly the names of CohortSummary.CountNames.", nameof(counts));
        }

        if (counts.Values.Any(n => n < 0) || discharges.Any(n => n < 0) || open.Any(n => n < 0))
        {
            throw new ArgumentException("Counts and buckets must not be negative.", nameof(counts));
        }

        if (discharges.Length != criteria.HorizonDays + 1 || open.Length != criteria.HorizonDays + 1)
        {
            throw new ArgumentException("The retention buckets must have one entry per day of stay, 0 to the criteria's horizon.", nameof(dischargesByDay));
        }

        var c = new CohortCounts
        {
            Episodes = counts["episodes"],
            Open = counts["open"],
            Discharged = counts["discharged"],
            DischargesByReason = new DischargeReasonCounts
            {
                TreatmentCompleted = counts["dischargedTreatmentCompleted"],
                DroppedOut = counts["dischargedDroppedOut"],
                TerminatedByFacility = counts["dischargedTerminatedByFacility"],
                Transferred = counts["dischargedTransferred"],
                Incarcerated = counts["dischargedIncarcerated"],
                Death = counts["dischargedDeath"],
                Other = counts["dischargedOther"],
            },
            SteppedDown = counts["steppedDown"],
            SteppedUp = counts["steppedUp"],
            FollowUpShort = new KnownOutcomeCount { Known = counts["followUpShortKnown"], Met = counts["followUpShortMet"] },
            FollowUpLong = new KnownOutcomeCount { Known = counts["followUpLongKnown"], Met = counts["followUpLongMet"] },
            Initiation = new KnownOutcomeCount { Known = counts["initiationKnown"], Met = counts["initiationMet"] },
            Engagement = new KnownOutcomeCount { Known = counts["engagementKnown"], Met = counts["engagementMet"] },
            WithBaseline = counts["withBaseline"],
            Measured = counts["measured"],
            Response = new ResponseCounts
            {
                Eligible = counts["responseEligible"],
                Responders = counts["responders"],
                Remitters = counts["remitters"],
            },
            ReliableChange = new ReliableChangeCounts
            {
                Evaluated = counts["reliableChangeEvaluated"],
                Improved = counts["improved"],
                Recovered = counts["recovered"],
                Deteriorated = counts["deteriorated"],
            },
            AttendedSessions = counts["attendedSessions"],
        };
        var reasons = c.DischargesByReason;
        var reasonTotal = reasons.TreatmentCompleted + reasons.DroppedOut + reasons.TerminatedByFacility + reasons.Transferred
            + reasons.Incarcerated + reasons.Death + reasons.Other;
        var consistent =
            c.Open + c.Discharged == c.Episodes
            && reasonTotal <= c.Discharged
            && c.SteppedDown <= c.Episodes && c.SteppedUp <= c.Episodes
            && IsPart(c.FollowUpShort, c.Episodes) && IsPart(c.FollowUpLong, c.Episodes)
            && IsPart(c.Initiation, c.Episodes) && IsPart(c.Engagement, c.Episodes)
            && c.Measured <= c.WithBaseline && c.WithBaseline <= c.Episodes
            && c.Response.Eligible <= c.WithBaseline && c.Response.Responders <= c.Response.Eligible && c.Response.Remitters <= c.Response.Eligible
            && c.ReliableChange.Evaluated <= c.WithBaseline && c.ReliableChange.Improved <= c.ReliableChange.Evaluated
            && c.ReliableChange.Recovered <= c.ReliableChange.Improved
            && c.ReliableChange.Improved + c.ReliableChange.Deteriorated <= c.ReliableChange.Evaluated
            && discharges.Sum() + open.Sum() + beyondHorizon == c.Episodes
            && discharges.Sum() <= c.Discharged && open.Sum() <= c.Open;
        if (!consistent)
        {
            throw new ArgumentException("The counts contradict each other: a part is larger than its whole, or the retention buckets do not add up to the episodes.", nameof(counts));
        }

        return new CohortSummary(criteria, asOf, c, RetentionTable.FromBuckets(discharges, open, beyondHorizon));
    }

    private static bool IsPart(KnownOutcomeCount count, long episodes) => count.Met <= count.Known && count.Known <= episodes;


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
