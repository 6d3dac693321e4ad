using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>The allocation-free facts of one episode as of a report date, shared by <see cref="EpisodeOutcomes"/> and the cohort fold.</summary>
internal readonly struct EpisodeFacts
{
    /// <summary>Gets the length of stay in days by <see cref="Continuum.LengthOfStay.Days"/> (inclusive): through discharge, or through the report date while open.</summary>
    public int LengthOfStay { get; init; }

    /// <summary>Gets a value indicating whether the episode was discharged on or before the report date.</summary>
    public bool Discharged { get; init; }

    public bool SteppedDown { get; init; }

    public bool SteppedUp { get; init; }

    public bool? FollowUpShort { get; init; }

    public bool? FollowUpLong { get; init; }

    public bool? Initiated { get; init; }

    public bool? Engaged { get; init; }

    public static EpisodeFacts Compute<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf)
        where TKey : notnull
    {
        if (episode.Admission > asOf)
        {
            throw new ArgumentException("Every episode must be admitted on or before the report date.", nameof(asOf));
        }

        // A discharge (or a level change) dated after the report date is not yet known on it: the episode
        // counts as open, and the change as not yet made.
        LocalDate? discharge = episode.Discharge is { } d && d <= asOf ? d : null;
        var lastDayObserved = discharge ?? asOf;
        bool? shortFollow = null;
        bool? longFollow = null;
        if (discharge is { } discharged)
        {
            shortFollow = FollowedUp(episode.AftercareVisits, discharged, criteria.FollowUpShortDays, criteria.FollowUpCountsDischargeDate, asOf);
            longFollow = FollowedUp(episode.AftercareVisits, discharged, criteria.FollowUpLongDays, criteria.FollowUpCountsDischargeDate, asOf);
        }

        var (initiated, engaged) = InitiationAndEngagement(episode, criteria, asOf, discharge is not null);
        return new EpisodeFacts
        {
            LengthOfStay = Continuum.LengthOfStay.Days(episode.Admission, lastDayObserved),
            Discharged = discharge is not null,
            SteppedDown = episode.FirstStepDown is { } down && down <= asOf,
            SteppedUp = episode.FirstStepUp is { } up && up <= asOf,
            FollowUpShort = shortFollow,
            FollowUpLong = longFollow,
            Initiated = initiated,
            Engaged = engaged,
        };
    }

    /// <summary>
    /// OUT-IET-INITIATION and OUT-IET-ENGAGEMENT: initiation is the first service on the admission date or
    /// within the following (InitiationDays - 1) days; engagement is at least EngagementServices services
    /// from the day after initiation through EngagementDays days after it. Unknown (null) while the window
    /// is open on the report date and the episode is not discharged.
    /// </summary>
    private static (bool? Initiated, bool? Engaged) InitiationAndEngagement<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf, bool discharged)
        where TKey : notnull
    {
        var services = episode.ServiceDates;
        var lastInitiationDay = episode.Admission.PlusDays(criteria.InitiationDays - 1);
        var initiationOver = discharged || asOf >= lastInitiationDay;
        // Service dates are in order, so the first one is the only candidate for initiation.
        if (services.Count == 0 || services[0] > lastInitiationDay || services[0] > asOf)
        {
            return initiationOver ? (false, false) : (null, null);
        }

        var start = services[0];
        var lastEngagementDay = start.PlusDays(criteria.EngagementDays);
        var count = 0;
        for (var i = 0; i < services.Count && services[i] <= lastEngagementDay && services[i] <= asOf; i++)
        {
            if (services[i] > start)
            {
                count++;
            }
        }

        bool? engaged = count >= criteria.EngagementServices ? true : discharged || asOf >= lastEngagementDay ? false : null;
        return (true, engaged);
    }

    /// <summary>
    /// OUT-FOLLOWUP-WINDOWS: whether an after-care visit falls from the day after discharge (or the discharge
    /// date itself, when the criteria count it) through <paramref name="days"/> days after discharge; unknown
    /// (null) while that window is still open on the report date.
    /// </summary>
    private static bool? FollowedUp(IReadOnlyList<LocalDate> visits, LocalDate discharge, int days, bool countsDischargeDate, LocalDate asOf)
    {
        var lastDay = discharge.PlusDays(days);
        for (var i = 0; i < visits.Count && visits[i] <= lastDay && visits[i] <= asOf; i++)
        {
            if (visits[i] > discharge || (countsDischargeDate && visits[i] == discharge))
            {
                return true;
            }
        }

        return asOf >= lastDay ? false : null;
    }
}
