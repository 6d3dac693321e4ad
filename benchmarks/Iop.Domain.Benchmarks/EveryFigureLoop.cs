using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// A hand-written loop over <see cref="EpisodeColumns"/> that computes every count of a <see cref="CohortSummary"/>
/// (<see cref="CohortSummary.Counts"/> and the retention table) and makes every check the library makes on a row,
/// in one pass with the counts in locals. It measures what the library's figure set costs when written by hand,
/// beside <c>Cohort_HandWrittenColumns</c>, which computes five figures without checks. Only for criteria without
/// reliable change or not-on-track rules (the benchmark's): <see cref="Run"/> refuses others.
/// </summary>
internal static class EveryFigureLoop
{
    private const int NoDay = int.MaxValue;

    /// <summary>Returns the counts by <see cref="CohortSummary.CountNames"/>, the events and censored episodes by length of stay, and the episodes beyond the horizon.</summary>
    public static (Dictionary<string, long> Counts, long[] Events, long[] Open, long BeyondHorizon) Run(EpisodeColumns columns, CohortCriteria criteria, LocalDate asOfDate)
    {
        var change = criteria.Change;
        if (change.ReliableChange is not null || change.NotOnTrackAfterWeeks is not null)
        {
            throw new ArgumentException("The loop computes neither reliable change nor not-on-track.", nameof(criteria));
        }

        var windows = criteria.Windows;
        int horizon = criteria.HorizonDays, shortDays = windows.FollowUpShortDays, longDays = windows.FollowUpLongDays;
        int initiationDays = windows.InitiationDays, engagementDays = windows.EngagementDays, engagementServices = windows.EngagementServices;
        int before = change.BaselineDaysBefore, after = change.BaselineDaysAfter, elevated = change.ElevatedAbove;
        int from = change.FollowUpFromDays ?? 1, to = change.FollowUpToDays ?? int.MaxValue;
        var countsDischargeDate = windows.FollowUpCountsDischargeDate;
        double reduction = change.ResponseReduction, remissionBelow = change.RemissionBelow;
        int min = change.Instrument.MinimumTotal, max = change.Instrument.MaximumTotal;
        var admissions = columns.Admissions;
        var discharges = columns.Discharges;
        var reasons = columns.DischargeReasons;
        var downs = columns.FirstStepDowns;
        var ups = columns.FirstStepUps;
        var sessions = columns.AttendedSessions;
        var scores = columns.Scores;
        var scoreCounts = columns.ScoreCounts;
        var services = columns.ServiceDates;
        var serviceCounts = columns.ServiceDateCounts;
        var visits = columns.AftercareVisits;
        var visitCounts = columns.AftercareVisitCounts;
        int asOf = Day(asOfDate), first = Day(new LocalDate(1900, 1, 1)), last = Day(new LocalDate(2199, 12, 31));
        var events = new long[horizon + 1];
        var open = new long[horizon + 1];
        var byReason = new long[8];
        long discharged = 0, beyond = 0, down = 0, up = 0, shortKnown = 0, shortMet = 0, longKnown = 0, longMet = 0;
        long initiationKnown = 0, initiationMet = 0, engagementKnown = 0, engagementMet = 0, attended = 0;
        long withBaseline = 0, measured = 0, eligible = 0, responders = 0, remitters = 0;
        int scoreAt = 0, serviceAt = 0, visitAt = 0;
        for (var i = 0; i < admissions.Length; i++)
        {
            var admission = Day(admissions[i]);
            var discharge = !discharges.IsEmpty && discharges[i] is { } d ? Day(d) : NoDay;
            if (admission < first || (discharge != NoDay && discharge > last) || discharge < admission || admission > asOf)
            {
                throw new ArgumentException("A date is out of range or out of order.", nameof(columns));
            }

            var reason = 0;
            if (!reasons.IsEmpty && reasons[i] is { } r)
            {
                if (r is < TedsDischargeReason.TreatmentCompleted or > TedsDischargeReason.Other || discharge == NoDay)
                {
                    throw new ArgumentException("A discharge reason is undefined or without a discharge.", nameof(columns));
                }

                reason = (int)r;
            }

            var stepDown = !downs.IsEmpty && downs[i] is { } sd ? Day(sd) : NoDay;
            var stepUp = !ups.IsEmpty && ups[i] is { } su ? Day(su) : NoDay;
            var sessionCount = sessions.IsEmpty ? 0 : sessions[i];
            if ((stepDown != NoDay && (stepDown < admission || stepDown > discharge))
                || (stepUp != NoDay && (stepUp < admission || stepUp > discharge)) || sessionCount < 0)
            {
                throw new ArgumentException("A step lies outside its episode, or sessions are negative.", nameof(columns));
            }

            var isDischarged = discharge <= asOf;
            var through = asOf - admission + 1;
            var los = isDischarged ? discharge - admission + 1 : through;
            discharged += isDischarged ? 1 : 0;
            byReason[isDischarged ? reason : 0]++;
            if (los <= horizon)
            {
                (isDischarged ? events : open)[los]++;
            }
            else
            {
                beyond++;
            }

            down += stepDown <= asOf ? 1 : 0;
            up += stepUp <= asOf ? 1 : 0;
            attended += sessionCount;

            var ownVisits = visitCounts.IsEmpty ? default : visits.Slice(visitAt, visitCounts[i]);
            visitAt += ownVisits.Length;
            int previous = int.MinValue;
            bool shortFollow = false, longFollow = false;
            foreach (var visitDate in ownVisits)
            {
                var visit = Day(visitDate);
                if (discharge == NoDay || visit < discharge || visit < previous)
                {
                    throw new ArgumentException("After-care visits need a discharge and must be in order after it.", nameof(columns));
                }

                previous = visit;
                var counts = visit <= asOf && (visit > discharge || (countsDischargeDate && visit == discharge));
                shortFollow |= counts && visit <= discharge + shortDays;
                longFollow |= counts && visit <= discharge + longDays;
            }

            if (isDischarged)
            {
                var sinceDischarge = through - los;
                shortKnown += shortFollow || sinceDischarge >= shortDays ? 1 : 0;
                shortMet += shortFollow ? 1 : 0;
                longKnown += longFollow || sinceDischarge >= longDays ? 1 : 0;
                longMet += longFollow ? 1 : 0;
            }

            var ownServices = serviceCounts.IsEmpty ? default : services.Slice(serviceAt, serviceCounts[i]);
            serviceAt += ownServices.Length;
            int start = NoDay, engagedServices = 0;
            previous = int.MinValue;
            for (var j = 0; j < ownServices.Length; j++)
            {
                var service = Day(ownServices[j]);
                if (service < admission || service > discharge || service < previous)
                {
                    throw new ArgumentException("Service dates must be in order within their episode.", nameof(columns));
                }

                previous = service;
                start = j == 0 ? service : start;
                engagedServices += j > 0 && service > start && service <= start + engagementDays && service <= asOf ? 1 : 0;
            }

            if (start <= admission + initiationDays - 1 && start <= asOf)
            {
                initiationKnown++;
                initiationMet++;
                var engaged = engagedServices >= engagementServices;
                engagementKnown += engaged || isDischarged || asOf >= start + engagementDays ? 1 : 0;
                engagementMet += engaged ? 1 : 0;
            }
            else if (isDischarged || through - 1 >= initiationDays - 1)
            {
                initiationKnown++;
                engagementKnown++;
            }

            var ownScores = scoreCounts.IsEmpty ? default : scores.Slice(scoreAt, scoreCounts[i]);
            scoreAt += ownScores.Length;
            int baseline = -1, best = int.MaxValue, followUp = -1, baselineDay = 0, previousDay = int.MinValue;
            for (var j = 0; j < ownScores.Length; j++)
            {
                var day = Day(ownScores[j].Date);
                if (ownScores[j].Score < min || ownScores[j].Score > max || day <= previousDay)
                {
                    throw new ArgumentException("Scores must be in range and in date order.", nameof(columns));
                }

                previousDay = day;
                var offset = day - admission;
                if (offset >= -before && offset <= after && Math.Abs(offset) < best)
                {
                    best = Math.Abs(offset);
                    baseline = j;
                    baselineDay = day;
                    followUp = -1; // a follow-up is a later score than the final baseline
                }
                else if (baseline >= 0 && day - baselineDay >= from && day - baselineDay <= to)
                {
                    followUp = j;
                }
            }

            if (baseline >= 0)
            {
                withBaseline++;
                measured += ownScores.Length - 1 > baseline ? 1 : 0;
                var hasFollowUp = followUp >= 0;
                var b = ownScores[baseline].Score;
                var f = ownScores[hasFollowUp ? followUp : baseline].Score;
                var counted = b > elevated & hasFollowUp;
                eligible += counted ? 1 : 0;
                responders += counted & (b - f >= reduction * b) ? 1 : 0;
                remitters += counted & (f < remissionBelow) ? 1 : 0;
            }
        }

        long[] values =
        [
            admissions.Length, admissions.Length - discharged, discharged,
            byReason[1], byReason[2], byReason[3], byReason[4], byReason[5], byReason[6], byReason[7],
            down, up, shortKnown, shortMet, longKnown, longMet, initiationKnown, initiationMet, engagementKnown, engagementMet,
            withBaseline, measured, eligible, responders, remitters, 0, 0, 0, 0, attended,
        ];
        return (CohortSummary.CountNames.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), events, open, beyond);
    }

    private static int Day(LocalDate date) => date.ToDateOnly().DayNumber;
}
