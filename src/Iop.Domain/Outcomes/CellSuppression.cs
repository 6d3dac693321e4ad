using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Cell-size suppression of cohort summaries and reports, so that they can leave a clinic without records
/// (rules <c>OUT-CELL-SMALL</c> and <c>OUT-CELL-COMPLEMENT</c>; CMS Cell Size Suppression Policy).
/// </summary>
/// <remarks>
/// <para><b>Cells.</b> Every count a summary publishes is a cell (episodes, open, discharged, each TEDS reason,
/// with a baseline, attended sessions, and each rate's count and total), and so is every count a reader can
/// derive from them without it being published (the discharges without a reason, each rate's "rest", the RCI
/// "unchanged"). A retention estimate publishes the episodes still in treatment on that day and, with the
/// episode count, those gone.</para>
/// <para><b>Primary suppression.</b> A cell from 1 to <see cref="CellSuppressionPolicy.MinimumCellSize"/> − 1 is
/// withheld (<c>OUT-CELL-SMALL</c>); a zero is published. A retention estimate with open episodes only bounds its
/// counts, so it is withheld when its smallest possible count is small.</para>
/// <para><b>Complementary suppression.</b> The identities a reader can use are lines: a total and the parts it is
/// the sum of (episodes = open + discharged; discharged = the seven reasons + those without one; a rate's total =
/// its count + the rest; in a report, the overall = the sum of the levels = the sum of the groups, cell by cell).
/// Each line must leave its withheld parts together at 0 or at least the minimum, never one lone small part;
/// and, solving all lines together as equations, no small cell may be determined. Where either fails, the
/// smallest published cell of the line is withheld too (<c>OUT-CELL-COMPLEMENT</c>), and the check repeats.</para>
/// <para><b>Derived figures</b> follow their cells: a rate is published only with its count and total, the mean
/// attended sessions with the sessions and the episodes, a retention estimate with the episodes still in
/// treatment and the episode count. The median length of stay is a day, not a count; it is published when the
/// discharges by that day and the episodes beyond the day before it are each at least the minimum.</para>
/// <para>The cost grows with the cube of the number of withheld and derived cells (a linear system over them),
/// about 40 per summary: fine for a report with tens of groups, not meant for thousands.</para>
/// </remarks>
public static class CellSuppression
{
    /// <summary>Suppresses the figures of one summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="policy">The suppression policy, for example <see cref="CellSuppressionPolicy.Cms2024"/>.</param>
    /// <param name="retentionDays">The days of stay whose Kaplan–Meier retention is to be published, each in [1, horizon + 1]; may be none.</param>
    /// <returns>The suppressed summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A retention day is outside [1, horizon + 1].</exception>
    public static SuppressedCohortSummary Suppress(CohortSummary summary, CellSuppressionPolicy policy, params IReadOnlyList<int> retentionDays)
    {
        Guard.Against.Null(summary);
        Guard.Against.Null(policy);
        var days = Days(retentionDays, summary.Criteria);
        return Solve([summary], days, policy)[0];
    }

    /// <summary>Suppresses the figures of a report: overall, per level and per group, together.</summary>
    /// <typeparam name="TGroup">The caller's group type.</typeparam>
    /// <param name="report">The report.</param>
    /// <param name="policy">The suppression policy, for example <see cref="CellSuppressionPolicy.Cms2024"/>.</param>
    /// <param name="retentionDays">The days of stay whose Kaplan–Meier retention is to be published, each in [1, horizon + 1]; may be none.</param>
    /// <returns>The suppressed report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A retention day is outside [1, horizon + 1].</exception>
    public static SuppressedCohortReport<TGroup> Suppress<TGroup>(CohortReport<TGroup> report, CellSuppressionPolicy policy, params IReadOnlyList<int> retentionDays)
        where TGroup : notnull
    {
        Guard.Against.Null(report);
        Guard.Against.Null(policy);
        var days = Days(retentionDays, report.Overall.Criteria);
        var levels = report.ByLevel.Keys.Order().ToArray();
        var groups = report.ByGroup.Keys.ToArray();
        CohortSummary[] summaries = [report.Overall, .. levels.Select(l => report.ByLevel[l]), .. groups.Select(g => report.ByGroup[g])];
        var solved = Solve(summaries, days, policy, levelCount: levels.Length);
        var byLevel = levels.Select((l, i) => (l, solved[1 + i])).ToDictionary(p => p.l, p => p.Item2);
        var byGroup = new Dictionary<TGroup, SuppressedCohortSummary>(report.ByGroup.Count, (report.ByGroup as Dictionary<TGroup, CohortSummary>)?.Comparer);
        for (var i = 0; i < groups.Length; i++)
        {
            byGroup.Add(groups[i], solved[1 + levels.Length + i]);
        }

        return new SuppressedCohortReport<TGroup>(solved[0], byLevel.AsReadOnly(), byGroup.AsReadOnly());
    }

