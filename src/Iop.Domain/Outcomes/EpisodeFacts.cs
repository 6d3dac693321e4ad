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

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static EpisodeFacts Compute<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf)
        where TKey : notnull
    {
        Guard.Against.UnsupportedDate(asOf);
        if (episode.Admission > asOf)
        {
            throw new ArgumentException("Every episode must be admitted on or before the report date.", nameof(asOf));
        }

        // A discharge (or a level change) dated after the report date is not yet known on it: the episode
        // counts as open, and the change as not yet made. Days are counted once, by LengthOfStay.Days, and
        // windows are then compared as whole days, so an episode without services or visits needs no
        // further date arithmetic.
        LocalDate? discharge = episode.Discharge is { } d && d <= asOf ? d : null;
        var daysThroughReportDate = Continuum.LengthOfStay.Days(episode.Admission, asOf);
        var lengthOfStay = discharge is { } end ? Continuum.LengthOfStay.Days(episode.Admission, end) : daysThroughReportDate;
        var daysSinceAdmission = daysThroughReportDate - 1;
        var daysSinceDischarge = daysThroughReportDate - lengthOfStay; // 0 on the discharge date
        bool? shortFollow = null;
        bool? longFollow = null;
        if (discharge is { } discharged)
        {
            shortFollow = FollowedUp(episode.AftercareVisits, discharged, criteria.FollowUpShortDays, criteria.FollowUpCountsDischargeDate, asOf, daysSinceDischarge);
            longFollow = FollowedUp(episode.AftercareVisits, discharged, criteria.FollowUpLongDays, criteria.FollowUpCountsDischargeDate, asOf, daysSinceDischarge);
        }

        var (initiated, engaged) = InitiationAndEngagement(episode, criteria, asOf, discharge is not null, daysSinceAdmission);
        return new EpisodeFacts
        {
            LengthOfStay = lengthOfStay,
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
    private static (bool? Initiated, bool? Engaged) InitiationAndEngagement<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf, bool discharged, int daysSinceAdmission)
        where TKey : notnull
    {
        var services = episode.ServiceDates;
        var initiationOver = discharged || daysSinceAdmission >= criteria.InitiationDays - 1;
        if (services.Count == 0)
        {
            return initiationOver ? (false, false) : (null, null);
        }

        // Service dates are in order, so the first one is the only candidate for initiation.
        var start = services[0];
        if (start > episode.Admission.PlusDays(criteria.InitiationDays - 1) || start > asOf)
        {
            return initiationOver ? (false, false) : (null, null);
        }

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
    private static bool? FollowedUp(IReadOnlyList<LocalDate> visits, LocalDate discharge, int days, bool countsDischargeDate, LocalDate asOf, int daysSinceDischarge)
    {
        if (visits.Count > 0)
        {
            var lastDay = discharge.PlusDays(days);
            for (var i = 0; i < visits.Count && visits[i] <= lastDay && visits[i] <= asOf; i++)
            {
                if (visits[i] > discharge || (countsDischargeDate && visits[i] == discharge))
                {
                    return true;
                }
            }
        }

        return daysSinceDischarge >= days ? false : null;
    }
}
