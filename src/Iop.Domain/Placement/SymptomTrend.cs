namespace Iop.Domain.Placement;

/// <summary>
/// The direction of the latest change in a symptom score, as the caller classified it (for example with
/// a reliable-change index from <c>Iop.Domain.Outcomes</c>). <c>0</c> is not a member.
/// </summary>
/// <remarks>The caller classifies the change, so no instrument threshold is invented here.</remarks>
public enum SymptomTrend
{
    /// <summary>Symptoms improved.</summary>
    Improved = 1,

    /// <summary>No meaningful change.</summary>
    Unchanged = 2,

    /// <summary>Symptoms worsened.</summary>
    Worsened = 3,
}
