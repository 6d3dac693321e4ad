using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Weekly evaluation of a 90-day episode with 60 sessions, and billing-day classification of 1,000,000
/// service days. Baselines: the LINQ a user would otherwise write (group by week and sum; count
/// qualifying services and switch on the count).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IntensityBenchmarks
{
    private const int DistinctDays = 1_000;
    private const int Repeats = 1_000;

    private static readonly LocalDate Start = new(2024, 3, 4);
    private readonly DateInterval range = new(Start, Start.PlusDays(89));
    private Session[] episode = [];
    private Session[] dayPool = [];
    private int[] dayStarts = [];

    [GlobalSetup]
    public void Setup()
    {
        // 60 sessions over 90 days: Monday, Wednesday and Friday of most weeks, 3 h each, one recreational.
        var sessions = new List<Session>();
        for (var day = 0; sessions.Count < 60; day++)
        {
            var date = Start.PlusDays(day % 90);
            if (date.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Wednesday or IsoDayOfWeek.Friday)
            {
                var kind = sessions.Count % 17 == 0 ? ServiceKind.SocialOrRecreationalActivity : ServiceKind.GroupTherapy;
                sessions.Add(new Session(date, new LocalTime(9, 0), Duration.FromHours(3), kind, DeliveryMode.InPerson, Attendance.Attended));
            }
        }

        episode = [.. sessions];

        // 1,000 distinct service days of 2 to 5 services; classified 1,000 times over = 1,000,000 days.
        var pool = new List<Session>();
        dayStarts = new int[DistinctDays + 1];
        for (var d = 0; d < DistinctDays; d++)
        {
            dayStarts[d] = pool.Count;
            var date = Start.PlusDays(d);
            for (var s = 0; s < 2 + (d % 4); s++)
            {
                pool.Add(new Session(date, new LocalTime(8 + s, 0), Duration.FromMinutes(50), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended));
            }
        }

        dayStarts[DistinctDays] = pool.Count;
        dayPool = [.. pool];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Evaluate 90-day episode")]
    public int HandWrittenLinq_WeeksBelowNineHours() =>
        episode
            .Where(s => s.Attendance == Attendance.Attended && s.Qualifies)
            .GroupBy(s => Period.DaysBetween(Start, s.Date) / 7)
            .Select(g => g.Aggregate(Duration.Zero, (sum, s) => sum + s.Duration))
            .Count(hours => hours < Duration.FromHours(9));

    [Benchmark]
    [BenchmarkCategory("Evaluate 90-day episode")]
    public IntensityEvaluation Evaluate_90DayEpisode() =>
        SessionIntensity.Evaluate(episode, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Classify 1,000,000 service days")]
    public int HandWrittenLinq_ClassifyMillionDays()
    {
        var fourOrMore = 0;
        for (var r = 0; r < Repeats; r++)
        {
            for (var d = 0; d < DistinctDays; d++)
            {
                var services = dayPool.Skip(dayStarts[d]).Take(dayStarts[d + 1] - dayStarts[d]).Count(s => s.Attendance == Attendance.Attended && s.Qualifies);
                fourOrMore += services >= 4 ? 1 : 0;
            }
        }

        return fourOrMore;
    }

    [Benchmark]
    [BenchmarkCategory("Classify 1,000,000 service days")]
    public int Classify_MillionDays()
    {
        var fourOrMore = 0;
        var pool = dayPool.AsSpan();
        for (var r = 0; r < Repeats; r++)
        {
            for (var d = 0; d < DistinctDays; d++)
            {
                var day = pool[dayStarts[d]..dayStarts[d + 1]];
                fourOrMore += BillingDays.Classify(day[0].Date, day, BillingRuleSet.Medicare2024).Tier == PerDiemTier.FourOrMoreServices ? 1 : 0;
            }
        }

        return fourOrMore;
    }
}
