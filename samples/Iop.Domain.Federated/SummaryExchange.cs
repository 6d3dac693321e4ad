using Iop.Domain.Json;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Federated;

/// <summary>
/// The wire between a clinic and the network, and the one place the sample touches the wire format: a cohort
/// summary leaves as JSON in the Iop.Domain.Json contract (its criteria, report date, counts and per-day
/// Kaplan–Meier buckets, never an episode) and is read back as an equal summary, so merging after the exchange
/// equals merging before it.
/// </summary>
internal static class SummaryExchange
{
    /// <summary>What a clinic sends: its summary as a JSON document.</summary>
    public static string Send(CohortSummary summary) => IopJson.Serialize(summary);

    /// <summary>
    /// What the network reads: the summary the clinic sent. The contract refuses a document that no cohort could
    /// have produced; the network refuses one made with criteria other than its own.
    /// </summary>
    public static CohortSummary Receive(string json, CohortCriteria criteria)
    {
        var summary = IopJson.Deserialize<CohortSummary>(json);
        return summary.Criteria.Equals(criteria)
            ? summary
            : throw new InvalidDataException("The summary was made with criteria other than the network's.");
    }
}
