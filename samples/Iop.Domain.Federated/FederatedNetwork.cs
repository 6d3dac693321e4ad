using System.Globalization;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Federated;

/// <summary>What the sample found: the network's summary, the one-pass summary and whether every figure agrees.</summary>
/// <param name="Merged">The network's merge of the three summaries it received as JSON.</param>
/// <param name="OnePass">One pass over every episode of the three clinics.</param>
/// <param name="Published">The suppressed report the network prints.</param>
/// <param name="MatchesOnePass">Whether the merge, every clinic's summary after the exchange, and the suppressed report equal those of one pass.</param>
internal sealed record FederatedResult(CohortSummary Merged, CohortReport<string> OnePass, SuppressedCohortReport<string> Published, bool MatchesOnePass);

/// <summary>The federated run: clinics summarise locally, exchange JSON summaries only, and the network merges and suppresses.</summary>
internal static class FederatedNetwork
{
    /// <summary>
    /// The three fictional clinics. Lakeview is small, so its counts show the suppression; Riverside summarises
    /// the columns of its warehouse query, the others their episode objects.
    /// </summary>
    public static readonly Clinic[] Clinics = [new("Northside", 1, 140), new("Riverside", 2, 95) { FromWarehouse = true }, new("Lakeview", 3, 23)];

    /// <summary>The days of stay whose retention the network publishes.</summary>
    public static readonly int[] RetentionDays = [30, 60];

    public static FederatedResult Run(TextWriter output)
    {
        var criteria = CohortCriteria.Phq9HedisStyle.InForceOn(Clinic.AsOf);
        var policy = CellSuppressionPolicy.Cms.InForceOn(Clinic.AsOf);

        // 1. Each clinic summarises its own episodes, from objects or from a query's columns, and sends the summary
        //    as JSON: no episode leaves it.
        var sent = Clinics.ToDictionary(c => c.Name, c => SummaryExchange.Send(c.Summarize(criteria)), StringComparer.Ordinal);
        output.WriteLine("Federated cohort report: three fictional clinics, report date " + Clinic.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var clinic in Clinics)
        {
            var from = clinic.FromWarehouse ? "the columns of its warehouse query" : "its episode objects";
            output.WriteLine($"  {clinic.Name} summarised {from} and sent a summary of {sent[clinic.Name].Length:N0} characters of JSON.");
        }

        // 2. The network reads the summaries, merges them and suppresses the report by clinic.
        var received = sent.ToDictionary(p => p.Key, p => SummaryExchange.Receive(p.Value, criteria), StringComparer.Ordinal);
        var merged = received.Values.Aggregate((all, part) => all.Merge(part));
        var published = CellSuppression.Suppress(received, policy, RetentionDays);

        output.WriteLine();
        output.WriteLine($"Published under {policy} (no cell of 1 to {policy.MinimumCellSize - 1}, nor one that reveals such a cell):");
        Print(output, "Network", published.Overall);
        foreach (var clinic in Clinics)
        {
            Print(output, clinic.Name, published.ByGroup[clinic.Name]);
        }

        output.WriteLine();
        output.WriteLine($"Withheld: {published.Findings.Count(f => f.RuleId == OutcomeRules.CellSizeSmall.Id)} figures under the minimum ({OutcomeRules.CellSizeSmall.Id}), {published.Findings.Count(f => f.RuleId == OutcomeRules.CellSizeComplement.Id)} complements ({OutcomeRules.CellSizeComplement.Id}).");

        // 3. The check: the same figures as one pass over every clinic's episode objects, Riverside's included, whose
        //    summary came from columns.
        var all = Clinics.SelectMany(c => c.Episodes()).ToArray();
        var onePass = CohortMetrics.SummarizeBy(all, e => Clinics[(e.Key / 10_000) - 1].Name, criteria, Clinic.AsOf);
        var matches = merged == onePass.Overall
            && Clinics.All(c => received[c.Name] == onePass.ByGroup[c.Name])
            && published == CellSuppression.Suppress(onePass.ByGroup, policy, RetentionDays);
        output.WriteLine(matches
            ? $"Check: the network's figures equal one pass over all {all.Length} episodes (merged summary, each clinic's summary and the suppressed report)."
            : "Check FAILED: the network's figures differ from one pass over all episodes.");
        return new FederatedResult(merged, onePass, published, matches);
    }

    private static void Print(TextWriter output, string name, SuppressedCohortSummary s)
    {
        output.WriteLine();
        output.WriteLine($"  {name}");
        output.WriteLine($"    Episodes {s.Episodes}, open {s.OpenEpisodes}, discharged {s.DischargedEpisodes}, completed {s.CompletedEpisodes}");
        output.WriteLine($"    Completion rate          {s.CompletionRate}");
        output.WriteLine($"    PHQ-9 response           {s.ResponseRate}");
        output.WriteLine($"    PHQ-9 remission          {s.RemissionRate}");
        output.WriteLine($"    Follow-up within 7 days  {s.FollowUpShortRate}");
        output.WriteLine($"    Retention day 30 / 60    {Share(s.RetentionAt(30))} / {Share(s.RetentionAt(60))}; median stay {s.MedianLengthOfStay} days");
    }

    private static string Share(ReportCell<double?> cell) =>
        cell.TryGetValue(out var value) && value is { } share ? string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.0} %") : cell.ToString();
}
