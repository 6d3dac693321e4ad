using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// What a reader of a suppressed report knows, restated from the public surface for <see cref="DisclosureOracle"/>:
/// every count of every summary (published when some published figure shows it), the counts a reader can derive
/// (the rest of every rate, the discharges without a reason, the RCI categories), and every identity among them,
/// overall = sum of the levels = sum of the groups included.
/// </summary>
internal static class CohortDisclosure
{
    public static IReadOnlyList<string> Violations<TGroup>(CohortReport<TGroup> report, SuppressedCohortReport<TGroup> published, long minimumCellSize, IReadOnlyList<int> days)
        where TGroup : notnull
    {
        var oracle = new DisclosureOracle(minimumCellSize);
        // The levels and groups the published report has (a report suppressed from group summaries has no levels).
        var levels = published.ByLevel.Keys.Order().ToArray();
        var groups = published.ByGroup.Keys.ToArray();
        var overall = Add(oracle, "overall", report.Overall, published.Overall, days);
        var byLevel = levels.Select(l => Add(oracle, $"level {l}", report.ByLevel[l], published.ByLevel[l], days)).ToArray();
        var byGroup = groups.Select((g, i) => Add(oracle, $"group {i}", report.ByGroup[g], published.ByGroup[g], days)).ToArray();
        // Kaplan-Meier does not add up across groups: the sides of a retention estimate are counts, and add up,
        // only when no summary has an open episode.
        var exact = report.Overall.OpenEpisodes == 0;
        var retentionCells = overall.Length - (2 * days.Count);
        for (var j = 0; j < overall.Length; j++)
        {
            if (j >= retentionCells && !exact)
            {
                continue;
            }

            if (byLevel.Length > 0)
            {
                oracle.Line(overall[j], [.. byLevel.Select(cells => cells[j])]);
            }

            if (byGroup.Length > 0)
            {
                oracle.Line(overall[j], [.. byGroup.Select(cells => cells[j])]);
            }
        }

        return oracle.Violations();
    }

    public static IReadOnlyList<string> Violations(CohortSummary summary, SuppressedCohortSummary published, long minimumCellSize, IReadOnlyList<int> days)
    {
        var oracle = new DisclosureOracle(minimumCellSize);
        Add(oracle, "summary", summary, published, days);
        return oracle.Violations();
    }

