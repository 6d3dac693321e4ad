namespace Iop.Domain.Outcomes;

/// <summary>
/// The numerator and denominator of one cohort rate whose outcome may not be known yet on the report
/// date (follow-up, initiation, engagement): how many episodes had the outcome known, and how many of
/// those met it. A mutable count used only inside <see cref="CohortCounts"/>.
/// </summary>
internal record struct KnownOutcomeCount
{
    /// <summary>The episodes whose outcome is known on the report date (the denominator).</summary>
    public long Known;

    /// <summary>The episodes among <see cref="Known"/> that met the outcome (the numerator).</summary>
    public long Met;

    /// <summary>Gets the rate, or <see langword="null"/> when no outcome is known.</summary>
    public readonly Proportion? Rate => Known == 0 ? null : new Proportion(Met, Known);

    /// <summary>Counts <paramref name="episodes"/> episodes of one outcome state: an unknown outcome is not counted.</summary>
    public void Add(OutcomeState outcome, long episodes)
    {
        Known += outcome != OutcomeState.Unknown ? episodes : 0;
        Met += outcome == OutcomeState.Met ? episodes : 0;
    }

    /// <summary>Returns the counts of both cohorts.</summary>
    public readonly KnownOutcomeCount Plus(KnownOutcomeCount other) =>
        new() { Known = Known + other.Known, Met = Met + other.Met };
}
