using Iop.Domain.Coding;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The private, mutable fold behind <see cref="CohortMetrics"/>: integer counters and per-day
/// Kaplan–Meier buckets. Never exposed; its arrays are handed to an immutable <see cref="CohortSummary"/>.
/// </summary>
internal sealed class CohortAccumulator
{
    public const int Episodes = 0;
    public const int Open = 1;
    public const int Discharged = 2;
    public const int Completed = 3;
    public const int ReasonBase = 3; // ReasonBase + reason (1..7) => 4..10
    public const int WithBaseline = 11;
    public const int Measured = 12;
    public const int Eligible = 13;
    public const int Responders = 14;
    public const int Remitters = 15;
    public const int RciEvaluated = 16;
    public const int ReliablyImproved = 17;
    public const int Recovered = 18;
    public const int Deteriorated = 19;
    public const int SteppedDown = 20;
    public const int SteppedUp = 21;
    public const int FollowUpShortDue = 22;
    public const int FollowUpShortMet = 23;
    public const int FollowUpLongDue = 24;
    public const int FollowUpLongMet = 25;
    public const int InitiationDue = 26;
    public const int Initiated = 27;
    public const int EngagementDue = 28;
    public const int Engaged = 29;
    public const int Sessions = 30;
    public const int Count = 31;

    private readonly CohortCriteria criteria;
    private readonly LocalDate asOf;

    public CohortAccumulator(CohortCriteria criteria, LocalDate asOf)
    {
        this.criteria = criteria;
        this.asOf = asOf;
        Counters = new long[Count];
        Events = new long[criteria.HorizonDays + 2];
        Censored = new long[criteria.HorizonDays + 2];
    }

    public long[] Counters { get; }

    /// <summary>Discharges by length of stay in days, 0 … horizon.</summary>
    public long[] Events { get; }

    /// <summary>Open episodes by length of stay so far, 0 … horizon; index horizon + 1 holds every stay beyond the horizon.</summary>
    public long[] Censored { get; }

    public void Add<TKey>(Episode<TKey> episode)
        where TKey : notnull
    {
        var facts = EpisodeFacts.Compute(episode, criteria.Windows, asOf);
        var c = Counters;
        c[Episodes]++;
        var horizon = criteria.HorizonDays;
        if (facts.Discharged)
        {
            c[Discharged]++;
            if (episode.DischargeReason is { } reason)
            {
                c[ReasonBase + (int)reason]++;
                if (reason == TedsDischargeReason.TreatmentCompleted)
                {
                    c[Completed]++;
                }
            }
        }
        else
        {
            c[Open]++;
        }

        if (facts.LengthOfStay > horizon)
        {
            Censored[horizon + 1]++;
        }
        else if (facts.Discharged)
        {
            Events[facts.LengthOfStay]++;
        }
        else
        {
            Censored[facts.LengthOfStay]++;
        }

        c[SteppedDown] += facts.SteppedDown ? 1 : 0;
        c[SteppedUp] += facts.SteppedUp ? 1 : 0;
        Tally(facts.FollowUpShort, FollowUpShortDue, FollowUpShortMet);
        Tally(facts.FollowUpLong, FollowUpLongDue, FollowUpLongMet);
        Tally(facts.Initiated, InitiationDue, Initiated);
        Tally(facts.Engaged, EngagementDue, Engaged);
        c[Sessions] += episode.AttendedSessions;

        if (episode.TryGetSeries(criteria.Change.Instrument, out var series))
        {
            var core = ChangeCore.Compute(series.Span, episode.Admission, criteria.Change);
            if (core.HasBaseline)
            {
                c[WithBaseline]++;
                c[Measured] += core.LatestIndex > core.BaselineIndex ? 1 : 0;
                if (core.Eligible && core.HasFollowUp)
                {
                    c[Eligible]++;
                    c[Responders] += core.Response ? 1 : 0;
                    c[Remitters] += core.Remission ? 1 : 0;
                }

                if (core.Category != 0)
                {
                    c[RciEvaluated]++;
                    c[ReliablyImproved] += core.Category is ChangeCategory.Improved or ChangeCategory.Recovered ? 1 : 0;
                    c[Recovered] += core.Category == ChangeCategory.Recovered ? 1 : 0;
                    c[Deteriorated] += core.Category == ChangeCategory.Deteriorated ? 1 : 0;
                }
            }
        }
    }

    private void Tally(bool? value, int due, int met)
    {
        if (value is { } known)
        {
            Counters[due]++;
            Counters[met] += known ? 1 : 0;
        }
    }
}
