using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Reads <see cref="EpisodeColumns"/> row by row into the fold's <see cref="EpisodeRecord"/>, checking each
/// row's invariants as it goes (the checks <see cref="Episode{TKey}"/> makes at construction), so the
/// columnar path runs the same per-episode kernel as the object path.
/// </summary>
internal static class ColumnReader
{
    private const string ParamName = "columns";

    public static void AddAll(CohortAccumulator all, EpisodeColumns columns, Instrument instrument)
    {
        // Unchecked (decision 0089): day numbers of supported dates are below 2²⁰, and the list offsets add up to
        // lengths that EpisodeColumns.CheckShape has checked.
        unchecked
        {
            // The spans are read into locals once: a property of a ref struct is a copy on every read.
            var admissions = columns.Admissions;
            var discharges = columns.Discharges;
            var reasons = columns.DischargeReasons;
            var stepDowns = columns.FirstStepDowns;
            var stepUps = columns.FirstStepUps;
            var sessions = columns.AttendedSessions;
            var scores = columns.Scores;
            var scoreCounts = columns.ScoreCounts;
            var services = columns.ServiceDates;
            var serviceCounts = columns.ServiceDateCounts;
            var visits = columns.AftercareVisits;
            var visitCounts = columns.AftercareVisitCounts;
            var firstSupported = LengthOfStay.DayNumber(Rules.SupportedDates.First);
            var lastSupported = LengthOfStay.DayNumber(Rules.SupportedDates.Last);
            int min = instrument.MinimumTotal, max = instrument.MaximumTotal;
            int score = 0, service = 0, visit = 0;
            for (var i = 0; i < admissions.Length; i++)
            {
                var admission = LengthOfStay.DayNumber(admissions[i]);
                var discharge = Day(discharges, i);
                if (admission < firstSupported || (discharge != EpisodeRecord.NoDay && discharge > lastSupported))
                {
                    throw new ArgumentException("Every date must lie in the supported range [1900-01-01, 2199-12-31].", ParamName);
                }

                if (discharge < admission)
                {
                    throw new ArgumentException("Every discharge must be on or after its admission.", ParamName);
                }

                TedsDischargeReason? reason = reasons.IsEmpty ? null : reasons[i];
                if (reason is { } r)
                {
                    // The defined reasons are TEDS codes 1-7 (a range check: Enum.IsDefined would cost more than the rest of the row).
                    if (r is < TedsDischargeReason.TreatmentCompleted or > TedsDischargeReason.Other)
                    {
                        throw new ArgumentOutOfRangeException(ParamName, "Value must be a defined TedsDischargeReason member.");
                    }

                    if (discharge == EpisodeRecord.NoDay)
                    {
                        throw new ArgumentException("A discharge reason needs a discharge date.", ParamName);
                    }
                }

                var stepDown = Day(stepDowns, i);
                var stepUp = Day(stepUps, i);
                if (!Within(stepDown, admission, discharge) || !Within(stepUp, admission, discharge))
                {
                    throw new ArgumentException("A first step down or up must lie within its episode.", ParamName);
                }

                var attended = sessions.IsEmpty ? 0 : sessions[i];
                if (attended < 0)
                {
                    throw new ArgumentOutOfRangeException(ParamName, "Attended sessions must be at least 0.");
                }

                var ownScores = Next(scores, scoreCounts, i, ref score);
                for (var j = 0; j < ownScores.Length; j++)
                {
                    if (ownScores[j].Score < min || ownScores[j].Score > max)
                    {
                        throw new ArgumentOutOfRangeException(ParamName, "Every score must be in the instrument's range.");
                    }

                    if (j > 0 && ownScores[j].Date <= ownScores[j - 1].Date)
                    {
                        throw new ArgumentException("An episode's scores must be in date order with at most one per date.", ParamName);
                    }
                }

                var ownServices = Next(services, serviceCounts, i, ref service);
                for (var j = 0; j < ownServices.Length; j++)
                {
                    var day = LengthOfStay.DayNumber(ownServices[j]);
                    if (!Within(day, admission, discharge) || (j > 0 && ownServices[j] < ownServices[j - 1]))
                    {
                        throw new ArgumentException("An episode's service dates must be in date order, within the episode.", ParamName);
                    }
                }

                var ownVisits = Next(visits, visitCounts, i, ref visit);
                for (var j = 0; j < ownVisits.Length; j++)
                {
                    if (discharge == EpisodeRecord.NoDay || LengthOfStay.DayNumber(ownVisits[j]) < discharge || (j > 0 && ownVisits[j] < ownVisits[j - 1]))
                    {
                        throw new ArgumentException("An episode's after-care visits need a discharge and must be in date order, on or after it.", ParamName);
                    }
                }

                all.Add(new EpisodeRecord
                {
                    Admission = admission,
                    Discharge = discharge,
                    DischargeReason = reason,
                    FirstStepDown = stepDown,
                    FirstStepUp = stepUp,
                    AttendedSessions = attended,
                    Scores = ownScores,
                    ServiceDates = ownServices,
                    AftercareVisits = ownVisits,
                });
            }
        }
    }

    private static int Day(ReadOnlySpan<LocalDate?> column, int row) =>
        !column.IsEmpty && column[row] is { } date ? LengthOfStay.DayNumber(date) : EpisodeRecord.NoDay;

    private static bool Within(int day, int admission, int discharge) =>
        day == EpisodeRecord.NoDay || (day >= admission && day <= discharge);

    private static ReadOnlySpan<T> Next<T>(ReadOnlySpan<T> values, ReadOnlySpan<int> counts, int row, ref int offset)
    {
        if (counts.IsEmpty)
        {
            return default;
        }

        var own = values.Slice(offset, counts[row]);
        offset = unchecked(offset + counts[row]); // the counts add up to the length checked by CheckShape
        return own;
    }
}