    /// <summary>
    /// Suppresses summaries made apart (one per clinic of a network, say) and their merge, together: the overall
    /// is the merge of the groups, and no withheld cell of a group can be recalculated from the overall and the
    /// other groups. For federated use: each site sends its <see cref="CohortSummary"/>, the network suppresses.
    /// </summary>
    /// <typeparam name="TGroup">The caller's group type.</typeparam>
    /// <param name="byGroup">The summaries by group; at least one, all of the same criteria and report date.</param>
    /// <param name="policy">The suppression policy, for example <see cref="CellSuppressionPolicy.Cms2024"/>.</param>
    /// <param name="retentionDays">The days of stay whose Kaplan–Meier retention is to be published, each in [1, horizon + 1]; may be none.</param>
    /// <returns>The suppressed report; it has no per-level figures (the summaries do not carry them).</returns>
    /// <exception cref="ArgumentNullException">An argument or a summary is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="byGroup"/> is empty, or its summaries differ in criteria or report date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A retention day is outside [1, horizon + 1].</exception>
    public static SuppressedCohortReport<TGroup> Suppress<TGroup>(IReadOnlyDictionary<TGroup, CohortSummary> byGroup, CellSuppressionPolicy policy, params IReadOnlyList<int> retentionDays)
        where TGroup : notnull
    {
        Guard.Against.Null(byGroup);
        Guard.Against.Null(policy);
        var groups = byGroup.Keys.ToArray();
        var parts = Guard.Against.EmptyOrNullElements(groups.Select(g => byGroup[g]), nameof(byGroup));
        var first = parts[0];
        if (parts.Any(p => p.AsOf != first.AsOf || !p.Criteria.Equals(first.Criteria)))
        {
            throw new ArgumentException("Only summaries with the same criteria and report date can be suppressed together.", nameof(byGroup));
        }

        var overall = parts.Skip(1).Aggregate(first, (all, part) => all.Merge(part));
        var days = Days(retentionDays, first.Criteria);
        var solved = Solve([overall, .. parts], days, policy);
        var result = new Dictionary<TGroup, SuppressedCohortSummary>(groups.Length, (byGroup as Dictionary<TGroup, CohortSummary>)?.Comparer);
        for (var i = 0; i < groups.Length; i++)
        {
            result.Add(groups[i], solved[1 + i]);
        }

        return new SuppressedCohortReport<TGroup>(solved[0], new Dictionary<LevelOfCare, SuppressedCohortSummary>().AsReadOnly(), result.AsReadOnly());
    }

    private static int[] Days(IReadOnlyList<int> retentionDays, CohortCriteria criteria)
    {
        Guard.Against.Null(retentionDays);
        foreach (var day in retentionDays)
        {
            Guard.Against.OutsideRange(day, 1, criteria.HorizonDays + 1, nameof(retentionDays));
        }

        return [.. retentionDays.Distinct().Order()];
    }

    /// <summary>Suppresses summaries together: [0] is the overall, then <paramref name="levelCount"/> levels, then the groups.</summary>
    private static SuppressedCohortSummary[] Solve(CohortSummary[] summaries, int[] days, CellSuppressionPolicy policy, int levelCount = 0)
    {
        var optional = summaries.Select(CohortCells.OptionalLines).Aggregate((a, b) => [.. a.Zip(b, (x, y) => x && y)]);
        var table = new SuppressionTable();
        var layouts = summaries.Select(s => CohortCells.Add(table, s, days, optional, policy.MinimumCellSize)).ToArray();
        var length = layouts[0].Length;
        for (var offset = 0; offset < length; offset++)
        {
            AddDimension(table, layouts, offset, 1, levelCount);
            AddDimension(table, layouts, offset, 1 + levelCount, summaries.Length - 1 - levelCount);
        }

        table.Solve(policy.MinimumCellSize);
        return [.. summaries.Select((s, i) => Figures(s, layouts[i], table, policy, days))];
    }

    /// <summary>
    /// The overall cell at <paramref name="offset"/> is the sum of the same cell of <paramref name="count"/> summaries
    /// from <paramref name="from"/>: always so for counts; for the sides of a retention estimate only without open
    /// episodes (Kaplan–Meier does not add up across groups), and a line that does not hold is not added.
    /// </summary>
    private static void AddDimension(SuppressionTable table, CohortCells[] layouts, int offset, int from, int count)
    {
        if (count == 0)
        {
            return;
        }

        var parts = new int[count];
        var sum = 0L;
        for (var i = 0; i < count; i++)
        {
            parts[i] = layouts[from + i].First + offset;
            sum += table.Value(parts[i]);
        }

        if (sum != table.Value(layouts[0].First + offset))
        {
            return;
        }

        table.AddLine(layouts[0].First + offset, parts);
    }

