using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Applies a programme's <see cref="MeasurementSchedule"/> to an episode: which instruments are due on a date, the
/// next due date of each, and an overdue finding for each missed occasion (rules <c>OUT-SCHEDULE-DUE</c>,
/// <c>OUT-SCHEDULE-OVERDUE</c>; docs/decisions/0033).
/// </summary>
/// <remarks>
/// <para>For each scheduled instrument the administrations are the dates of the episode's series of that instrument
/// from admission through the evaluation date (and through discharge, when there is one). Occasions:</para>
/// <list type="bullet">
/// <item><description>Admission: due from the admission date through day <see cref="ScheduledInstrument.AdmissionWithinDays"/>
/// of stay (<see cref="Continuum.LengthOfStay"/>: the admission date is day 1); given by any administration in that window.</description></item>
/// <item><description>Repeat: due <see cref="ScheduledInstrument.EveryDays"/> days after the latest administration (after
/// admission when there is none), on time through <see cref="ScheduledInstrument.GraceDays"/> days later; not scheduled
/// when it would fall after the discharge date.</description></item>
/// <item><description>Discharge: due in the last <see cref="ScheduledInstrument.DischargeWithinDays"/> days of stay, the
/// discharge date (actual, else the planned one given) being the last; given by any administration in that window;
/// not scheduled while no discharge date is known.</description></item>
/// </list>
/// <para>Windows are clipped to the stay. An occasion whose window closed before the evaluation date without an
/// administration is overdue: an <c>OUT-SCHEDULE-OVERDUE</c> Warning whose subject is the missed window.</para>
/// </remarks>
public static class MeasurementSchedules
{
    private static readonly Finding AdmissionOverdue = OutcomeRules.ScheduleOverdue.ToFinding(
        Severity.Warning,
        "The admission administration of a scheduled instrument was not given within its window of stay: it is overdue.");

    private static readonly Finding RepeatOverdue = OutcomeRules.ScheduleOverdue.ToFinding(
        Severity.Warning,
        "A scheduled repeat administration was not given by the last day of its window: it is overdue.");

    private static readonly Finding DischargeOverdue = OutcomeRules.ScheduleOverdue.ToFinding(
        Severity.Warning,
        "The discharge administration of a scheduled instrument was not given in its last days of stay: it is overdue.");

    /// <summary>Evaluates which scheduled instruments are due for an episode on a date.</summary>
    /// <typeparam name="TKey">The episode's key type.</typeparam>
    /// <param name="episode">The episode: its admission, its discharge (if any) and its score series.</param>
    /// <param name="asOf">The evaluation date, on or after admission, in <see cref="SupportedDates"/>.</param>
    /// <param name="schedule">The programme's schedule.</param>
    /// <param name="plannedDischarge">
    /// The planned discharge date of an open episode, on or after admission, in <see cref="SupportedDates"/>, or
    /// <see langword="null"/>; the actual discharge date of a discharged episode takes its place.
    /// </param>
    /// <returns>One entry per scheduled instrument, the next due, and the overdue findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> or <paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> or <paramref name="plannedDischarge"/> is outside the supported dates.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> or <paramref name="plannedDischarge"/> is before the admission date.</exception>
    public static MeasurementsDue Evaluate<TKey>(Episode<TKey> episode, LocalDate asOf, MeasurementSchedule schedule, LocalDate? plannedDischarge = null)
        where TKey : notnull
    {
        Guard.Against.Null(episode);
        Guard.Against.Null(schedule);
        Guard.Against.UnsupportedDate(asOf);
        var admission = episode.Admission;
        Guard.Against.EndBeforeStart(asOf, admission);
        if (plannedDischarge is { } planned)
        {
            Guard.Against.UnsupportedDate(planned, nameof(plannedDischarge));
            Guard.Against.EndBeforeStart(planned, admission, nameof(plannedDischarge));
        }

        var end = episode.Discharge ?? plannedDischarge;
        var lastCounted = end is { } e && e < asOf ? e : asOf;
        var entries = new InstrumentDue[schedule.Instruments.Count];
        var findings = new List<Finding>();
        var dates = new List<LocalDate>();
        for (var i = 0; i < entries.Length; i++)
        {
            var scheduled = schedule.Instruments[i];
            dates.Clear();
            foreach (var series in episode.Measurements)
            {
                if (series.Instrument == scheduled.Instrument)
                {
                    foreach (var measurement in series.Span)
                    {
                        if (measurement.Date >= admission && measurement.Date <= lastCounted)
                        {
                            dates.Add(measurement.Date);
                        }
                    }
                }
            }

            entries[i] = Entry(scheduled, admission, end, asOf, dates, findings);
        }

        findings.Sort(FindingOrder.Instance);
        return new MeasurementsDue(Array.AsReadOnly(entries), findings.AsReadOnly());
    }

    private static InstrumentDue Entry(ScheduledInstrument scheduled, LocalDate admission, LocalDate? end, LocalDate asOf, List<LocalDate> dates, List<Finding> findings)
    {
        LocalDate? last = dates.Count == 0 ? null : dates[^1];
        (MeasurementOccasion Occasion, LocalDate From, LocalDate By)? next = null;

        void Pending(MeasurementOccasion occasion, LocalDate from, LocalDate by, Finding overdue)
        {
            if (asOf > by)
            {
                findings.Add(overdue with { Subject = FindingSubject.Dates(new DateInterval(from, by)) });
            }

            // The earliest window first; on the same first day, the occasion's order (admission, repeat, discharge).
            if (next is not { } current || from < current.From)
            {
                next = (occasion, from, by);
            }
        }

        if (scheduled.AdmissionWithinDays is { } admissionDays)
        {
            var by = Clip(admission.PlusDays(admissionDays - 1), end);
            if (!AnyWithin(dates, admission, by))
            {
                Pending(MeasurementOccasion.Admission, admission, by, AdmissionOverdue);
            }
        }

        if (scheduled.EveryDays is { } every)
        {
            var due = (last ?? admission).PlusDays(every);
            if (end is not { } stop || due <= stop)
            {
                Pending(MeasurementOccasion.Repeat, due, Clip(due.PlusDays(scheduled.GraceDays), end), RepeatOverdue);
            }
        }

        if (scheduled.DischargeWithinDays is { } dischargeDays && end is { } discharge)
        {
            var from = discharge.PlusDays(1 - dischargeDays);
            from = from < admission ? admission : from;
            if (!AnyWithin(dates, from, discharge))
            {
                Pending(MeasurementOccasion.Discharge, from, discharge, DischargeOverdue);
            }
        }

        return next is { } n
            ? new InstrumentDue(scheduled.Instrument, last, n.Occasion, n.From, n.By, asOf)
            : new InstrumentDue(scheduled.Instrument, last, null, null, null, asOf);
    }

    private static LocalDate Clip(LocalDate date, LocalDate? end) => end is { } e && date > e ? e : date;

    private static bool AnyWithin(List<LocalDate> dates, LocalDate from, LocalDate by)
    {
        foreach (var date in dates)
        {
            if (date >= from && date <= by)
            {
                return true;
            }
        }

        return false;
    }
}
