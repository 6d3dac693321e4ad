namespace Iop.Domain.Outcomes;

/// <summary>
/// The Jacobson–Truax classification of one person's change (rules <c>OUT-RCI</c> and
/// <c>OUT-CSC-CUTOFF</c>). The value <c>0</c> is not a member.
/// </summary>
public enum ChangeCategory
{
    /// <summary>Reliable improvement and the score crossed the clinical cut-off into the functional range.</summary>
    Recovered = 1,

    /// <summary>Reliable improvement without crossing the cut-off (or with no cut-off given).</summary>
    Improved = 2,

    /// <summary>The change is within measurement error (|RCI| at most the threshold).</summary>
    Unchanged = 3,

    /// <summary>Reliable worsening.</summary>
    Deteriorated = 4,
}
