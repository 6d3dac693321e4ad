using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>Derives what an episode achieved (rules <c>OUT-TEDS-COMPLETED</c>, <c>OUT-FOLLOWUP-WINDOWS</c>, <c>OUT-IET-INITIATION</c>, <c>OUT-IET-ENGAGEMENT</c>).</summary>
public static class EpisodeOutcomes
{
    /// <summary>Evaluates one episode as of a report date; lengths of stay count days by <see cref="Continuum.LengthOfStay.Days"/>.</summary>
    /// <typeparam name="TKey">The caller's key type.</typeparam>
    /// <param name="episode">The episode.</param>
    /// <param name="windows">The follow-up, initiation and engagement windows, a rule set such as <see cref="EpisodeCriteria.HedisStyle2025"/>.</param>
    /// <param name="change">The change criteria; their instrument's series (if any) is evaluated.</param>
    /// <param name="asOf">The report date: open episodes are censored on it, and windows not yet closed on it are unknown.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The episode was admitted after <paramref name="asOf"/> (named <paramref name="asOf"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static EpisodeOutcome Evaluate<TKey>(Episode<TKey> episode, EpisodeCriteria windows, ChangeCriteria change, LocalDate asOf)
        where TKey : notnull
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(episode);
        Guard.Against.Null(windows);
        Guard.Against.Null(change);
        var facts = EpisodeFacts.Compute(episode, windows, asOf);
        var symptoms = episode.TryGetSeries(change.Instrument, out var series)
            ? SymptomChanges.Evaluate(series, episode.Admission, change)
            : null;
        return new EpisodeOutcome(facts, facts.Discharged ? episode.DischargeReason : null, episode.AttendedSessions, symptoms);
    }

    /// <summary>
    /// Returns whether <paramref name="later"/> is a readmission within <paramref name="days"/> days of
    /// the discharge of <paramref name="earlier"/>: admitted after the discharge date and no more than
    /// <paramref name="days"/> days after it. The caller pairs episodes of the same person.
    /// </summary>
    /// <typeparam name="TKey">The caller's key type.</typeparam>
    /// <param name="earlier">The earlier, discharged episode.</param>
    /// <param name="later">The later episode.</param>
    /// <param name="days">The readmission window in days; at least 1.</param>
    /// <returns>Whether the later episode is a readmission within the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> or <paramref name="later"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1.</exception>
    public static bool ReadmittedWithin<TKey>(Episode<TKey> earlier, Episode<TKey> later, int days)
        where TKey : notnull
    {
        Guard.Against.Null(earlier);
        Guard.Against.Null(later);
        Guard.Against.BelowMinimum(days, 1);
        return earlier.Discharge is { } discharge
            && later.Admission > discharge
            && later.Admission <= discharge.PlusDays(days);
    }
}
