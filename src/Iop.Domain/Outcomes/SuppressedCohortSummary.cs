using Iop.Domain.Coding;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The figures of a <see cref="CohortSummary"/> that may leave a clinic under a <see cref="CellSuppressionPolicy"/>:
/// every count, rate and estimate is a <see cref="ReportCell{T}"/>, published or withheld with its reason
/// (<c>OUT-CELL-SMALL</c>, <c>OUT-CELL-COMPLEMENT</c>). Made by <see cref="CellSuppression.Suppress(CohortSummary, CellSuppressionPolicy, IReadOnlyList{int})"/>.
/// </summary>
/// <remarks>
/// <para>No published figure is a count from 1 to the minimum cell size − 1, and none lets such a count be
/// recalculated from the others (a total minus its published parts, a rate and its total, a mean and the
/// episodes, a retention estimate and the episodes; in a report also a group or level beside the overall).
/// See <see cref="CellSuppression"/> for the method.</para>
/// <para><see cref="Findings"/> hold one finding per withheld figure, its subject naming the figure
/// (<see cref="SubjectKind.Cell"/>); all are <see cref="Severity.Information"/>.</para>
/// <para>Equality compares the criteria, report date, policy, every figure and the findings. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class SuppressedCohortSummary : IEvaluationResult, IEquatable<SuppressedCohortSummary>
{
    private readonly ReportCell<long>[] counts;
    private readonly ReportCell<long>[] discharges;
    private readonly ReportCell<Proportion?>[] rates;
    private readonly int[] retentionDays;
    private readonly ReportCell<double?>[] retention;

    internal SuppressedCohortSummary(
        CohortCriteria criteria,
        LocalDate asOf,
        CellSuppressionPolicy policy,
        ReportCell<long>[] counts,
        ReportCell<long>[] discharges,
        ReportCell<Proportion?>[] rates,
        ReportCell<double?> meanAttendedSessions,
        ReportCell<int?> medianLengthOfStay,
        int[] retentionDays,
        ReportCell<double?>[] retention)
    {
        Criteria = criteria;
        AsOf = asOf;
        Policy = policy;
        this.counts = counts;
        this.discharges = discharges;
        this.rates = rates;
        MeanAttendedSessions = meanAttendedSessions;
        MedianLengthOfStay = medianLengthOfStay;
        this.retentionDays = retentionDays;
        this.retention = retention;
        var findings = counts.Concat(discharges).Select(c => c.Reason)
            .Concat(rates.Select(c => c.Reason))
            .Append(meanAttendedSessions.Reason)
            .Append(medianLengthOfStay.Reason)
            .Concat(retention.Select(c => c.Reason))
            .OfType<Finding>()
            .ToArray();
        Array.Sort(findings, FindingOrder.Instance);
        Findings = Array.AsReadOnly(findings);
        RetentionDays = Array.AsReadOnly(retentionDays);
    }

    /// <summary>The count cells in stored order: episodes, open, discharged, with a baseline, attended sessions (for a stored record).</summary>
    internal IReadOnlyList<ReportCell<long>> CountCells => counts;

    /// <summary>The discharge cells, one per TEDS reason in the enum's order (for a stored record).</summary>
    internal IReadOnlyList<ReportCell<long>> DischargeCells => discharges;

    /// <summary>The rate cells in stored order, completion to engagement (for a stored record).</summary>
    internal IReadOnlyList<ReportCell<Proportion?>> RateCells => rates;

    /// <summary>The retention cells, one per retention day (for a stored record).</summary>
    internal IReadOnlyList<ReportCell<double?>> RetentionCells => retention;

    /// <summary>
    /// The record of a suppressed summary already made, read back from storage (decision 0073): its cells as
    /// written, checked for what can be checked (nulls, one cell per figure, retention days ascending), never
    /// suppressed again.
    /// </summary>
    internal static SuppressedCohortSummary FromRecord(
        CohortCriteria criteria, LocalDate asOf, CellSuppressionPolicy policy, IReadOnlyList<ReportCell<long>> counts,
        IReadOnlyList<ReportCell<long>> discharges, IReadOnlyList<ReportCell<Proportion?>> rates, ReportCell<double?> meanAttendedSessions,
        ReportCell<int?> medianLengthOfStay, IReadOnlyList<int> retentionDays, IReadOnlyList<ReportCell<double?>> retention)
    {
        Guard.Against.Null(criteria);
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(policy);
        Guard.Against.Null(meanAttendedSessions);
        Guard.Against.Null(medianLengthOfStay);
        var countCells = Cells(counts, 5, nameof(counts));
        var dischargeCells = Cells(discharges, Enum.GetValues<TedsDischargeReason>().Length, nameof(discharges));
        var rateCells = Cells(rates, 13, nameof(rates));
        var days = Guard.Against.Null(retentionDays).ToArray();
        if (days.Zip(days.Skip(1)).Any(p => p.Second <= p.First) || days.Any(d => d < 1))
        {
            throw new ArgumentException("The retention days must be ascending, distinct and at least 1.", nameof(retentionDays));
        }

        return new(criteria, asOf, policy, countCells, dischargeCells, rateCells, meanAttendedSessions, medianLengthOfStay, days, Cells(retention, days.Length, nameof(retention)));
    }

    private static ReportCell<T>[] Cells<T>(IReadOnlyList<ReportCell<T>> cells, int count, string paramName)
    {
        var array = Guard.Against.NullElements(cells, paramName).ToArray();
        return array.Length == count
            ? array
            : throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"There must be {count} cells, one per figure."), paramName);
    }

    /// <summary>Gets the criteria the summary was computed with.</summary>
    public CohortCriteria Criteria { get; }

    /// <summary>Gets the report date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the suppression policy applied.</summary>
    public CellSuppressionPolicy Policy { get; }

    /// <summary>Gets the number of episodes (<see cref="CohortSummary.Episodes"/>).</summary>
    public ReportCell<long> Episodes => counts[0];

    /// <summary>Gets the number of episodes open on the report date (<see cref="CohortSummary.OpenEpisodes"/>).</summary>
    public ReportCell<long> OpenEpisodes => counts[1];

    /// <summary>Gets the number of episodes discharged on or before the report date (<see cref="CohortSummary.DischargedEpisodes"/>).</summary>
    public ReportCell<long> DischargedEpisodes => counts[2];

    /// <summary>Gets the number of completed episodes, TEDS reason 1 (<see cref="CohortSummary.CompletedEpisodes"/>); the same cell as <c>DischargesBy(TreatmentCompleted)</c>.</summary>
    public ReportCell<long> CompletedEpisodes => discharges[0];

    /// <summary>Gets the number of episodes with a baseline score (<see cref="CohortSummary.EpisodesWithBaseline"/>).</summary>
    public ReportCell<long> EpisodesWithBaseline => counts[3];

    /// <summary>Gets the total number of attended sessions (<see cref="CohortSummary.AttendedSessions"/>); services are cells too.</summary>
    public ReportCell<long> AttendedSessions => counts[4];

    /// <summary>Gets the completion rate (<see cref="CohortSummary.CompletionRate"/>).</summary>
    public ReportCell<Proportion?> CompletionRate => rates[0];

    /// <summary>Gets measurement-based-care coverage (<see cref="CohortSummary.MeasurementBasedCareCoverage"/>).</summary>
    public ReportCell<Proportion?> MeasurementBasedCareCoverage => rates[1];

    /// <summary>Gets the response rate (<see cref="CohortSummary.ResponseRate"/>).</summary>
    public ReportCell<Proportion?> ResponseRate => rates[2];

    /// <summary>Gets the remission rate (<see cref="CohortSummary.RemissionRate"/>).</summary>
    public ReportCell<Proportion?> RemissionRate => rates[3];

    /// <summary>Gets the reliable-improvement rate (<see cref="CohortSummary.ReliableImprovementRate"/>).</summary>
    public ReportCell<Proportion?> ReliableImprovementRate => rates[4];

    /// <summary>Gets the recovery rate (<see cref="CohortSummary.RecoveryRate"/>).</summary>
    public ReportCell<Proportion?> RecoveryRate => rates[5];

    /// <summary>Gets the reliable-deterioration rate (<see cref="CohortSummary.DeteriorationRate"/>).</summary>
    public ReportCell<Proportion?> DeteriorationRate => rates[6];

    /// <summary>Gets the stepped-down share (<see cref="CohortSummary.SteppedDownRate"/>).</summary>
    public ReportCell<Proportion?> SteppedDownRate => rates[7];

    /// <summary>Gets the stepped-up share (<see cref="CohortSummary.SteppedUpRate"/>).</summary>
    public ReportCell<Proportion?> SteppedUpRate => rates[8];

    /// <summary>Gets the short-window follow-up rate (<see cref="CohortSummary.FollowUpShortRate"/>).</summary>
    public ReportCell<Proportion?> FollowUpShortRate => rates[9];

    /// <summary>Gets the long-window follow-up rate (<see cref="CohortSummary.FollowUpLongRate"/>).</summary>
    public ReportCell<Proportion?> FollowUpLongRate => rates[10];

    /// <summary>Gets the initiation rate (<see cref="CohortSummary.InitiationRate"/>).</summary>
    public ReportCell<Proportion?> InitiationRate => rates[11];

    /// <summary>Gets the engagement rate (<see cref="CohortSummary.EngagementRate"/>).</summary>
    public ReportCell<Proportion?> EngagementRate => rates[12];

    /// <summary>Gets the mean number of attended sessions per episode (<see cref="CohortSummary.MeanAttendedSessions"/>): withheld with the sessions or the episodes, from which it is one division away.</summary>
    public ReportCell<double?> MeanAttendedSessions { get; }

    /// <summary>
    /// Gets the Kaplan–Meier median length of stay (<see cref="CohortSummary.MedianLengthOfStay"/>), a day rather
    /// than a count: published when the discharges by the median day and the episodes beyond the day before it
    /// are each, at the least, the minimum cell size.
    /// </summary>
    public ReportCell<int?> MedianLengthOfStay { get; }

    /// <summary>Gets the days of stay whose retention was asked for, in ascending order.</summary>
    public IReadOnlyList<int> RetentionDays { get; }

    /// <summary>Gets the findings: one per withheld figure, in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an error (never: withholding a figure is information).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two summaries by value.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SuppressedCohortSummary? left, SuppressedCohortSummary? right) => Equals(left, right);

    /// <summary>Compares two summaries by value.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SuppressedCohortSummary? left, SuppressedCohortSummary? right) => !Equals(left, right);

    /// <summary>Returns the number of discharges with a TEDS reason (<see cref="CohortSummary.DischargesBy"/>).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public ReportCell<long> DischargesBy(TedsDischargeReason reason) => discharges[(int)Guard.Against.UndefinedMember(reason) - 1];

    /// <summary>Returns the Kaplan–Meier retention at a day of stay that was asked for (<see cref="CohortSummary.RetentionAt"/>).</summary>
    /// <param name="day">One of <see cref="RetentionDays"/>.</param>
    /// <returns>The cell: withheld when those still in treatment or those gone by that day could be fewer than the minimum cell size, or would let a withheld cell be recalculated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not one of <see cref="RetentionDays"/>.</exception>
    public ReportCell<double?> RetentionAt(int day)
    {
        var index = Array.BinarySearch(retentionDays, day);
        return index >= 0
            ? retention[index]
            : throw new ArgumentOutOfRangeException(nameof(day), "Value must be one of the retention days passed to CellSuppression.Suppress (see RetentionDays).");
    }

    /// <inheritdoc/>
    public bool Equals(SuppressedCohortSummary? other) =>
        other is not null
        && AsOf == other.AsOf
        && Criteria.Equals(other.Criteria)
        && Policy.Equals(other.Policy)
        && counts.SequenceEqual(other.counts)
        && discharges.SequenceEqual(other.discharges)
        && rates.SequenceEqual(other.rates)
        && MeanAttendedSessions.Equals(other.MeanAttendedSessions)
        && MedianLengthOfStay.Equals(other.MedianLengthOfStay)
        && retentionDays.SequenceEqual(other.retentionDays)
        && retention.SequenceEqual(other.retention)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SuppressedCohortSummary);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AsOf);
        hash.Add(Criteria);
        hash.Add(Policy);
        foreach (var cell in counts.Concat(discharges))
        {
            hash.Add(cell);
        }

        foreach (var cell in rates)
        {
            hash.Add(cell);
        }

        hash.Add(MeanAttendedSessions);
        hash.Add(MedianLengthOfStay);
        foreach (var cell in retention)
        {
            hash.Add(cell);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the summary by the number of withheld figures only (a count could be small).</summary>
    /// <returns>For example <c>Suppressed cohort summary (4 figures withheld)</c>.</returns>
    public override string ToString() => $"Suppressed cohort summary ({Findings.Count} figure{(Findings.Count == 1 ? string.Empty : "s")} withheld)";
}
