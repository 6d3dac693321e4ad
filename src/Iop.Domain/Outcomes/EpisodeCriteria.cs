namespace Iop.Domain.Outcomes;

/// <summary>
/// The "HEDIS-style" windows an episode is judged against: follow-up after discharge, initiation and
/// engagement. Windows only: no NCQA value sets are shipped, and results are not HEDIS rates.
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="Default"/>. Derive your own with <c>with { … }</c>.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EpisodeCriteria
{
    /// <summary>Gets the default windows: follow-up 7 and 30 days, initiation 14 days, engagement 2 services within 34 days.</summary>
    public static EpisodeCriteria Default { get; } = new();

    /// <summary>Gets the short follow-up window, in days after discharge, in [1, 365].</summary>
    /// <value>The default value is 7 (<c>OUT-FOLLOWUP-WINDOWS</c>, FUH).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int FollowUpShortDays
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 365, nameof(FollowUpShortDays));
    } = 7;

    /// <summary>Gets the long follow-up window, in days after discharge, in [1, 365].</summary>
    /// <value>The default value is 30 (<c>OUT-FOLLOWUP-WINDOWS</c>, FUH).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int FollowUpLongDays
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 365, nameof(FollowUpLongDays));
    } = 30;

    /// <summary>Gets a value indicating whether an after-care visit on the discharge date itself counts as follow-up.</summary>
    /// <value>The default value is <see langword="false"/> (<c>OUT-FOLLOWUP-WINDOWS</c>, FUH; medium confidence).</value>
    public bool FollowUpCountsDischargeDate { get; init; }

    /// <summary>Gets the initiation window in days, counting the admission date as day 1, in [1, 365].</summary>
    /// <value>The default value is 14: the admission date or the 13 days after (<c>OUT-IET-INITIATION</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int InitiationDays
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 365, nameof(InitiationDays));
    } = 14;

    /// <summary>Gets the engagement window: services from the day after initiation through this many days after it, in [1, 365].</summary>
    /// <value>The default value is 34 (<c>OUT-IET-ENGAGEMENT</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 365].</exception>
    public int EngagementDays
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 365, nameof(EngagementDays));
    } = 34;

    /// <summary>Gets how many services in the engagement window make an episode engaged, in [1, 100].</summary>
    /// <value>The default value is 2 (<c>OUT-IET-ENGAGEMENT</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 100].</exception>
    public int EngagementServices
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 100, nameof(EngagementServices));
    } = 2;
}
