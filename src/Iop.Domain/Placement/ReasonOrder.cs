namespace Iop.Domain.Placement;

/// <summary>The canonical order of reasons: decisive first, then most intensive required level, then rule id, then explanation (ordinal).</summary>
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

        var byLevel = y.RequiredLevel.CompareTo(x.RequiredLevel);
        if (byLevel != 0)
        {
            return byLevel;
        }

        var byId = string.CompareOrdinal(x.RuleId.Value, y.RuleId.Value);
        return byId != 0 ? byId : string.CompareOrdinal(x.Explanation, y.Explanation);
    }
}
