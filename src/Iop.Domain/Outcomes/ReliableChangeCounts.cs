namespace Iop.Domain.Outcomes;

/// <summary>
/// Jacobson–Truax counts of a cohort (<c>OUT-RCI</c>, <c>OUT-CSC-CUTOFF</c>): the episodes with a
/// reliable change index, and how many reliably improved (improved or recovered), recovered and
/// deteriorated. A mutable count used only inside <see cref="CohortCounts"/>.
/// </summary>
internal record struct ReliableChangeCounts
{
    /// <summary>Episodes with a reliable change index: the denominator of the three rates.</summary>
    public long Evaluated;

    /// <summary>Episodes in category improved or recovered.</summary>
    public long Improved;

    /// <summary>Episodes in category recovered.</summary>
    public long Recovered;

    /// <summary>Episodes in category deteriorated.</summary>
    public long Deteriorated;

    /// <summary>Counts <paramref name="episodes"/> episodes of one category; 0 (no index computed) counts nothing.</summary>
    public void Add(ChangeCategory category, long episodes)
    {
        Evaluated += category != 0 ? episodes : 0;
        Improved += category is ChangeCategory.Improved or ChangeCategory.Recovered ? episodes : 0;
        Recovered += category == ChangeCategory.Recovered ? episodes : 0;
        Deteriorated += category == ChangeCategory.Deteriorated ? episodes : 0;
    }

    /// <summary>Returns the counts of both cohorts.</summary>
    public readonly ReliableChangeCounts Plus(ReliableChangeCounts other) => new()
    {
        Evaluated = Evaluated + other.Evaluated,
        Improved = Improved + other.Improved,
        Recovered = Recovered + other.Recovered,
        Deteriorated = Deteriorated + other.Deteriorated,
    };
}
