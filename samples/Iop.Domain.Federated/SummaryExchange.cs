using System.Text.Json;
using Iop.Domain.Outcomes;
using NodaTime;
using NodaTime.Text;

namespace Iop.Domain.Federated;

/// <summary>
/// The wire between a clinic and the network, and the one place the sample touches the wire format: a cohort
/// summary leaves as JSON (its counts and per-day Kaplan–Meier buckets, never an episode) and is read back as an
/// equal summary.
/// </summary>
/// <remarks>
/// Interim: this writes the summary's state (<see cref="CohortSummary.Counts"/>, <see cref="CohortSummary.DischargesByDay"/>,
/// <see cref="CohortSummary.OpenByDay"/>, <see cref="CohortSummary.BeyondHorizon"/>, read back with
/// <see cref="CohortSummary.FromState"/>) with plain System.Text.Json and names the criteria by name and version.
/// When Iop.Domain.Json serialises a <see cref="CohortSummary"/>, both methods become
/// <c>IopJson.Serialize(summary)</c> and <c>IopJson.Deserialize&lt;CohortSummary&gt;(json)</c>.
/// </remarks>
internal static class SummaryExchange
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>What a clinic sends: its summary as a JSON document.</summary>
    public static string Send(CohortSummary summary) => JsonSerializer.Serialize(
        new Wire(summary.Criteria.Name, summary.Criteria.Version, LocalDatePattern.Iso.Format(summary.AsOf), summary.Counts, summary.DischargesByDay, summary.OpenByDay, summary.BeyondHorizon),
        Options);

    /// <summary>What the network reads: the summary the clinic sent, under the network's own criteria (refused when the clinic used others).</summary>
    public static CohortSummary Receive(string json, CohortCriteria criteria)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json, Options) ?? throw new JsonException("A summary document must not be null.");
        if (wire.CriteriaName != criteria.Name || wire.CriteriaVersion != criteria.Version)
        {
            throw new JsonException("The summary was made with criteria other than the network's.");
        }

        return CohortSummary.FromState(criteria, LocalDatePattern.Iso.Parse(wire.AsOf).Value, wire.Counts, wire.DischargesByDay, wire.OpenByDay, wire.BeyondHorizon);
    }

    private sealed record Wire(string CriteriaName, string CriteriaVersion, string AsOf, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<long> DischargesByDay, IReadOnlyList<long> OpenByDay, long BeyondHorizon);
}
