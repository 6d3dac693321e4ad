using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class CohortMetricsTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate AsOf = Start.PlusDays(30);

    private static LevelOfCareSpan[] Iop => [new(LevelOfCare.IntensiveOutpatient, Start)];

    /// <summary>Six episodes admitted on one day: discharges on days 2, 5, 5 and 10; open at days 3 and 8 (admitted later).</summary>
    private static Episode<int>[] HandTable() =>
    [
        Closed(1, 0, 2),
        Open(2, 27), // admitted on day 27: 3 days observed on the report date
        Closed(3, 0, 5),
        Closed(4, 0, 5),
        Open(5, 22), // 8 days observed
        Closed(6, 0, 10),
    ];

    [Fact]
    public void KaplanMeier_HandComputedCensoredTable_IsReproduced()
    {
        // t=2: n=6, d=1 -> S = 5/6 = 0.8333. t=3: one censored (n falls to 4).
        // t=5: n=4, d=2 -> S = 0.8333 * 2/4 = 0.4167. t=8: one censored (n = 1). t=10: n=1, d=1 -> S = 0.
        var summary = CohortMetrics.Summarize(HandTable(), CohortCriteria.Default, AsOf);
        summary.SurvivalAt(1).Should().Be(1.0);
        summary.SurvivalAt(2).Should().BeApproximately(5.0 / 6, 1e-12);
        summary.SurvivalAt(4).Should().BeApproximately(5.0 / 6, 1e-12);
        summary.SurvivalAt(5).Should().BeApproximately(5.0 / 12, 1e-12);
        summary.SurvivalAt(9).Should().BeApproximately(5.0 / 12, 1e-12);
        summary.SurvivalAt(10).Should().Be(0);
        summary.MedianLengthOfStay.Should().Be(5);
        summary.RetentionAt(0).Should().Be(1);
        summary.RetentionAt(3).Should().BeApproximately(5.0 / 6, 1e-12, "P(LOS >= 3) = S(2)");
        summary.RetentionAt(6).Should().BeApproximately(5.0 / 12, 1e-12);
    }

    [Fact]
    public void KaplanMeier_EventAndCensoringOnTheSameDay_CountsTheEventFirst()
    {
        // Day 3: two discharges and one open episode observed 3 days. Events before censorings: n = 4,
        // S(3) = 1 - 2/4 = 0.5 (censoring first would give n = 3, S = 1/3). Day 6: n = 1, d = 1, S = 0.
        Episode<int>[] episodes = [Closed(1, 0, 3), Closed(2, 0, 3), Open(3, 27), Closed(4, 0, 6)];
        var summary = CohortMetrics.Summarize(episodes, CohortCriteria.Default, AsOf);
        summary.SurvivalAt(2).Should().Be(1.0);
        summary.SurvivalAt(3).Should().Be(0.5);
        summary.SurvivalAt(6).Should().Be(0);
        summary.MedianLengthOfStay.Should().Be(3);
    }

    [Fact]
    public void KaplanMeier_DiffersFromTheNaiveRateThatDropsOpenEpisodes()
    {
        // Naive: of the 4 discharged, 1 stayed 6 days or more = 0.25; Kaplan-Meier keeps the open ones at risk: 0.4167.
        var summary = CohortMetrics.Summarize(HandTable(), CohortCriteria.Default, AsOf);
        var discharged = HandTable().Where(e => !e.IsOpen).ToArray();
        var naive = discharged.Count(e => Period.DaysBetween(e.Admission, e.Discharge!.Value) >= 6) / (double)discharged.Length;
        naive.Should().Be(0.25);
        summary.RetentionAt(6).Should().BeGreaterThan(naive);
    }

    [Fact]
    public void KaplanMeier_StaysBeyondTheHorizon_AreCensoredAtIt()
    {
        var criteria = CohortCriteria.Default with { HorizonDays = 4 };
        var summary = CohortMetrics.Summarize(HandTable(), criteria, AsOf);
        summary.SurvivalAt(4).Should().BeApproximately(5.0 / 6, 1e-12, "exact up to the horizon");
        summary.MedianLengthOfStay.Should().BeNull("the median lies beyond the horizon");
        FluentActions.Invoking(() => summary.SurvivalAt(5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score, no continuity correction).
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)] // zero events: the interval stays inside [0, 1]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Proportion_Wilson_MatchesNewcombesPublishedValues(long count, long total, double lower, double upper)
    {
        var p = new Proportion(count, total);
        p.Lower.Should().BeApproximately(lower, 0.00005);
        p.Upper.Should().BeApproximately(upper, 0.00005);
    }

    [Fact]
    public void Proportion_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new Proportion(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
        FluentActions.Invoking(() => new Proportion(3, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        new Proportion(1, 4).ToString().Should().Be("25.0 % (95 % CI 4.6–69.9 %; 1/4)");
    }

    [Fact]
    public void Summarize_CountsCompletionResponseAndCoverage()
    {
        var phq = new MeasurementSeries(Instrument.Phq9, [new(Start, 18), new(Start.PlusDays(28), 6)]);
        var notElevated = new MeasurementSeries(Instrument.Phq9, [new(Start, 8), new(Start.PlusDays(28), 2)]);
        Episode<int>[] episodes =
        [
            new(1, Start, Iop, Start.PlusDays(28), TedsDischargeReason.TreatmentCompleted, 12, [phq]),
            new(2, Start, Iop, Start.PlusDays(9), TedsDischargeReason.DroppedOut, 3, [notElevated]),
            new(3, Start, Iop, attendedSessions: 9),
        ];
        var summary = CohortMetrics.Summarize(episodes, CohortCriteria.Default, AsOf);
        summary.Episodes.Should().Be(3);
        summary.OpenEpisodes.Should().Be(1);
        summary.CompletionRate.Should().Be(new Proportion(1, 2));
        summary.DischargesBy(TedsDischargeReason.DroppedOut).Should().Be(1);
        summary.MeasurementBasedCareCoverage.Should().Be(new Proportion(2, 3));
        summary.ResponseRate.Should().Be(new Proportion(1, 1), "only the elevated baseline is eligible");
        summary.RemissionRate.Should().Be(new Proportion(0, 1));
        summary.ReliableImprovementRate.Should().BeNull("no reliable-change criteria were given");
        summary.MeanAttendedSessions.Should().Be(8);
    }

    [Fact]
    public void Summarize_WithReliableChangeCriteria_CountsReliableImprovement()
    {
        var criteria = CohortCriteria.Default with { Change = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Test sample", "1", LocalDate.MinIsoValue, 5, 0.84) { CutOff = 10 } } };
        var series = new MeasurementSeries(Instrument.Phq9, [new(Start, 18), new(Start.PlusDays(28), 6)]);
        var summary = CohortMetrics.Summarize([new Episode<int>(1, Start, Iop, measurements: [series])], criteria, AsOf);
        summary.ReliableImprovementRate.Should().Be(new Proportion(1, 1));
        summary.RecoveryRate.Should().Be(new Proportion(1, 1));
    }

    [Fact]
    public void SummarizeBy_BreaksDownByLevelAndGroup()
    {
        Episode<int>[] episodes =
        [
            Closed(1, 0, 10),
            new(2, Start, [new LevelOfCareSpan(LevelOfCare.PartialHospitalization, Start)], Start.PlusDays(5), TedsDischargeReason.TreatmentCompleted),
            Open(3, 0),
        ];
        var report = CohortMetrics.SummarizeBy(episodes, e => e.Key % 2 == 0 ? "even" : "odd", CohortCriteria.Default, AsOf);
        report.Overall.Episodes.Should().Be(3);
        report.ByLevel[LevelOfCare.IntensiveOutpatient].Episodes.Should().Be(2);
        report.ByLevel[LevelOfCare.PartialHospitalization].CompletedEpisodes.Should().Be(1);
        report.ByGroup["odd"].Episodes.Should().Be(2);
        report.ByGroup["even"].Episodes.Should().Be(1);
        report.ToString().Should().Be("Cohort report (3 episodes, 2 levels, 2 groups)").And.NotContain("odd");
    }

    [Fact]
    public void Merge_DifferentReportDates_Throws()
    {
        var a = CohortMetrics.Empty(CohortCriteria.Default, AsOf);
        var b = CohortMetrics.Empty(CohortCriteria.Default, AsOf.PlusDays(1));
        FluentActions.Invoking(() => a.Merge(b)).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Summarize_EpisodeAdmittedAfterTheReportDate_ThrowsForAsOf() =>
        FluentActions.Invoking(() => CohortMetrics.Summarize([Open(1, 0)], CohortCriteria.Default, Start.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");

    [Fact]
    public void Summarize_EmptyCohort_HasNoRates()
    {
        var summary = CohortMetrics.Summarize(Array.Empty<Episode<int>>(), CohortCriteria.Default, AsOf);
        summary.Should().Be(CohortMetrics.Empty(CohortCriteria.Default, AsOf));
        summary.CompletionRate.Should().BeNull();
        summary.RetentionAt(30).Should().BeNull();
        summary.MedianLengthOfStay.Should().BeNull();
    }

    [Property(MaxTest = 50)]
    public Property Summarize_IsIndependentOfOrder() => Prop.ForAll(
        CohortGen.Episodes.SelectMany(episodes => Gen.Shuffle(episodes).Select(shuffled => (episodes, shuffled))).ToArbitrary(),
        t =>
        {
            var (episodes, shuffled) = t;
            var reversed = episodes.AsEnumerable().Reverse().ToArray();
            var summary = CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf);
            return summary == CohortMetrics.Summarize(shuffled, CohortGen.Criteria, CohortGen.AsOf)
                && summary == CohortMetrics.Summarize(reversed, CohortGen.Criteria, CohortGen.AsOf)
                && CohortMetrics.SummarizeBy(episodes, Group, CohortGen.Criteria, CohortGen.AsOf)
                    == CohortMetrics.SummarizeBy(shuffled, Group, CohortGen.Criteria, CohortGen.AsOf);
        });

    [Property(MaxTest = 50)]
    public Property Merge_OfTwoParts_EqualsTheMetricsOfTheUnion() => Prop.ForAll(
        CohortGen.Episodes.Two().ToArbitrary(),
        t =>
        {
            var (a, b) = t;
            var merged = CohortMetrics.SummarizeBy(a, Group, CohortGen.Criteria, CohortGen.AsOf)
                .Merge(CohortMetrics.SummarizeBy(b, Group, CohortGen.Criteria, CohortGen.AsOf));
            var whole = CohortMetrics.SummarizeBy(a.Concat(b), Group, CohortGen.Criteria, CohortGen.AsOf);
            return merged == whole
                && merged.Overall.RetentionAt(30) == whole.Overall.RetentionAt(30)
                && merged.Overall.Merge(CohortMetrics.Empty(CohortGen.Criteria, CohortGen.AsOf)) == whole.Overall;
        });

    [Property(MaxTest = 50)]
    public Property AddingACompletedEpisode_NeverLowersTheCompletionCount() => Prop.ForAll(CohortGen.Episodes.ToArbitrary(), episodes =>
    {
        var before = CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf);
        var completed = Closed(999, 0, 3);
        var after = CohortMetrics.Summarize(episodes.Append(completed), CohortGen.Criteria, CohortGen.AsOf);
        return after.CompletedEpisodes == before.CompletedEpisodes + 1 && after.Episodes == before.Episodes + 1;
    });

    private static int Group(Episode<int> episode) => episode.Key % 3;

    private static Episode<int> Closed(int key, int admittedDay, int los) =>
        new(key, Start.PlusDays(admittedDay), [new LevelOfCareSpan(LevelOfCare.IntensiveOutpatient, Start.PlusDays(admittedDay))], Start.PlusDays(admittedDay + los), TedsDischargeReason.TreatmentCompleted);

    private static Episode<int> Open(int key, int admittedDay) =>
        new(key, Start.PlusDays(admittedDay), [new LevelOfCareSpan(LevelOfCare.IntensiveOutpatient, Start.PlusDays(admittedDay))]);

    /// <summary>Generators of small random cohorts for the laws.</summary>
    private static class CohortGen
    {
        public static readonly LocalDate AsOf = Start.PlusDays(200);

        public static readonly CohortCriteria Criteria = CohortCriteria.Default with
        {
            HorizonDays = 120,
            Change = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Test sample", "1", LocalDate.MinIsoValue, 5, 0.84) { CutOff = 10 } },
        };

        public static Gen<Episode<int>[]> Episodes { get; } =
            Gen.Choose(0, 150).Zip(Gen.Choose(-1, 160)).Zip(Gen.Choose(1, 7).Zip(Gen.Choose(1, 5)))
                .Zip(Gen.Choose(0, 27).Zip(Gen.Choose(-1, 27)))
                .Select(t => (Admit: t.Item1.Item1.Item1, Los: t.Item1.Item1.Item2, Reason: t.Item1.Item2.Item1, Level: t.Item1.Item2.Item2, Baseline: t.Item2.Item1, FollowUp: t.Item2.Item2))
                .ArrayOf()
                .Select(rows => rows.Select((r, i) => Make(i, r.Admit, r.Los, r.Reason, r.Level, r.Baseline, r.FollowUp)).ToArray());

        private static Episode<int> Make(int key, int admit, int los, int reason, int level, int baseline, int followUp)
        {
            var admission = Start.PlusDays(admit);
            LocalDate? discharge = los < 0 ? null : admission.PlusDays(los);
            var scores = new List<Measurement> { new(admission, baseline) };
            if (followUp >= 0)
            {
                scores.Add(new Measurement(admission.PlusDays(Math.Max(1, los < 0 ? 20 : los)), followUp));
            }

            return new Episode<int>(
                key,
                admission,
                [new LevelOfCareSpan((LevelOfCare)level, admission)],
                discharge,
                discharge is null ? null : (TedsDischargeReason)reason,
                attendedSessions: key % 20,
                measurements: [new MeasurementSeries(Instrument.Phq9, scores)],
                serviceDates: los is < 0 or >= 3 ? [admission, admission.PlusDays(3)] : [admission],
                aftercareVisits: discharge is { } d ? [d.PlusDays(key % 40)] : null);
        }
    }
}
