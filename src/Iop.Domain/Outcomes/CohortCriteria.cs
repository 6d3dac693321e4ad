namespace Iop.Domain.Outcomes;

/// <summary>
/// What cohort metrics are computed with: the change criteria (instrument, response, remission,
/// reliable change), the episode windows, and the Kaplan–Meier horizon.
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="Default"/>. Derive your own with <c>with { … }</c>. Two partial summaries
/// merge only when their criteria are equal.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CohortCriteria
{
    /// <summary>Gets the default criteria: PHQ-9 change, default windows, a 365-day horizon.</summary>
    public static CohortCriteria Default { get; } = new();

    /// <summary>Gets the change criteria; their instrument is the one response and remission rates are about.</summary>
    /// <value>The default value is <see cref="ChangeCriteria.Phq9"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ChangeCriteria Change
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Change));
    } = ChangeCriteria.Phq9;

    /// <summary>Gets the follow-up, initiation and engagement windows.</summary>
    /// <value>The default value is <see cref="EpisodeCriteria.Default"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public EpisodeCriteria Windows
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Windows));
    } = EpisodeCriteria.Default;

    /// <summary>
    /// Gets the Kaplan–Meier horizon in days, in [1, 3650]. Lengths of stay are counted per day up to the
    /// horizon, so memory is proportional to the horizon, not to the cohort; stays beyond it are
    /// censored at the horizon. Retention and the median are exact up to the horizon.
    /// </summary>
    /// <value>The default value is 365 (a computing bound, not a clinical threshold; <c>OUT-KM-RETENTION</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3650].</exception>
    public int HorizonDays
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 3650, nameof(HorizonDays));
    } = 365;
}
