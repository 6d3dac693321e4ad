using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>The columnar path (<see cref="EpisodeColumns"/>) and partitions: the same figures as the object path.</summary>
public sealed partial class CohortMetricsTests
{
    [Property(MaxTest = 100)]
    public Property Summarize_OfColumns_EqualsSummarize_OfTheSameEpisodes() => Prop.ForAll(CohortGen.Episodes.ToArbitrary(), episodes =>
    {
        var expected = CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf);
        var columns = Columns.Of(episodes, CohortGen.Criteria.Change.Instrument);
        return CohortMetrics.Summarize(columns.View, CohortGen.Criteria, CohortGen.AsOf) == expected
            && CohortMetrics.Summarize(episodes.Select(e => e), CohortGen.Criteria, CohortGen.AsOf) == expected // not an array: the enumerator path
            && CohortMetrics.Summarize(episodes.ToList(), CohortGen.Criteria, CohortGen.AsOf) == expected;
    });

    [Property(MaxTest = 100)]
    public Property Summarize_OfColumnSlices_Merged_EqualsOnePass() => Prop.ForAll(
        CohortGen.Episodes.SelectMany(episodes => Gen.Choose(0, episodes.Length).Select(cut => (episodes, cut))).ToArbitrary(),
        t =>
        {
            var (episodes, cut) = t;
            var columns = Columns.Of(episodes, CohortGen.Criteria.Change.Instrument);
            var whole = CohortMetrics.Summarize(columns.View, CohortGen.Criteria, CohortGen.AsOf);
            var first = CohortMetrics.Summarize(columns.View.Slice(0, cut), CohortGen.Criteria, CohortGen.AsOf);
            var second = CohortMetrics.Summarize(columns.View.Slice(cut, episodes.Length - cut), CohortGen.Criteria, CohortGen.AsOf);
            var objects = CohortMetrics.Summarize(episodes[..cut], CohortGen.Criteria, CohortGen.AsOf)
                .Merge(CohortMetrics.Summarize(episodes[cut..], CohortGen.Criteria, CohortGen.AsOf));
            return first.Merge(second) == whole && objects == whole;
        });

    [Fact]
    public void Summarize_OfNoColumns_IsTheEmptySummary() =>
        CohortMetrics.Summarize(default(EpisodeColumns), Criteria, AsOf).Should().Be(CohortMetrics.Empty(Criteria, AsOf));

    [Fact]
    public void Default_IsTheEmptyCohort() =>
        (default(EpisodeColumns).Count, default(EpisodeColumns).Slice(0, 0).Count).Should().Be((0, 0));

    [Fact]
    public void Summarize_OfColumns_WithOnlyAdmissions_CountsOpenEpisodes()
    {
        LocalDate[] admissions = [Start, Start.PlusDays(3)]; // two open episodes, observed 31 and 28 days
        var summary = CohortMetrics.Summarize(new EpisodeColumns(admissions), Criteria, AsOf);
        (summary.Episodes, summary.OpenEpisodes, summary.DischargedEpisodes).Should().Be((2, 2, 0));
    }

    [Fact]
    public void Summarize_OfColumns_WithAColumnOfAnotherLength_Throws()
    {
        LocalDate[] admissions = [Start, Start];
        LocalDate?[] discharges = [Start]; // one discharge for two admissions
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Discharges = discharges }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithCountsNotAddingUp_Throws()
    {
        LocalDate[] admissions = [Start];
        Measurement[] scores = [new(Start, 12)];
        int[] counts = [2]; // two scores claimed, one given
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Scores = scores, ScoreCounts = counts }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithADischargeBeforeAdmission_Throws()
    {
        LocalDate[] admissions = [Start.PlusDays(1)];
        LocalDate?[] discharges = [Start]; // the day before admission
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Discharges = discharges }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithAReasonButNoDischarge_Throws()
    {
        LocalDate[] admissions = [Start];
        TedsDischargeReason?[] reasons = [TedsDischargeReason.TreatmentCompleted]; // completed, yet open
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { DischargeReasons = reasons }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithAScoreOutsideTheInstrument_Throws()
    {
        LocalDate[] admissions = [Start];
        Measurement[] scores = [new(Start, 28)]; // PHQ-9 totals are 0-27
        int[] counts = [1];
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Scores = scores, ScoreCounts = counts }, Criteria, AsOf);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithScoresOutOfOrder_Throws()
    {
        LocalDate[] admissions = [Start];
        Measurement[] scores = [new(Start.PlusDays(1), 12), new(Start, 10)]; // the later date first
        int[] counts = [2];
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Scores = scores, ScoreCounts = counts }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithAServiceAfterDischarge_Throws()
    {
        LocalDate[] admissions = [Start];
        LocalDate?[] discharges = [Start.PlusDays(2)];
        LocalDate[] services = [Start.PlusDays(3)]; // the day after discharge
        int[] counts = [1];
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Discharges = discharges, ServiceDates = services, ServiceDateCounts = counts }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithAVisitBeforeDischarge_Throws()
    {
        LocalDate[] admissions = [Start];
        LocalDate?[] discharges = [Start.PlusDays(2)];
        LocalDate[] visits = [Start.PlusDays(1)]; // the day before discharge
        int[] counts = [1];
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { Discharges = discharges, AftercareVisits = visits, AftercareVisitCounts = counts }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithNegativeSessions_Throws()
    {
        LocalDate[] admissions = [Start];
        int[] sessions = [-1]; // below 0
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { AttendedSessions = sessions }, Criteria, AsOf);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_WithAStepBeforeAdmission_Throws()
    {
        LocalDate[] admissions = [Start.PlusDays(1)];
        LocalDate?[] steps = [Start]; // the day before admission
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions) { FirstStepDowns = steps }, Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("columns");
    }

    [Fact]
    public void Summarize_OfColumns_AdmittedAfterTheReportDate_Throws()
    {
        LocalDate[] admissions = [AsOf.PlusDays(1)]; // the day after the report date
        var act = () => CohortMetrics.Summarize(new EpisodeColumns(admissions), Criteria, AsOf);
        act.Should().Throw<ArgumentException>().WithParameterName("asOf");
    }

    [Fact]
    public void Slice_OutsideTheColumns_Throws()
    {
        LocalDate[] admissions = [Start, Start];
        Action act = () => new EpisodeColumns(admissions).Slice(1, 2); // one episode past the end
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
    }

    /// <summary>Episodes laid out as the columns a query would return: one array per field, lists as values plus counts.</summary>
    private sealed class Columns
    {
        private LocalDate[] admissions = [];
        private LocalDate?[] discharges = [];
        private TedsDischargeReason?[] reasons = [];
        private LocalDate?[] stepDowns = [];
        private LocalDate?[] stepUps = [];
        private int[] sessions = [];
        private Measurement[] scores = [];
        private int[] scoreCounts = [];
        private LocalDate[] services = [];
        private int[] serviceCounts = [];
        private LocalDate[] visits = [];
        private int[] visitCounts = [];

        public EpisodeColumns View => new(admissions)
        {
            Discharges = discharges,
            DischargeReasons = reasons,
            FirstStepDowns = stepDowns,
            FirstStepUps = stepUps,
            AttendedSessions = sessions,
            Scores = scores,
            ScoreCounts = scoreCounts,
            ServiceDates = services,
            ServiceDateCounts = serviceCounts,
            AftercareVisits = visits,
            AftercareVisitCounts = visitCounts,
        };

        public static Columns Of(IReadOnlyList<Episode<int>> episodes, Instrument instrument) => new()
        {
            admissions = [.. episodes.Select(e => e.Admission)],
            discharges = [.. episodes.Select(e => e.Discharge)],
            reasons = [.. episodes.Select(e => e.DischargeReason)],
            stepDowns = [.. episodes.Select(e => FirstStep(e, LevelChangeDirection.StepDown))],
            stepUps = [.. episodes.Select(e => FirstStep(e, LevelChangeDirection.StepUp))],
            sessions = [.. episodes.Select(e => e.AttendedSessions)],
            scores = [.. episodes.SelectMany(e => ScoresOf(e, instrument))],
            scoreCounts = [.. episodes.Select(e => ScoresOf(e, instrument).Count)],
            services = [.. episodes.SelectMany(e => e.ServiceDates)],
            serviceCounts = [.. episodes.Select(e => e.ServiceDates.Count)],
            visits = [.. episodes.SelectMany(e => e.AftercareVisits)],
            visitCounts = [.. episodes.Select(e => e.AftercareVisits.Count)],
        };

        private static IReadOnlyList<Measurement> ScoresOf(Episode<int> episode, Instrument instrument) =>
            episode.TryGetSeries(instrument, out var series) ? series.Measurements : [];

        private static LocalDate? FirstStep(Episode<int> episode, LevelChangeDirection direction) =>
            episode.History.Entries.FirstOrDefault(entry => entry.Direction == direction)?.Date;
    }
}
