using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>The allocation-free facts of one episode as of a report date, shared by <see cref="EpisodeOutcomes"/> and the cohort fold.</summary>
internal readonly struct EpisodeFacts
{
    public int LengthOfStay { get; init; }

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

        // A discharge after the report date is not yet known on it: the episode counts as open.
        // Windows are compared in whole days from admission so the common path needs no date arithmetic.
        var age = Period.DaysBetween(episode.Admission, asOf);
        var discharged = episode.Discharge is { } d && d <= asOf;
        var los = discharged ? Period.DaysBetween(episode.Admission, episode.Discharge!.Value) : age;

        var down = false;
        var up = false;
        var levels = episode.Levels;
        for (var i = 1; i < levels.Count; i++)
        {
            var direction = levels[i - 1].Level.StepsTo(levels[i].Level);
            down |= direction < 0;
            up |= direction > 0;
        }

        bool? shortFollow = null;
        bool? longFollow = null;
        if (discharged)
        {
            var sinceDischarge = age - los;
            var visits = episode.AftercareVisits;
            shortFollow = visits.Count == 0 ? Closed(sinceDischarge, criteria.FollowUpShortDays) : Window(visits, episode.Discharge!.Value, criteria.FollowUpShortDays, criteria.FollowUpCountsDischargeDate, asOf, sinceDischarge);
            longFollow = visits.Count == 0 ? Closed(sinceDischarge, criteria.FollowUpLongDays) : Window(visits, episode.Discharge!.Value, criteria.FollowUpLongDays, criteria.FollowUpCountsDischargeDate, asOf, sinceDischarge);
        }

        var (initiated, engaged) = InitiationAndEngagement(episode, criteria, asOf, age, discharged);
        return new EpisodeFacts
        {
            LengthOfStay = los,
            Discharged = discharged,
            SteppedDown = down,
            SteppedUp = up,
            FollowUpShort = shortFollow,
            FollowUpLong = longFollow,
            Initiated = initiated,
            Engaged = engaged,
        };
    }

    private static (bool? Initiated, bool? Engaged) InitiationAndEngagement<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf, int age, bool discharged)
        where TKey : notnull
    {
        // Initiation: a service on the admission date or within the following (InitiationDays - 1) days.
        var services = episode.ServiceDates;
        var initiationOver = age >= criteria.InitiationDays - 1 || discharged;
        if (services.Count == 0)
        {
            return initiationOver ? (false, false) : (null, null);
        }

        var lastInitiationDay = episode.Admission.PlusDays(criteria.InitiationDays - 1);
        LocalDate? initiation = null;
        for (var i = 0; i < services.Count && services[i] <= lastInitiationDay; i++)
        {
            if (services[i] <= asOf)
            {
                initiation = services[i];
                break;
            }
        }

        bool? initiated = initiation is not null ? true : initiationOver ? false : null;
        bool? engaged = null;
        if (initiation is { } start)
        {
            var last = start.PlusDays(criteria.EngagementDays);
            var count = 0;
            for (var i = 0; i < services.Count; i++)
            {
                if (services[i] > start && services[i] <= last && services[i] <= asOf)
                {
                    count++;
                }
            }

            engaged = count >= criteria.EngagementServices ? true : asOf >= last || discharged ? false : null;
        }
        else if (initiated == false)
        {
            engaged = false;
        }

        return (initiated, engaged);
    }

    private static bool? Closed(int sinceDischarge, int days) => sinceDischarge >= days ? false : null;

    private static bool? Window(IReadOnlyList<LocalDate> visits, LocalDate discharge, int days, bool countsDischargeDate, LocalDate asOf, int sinceDischarge)
    {
        var last = discharge.PlusDays(days);
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            if (visit > last || visit > asOf)
            {
                break;
            }

            if (visit > discharge || (countsDischargeDate && visit == discharge))
            {
                return true;
            }
        }

        return Closed(sinceDischarge, days);
    }
}