    private static SuppressedCohortSummary Figures(CohortSummary s, CohortCells cells, SuppressionTable table, CellSuppressionPolicy policy, int[] days)
    {
        ReportCell<long> Count(string name, int cell) =>
            table.State(cell) == SuppressionTable.CellState.Published
                ? ReportCell<long>.Published(table.Value(cell))
                : ReportCell<long>.Withheld(Reason(name, table.State(cell) == SuppressionTable.CellState.Small, policy));

        ReportCell<T> Derived<T>(string name, T value, int[] shown, int[] revealed) =>
            shown.All(c => table.State(c) == SuppressionTable.CellState.Published)
                ? ReportCell<T>.Published(value)
                : ReportCell<T>.Withheld(Reason(name, shown.Concat(revealed).Any(table.IsSmall), policy));

        ReportCell<long>[] counts =
        [
            Count(nameof(CohortSummary.Episodes), cells.Episodes),
            Count(nameof(CohortSummary.OpenEpisodes), cells.Open),
            Count(nameof(CohortSummary.DischargedEpisodes), cells.Discharged),
            Count(nameof(CohortSummary.EpisodesWithBaseline), cells.WithBaseline),
            Count(nameof(CohortSummary.AttendedSessions), cells.Sessions),
        ];
        var reasons = Enum.GetValues<TedsDischargeReason>();
        ReportCell<long>[] discharges = [.. reasons.Select((r, i) => Count($"{nameof(CohortSummary.DischargesBy)}({r})", cells.Reasons[i]))];
        Proportion?[] values =
        [
            s.CompletionRate, s.MeasurementBasedCareCoverage, s.ResponseRate, s.RemissionRate, s.ReliableImprovementRate, s.RecoveryRate,
            s.DeteriorationRate, s.SteppedDownRate, s.SteppedUpRate, s.FollowUpShortRate, s.FollowUpLongRate, s.InitiationRate, s.EngagementRate,
        ];
        ReportCell<Proportion?>[] rates = [.. cells.Rates.Select((r, i) => Derived(CohortCells.RateNames[i], values[i], [r.Count, r.Total], [r.Complement]))];
        var mean = Derived(nameof(CohortSummary.MeanAttendedSessions), s.MeanAttendedSessions, [cells.Sessions, cells.Episodes], []);
        ReportCell<double?>[] retention = [.. days.Select((day, i) => Derived($"{nameof(CohortSummary.RetentionAt)}({day})", s.RetentionAt(day), [cells.Retention[i].Stayed, cells.Episodes], [cells.Retention[i].Left]))];
        return new SuppressedCohortSummary(s.Criteria, s.AsOf, policy, counts, discharges, rates, mean, Median(s, policy), days, retention);
    }

    /// <summary>The median day is published when the discharges by it, at least episodes × (1 − S(m)) − open, and the episodes beyond the day before it, at least episodes × S(m − 1), each reach the minimum.</summary>
    private static ReportCell<int?> Median(CohortSummary s, CellSuppressionPolicy policy)
    {
        if (s.MedianLengthOfStay is not { } median)
        {
            return ReportCell<int?>.Published(null);
        }

        var n = (double)s.Episodes;
        var gone = (n * (1 - s.SurvivalAt(median)!.Value)) - s.OpenEpisodes;
        var beyond = n * s.SurvivalAt(median - 1)!.Value;
        return CohortCells.AtLeast(gone) >= policy.MinimumCellSize && CohortCells.AtLeast(beyond) >= policy.MinimumCellSize
            ? ReportCell<int?>.Published(median)
            : ReportCell<int?>.Withheld(Reason(nameof(CohortSummary.MedianLengthOfStay), small: true, policy));
    }

    private static Finding Reason(string figure, bool small, CellSuppressionPolicy policy) => small
        ? OutcomeRules.CellSizeSmall.ToFinding(
            Severity.Information,
            $"Withheld: the figure rests on a count from 1 to {policy.MinimumCellSize - 1}, below the minimum cell size of {policy.MinimumCellSize}.",
            FindingSubject.Part(SubjectKind.Cell, figure))
        : OutcomeRules.CellSizeComplement.ToFinding(
            Severity.Information,
            $"Withheld as a complement: with the other published figures it would let a withheld count below {policy.MinimumCellSize} be recalculated.",
            FindingSubject.Part(SubjectKind.Cell, figure));
}
