using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The edges of cell suppression that the disclosure properties do not reach: argument checks of the three entry
/// points, suppression across summaries made apart, the median's rule, the reasons' texts, and the suppressed
/// results' equality, hashing, findings and descriptions.
/// </summary>
public sealed class SuppressionEdgeTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate AsOf = Start.PlusDays(200);
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = 120 };
    private static readonly CellSuppressionPolicy Cms = CellSuppressionPolicy.Cms2024;

    [Fact]
    public void Suppress_NullArguments_ThrowForTheParameter()
    {
        var summary = Summary(completed: 40, open: 20);
        var report = CohortMetrics.SummarizeBy(Cohort(40, 20), e => e.Key % 2, Criteria, AsOf);
        var byGroup = new Dictionary<string, CohortSummary> { ["a"] = summary };
        FluentActions.Invoking(() => CellSuppression.Suppress((CohortSummary)null!, Cms)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("summary");
        FluentActions.Invoking(() => CellSuppression.Suppress(summary, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        FluentActions.Invoking(() => CellSuppression.Suppress((CohortReport<int>)null!, Cms)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
        FluentActions.Invoking(() => CellSuppression.Suppress(report, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        FluentActions.Invoking(() => CellSuppression.Suppress((IReadOnlyDictionary<string, CohortSummary>)null!, Cms)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => CellSuppression.Suppress(byGroup, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
    }

    [Fact]
    public void Suppress_RetentionDays_RunFromOneToOneDayPastTheHorizon()
    {
        var summary = Summary(completed: 40, open: 20);
        CellSuppression.Suppress(summary, Cms, 1, Criteria.HorizonDays + 1).RetentionDays.Should().Equal(1, Criteria.HorizonDays + 1);
        FluentActions.Invoking(() => CellSuppression.Suppress(summary, Cms, Criteria.HorizonDays + 2))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("retentionDays");
        FluentActions.Invoking(() => CellSuppression.Suppress(summary, Cms, 0))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("retentionDays");
        CellSuppression.Suppress(summary, Cms, 30, 7, 30).RetentionDays.Should().Equal(7, 30);
    }

    [Fact]
    public void Suppress_SummariesMadeApart_SuppressesThemWithTheirMerge()
    {
        var a = Summary(completed: 40, open: 20);
        var b = Summary(completed: 30, open: 15, firstKey: 100);
        var byGroup = new Dictionary<string, CohortSummary> { ["north"] = a, ["south"] = b };

        var report = CellSuppression.Suppress(byGroup, Cms);

        report.Overall.Should().Be(CellSuppression.Suppress(a.Merge(b), Cms), "nothing is small, so the overall is the merge's own");
        report.Overall.Episodes.Value.Should().Be(105);
        report.ByGroup.Keys.Should().BeEquivalentTo(["north", "south"]);
        report.ByGroup["north"].Should().Be(CellSuppression.Suppress(a, Cms));
        report.ByGroup["south"].Should().Be(CellSuppression.Suppress(b, Cms));
        report.ByLevel.Should().BeEmpty("summaries do not carry per-level figures");
    }

    [Fact]
    public void Suppress_SummariesMadeApart_MustShareCriteriaAndReportDate()
    {
        var a = Summary(completed: 40, open: 20);
        var otherDate = CohortMetrics.Summarize(Cohort(40, 20), Criteria, AsOf.PlusDays(1));
        var otherCriteria = CohortMetrics.Summarize(Cohort(40, 20), Criteria with { Name = "Clinic criteria" }, AsOf);
        const string Message = "Only summaries with the same criteria and report date can be suppressed together.*";
        FluentActions.Invoking(() => CellSuppression.Suppress(new Dictionary<int, CohortSummary> { [1] = a, [2] = otherDate }, Cms))
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => CellSuppression.Suppress(new Dictionary<int, CohortSummary> { [1] = a, [2] = otherCriteria }, Cms))
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => CellSuppression.Suppress(new Dictionary<int, CohortSummary>(), Cms))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => CellSuppression.Suppress(new Dictionary<int, CohortSummary> { [1] = a, [2] = null! }, Cms))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("byGroup");
    }

    [Fact]
    public void Suppress_LargeCohort_PublishesTheMedian()
    {
        // 40 stays of 10 days and 20 open (censored beyond the horizon): S(10) = 20/60, so the median is day 10,
        // with 40 discharges by it and 60 episodes beyond day 9, both at least 11.
        var summary = Summary(completed: 40, open: 20);
        var published = CellSuppression.Suppress(summary, Cms);
        summary.MedianLengthOfStay.Should().Be(10);
        published.MedianLengthOfStay.IsSuppressed.Should().BeFalse();
        published.MedianLengthOfStay.Value.Should().Be(10);
    }

    [Theory]
    [InlineData(10, 0, true)] // 10 discharges by the median day and 10 beyond the day before: small
    [InlineData(11, 0, false)] // 11 and 11: both at the minimum
    [InlineData(12, 10, true)] // S(10) = 10/22: by day 10 at least 22 × 12/22 − 10 open = 2 are known gone, small; 22 beyond day 9
    [InlineData(30, 10, false)] // at least 40 × 30/40 − 10 = 20 gone, 40 beyond
    public void Suppress_Median_IsWithheldWhenEitherSideOfItIsSmall(int completed, int open, bool withheld)
    {
        var summary = Summary(completed, open);
        summary.MedianLengthOfStay.Should().Be(10);
        var published = CellSuppression.Suppress(summary, Cms);
        published.MedianLengthOfStay.IsSuppressed.Should().Be(withheld);
        if (withheld)
        {
            published.MedianLengthOfStay.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeSmall.Id);
            published.MedianLengthOfStay.Reason.Subject.Should().Be(FindingSubject.Part(SubjectKind.Cell, "MedianLengthOfStay"));
        }
        else
        {
            published.MedianLengthOfStay.Value.Should().Be(10);
        }
    }

    [Fact]
    public void Suppress_NoMedian_PublishesItsAbsence()
    {
        // 10 stays of 10 days and 50 open: S never falls to one half, so there is no median to withhold.
        var published = CellSuppression.Suppress(Summary(completed: 10, open: 50), Cms);
        published.MedianLengthOfStay.IsSuppressed.Should().BeFalse();
        published.MedianLengthOfStay.Value.Should().BeNull();
    }

    [Fact]
    public void Reasons_SayWhyAFigureIsWithheld_WithThePolicysNumbersOnly()
    {
        // 25 completed and 5 open: the 5 is small; the discharges are withheld as a complement.
        var published = CellSuppression.Suppress(Summary(completed: 25, open: 5), Cms);
        published.OpenEpisodes.Reason!.Message.Should().Be("Withheld: the figure rests on a count from 1 to 10, below the minimum cell size of 11.");
        published.DischargedEpisodes.Reason!.Message.Should().Be("Withheld as a complement: with the other published figures it would let a withheld count below 11 be recalculated.");
        published.DischargedEpisodes.Reason.Subject.Should().Be(FindingSubject.Part(SubjectKind.Cell, "DischargedEpisodes"));
    }

    [Fact]
    public void SuppressedSummary_ToString_CountsTheWithheldFigures()
    {
        CellSuppression.Suppress(Summary(completed: 40, open: 20), Cms).ToString().Should().Be("Suppressed cohort summary (0 figures withheld)");
        var record = Record();
        record.ToString().Should().Be("Suppressed cohort summary (1 figure withheld)");
        Record(counts: Cells(60, 20, 40, 0, 0, withheld: [1, 2])).ToString().Should().Be("Suppressed cohort summary (2 figures withheld)");
    }

    [Fact]
    public void SuppressedSummary_EqualityAndHash_CoverEveryPart()
    {
        var value = Record();
        var same = Record();
        var different = new[]
        {
            Record(asOf: AsOf.PlusDays(1)),
            Record(criteria: Criteria with { Name = "Clinic criteria" }),
            Record(policy: Cms with { Name = "Clinic policy" }),
            Record(counts: Cells(61, 20, 40, 0, 0, withheld: [1])),
            Record(discharges: Cells(40, 1, 0, 0, 0, 0, 0)),
            Record(rates: [.. Enumerable.Repeat(ReportCell<Proportion?>.Published(null), 12), ReportCell<Proportion?>.Published(new Proportion(1, 40))]),
            Record(mean: ReportCell<double?>.Published(2.5)),
            Record(median: ReportCell<int?>.Published(11)),
            Record(retentionDays: [7], retention: [ReportCell<double?>.Published(0.5)]),
            Record(retentionDays: [7], retention: [ReportCell<double?>.Published(0.25)]),
        };
        ContractAssertions.Equality(value, same, different);
        foreach (var other in different)
        {
            other.GetHashCode().Should().NotBe(value.GetHashCode(), "{0} differs in one part", other);
        }
    }

    [Fact]
    public void SuppressedSummary_FromRecord_ChecksWhatCanBeChecked()
    {
        var counts = Cells(60, 20, 40, 0, 0, withheld: [1]);
        var discharges = Cells(40, 0, 0, 0, 0, 0, 0);
        ReportCell<Proportion?>[] rates = [.. Enumerable.Repeat(ReportCell<Proportion?>.Published(null), 13)];
        var mean = ReportCell<double?>.Published(0);
        var median = ReportCell<int?>.Published(10);
        FluentActions.Invoking(() => SuppressedCohortSummary.FromRecord(null!, AsOf, Cms, counts, discharges, rates, mean, median, [], []))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("criteria");
        FluentActions.Invoking(() => SuppressedCohortSummary.FromRecord(Criteria, new LocalDate(2200, 1, 1), Cms, counts, discharges, rates, mean, median, [], []))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
        FluentActions.Invoking(() => SuppressedCohortSummary.FromRecord(Criteria, AsOf, null!, counts, discharges, rates, mean, median, [], []))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        FluentActions.Invoking(() => SuppressedCohortSummary.FromRecord(Criteria, AsOf, Cms, counts, discharges, rates, null!, median, [], []))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("meanAttendedSessions");
        FluentActions.Invoking(() => SuppressedCohortSummary.FromRecord(Criteria, AsOf, Cms, counts, discharges, rates, mean, null!, [], []))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("medianLengthOfStay");
        FluentActions.Invoking(() => Record(counts: Cells(60, 20, 40, 0)))
            .Should().Throw<ArgumentException>().WithMessage("There must be 5 cells, one per figure.*").Which.ParamName.Should().Be("counts");
        FluentActions.Invoking(() => Record(discharges: Cells(40)))
            .Should().Throw<ArgumentException>().WithMessage("There must be 7 cells, one per figure.*").Which.ParamName.Should().Be("discharges");
        FluentActions.Invoking(() => Record(rates: []))
            .Should().Throw<ArgumentException>().WithMessage("There must be 13 cells, one per figure.*").Which.ParamName.Should().Be("rates");
        FluentActions.Invoking(() => Record(retentionDays: [7], retention: []))
            .Should().Throw<ArgumentException>().WithMessage("There must be 1 cells, one per figure.*").Which.ParamName.Should().Be("retention");
        foreach (int[] days in new[] { new[] { 7, 7 }, [30, 7], [0], [-1, 7] })
        {
            FluentActions.Invoking(() => Record(retentionDays: days, retention: [.. days.Select(_ => ReportCell<double?>.Published(null))]))
                .Should().Throw<ArgumentException>().WithMessage("The retention days must be ascending, distinct and at least 1.*").Which.ParamName.Should().Be("retentionDays");
        }

        Record(retentionDays: [1, 7, 30], retention: [.. new[] { 1, 7, 30 }.Select(_ => ReportCell<double?>.Published(null))]).RetentionDays.Should().Equal(1, 7, 30);
    }

    [Fact]
    public void SuppressedReport_GathersEveryFindingInOrder_AndCompares()
    {
        // Two groups of 25 completed + 5 open and 40 + 20: the first group's 5 open is small.
        var cohort = Cohort(25, 5).Concat(Cohort(40, 20, firstKey: 100)).ToArray();
        var report = CohortMetrics.SummarizeBy(cohort, e => e.Key < 100 ? 0 : 1, Criteria, AsOf);
        var published = CellSuppression.Suppress(report, Cms);

        var all = published.Overall.Findings.Concat(published.ByLevel.Values.SelectMany(s => s.Findings)).Concat(published.ByGroup.Values.SelectMany(s => s.Findings)).ToList();
        published.Findings.Should().BeEquivalentTo(all).And.NotBeEmpty();
        published.Findings.Should().BeInAscendingOrder(f => f.RuleId.Value, StringComparer.Ordinal);
        published.Findings.Should().Contain(f => f.RuleId == OutcomeRules.CellSizeSmall.Id).And.Contain(f => f.RuleId == OutcomeRules.CellSizeComplement.Id);
        published.HasErrors.Should().BeFalse();
        published.ToString().Should().Be($"Suppressed cohort report (1 levels, 2 groups, {published.Findings.Count} figures withheld)");

        var other = CellSuppression.Suppress(CohortMetrics.SummarizeBy(cohort, e => e.Key < 100 ? 0 : 2, Criteria, AsOf), Cms);
        var fewer = CellSuppression.Suppress(CohortMetrics.SummarizeBy(cohort.Skip(1), e => e.Key < 100 ? 0 : 1, Criteria, AsOf), Cms);
        ContractAssertions.Equality(published, CellSuppression.Suppress(report, Cms), other, fewer);
        (published == null).Should().BeFalse();
        (null == (SuppressedCohortReport<int>?)null).Should().BeTrue();
    }

    [Fact]
    public void SuppressedReport_FromRecord_RefusesANullPart_NamingItsDictionary()
    {
        var overall = CellSuppression.Suppress(Summary(completed: 40, open: 20), Cms);
        var levels = new Dictionary<LevelOfCare, SuppressedCohortSummary> { [LevelOfCare.IntensiveOutpatient] = overall };
        var groups = new Dictionary<int, SuppressedCohortSummary> { [1] = overall };
        SuppressedCohortReport<int>.FromRecord(overall, levels, groups).ByGroup[1].Should().Be(overall);
        FluentActions.Invoking(() => SuppressedCohortReport<int>.FromRecord(overall, levels, new Dictionary<int, SuppressedCohortSummary> { [1] = null! }))
            .Should().Throw<ArgumentException>().WithMessage("No part may be null.*").Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => SuppressedCohortReport<int>.FromRecord(overall, new Dictionary<LevelOfCare, SuppressedCohortSummary> { [LevelOfCare.Outpatient] = null! }, groups))
            .Should().Throw<ArgumentException>().WithMessage("No part may be null.*").Which.ParamName.Should().Be("byLevel");
        FluentActions.Invoking(() => SuppressedCohortReport<int>.FromRecord(null!, levels, groups)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("overall");
    }

    private static CohortSummary Summary(int completed, int open, int firstKey = 0) =>
        CohortMetrics.Summarize(Cohort(completed, open, firstKey), Criteria, AsOf);

    private static IEnumerable<Episode<int>> Cohort(int completed, int open, int firstKey = 0) =>
        Enumerable.Range(firstKey, completed).Select(i => Closed(i, 9))
            .Concat(Enumerable.Range(firstKey + completed, open).Select(i => new Episode<int>(i, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient))));

    private static Episode<int> Closed(int key, int daysToDischarge) =>
        new(key, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient).Discharge(Start.PlusDays(daysToDischarge)), TedsDischargeReason.TreatmentCompleted);

    private static Finding Withheld(string figure) =>
        OutcomeRules.CellSizeSmall.ToFinding(Severity.Information, "Withheld.", FindingSubject.Part(SubjectKind.Cell, figure));

    /// <summary>Cells with the given values, the ones at <paramref name="withheld"/> withheld as small.</summary>
    private static ReportCell<long>[] Cells(params long[] values) => Cells(values, withheld: []);

    private static ReportCell<long>[] Cells(long a, long b, long c, long d, long e, int[] withheld) => Cells([a, b, c, d, e], withheld);

    private static ReportCell<long>[] Cells(long[] values, int[] withheld) =>
        [.. values.Select((v, i) => withheld.Contains(i) ? ReportCell<long>.Withheld(Withheld($"count {i}")) : ReportCell<long>.Published(v))];

    /// <summary>A suppressed summary read back from its record: 60 episodes, the open count withheld, nothing else.</summary>
    private static SuppressedCohortSummary Record(
        CohortCriteria? criteria = null,
        LocalDate? asOf = null,
        CellSuppressionPolicy? policy = null,
        ReportCell<long>[]? counts = null,
        ReportCell<long>[]? discharges = null,
        ReportCell<Proportion?>[]? rates = null,
        ReportCell<double?>? mean = null,
        ReportCell<int?>? median = null,
        int[]? retentionDays = null,
        ReportCell<double?>[]? retention = null)
    {
        return SuppressedCohortSummary.FromRecord(
            criteria ?? Criteria,
            asOf ?? AsOf,
            policy ?? Cms,
            counts ?? Cells(60, 20, 40, 0, 0, withheld: [1]),
            discharges ?? Cells(40, 0, 0, 0, 0, 0, 0),
            rates ?? [.. Enumerable.Repeat(ReportCell<Proportion?>.Published(null), 13)],
            mean ?? ReportCell<double?>.Published(0),
            median ?? ReportCell<int?>.Published(10),
            retentionDays ?? [],
            retention ?? []);
    }
}
