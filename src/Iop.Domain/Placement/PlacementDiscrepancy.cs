namespace Iop.Domain.Placement;

/// <summary>How an actual placement compares with the recommendation. <c>0</c> is not a member.</summary>
public enum PlacementDiscrepancy
{
    /// <summary>The person was placed at the recommended level.</summary>
    None = 1,

    /// <summary>The person was placed at a more intensive level than recommended.</summary>
    OverPlacement = 2,

    /// <summary>The person was placed at a less intensive level than recommended.</summary>
    UnderPlacement = 3,
}
