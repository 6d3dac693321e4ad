using Iop.Domain.Rules;

namespace Iop.Domain.Placement;

/// <summary>The canonical order of reasons: decisive first, then most intensive required level, then the finding (canonical finding order: rule id, severity, message, subject).</summary>
internal sealed class ReasonOrder : IComparer<PlacementReason>
{
    public static readonly ReasonOrder Instance = new();

    public int Compare(PlacementReason? x, PlacementReason? y)
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

        var byDecisive = y.IsDecisive.CompareTo(x.IsDecisive);
        if (byDecisive != 0)
        {
            return byDecisive;
        }

        var byLevel = ((int)y.RequiredLevel).CompareTo((int)x.RequiredLevel); // as int: Enum.CompareTo boxes
        if (byLevel != 0)
        {
            return byLevel;
        }

        return FindingOrder.Instance.Compare(x.Finding, y.Finding);
    }
}