    /// <summary>Adds one summary's cells and lines; returns its cells in a fixed order, so summaries line up.</summary>
    private static int[] Add(DisclosureOracle oracle, string where, CohortSummary s, SuppressedCohortSummary p, IReadOnlyList<int> days)
    {
        var cells = new List<int>();
        int Cell(string name, long value, bool published)
        {
            var cell = oracle.Cell($"{where}.{name}", value, published);
            cells.Add(cell);
            return cell;
        }

        int Rest(string name, int total, long totalValue, int part, long partValue)
        {
            var rest = Cell(name, totalValue - partValue, published: false);
            oracle.Line(total, part, rest);
            return rest;
        }

        static bool Shown<T>(ReportCell<T> cell) => !cell.IsSuppressed;

        // A count is known when any published figure shows it: a rate shows its count and its total.
        var episodesKnown = Shown(p.Episodes) || Shown(p.MeasurementBasedCareCoverage) || Shown(p.SteppedDownRate) || Shown(p.SteppedUpRate);
        var e = Cell("episodes", s.Episodes, episodesKnown);
        var o = Cell("open", s.OpenEpisodes, Shown(p.OpenEpisodes));
        var d = Cell("discharged", s.DischargedEpisodes, Shown(p.DischargedEpisodes) || Shown(p.CompletionRate));
        oracle.Line(e, o, d);
        var reasons = Enum.GetValues<TedsDischargeReason>()
            .Select(r => Cell($"reason {r}", s.DischargesBy(r), Shown(p.DischargesBy(r)) || (r == TedsDischargeReason.TreatmentCompleted && (Shown(p.CompletedEpisodes) || Shown(p.CompletionRate)))))
            .ToArray();
        var withoutReason = Cell("discharged without reason", s.DischargedEpisodes - Enum.GetValues<TedsDischargeReason>().Sum(s.DischargesBy), published: false);
        oracle.Line(d, [.. reasons, withoutReason]);
        Rest("not completed", d, s.DischargedEpisodes, reasons[0], s.CompletedEpisodes);

        var b = Cell("with baseline", s.EpisodesWithBaseline, Shown(p.EpisodesWithBaseline));
        Rest("without baseline", e, s.Episodes, b, s.EpisodesWithBaseline);
        var rate = (string name, Proportion? value, ReportCell<Proportion?> shown, int total, long totalValue) =>
        {
            var count = Cell(name, value?.Count ?? 0, Shown(shown));
            Rest($"{name}: the rest", total, totalValue, count, value?.Count ?? 0);
            return count;
        };

        var measured = rate("measured", s.MeasurementBasedCareCoverage, p.MeasurementBasedCareCoverage, e, s.Episodes);
        Rest("baseline, not measured", b, s.EpisodesWithBaseline, measured, s.MeasurementBasedCareCoverage?.Count ?? 0);
        var eligibleValue = s.ResponseRate?.Total ?? 0;
        var eligible = Cell("eligible", eligibleValue, Shown(p.ResponseRate) || Shown(p.RemissionRate));
        Rest("baseline, not eligible", b, s.EpisodesWithBaseline, eligible, eligibleValue);
        rate("responders", s.ResponseRate, p.ResponseRate, eligible, eligibleValue);
        rate("remitters", s.RemissionRate, p.RemissionRate, eligible, eligibleValue);
        var evaluatedValue = s.ReliableImprovementRate?.Total ?? 0;
        var evaluated = Cell("evaluated", evaluatedValue, Shown(p.ReliableImprovementRate) || Shown(p.RecoveryRate) || Shown(p.DeteriorationRate));
        Rest("baseline, not evaluated", b, s.EpisodesWithBaseline, evaluated, evaluatedValue);
        var improved = rate("improved", s.ReliableImprovementRate, p.ReliableImprovementRate, evaluated, evaluatedValue);
        var recovered = rate("recovered", s.RecoveryRate, p.RecoveryRate, evaluated, evaluatedValue);
        var deteriorated = rate("deteriorated", s.DeteriorationRate, p.DeteriorationRate, evaluated, evaluatedValue);
        var improvedOnly = Cell("improved, not recovered", (s.ReliableImprovementRate?.Count ?? 0) - (s.RecoveryRate?.Count ?? 0), published: false);
        var unchanged = Cell("unchanged", evaluatedValue - (s.ReliableImprovementRate?.Count ?? 0) - (s.DeteriorationRate?.Count ?? 0), published: false);
        oracle.Line(evaluated, recovered, improvedOnly, unchanged, deteriorated);
        oracle.Line(improved, recovered, improvedOnly);
        rate("stepped down", s.SteppedDownRate, p.SteppedDownRate, e, s.Episodes);
        rate("stepped up", s.SteppedUpRate, p.SteppedUpRate, e, s.Episodes);
        foreach (var (name, value, shown, parent, parentValue) in new[]
        {
            ("follow-up short", s.FollowUpShortRate, p.FollowUpShortRate, d, s.DischargedEpisodes),
            ("follow-up long", s.FollowUpLongRate, p.FollowUpLongRate, d, s.DischargedEpisodes),
            ("initiation", s.InitiationRate, p.InitiationRate, e, s.Episodes),
            ("engagement", s.EngagementRate, p.EngagementRate, e, s.Episodes),
        })
        {
            var known = Cell($"{name} known", value?.Total ?? 0, Shown(shown));
            Rest($"{name} pending", parent, parentValue, known, value?.Total ?? 0);
            rate(name, value, shown, known, value?.Total ?? 0);
        }

        // The mean times the episodes is the sessions.
        Cell("sessions", s.AttendedSessions, Shown(p.AttendedSessions) || (Shown(p.MeanAttendedSessions) && episodesKnown));
        foreach (var day in days)
        {
            // With open episodes, episodes x retention is only the least number still in treatment (rounded up).
            var share = s.Episodes * (s.RetentionAt(day) ?? 1);
            var stayed = share > 1e-9 ? Math.Max(1, (long)Math.Ceiling(share - 1e-9)) : 0;
            var shown = Shown(p.RetentionAt(day)) && episodesKnown;
            var stayedCell = Cell($"in treatment on day {day}", stayed, shown);
            Rest($"gone by day {day}", e, s.Episodes, stayedCell, stayed);
        }

        return [.. cells];
    }
}
