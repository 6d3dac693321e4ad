namespace Iop.Domain.Outcomes;

/// <summary>
/// Response and remission counts of a cohort: the episodes with an elevated baseline and a follow-up
/// score (<c>OUT-PHQ9-ELEVATED</c>), and how many of them responded (<c>OUT-PHQ9-RESPONSE</c>) and
/// remitted (<c>OUT-PHQ9-REMISSION</c>). A mutable count used only inside <see cref="CohortCounts"/>.
/// </summary>
internal record struct ResponseCounts
{
    /// <summary>Episodes with an elevated baseline and a follow-up score: the denominator of both rates.</summary>
    public long Eligible;

    /// <summary>Eligible episodes whose follow-up fell by at least the response share.</summary>
    public long Responders;

    /// <summary>Eligible episodes whose follow-up is below the remission threshold.</summary>
    public long Remitters;

    /// <summary>Returns the counts of both cohorts.</summary>
    public readonly ResponseCounts Plus(ResponseCounts other) => new()
    {
        Eligible = Eligible + other.Eligible,
        Responders = Responders + other.Responders,
        Remitters = Remitters + other.Remitters,
    };
}
