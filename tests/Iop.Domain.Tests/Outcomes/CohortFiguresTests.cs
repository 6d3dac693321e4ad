using FluentAssertions;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// A hand-computed cohort whose counts are pinned by name: discharges known only after the report date, baselines
/// with and without a later score, responders and remitters; and the breakdowns of <c>SummarizeBy</c> equal to
/// summaries of their own episodes, from arrays, lists and lazy sequences.
/// </summary>
public sealed class CohortFiguresTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate AsOf = Start.PlusDays(30);
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;

    /// <summary>
    /// 1. PHP, stepped down to IOP on day 5, completed on day 28; PHQ-9 20 → 4: baseline, measured, eligible, a responder and a remitter.
    /// 2. IOP discharged on day 40, after the report date, as dropped out: open on the report date, its reason not yet counted;
    ///    PHQ-9 18 → 12: eligible, neither a responder (6 &lt; 9) nor a remitter.
    /// 3. IOP transferred on day 20; one PHQ-9 of 8 on day 3: a baseline, not measured (no later score), not eligible (8 ≤ 9).
    /// 4. IOP open; one PHQ-9 of 15 on day 20, outside the 14-day baseline window: no baseline.
    /// 5. IOP open, no scores, 5 sessions.
    /// </summary>
    private static Episode<int>[] Cohort() =>
    [
        new(
            1,
            LevelOfCareHistory.Admit(Start, LevelOfCare.PartialHospitalization).Append(Start.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview).Discharge(Start.PlusDays(28)),
            TedsDischargeReason.TreatmentCompleted,
            attendedSessions: 20,
            measurements: [Phq9((0, 20), (28, 4))]),
        new(2, Iop().Discharge(Start.PlusDays(40)), TedsDischargeReason.DroppedOut, attendedSessions: 6, measurements: [Phq9((0, 18), (14, 12))]),
        new(3, Iop().Discharge(Start.PlusDays(20)), TedsDischargeReason.Transferred, attendedSessions: 4, measurements: [Phq9((3, 8))]),
        new(4, Iop(), measurements: [Phq9((20, 15))]),
        new(5, Iop(), attendedSessions: 5),
    ];

    [Fact]
    public void Summarize_HandCohort_CountsEachFigure()
    {
        var counts = CohortMetrics.Summarize(Cohort(), Criteria, AsOf).Counts;
        var expected = new Dictionary<string, long>
        {
            ["episodes"] = 5,
            ["open"] = 3,
            ["discharged"] = 2,
            ["dischargedTreatmentCompleted"] = 1,
            ["dischargedDroppedOut"] = 0, // known only after the report date
            ["dischargedTransferred"] = 1,
            ["steppedDown"] = 1,
            ["steppedUp"] = 0,
            ["withBaseline"] = 3,
            ["measured"] = 2,
            ["responseEligible"] = 2,
            ["responders"] = 1,
            ["remitters"] = 1,
            ["attendedSessions"] = 35,
        };
        foreach (var (name, value) in expected)
        {
            counts[name].Should().Be(value, name);
        }
    }

    [Fact]
    public void Summarize_HandCohort_GivesTheRates()
    {
        var summary = CohortMetrics.Summarize(Cohort(), Criteria, AsOf);
        summary.CompletionRate.Should().Be(new Proportion(1, 2));
        summary.MeasurementBasedCareCoverage.Should().Be(new Proportion(2, 5));
        summary.ResponseRate.Should().Be(new Proportion(1, 2));
        summary.RemissionRate.Should().Be(new Proportion(1, 2));
        summary.EpisodesWithBaseline.Should().Be(3);
        summary.MeanAttendedSessions.Should().Be(7);
    }

    [Fact]
    public void Summarize_DischargeAfterTheReportDate_IsCountedOnceKnown()
    {
        var later = CohortMetrics.Summarize(Cohort(), Criteria, Start.PlusDays(40)).Counts;
        later["open"].Should().Be(2);
        later["dischargedDroppedOut"].Should().Be(1);
    }

    public static TheoryData<string> Shapes => new() { "array", "list", "lazy" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SummarizeBy_EachBreakdown_EqualsTheSummaryOfItsEpisodes(string shape)
    {
        var cohort = Cohort();
        IEnumerable<Episode<int>> episodes = shape switch
        {
            "array" => cohort,
            "list" => cohort.ToList(),
            _ => cohort.Select(e => e),
        };
        var report = CohortMetrics.SummarizeBy(episodes, e => e.Key % 2, Criteria, AsOf);
        report.Overall.Should().Be(CohortMetrics.Summarize(cohort, Criteria, AsOf));
        report.ByLevel.Keys.Should().BeEquivalentTo([LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient]);
        foreach (var (level, summary) in report.ByLevel)
        {
            summary.Should().Be(CohortMetrics.Summarize(cohort.Where(e => e.AdmissionLevel == level), Criteria, AsOf), level.ToString());
        }

        report.ByGroup.Keys.Should().BeEquivalentTo([0, 1]);
        foreach (var (group, summary) in report.ByGroup)
        {
            summary.Should().Be(CohortMetrics.Summarize(cohort.Where(e => e.Key % 2 == group), Criteria, AsOf));
        }
    }

    private static LevelOfCareHistory Iop() => LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient);

    private static MeasurementSeries Phq9(params (int Day, int Score)[] scores) =>
        new(Instrument.Phq9, scores.Select(s => new Measurement(Start.PlusDays(s.Day), s.Score)));
}
