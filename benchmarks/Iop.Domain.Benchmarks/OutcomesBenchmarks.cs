using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Outcomes: scoring one instrument (target: no allocation) and cohort metrics over 1,000,000 generated
/// episodes in one pass, against the baselines a user would otherwise write — a straightforward LINQ
/// formulation, the same query in in-memory SQLite and in in-memory DuckDB (straightforward SQL and a
/// tuned one, on one thread and on all), and a hand-written loop over the columns — all with the data
/// already loaded. Every cohort method computes the same figures (the completion, response and remission
/// counts, measurement-based-care coverage, and Kaplan–Meier retention at 30/60/90 days and median length
/// of stay with open episodes censored), and the global setup throws unless they all agree.
/// </summary>
/// <remarks>
/// The library's paths: <c>Cohort_IopDomain</c> (episode objects), <c>Cohort_IopDomain_Columns</c> (the same
/// cohort as columns), and each partitioned over all cores with <c>Merge</c> (<c>…_AllCores</c>; threads are
/// the benchmark's, the library starts none). Compare <c>Cohort_IopDomain_Columns</c> with
/// <c>Cohort_HandWrittenColumns</c> (the same columns, a loop that computes only these figures), and each
/// DuckDB method with the library method on the same number of threads.
/// </remarks>
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
    private readonly int cores = Environment.ProcessorCount;
    private CohortData data = null!;
    private List<Episode<int>> episodes = [];
    private Episode<int>[][] partitions = [];
    private SqliteConnection? sqlite;
    private DuckDBConnection? duckDb;

    [GlobalSetup(Targets = [
        nameof(Cohort_Linq), nameof(Cohort_Sqlite),
        nameof(Cohort_DuckDb_Straightforward_1Thread), nameof(Cohort_DuckDb_Straightforward_AllThreads),
        nameof(Cohort_DuckDb_Tuned_1Thread), nameof(Cohort_DuckDb_Tuned_AllThreads),
        nameof(Cohort_HandWrittenColumns), nameof(Cohort_HandWrittenColumns_EveryFigure), nameof(Cohort_IopDomain), nameof(Cohort_IopDomain_AllCores),
        nameof(Cohort_IopDomain_Columns), nameof(Cohort_IopDomain_Columns_AllCores), nameof(Cohort_IopDomain_ByLevelAndGroup)])]
    public void Setup()
    {
        data = new CohortData(CohortSize, AsOf);
        episodes = data.Episodes;

        // The caller's partitions, one per core, cut outside the timed region as a caller holding them would.
        var size = (episodes.Count + cores - 1) / cores;
        partitions = [.. episodes.Chunk(size)];

        sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        using (var create = sqlite.CreateCommand())
        {
            create.CommandText = "CREATE TABLE episodes (admission INTEGER NOT NULL, discharge INTEGER NULL, reason INTEGER NULL, baseline_day INTEGER NULL, baseline INTEGER NULL, followup INTEGER NULL)";
            create.ExecuteNonQuery();
        }

        using (var transaction = sqlite.BeginTransaction())
        using (var insert = sqlite.CreateCommand())
        {
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
        }

        // DuckDB, in memory, loaded with its appender (its fastest load path), dates as DATE columns.
        duckDb = new DuckDBConnection("Data Source=:memory:");
        duckDb.Open();
        using (var create = duckDb.CreateCommand())
        {
            create.CommandText = "CREATE TABLE episodes (admission DATE NOT NULL, discharge DATE, reason TINYINT, baseline_day DATE, baseline INTEGER, followup INTEGER)";
            create.ExecuteNonQuery();
        }

        using (var appender = duckDb.CreateAppender("episodes"))
        {
            foreach (var e in episodes)
            {
                var scores = e.Measurements[0].Measurements;
                appender.CreateRow()
                    .AppendValue(e.Admission.ToDateOnly())
                    .AppendValue(e.Discharge?.ToDateOnly())
                    .AppendValue(e.DischargeReason is { } r ? (sbyte?)(sbyte)r : null)
                    .AppendValue(scores[0].Date.ToDateOnly())
                    .AppendValue((int?)scores[0].Score)
                    .AppendValue(scores.Count > 1 ? scores[^1].Score : (int?)null)
                    .EndRow();
            }
        }

        CheckAgreement();
    }

    [GlobalCleanup(Targets = [
        nameof(Cohort_Linq), nameof(Cohort_Sqlite),
        nameof(Cohort_DuckDb_Straightforward_1Thread), nameof(Cohort_DuckDb_Straightforward_AllThreads),
        nameof(Cohort_DuckDb_Tuned_1Thread), nameof(Cohort_DuckDb_Tuned_AllThreads),
        nameof(Cohort_HandWrittenColumns), nameof(Cohort_HandWrittenColumns_EveryFigure), nameof(Cohort_IopDomain), nameof(Cohort_IopDomain_AllCores),
        nameof(Cohort_IopDomain_Columns), nameof(Cohort_IopDomain_Columns_AllCores), nameof(Cohort_IopDomain_ByLevelAndGroup)])]
    public void Cleanup()
    {
        sqlite?.Dispose();
        duckDb?.Dispose();
    }

    /// <summary>Checks that every cohort formulation computes the same figures, so the ratios compare like with like.</summary>
    public void CheckAgreement()
    {
        var library = Cohort_IopDomain();
        var others = new (string Name, CohortFigures Figures)[]
        {
            (nameof(Cohort_Linq), Cohort_Linq()),
            (nameof(Cohort_Sqlite), Cohort_Sqlite()),
            (nameof(Cohort_DuckDb_Straightforward_1Thread), Cohort_DuckDb_Straightforward_1Thread()),
            (nameof(Cohort_DuckDb_Straightforward_AllThreads), Cohort_DuckDb_Straightforward_AllThreads()),
            (nameof(Cohort_DuckDb_Tuned_1Thread), Cohort_DuckDb_Tuned_1Thread()),
            (nameof(Cohort_DuckDb_Tuned_AllThreads), Cohort_DuckDb_Tuned_AllThreads()),
            (nameof(Cohort_HandWrittenColumns), Cohort_HandWrittenColumns()),
            (nameof(Cohort_HandWrittenColumns_EveryFigure), Cohort_HandWrittenColumns_EveryFigure()),
            (nameof(Cohort_IopDomain_AllCores), Cohort_IopDomain_AllCores()),
            (nameof(Cohort_IopDomain_Columns), Cohort_IopDomain_Columns()),
            (nameof(Cohort_IopDomain_Columns_AllCores), Cohort_IopDomain_Columns_AllCores()),
        };
        foreach (var (name, other) in others)
        {
            if (!other.Agrees(library))
            {
                throw new InvalidOperationException($"{name} disagrees with the library: {other} vs {library}");
            }
        }

        // The every-figure loop must agree on every count, not only on the figures the others compute.
        var summary = CohortMetrics.Summarize(data.Columns, criteria, AsOf);
        var loop = EveryFigureLoop.Run(data.Columns, criteria, AsOf);
        foreach (var (name, count) in summary.Counts)
        {
            if (loop.Counts[name] != count)
            {
                throw new InvalidOperationException($"The every-figure loop disagrees on {name}: {loop.Counts[name]} vs {count}");
            }
        }

        if (loop.BeyondHorizon != summary.BeyondHorizon || !loop.Events.SequenceEqual(summary.DischargesByDay) || !loop.Open.SequenceEqual(summary.OpenByDay))
        {
            throw new InvalidOperationException("The every-figure loop's retention table disagrees with the library's.");
        }

        // Grouped and partitioned reports must agree with one pass too.
        var byGroup = CohortMetrics.SummarizeBy(episodes, e => e.Key % 8, criteria, AsOf);
        if (byGroup.Overall != CohortMetrics.Summarize(episodes, criteria, AsOf))
        {
            throw new InvalidOperationException("SummarizeBy's overall summary disagrees with Summarize.");
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        sqlite?.Dispose();
        duckDb?.Dispose();
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

    /// <summary>DuckDB, the straightforward SQL (the SQLite query, dates as DATE), on one thread.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_DuckDb_Straightforward_1Thread() => DuckDbStraightforward(threads: 1);

    /// <summary>DuckDB, the straightforward SQL, on every core.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_DuckDb_Straightforward_AllThreads() => DuckDbStraightforward(cores);

    /// <summary>DuckDB, the query tuned after <c>EXPLAIN ANALYZE</c> (one scan, one small GROUP BY, no CTE re-read), on one thread.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_DuckDb_Tuned_1Thread() => DuckDbTuned(threads: 1);

    /// <summary>DuckDB, the tuned query, on every core.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_DuckDb_Tuned_AllThreads() => DuckDbTuned(cores);

    /// <summary>
    /// The floor: a loop written by hand over the same columns the library's columnar path reads, computing
    /// only these figures (no windows, steps, follow-up, initiation or reliable change, no argument checks).
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_HandWrittenColumns()
    {
        var admissions = data.Admissions;
        var discharges = data.Discharges;
        var reasons = data.Reasons;
        var scores = data.Scores;
        var counts = data.ScoreCounts;
        var asOf = AsOf.ToDateOnly().DayNumber;
        var events = new int[1024];
        var censored = new int[1024];
        int completed = 0, measured = 0, eligible = 0, responders = 0, remitters = 0, offset = 0;
        for (var i = 0; i < admissions.Length; i++)
        {
            var admission = admissions[i].ToDateOnly().DayNumber;
            var discharge = discharges[i] is { } d ? d.ToDateOnly().DayNumber : int.MaxValue;
            var discharged = discharge <= asOf;
            var los = (discharged ? discharge : asOf) - admission + 1;
            (discharged ? events : censored)[los]++;
            completed += discharged && reasons[i] == TedsDischargeReason.TreatmentCompleted ? 1 : 0;

            // Baseline: the score closest to admission within 14 days either side; follow-up: the last score after it.
            var n = counts[i];
            var baseline = -1;
            var best = int.MaxValue;
            for (var j = 0; j < n; j++)
            {
                var distance = Math.Abs(scores[offset + j].Date.ToDateOnly().DayNumber - admission);
                if (distance <= 14 && distance < best)
                {
                    best = distance;
                    baseline = j;
                }
            }

            if (baseline >= 0 && baseline < n - 1)
            {
                measured++;
                var b = scores[offset + baseline].Score;
                var f = scores[offset + n - 1].Score;
                if (b > 9)
                {
                    eligible++;
                    responders += b - f >= 0.5 * b ? 1 : 0;
                    remitters += f < 5 ? 1 : 0;
                }
            }

            offset += n;
        }

        var table = new List<(int Day, int Events, int Censored)>();
        for (var day = 0; day < events.Length; day++)
        {
            if (events[day] + censored[day] > 0)
            {
                table.Add((day, events[day], censored[day]));
            }
        }

        return CohortFigures.FromTable(admissions.Length, 0, completed, measured, eligible, responders, remitters, table);
    }

    /// <summary>
    /// A hand-written loop over the same columns that computes every count of the library's summary and makes every
    /// check it makes on a row (<see cref="EveryFigureLoop"/>): what the library's figure set costs written by hand.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_HandWrittenColumns_EveryFigure()
    {
        var (counts, events, open, _) = EveryFigureLoop.Run(data.Columns, criteria, AsOf);
        var table = new List<(int Day, int Events, int Censored)>();
        for (var day = 0; day < events.Length; day++)
        {
            if (events[day] + open[day] > 0)
            {
                table.Add((day, (int)events[day], (int)open[day]));
            }
        }

        return CohortFigures.FromTable(
            (int)counts["episodes"], (int)counts["discharged"], (int)counts["dischargedTreatmentCompleted"], (int)counts["measured"],
            (int)counts["responseEligible"], (int)counts["responders"], (int)counts["remitters"], table);
    }

    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_IopDomain() => Figures(CohortMetrics.Summarize(episodes, criteria, AsOf));

    /// <summary>The object path over one partition per core, on one thread each, then <c>Merge</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_IopDomain_AllCores()
    {
        var parts = new Task<CohortSummary>[partitions.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = partitions[i];
            parts[i] = Task.Run(() => CohortMetrics.Summarize(part, criteria, AsOf));
        }

        return Figures(MergeAll(parts));
    }

    /// <summary>The columnar path over the same cohort as columns.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_IopDomain_Columns() => Figures(CohortMetrics.Summarize(data.Columns, criteria, AsOf));

    /// <summary>The columnar path over one slice of the columns per core, on one thread each, then <c>Merge</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public CohortFigures Cohort_IopDomain_Columns_AllCores()
    {
        var size = (data.Admissions.Length + cores - 1) / cores;
        var parts = new Task<CohortSummary>[cores];
        for (var i = 0; i < parts.Length; i++)
        {
            var start = Math.Min(i * size, data.Admissions.Length);
            var length = Math.Min(size, data.Admissions.Length - start);
            parts[i] = Task.Run(() => CohortMetrics.Summarize(data.Columns.Slice(start, length), criteria, AsOf));
        }

        return Figures(MergeAll(parts));
    }

    [Benchmark]
    [BenchmarkCategory("Cohort")]
    public int Cohort_IopDomain_ByLevelAndGroup() =>
        CohortMetrics.SummarizeBy(episodes, e => e.Key % 8, criteria, AsOf).ByGroup.Count;

    private static long Day(LocalDate date) => date.ToDateOnly().DayNumber;

    private static CohortSummary MergeAll(Task<CohortSummary>[] parts)
    {
        Task.WaitAll(parts);
        var merged = parts[0].Result;
        for (var i = 1; i < parts.Length; i++)
        {
            merged = merged.Merge(parts[i].Result);
        }

        return merged;
    }

    private static CohortFigures Figures(CohortSummary s) => new(
        s.Episodes,
        s.CompletedEpisodes,
        s.ResponseRate?.Count ?? 0,
        s.RemissionRate?.Count ?? 0,
        s.MeasurementBasedCareCoverage?.Count ?? 0,
        s.RetentionAt(30) ?? 0,
        s.RetentionAt(60) ?? 0,
        s.RetentionAt(90) ?? 0,
        s.MedianLengthOfStay ?? -1);

    private static string DuckDate(LocalDate date) => $"DATE '{date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}'";

    private void SetDuckDbThreads(int threads)
    {
        using var set = duckDb!.CreateCommand();
        set.CommandText = $"SET threads = {threads}";
        set.ExecuteNonQuery();
    }

    /// <summary>The SQLite query as DuckDB SQL: a CTE of per-episode facts, read once for the counts and once for the life table.</summary>
    private CohortFigures DuckDbStraightforward(int threads)
    {
        SetDuckDbThreads(threads);
        var asOf = DuckDate(AsOf);
        using var command = duckDb!.CreateCommand();
        command.CommandText = $"""
            WITH e AS (
              SELECT CASE WHEN discharge IS NOT NULL AND discharge <= {asOf} THEN discharge ELSE {asOf} END - admission + 1 AS los,
                     CASE WHEN discharge IS NOT NULL AND discharge <= {asOf} THEN 1 ELSE 0 END AS event, reason,
                     CASE WHEN abs(baseline_day - admission) <= 14 AND followup IS NOT NULL THEN 1 ELSE 0 END AS measured,
                     CASE WHEN abs(baseline_day - admission) <= 14 AND followup IS NOT NULL AND baseline > 9 THEN 1 ELSE 0 END AS eligible,
                     baseline, followup
              FROM episodes)
            SELECT count(*), sum(event), sum(CASE WHEN event = 1 AND reason = 1 THEN 1 ELSE 0 END), sum(measured), sum(eligible),
                   sum(CASE WHEN eligible = 1 AND (baseline - followup) >= 0.5 * baseline THEN 1 ELSE 0 END),
                   sum(CASE WHEN eligible = 1 AND followup < 5 THEN 1 ELSE 0 END)
            FROM e
            """;
        var counts = new long[7];
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            for (var i = 0; i < 7; i++)
            {
                counts[i] = Long(reader.GetValue(i));
            }
        }

        using var tableCommand = duckDb.CreateCommand();
        tableCommand.CommandText = $"""
            WITH e AS (
              SELECT CASE WHEN discharge IS NOT NULL AND discharge <= {asOf} THEN discharge ELSE {asOf} END - admission + 1 AS los,
                     CASE WHEN discharge IS NOT NULL AND discharge <= {asOf} THEN 1 ELSE 0 END AS event
              FROM episodes)
            SELECT los, sum(event), count(*) - sum(event) FROM e GROUP BY los ORDER BY los
            """;
        var table = new List<(int Day, int Events, int Censored)>();
        using (var reader = tableCommand.ExecuteReader())
        {
            while (reader.Read())
            {
                table.Add((Int(reader.GetValue(0)), Int(reader.GetValue(1)), Int(reader.GetValue(2))));
            }
        }

        return CohortFigures.FromTable((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3], (int)counts[4], (int)counts[5], (int)counts[6], table);
    }

    /// <summary>
    /// The tuned form, after <c>EXPLAIN ANALYZE</c> and timing each candidate on one thread (DuckDB 1.5): the counts as
    /// one ungrouped aggregate over one scan, without the CTE, with every flag a sum of a CASE over integer
    /// arithmetic (2·(b − f) ≥ b instead of b − f ≥ 0.5·b); the life table as one hash aggregate with only the two
    /// counts it needs, not ordered in SQL (the ~120 rows are sorted here). <c>count(*) FILTER (WHERE …)</c>, one
    /// grouped aggregate holding every count, and casts of booleans to integers all measured slower than sums of
    /// CASE (FILTER about 1.8× the CPU time of the same counts as sums), so the tuned query keeps sums.
    /// </summary>
    private CohortFigures DuckDbTuned(int threads)
    {
        SetDuckDbThreads(threads);
        var asOf = DuckDate(AsOf);
        using var command = duckDb!.CreateCommand();
        command.CommandText = $"""
            SELECT count(*),
                   sum(CASE WHEN discharge <= {asOf} THEN 1 ELSE 0 END),
                   sum(CASE WHEN discharge <= {asOf} AND reason = 1 THEN 1 ELSE 0 END),
                   sum(CASE WHEN followup IS NOT NULL AND abs(baseline_day - admission) <= 14 THEN 1 ELSE 0 END),
                   sum(CASE WHEN followup IS NOT NULL AND abs(baseline_day - admission) <= 14 AND baseline > 9 THEN 1 ELSE 0 END),
                   sum(CASE WHEN followup IS NOT NULL AND abs(baseline_day - admission) <= 14 AND baseline > 9 AND 2 * (baseline - followup) >= baseline THEN 1 ELSE 0 END),
                   sum(CASE WHEN followup IS NOT NULL AND abs(baseline_day - admission) <= 14 AND baseline > 9 AND followup < 5 THEN 1 ELSE 0 END)
            FROM episodes
            """;
        var counts = new long[7];
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            for (var i = 0; i < 7; i++)
            {
                counts[i] = Long(reader.GetValue(i));
            }
        }

        using var tableCommand = duckDb.CreateCommand();
        tableCommand.CommandText = $"""
            SELECT CASE WHEN discharge IS NOT NULL AND discharge <= {asOf} THEN discharge ELSE {asOf} END - admission + 1 AS los,
                   sum(CASE WHEN discharge <= {asOf} THEN 1 ELSE 0 END), count(*)
            FROM episodes
            GROUP BY los
            """;
        var table = new List<(int Day, int Events, int Censored)>();
        using (var reader = tableCommand.ExecuteReader())
        {
            while (reader.Read())
            {
                var events = Int(reader.GetValue(1));
                table.Add((Int(reader.GetValue(0)), events, Int(reader.GetValue(2)) - events));
            }
        }

        table.Sort((a, b) => a.Day.CompareTo(b.Day));
        return CohortFigures.FromTable((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3], (int)counts[4], (int)counts[5], (int)counts[6], table);
    }

    private static int Int(object value) => checked((int)Long(value));

    /// <summary>A DuckDB integer as a long: <c>sum</c> of integers is a HUGEINT, which arrives as a <see cref="System.Numerics.BigInteger"/>.</summary>
    private static long Long(object value) =>
        value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The figures every cohort benchmark returns, so the three formulations can be compared.</summary>
public readonly record struct CohortFigures(long Episodes, long Completed, long Responders, long Remitters, long Measured, double Retention30, double Retention60, double Retention90, int MedianLengthOfStay)
{
    /// <summary>Whether two formulations found the same figures (retention to 1e-9: they multiply in different orders).</summary>
    public bool Agrees(CohortFigures other) =>
        Episodes == other.Episodes && Completed == other.Completed && Responders == other.Responders
        && Remitters == other.Remitters && Measured == other.Measured && MedianLengthOfStay == other.MedianLengthOfStay
        && Math.Abs(Retention30 - other.Retention30) < 1e-9
        && Math.Abs(Retention60 - other.Retention60) < 1e-9
        && Math.Abs(Retention90 - other.Retention90) < 1e-9;

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
