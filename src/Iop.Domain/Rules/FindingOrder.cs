namespace Iop.Domain.Rules;

/// <summary>The canonical order of findings: by rule id (ordinal), then severity (descending), then message, then subject.</summary>
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

        var bySeverity = ((int)y.Severity).CompareTo((int)x.Severity); // as int: Enum.CompareTo boxes
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byMessage = string.CompareOrdinal(x.Message, y.Message);
        return byMessage != 0 ? byMessage : FindingSubject.Compare(x.Subject, y.Subject);
    }
}
