using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The private, mutable one-pass fold behind <see cref="CohortMetrics"/>: it adds each episode's facts to
/// named counts (<see cref="CohortCounts"/>) and to the per-day Kaplan–Meier table
/// (<see cref="RetentionTable"/>). Never exposed; <see cref="ToSummary"/> hands both to an immutable
/// <see cref="CohortSummary"/>, after which the accumulator is not used again.
/// </summary>
internal sealed class CohortAccumulator
{
    private readonly CohortCriteria criteria;
    private readonly LocalDate asOf;
    private readonly RetentionTable retention;
    private CohortCounts counts;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public CohortAccumulator(CohortCriteria criteria, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        this.criteria = criteria;
        this.asOf = asOf;
        retention = new RetentionTable(criteria.HorizonDays);
    }

    /// <summary>Adds one episode, as of the report date; each line is the rule of docs/rules.md named beside it.</summary>
    public void Add<TKey>(Episode<TKey> episode)
        where TKey : notnull
    {
        var facts = EpisodeFacts.Compute(episode, criteria.Windows, asOf);
        counts.Episodes++;
        if (facts.Discharged)
        {
            counts.Discharged++;
            counts.DischargesByReason.Add(episode.DischargeReason); // OUT-TEDS-COMPLETED
            retention.AddDischarge(facts.LengthOfStay);             // OUT-KM-RETENTION: an event
        }
        else
        {
            counts.Open++;
            retention.AddOpen(facts.LengthOfStay);                  // OUT-KM-RETENTION: censored
        }

        counts.SteppedDown += facts.SteppedDown ? 1 : 0;
        counts.SteppedUp += facts.SteppedUp ? 1 : 0;
        counts.FollowUpShort.Add(facts.FollowUpShort);              // OUT-FOLLOWUP-WINDOWS
        counts.FollowUpLong.Add(facts.FollowUpLong);                // OUT-FOLLOWUP-WINDOWS
        counts.Initiation.Add(facts.Initiated);                     // OUT-IET-INITIATION
        counts.Engagement.Add(facts.Engaged);                       // OUT-IET-ENGAGEMENT
        counts.AttendedSessions += episode.AttendedSessions;
        if (episode.TryGetSeries(criteria.Change.Instrument, out var series))
        {
            AddChange(ChangeCore.Compute(series.Span, episode.Admission, criteria.Change));
        }
    }

    /// <summary>Returns the immutable summary of the episodes added.</summary>
    public CohortSummary ToSummary() => new(criteria, asOf, counts, retention);

    private void AddChange(in ChangeCore change)
    {
        if (!change.HasBaseline)
        {
            return;
        }

        counts.WithBaseline++;                                      // OUT-BASELINE-WINDOW
        counts.Measured += change.LatestIndex > change.BaselineIndex ? 1 : 0;
        if (change.Eligible && change.HasFollowUp)                  // OUT-PHQ9-ELEVATED
        {
            counts.Response.Eligible++;
            counts.Response.Responders += change.Response ? 1 : 0;  // OUT-PHQ9-RESPONSE
            counts.Response.Remitters += change.Remission ? 1 : 0;  // OUT-PHQ9-REMISSION
        }

        if (change.Category != 0)
        {
            counts.ReliableChange.Add(change.Category);             // OUT-RCI, OUT-CSC-CUTOFF
        }
    }
}
