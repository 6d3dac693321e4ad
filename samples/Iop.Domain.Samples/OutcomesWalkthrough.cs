using System.Globalization;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>Outcomes: one fictional person's PHQ-9 course, then a cohort report for 10,000 generated episodes.</summary>
internal static class OutcomesWalkthrough
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Run(TextWriter output)
    {
        output.WriteLine("== 6. Outcome measures ==");
        output.WriteLine();
        PersonCourse(output);
        output.WriteLine();
        CohortReport(output);
    }

    private static void PersonCourse(TextWriter output)
    {
        // A fictional person admitted to intensive outpatient; PHQ-9 item answers every two weeks.
        var admission = new LocalDate(2025, 3, 5);
        (int Day, int[] Items)[] administrations =
        [
            (0, [3, 2, 2, 3, 2, 2, 2, 2, 1, 2]),  // item 9 answered "several days"; difficulty item last
            (14, [2, 2, 2, 2, 2, 2, 2, 2, 0, 2]),
            (28, [2, 2, 1, 2, 1, 1, 1, 2, 0, 1]),
            (42, [1, 1, 1, 1, 1, 1, 1, 1, 0, 1]),
            (56, [1, 0, 1, 1, 0, 0, 1, 0, 0, 0]),
        ];

        output.WriteLine("PHQ-9 course of a fictional person in intensive outpatient (admitted 2025-03-05):");
        var scores = new List<Measurement>();
        foreach (var (day, items) in administrations)
        {
            var score = Instruments.Score(Instrument.Phq9, items, ScoringPolicy.Default);
            var date = admission.PlusDays(day);
            scores.Add(Measurement.From(date, score));
            output.WriteLine($"  {date:uuuu-MM-dd}  total {score.Total,2}  {score.Band?.Name,-17} screen {(score.PositiveScreen == true ? "positive" : "negative")}  difficulty {score.CarriedAnswer}");
            foreach (var finding in score.Findings)
            {
                output.WriteLine($"              ! {finding}");
            }
        }

        var first = Instruments.Score(Instrument.Phq9, administrations[0].Items, ScoringPolicy.Default);
        output.WriteLine($"  FHIR Observation: code {first.Code}, unit {Instruments.ObservationUnit}, category {Instruments.ObservationCategory.Code}");

        // Reliable change needs the SD and reliability of a reference sample: these two are illustrative only.
        var reliable = new ReliableChangeCriteria("Illustrative sample", "1", LocalDate.MinIsoValue, preTreatmentStandardDeviation: 5.0, reliability: 0.84) { CutOff = 10 };
        var criteria = ChangeCriteria.Phq9 with { ReliableChange = reliable, NotOnTrackAfterWeeks = 4 };
        var series = new MeasurementSeries(Instrument.Phq9, scores);
        var change = SymptomChanges.Evaluate(series, admission, criteria);
        output.WriteLine();
        output.WriteLine($"  Baseline {change.Baseline?.Score} on {change.Baseline?.Date:uuuu-MM-dd}; latest {change.Latest?.Score}; change {change.Change}.");
        output.WriteLine($"  Eligible (baseline above 9): {change.IsEligible}. Response (50 % reduction): {change.Response}. Remission (below 5): {change.Remission}.");
        output.WriteLine(string.Create(Invariant, $"  Reliable change index {change.ReliableChangeIndex:0.00} (a change of more than {ReliableChange.MinimumReliableChange(reliable):0.0} points is reliable with the illustrative SD 5.0 and r 0.84): {change.Category}."));
        output.WriteLine($"  Not-on-track check after 4 weeks: {(change.IsNotOnTrack ? "NOT on track" : "on track")}.");

        var history = LevelOfCareHistory.Admit(admission, LevelOfCare.IntensiveOutpatient)
            .Append(admission.PlusDays(49), LevelOfCare.Outpatient, LevelChangeReason.TransitionReview)
            .Discharge(admission.PlusDays(63));
        var episode = new Episode<string>(
            "fictional-episode-1",
            history,
            TedsDischargeReason.TreatmentCompleted,
            attendedSessions: 24,
            measurements: [series],
            serviceDates: [admission, admission.PlusDays(2), admission.PlusDays(4)],
            aftercareVisits: [admission.PlusDays(68)]);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.HedisStyle2025, criteria, new LocalDate(2025, 12, 31));
        output.WriteLine($"  Episode: {outcome.LengthOfStay} days, completed {outcome.IsCompleted}, stepped down {outcome.SteppedDown}, " +
            $"initiated {outcome.Initiated}, engaged {outcome.Engaged}, follow-up within 7 days {outcome.FollowUpShort}, within 30 days {outcome.FollowUpLong}.");
    }

    private static void CohortReport(TextWriter output)
    {
        // 10,000 generated, fictional episodes (fixed seed, so the report is the same on every run).
        var asOf = new LocalDate(2025, 12, 31);
        var random = new Random(7);
        var episodes = new List<Episode<int>>(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            var admission = asOf.PlusDays(-random.Next(0, 365));
            var level = random.Next(0, 3) == 0 ? LevelOfCare.PartialHospitalization : LevelOfCare.IntensiveOutpatient;
            var los = random.Next(3, 110);
            LocalDate? discharge = admission.PlusDays(los) <= asOf ? admission.PlusDays(los) : null;
            TedsDischargeReason? reason = discharge is null ? null : random.Next(0, 100) switch
            {
                < 52 => TedsDischargeReason.TreatmentCompleted,
                < 80 => TedsDischargeReason.DroppedOut,
                < 90 => TedsDischargeReason.Transferred,
                _ => TedsDischargeReason.Other,
            };
            var baseline = random.Next(4, 27);
            var scores = new List<Measurement> { new(admission, baseline) };
            var followDay = Math.Min(los, 56);
            if (random.Next(0, 4) != 0 && admission.PlusDays(followDay) <= asOf)
            {
                scores.Add(new Measurement(admission.PlusDays(followDay), Math.Clamp(baseline - random.Next(-3, 14), 0, 27)));
            }

            var levels = LevelOfCareHistory.Admit(admission, level);
            episodes.Add(new Episode<int>(i, discharge is { } end ? levels.Discharge(end) : levels, reason, random.Next(0, 30),
                [new MeasurementSeries(Instrument.Phq9, scores)]));
        }

        var criteria = CohortCriteria.Phq9HedisStyle2025 with
        {
            Change = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Illustrative sample", "1", LocalDate.MinIsoValue, 5.0, 0.84) { CutOff = 10 } },
        };
        var report = CohortMetrics.SummarizeBy(episodes, e => e.Admission.Month <= 6 ? "admitted Jan-Jun" : "admitted Jul-Dec", criteria, asOf);
        var all = report.Overall;
        output.WriteLine($"Cohort report as of {asOf:uuuu-MM-dd}: {all.Episodes} generated episodes, {all.OpenEpisodes} still open.");
        output.WriteLine($"  Completion (TEDS reason 1 / discharged):   {all.CompletionRate}");
        output.WriteLine($"  PHQ-9 response (elevated baseline):       {all.ResponseRate}");
        output.WriteLine($"  PHQ-9 remission (elevated baseline):      {all.RemissionRate}");
        output.WriteLine($"  Reliable improvement (illustrative RCI):  {all.ReliableImprovementRate}");
        output.WriteLine($"  Measurement-based-care coverage:          {all.MeasurementBasedCareCoverage}");
        output.WriteLine(string.Create(Invariant, $"  Retention (Kaplan-Meier, open censored):  30 d {all.RetentionAt(30):P1}, 60 d {all.RetentionAt(60):P1}, 90 d {all.RetentionAt(90):P1}; median stay {all.MedianLengthOfStay} days"));

        // The naive figure most dashboards show: drop open episodes, then count stays of 30 days or more.
        var closed = episodes.Where(e => e.Discharge is not null).ToList();
        var naive30 = closed.Count(e => LengthOfStay.Days(e.Admission, e.Discharge!.Value) >= 30) / (double)closed.Count;
        output.WriteLine(string.Create(Invariant, $"  (Naive 30-day retention that drops open episodes: {naive30:P1} — biased low.)"));
        output.WriteLine();
        output.WriteLine("  By level at admission:");
        foreach (var (level, summary) in report.ByLevel.OrderBy(p => p.Key))
        {
            output.WriteLine(string.Create(Invariant, $"    {level.Abbreviation(),-4} {summary.Episodes,6} episodes; completion {summary.CompletionRate?.Rate:P1}; response {summary.ResponseRate?.Rate:P1}; 30-day retention {summary.RetentionAt(30):P1}"));
        }

        output.WriteLine("  By admission half-year (a caller-supplied key):");
        foreach (var (group, summary) in report.ByGroup.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(Invariant, $"    {group,-17} {summary.Episodes,6} episodes; completion {summary.CompletionRate?.Rate:P1}; remission {summary.RemissionRate?.Rate:P1}"));
        }
    }
}
