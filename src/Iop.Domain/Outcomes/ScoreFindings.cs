using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The findings a score of one instrument can carry, built once per instrument so that reading them
/// allocates nothing: one list for every combination of safety items of concern, safety items
/// unanswered and proration.
/// </summary>
internal static class ScoreFindings
{
    /// <summary>The most safety items an instrument may have (the table has 2^(2n+1) entries).</summary>
    public const int MaximumSafetyItems = 5;

    private static readonly IReadOnlyList<Finding> None = Array.AsReadOnly(Array.Empty<Finding>());

    private static readonly Finding Prorated = OutcomeRules.Phq9Prorate.ToFinding(
        Severity.Information,
        "The total was prorated from the answered items under the caller's missing-item policy.");

    /// <summary>Builds the table for an instrument's safety items.</summary>
    public static IReadOnlyList<Finding>[] Table(IReadOnlyList<SafetyItem> safetyItems)
    {
        var n = safetyItems.Count;
        var table = new IReadOnlyList<Finding>[1 << ((2 * n) + 1)];
        for (var index = 0; index < table.Length; index++)
        {
            var findings = new List<Finding>();
            for (var k = 0; k < n; k++)
            {
                if ((index & (1 << k)) != 0)
                {
                    findings.Add(safetyItems[k].Concern);
                }
                else if ((index & (1 << (n + k))) != 0)
                {
                    findings.Add(safetyItems[k].Unanswered);
                }
            }

            if ((index & (1 << (2 * n))) != 0)
            {
                findings.Add(Prorated);
            }

            findings.Sort(FindingOrder.Instance);
            table[index] = findings.Count == 0 ? None : findings.AsReadOnly();
        }

        return table;
    }

    /// <summary>The table index of a score: concern bits, then unanswered bits, then the proration bit.</summary>
    public static int Index(int safetyItemCount, int concerns, int unanswered, bool prorated) =>
        concerns | (unanswered << safetyItemCount) | ((prorated ? 1 : 0) << (2 * safetyItemCount));
}
