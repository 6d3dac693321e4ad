namespace Iop.Domain.Rules;

/// <summary>The canonical order of findings: by rule id (ordinal), then severity (descending), then message.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byId = string.CompareOrdinal(x.RuleId.Value, y.RuleId.Value);
        if (byId != 0)
        {
            return byId;
        }

        var bySeverity = y.Severity.CompareTo(x.Severity);
        return bySeverity != 0 ? bySeverity : string.CompareOrdinal(x.Message, y.Message);
    }
}
