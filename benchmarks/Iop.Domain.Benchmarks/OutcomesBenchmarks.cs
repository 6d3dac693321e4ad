using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Outcomes: scoring one instrument (target: no allocation) and cohort metrics over 1,000,000 generated
/// episodes in one pass, against the two baselines a user would otherwise write — a straightforward LINQ
/// formulation and the same query in in-memory SQLite with the data already loaded. All three compute
/// the completion, response and remission counts, measurement-based-care coverage, and Kaplan–Meier
/// retention at 30/60/90 days and median length of stay with open episodes censored.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OutcomesBenchmarks : IDisposable
{
    private const int CohortSize = 1_000_000;
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    private readonly int[] phq9Items = [2, 3, 1, 2, 2, 1, 0, 1, 1];
    private readonly int[] bamItems = [2, 1, 3, 0, 0, 1, 0, 2, 3, 1, 1, 2, 3, 4, 1, 3, 3];
    private readonly CohortCriteria criteria = CohortCriteria.Phq9HedisStyle2025;
    private List<Episode<int>> episodes = [];
    private SqliteConnection? sqlite;

    [GlobalSetup(Targets = [nameof(Cohort_Linq), nameof(Cohort_Sqlite), nameof(Cohort_IopDomain), nameof(Cohort_IopDomain_ByLevelAndGroup)])]
    public void Setup()
    {
        // Deterministic fictional cohort: fixed seed, admissions over 18 months before the report date.
        var random = new Random(20260630);
        var first = AsOf.PlusDays(-540);
        episodes = new List<Episode<int>>(CohortSize);
        for (var i = 0; i < CohortSize; i++)
        {
            var admission = first.PlusDays(random.Next(0, 540));
            var level = random.Next(0, 4) == 0 ? LevelOfCare.PartialHospitalization : LevelOfCare.IntensiveOutpatient;
            var los = random.Next(0, 121);
            LocalDate? discharge = admission.PlusDays(los) <= AsOf && random.Next(0, 10) != 0 ? admission.PlusDays(los) : null;
            TedsDischargeReason? reason = discharge is null ? null : (TedsDischargeReason)(random.Next(0, 2) == 0 ? 1 : random.Next(1, 8));
            var baseline = random.Next(3, 28);
            var scores = new List<Measurement>(2) { new(admission, baseline) };
            if (los >= 14 && random.Next(0, 5) != 0)
            {
                var followDate = admission.PlusDays(Math.Min(los, 60));
                if (followDate <= AsOf)
                {
                    scores.Add(new Measurement(followDate, Math.Clamp(baseline - random.Next(-3, 16), 0, 27)));
                }
            }

            var history = LevelOfCareHistory.Admit(admission, level);
            episodes.Add(new Episode<int>(
                i,
                discharge is { } end ? history.Discharge(end) : history,
                reason,
                attendedSessions: random.Next(0, 40),
                measurements: [new MeasurementSeries(Instrument.Phq9, scores)]));
        }

        sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        using (var create = sqlite.CreateCommand())
        {
            create.CommandText = "CREATE TABLE episodes (admission INTEGER NOT NULL, discharge INTEGER NULL, reason INTEGER NULL, baseline_day INTEGER NULL, baseline INTEGER NULL, followup INTEGER NULL)";
            create.ExecuteNonQuery();
        }

        using var transaction = sqlite.BeginTransaction();
        using var insert = sqlite.CreateCommand();
        insert.CommandText = "INSERT INTO episodes VALUES ($a, $d, $r, $bd, $b, $f)";
        var pa = insert.Parameters.Add("$a", SqliteType.Integer);
        var pd = insert.Parameters.Add("$d", SqliteType.Integer);
        var pr = insert.Parameters.Add("$r", SqliteType.Integer);
        var pbd = insert.Parameters.Add("$bd", SqliteType.Integer);
        var pb = insert.Parameters.Add("$b", SqliteType.Integer);
        var pf = insert.Parameters.Add("$f", SqliteType.Integer);
        foreach (var e in episodes)
        {
            var scores = e.Measurements[0].Measurements;
            pa.Value = Day(e.Admission);
            pd.Value = e.Discharge is { } d ? Day(d) : DBNull.Value;
            pr.Value = e.DischargeReason is { } r ? (int)r : DBNull.Value;
            pbd.Value = Day(scores[0].Date);
            pb.Value = scores[0].Score;
            pf.Value = scores.Count > 1 ? scores[^1].Score : DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        CheckAgreement();
    }

    [GlobalCleanup(Targets = [nameof(Cohort_Linq), nameof(Cohort_Sqlite), nameof(Cohort_IopDomain), nameof(Cohort_IopDomain_ByLevelAndGroup)])]
    public void Cleanup() => sqlite?.Dispose();

    /// <summary>Checks that the three cohort formulations agree, so the ratios compare like with like.</summary>
    public void CheckAgreement()
    {
        var library = Cohort_IopDomain();
        foreach (var other in new[] { Cohort_Linq(), Cohort_Sqlite() })
        {
            var same = other.Episodes == library.Episodes && other.Completed == library.Completed
                && other.Responders == library.Responders && other.Remitters == library.Remitters
                && other.Measured == library.Measured && other.MedianLengthOfStay == library.MedianLengthOfStay
                && Math.Abs(other.Retention30 - library.Retention30) < 1e-9
                && Math.Abs(other.Retention60 - library.Retention60) < 1e-9
                && Math.Abs(other.Retention90 - library.Retention90) < 1e-9;
            if (!same)
            {
                throw new InvalidOperationException($"Cohort formulations disagree: {library} vs {other}");
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        sqlite?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Scoring")]
    public (int, int) Scoring_HandWritten()
    {
        var total = phq9Items.Sum();
        var band = total switch { < 5 => 1, < 10 => 2, < 15 => 3, < 20 => 4, _ => 5 };
        return (total, band);
    }

    [Benchmark]
    [BenchmarkCategory("Scoring")]
    public InstrumentScore Scoring_Phq9() => Instruments.Score(Instrument.Phq9, phq9Items, ScoringPolicy.Default);

    [Benchmark]
    [BenchmarkCategory("Scoring")]
    public int Scoring_Phq9WithFindings() => Instruments.Score(Instrument.Phq9, phq9Items, ScoringPolicy.Default).Findings.Count;

    [Benchmark]
    [BenchmarkCategory("Scoring")]
    public BamScore Scoring_Bam() => Instruments.ScoreBam(bamItems);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_Linq()
    {
        var rows = episodes.Select(e =>
        {
            var discharged = e.Discharge is { } d && d <= AsOf;
            var end = discharged ? e.Discharge!.Value : AsOf;
            var scores = e.Measurements.First(s => s.Instrument == Instrument.Phq9).Measurements;
            var baseline = scores.Where(m => Math.Abs(Period.DaysBetween(e.Admission, m.Date)) <= 14)
                .OrderBy(m => Math.Abs(Period.DaysBetween(e.Admission, m.Date))).Cast<Measurement?>().FirstOrDefault();
            var followUp = baseline is { } b ? scores.Where(m => m.Date > b.Date).Cast<Measurement?>().LastOrDefault() : null;
            return new
            {
                Los = Period.DaysBetween(e.Admission, end) + 1, // inclusive: admission and the last day both count
                Event = discharged,
                Completed = discharged && e.DischargeReason == TedsDischargeReason.TreatmentCompleted,
                Baseline = baseline?.Score,
                FollowUp = followUp?.Score,
            };
        }).ToList();

        var eligible = rows.Where(r => r.Baseline > 9 && r.FollowUp is not null).ToList();
        var table = rows.GroupBy(r => r.Los).OrderBy(g => g.Key)
            .Select(g => (Day: g.Key, Events: g.Count(r => r.Event), Censored: g.Count(r => !r.Event))).ToList();
        return CohortFigures.FromTable(
            rows.Count,
            rows.Count(r => r.Event),
            rows.Count(r => r.Completed),
            rows.Count(r => r.Baseline is not null && r.FollowUp is not null),
            eligible.Count,
            eligible.Count(r => r.Baseline!.Value - r.FollowUp!.Value >= 0.5 * r.Baseline.Value),
            eligible.Count(r => r.FollowUp < 5),
            table);
    }

    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_Sqlite()
    {
        var asOf = Day(AsOf);
        using var command = sqlite!.CreateCommand();
        command.CommandText = """
            WITH e AS (
              SELECT CASE WHEN discharge IS NOT NULL AND discharge <= $asOf THEN discharge ELSE $asOf END - admission + 1 AS los,
                     (discharge IS NOT NULL AND discharge <= $asOf) AS event, reason,
                     (ABS(baseline_day - admission) <= 14 AND followup IS NOT NULL) AS measured,
                     (ABS(baseline_day - admission) <= 14 AND followup IS NOT NULL AND baseline > 9) AS eligible,
                     baseline, followup
              FROM episodes)
            SELECT COUNT(*), SUM(event), SUM(event AND reason = 1), SUM(measured), SUM(eligible),
                   SUM(eligible AND (baseline - followup) >= 0.5 * baseline),
                   SUM(eligible AND followup < 5)
            FROM e;
            WITH e AS (
              SELECT CASE WHEN discharge IS NOT NULL AND discharge <= $asOf THEN discharge ELSE $asOf END - admission + 1 AS los,
                     (discharge IS NOT NULL AND discharge <= $asOf) AS event
              FROM episodes)
            SELECT los, SUM(event), COUNT(*) - SUM(event) FROM e GROUP BY los ORDER BY los;
            """;
        command.Parameters.AddWithValue("$asOf", asOf);
        using var reader = command.ExecuteReader();
        reader.Read();
        var counts = new long[7];
        for (var i = 0; i < 7; i++)
        {
            counts[i] = reader.GetInt64(i);
        }

        reader.NextResult();
        var table = new List<(int Day, int Events, int Censored)>();
        while (reader.Read())
        {
            table.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return CohortFigures.FromTable((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3], (int)counts[4], (int)counts[5], (int)counts[6], table);
    }

    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_IopDomain()
    {
        var s = CohortMetrics.Summarize(episodes, criteria, AsOf);
        return new CohortFigures(
            s.Episodes,
            s.CompletedEpisodes,
            s.ResponseRate?.Count ?? 0,
            s.RemissionRate?.Count ?? 0,
            s.MeasurementBasedCareCoverage?.Count ?? 0,
            s.RetentionAt(30) ?? 0,
            s.RetentionAt(60) ?? 0,
            s.RetentionAt(90) ?? 0,
            s.MedianLengthOfStay ?? -1);
    }

    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public int Cohort_IopDomain_ByLevelAndGroup() =>
        CohortMetrics.SummarizeBy(episodes, e => e.Key % 8, criteria, AsOf).ByGroup.Count;

    private static long Day(LocalDate date) => date.ToDateOnly().DayNumber;
}

/// <summary>The figures every cohort benchmark returns, so the three formulations can be compared.</summary>
public readonly record struct CohortFigures(long Episodes, long Completed, long Responders, long Remitters, long Measured, double Retention30, double Retention60, double Retention90, int MedianLengthOfStay)
{
    internal static CohortFigures FromTable(int episodes, int discharged, int completed, int measured, int eligible, int responders, int remitters, IReadOnlyList<(int Day, int Events, int Censored)> table)
    {
        _ = discharged;
        _ = eligible;
        // Kaplan-Meier: S(t) = product of (1 - d/n) over event days; retention at N = S(N - 1).
        var atRisk = (double)episodes;
        var survival = 1.0;
        double r30 = 1, r60 = 1, r90 = 1;
        var median = -1;
        var previousDay = -1;
        foreach (var (day, events, censored) in table)
        {
            for (var d = previousDay + 1; d < day; d++)
            {
                Mark(d, survival);
            }

            if (events > 0)
            {
                survival *= 1 - (events / atRisk);
            }

            Mark(day, survival);
            atRisk -= events + censored;
            previousDay = day;
        }

        for (var d = previousDay + 1; d < 90; d++)
        {
            Mark(d, survival);
        }

        return new CohortFigures(episodes, completed, responders, remitters, measured, r30, r60, r90, median);

        void Mark(int day, double s)
        {
            if (day == 29)
            {
                r30 = s;
            }

            if (day == 59)
            {
                r60 = s;
            }

            if (day == 89)
            {
                r90 = s;
            }

            if (median < 0 && s <= 0.5)
            {
                median = day;
            }
        }
    }
}
