using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class CellSuppressionTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate AsOf = Start.PlusDays(200);
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = 120 };
    private static readonly CellSuppressionPolicy Cms = CellSuppressionPolicy.Cms2024;

    [Fact]
    public void Cms2024_MinimumCellSize_IsElevenFromTheCmsPolicy()
    {
        // CMS Cell Size Suppression Policy (ResDAC): no cell of 1 to 10 may be reported; a zero may.
        Cms.MinimumCellSize.Should().Be(11);
        Cms.Sources.Should().ContainSingle().Which.Title.Should().Be("CMS Cell Size Suppression Policy");
        CellSuppressionPolicy.Cms.InForceOn(AsOf).Should().Be(Cms);
        OutcomeRules.CellSizeSmall.Source.Should().Be(Cms.Sources[0]);
    }

    [Fact]
    public void MinimumCellSize_BelowOne_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => Cms with { MinimumCellSize = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(CellSuppressionPolicy.MinimumCellSize));
        FluentActions.Invoking(() => new CellSuppressionPolicy("Clinic", "1", Start, 0, Cms.Sources)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumCellSize");
        (Cms with { MinimumCellSize = 1 }).MinimumCellSize.Should().Be(1, "1 is the floor: it withholds nothing");
    }

    [Fact]
    public void Suppress_SmallOpenCount_WithholdsItAndTheCellsThatWouldBoundIt()
    {
        // 30 episodes: 25 discharged completed, 5 open. Publishing 30 and 25 discharged would give 5 by
        // subtraction; withholding the discharges is not enough, since the 25 completions (and the 25 whose
        // follow-up is known) show at least 25 discharged, so at most 5 open: the 30 goes too.
        var summary = CohortMetrics.Summarize(Cohort(completed: 25, open: 5), Criteria, AsOf);

        var published = CellSuppression.Suppress(summary, Cms);

        published.OpenEpisodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeSmall.Id);
        published.DischargedEpisodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeComplement.Id);
        published.Episodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeComplement.Id, "25 completions beside 30 episodes would show at most 5 open");
        published.CompletedEpisodes.Value.Should().Be(25);
        published.DischargesBy(TedsDischargeReason.Death).Value.Should().Be(0, "a zero does not violate the policy");
        CohortDisclosure.Violations(summary, published, 11, []).Should().BeEmpty();
    }

    [Fact]
    public void Suppress_NoSmallCell_PublishesTheFigures()
    {
        // 40 completed and 20 open: no count from 1 to 10, and every rest is 0 or at least 11.
        var summary = CohortMetrics.Summarize(Cohort(completed: 40, open: 20), Criteria, AsOf);

        var published = CellSuppression.Suppress(summary, Cms);

        published.Episodes.Value.Should().Be(60);
        published.OpenEpisodes.Value.Should().Be(20);
        published.CompletionRate.Value.Should().Be(new Proportion(40, 40));
        published.Findings.Should().BeEmpty("nothing is withheld when nothing is small");
    }

    [Fact]
    public void Findings_NameTheFigureAsACellAndNeverItsValue()
    {
        var summary = CohortMetrics.Summarize(Cohort(completed: 25, open: 7), Criteria, AsOf);

        var published = CellSuppression.Suppress(summary, Cms);

        var open = published.OpenEpisodes.Reason!;
        open.Subject.Should().Be(FindingSubject.Part(SubjectKind.Cell, "OpenEpisodes"));
        open.Severity.Should().Be(Severity.Information);
        open.Message.Should().NotContain("7");
        published.Findings.Should().Contain(open).And.BeInAscendingOrder(f => f.RuleId.Value, StringComparer.Ordinal);
        published.HasErrors.Should().BeFalse();
        published.ToString().Should().NotContain("7").And.NotContain("32");
    }

    [Fact]
    public void ReportCell_Withheld_HasNoValue()
    {
        var published = CellSuppression.Suppress(CohortMetrics.Summarize(Cohort(completed: 25, open: 5), Criteria, AsOf), Cms);

        FluentActions.Invoking(() => published.OpenEpisodes.Value).Should().Throw<InvalidOperationException>();
        published.OpenEpisodes.TryGetValue(out var value).Should().BeFalse();
        value.Should().Be(0, "a withheld cell keeps no value");
        published.OpenEpisodes.ToString().Should().Be("suppressed");
        published.CompletedEpisodes.TryGetValue(out var completed).Should().BeTrue();
        completed.Should().Be(25);
    }

    [Fact]
    public void SuppressedSummary_Equality_ComparesEveryFigure()
    {
        var summary = CohortMetrics.Summarize(Cohort(completed: 25, open: 5), Criteria, AsOf);
        var other = CohortMetrics.Summarize(Cohort(completed: 26, open: 5), Criteria, AsOf);
        ContractAssertions.Equality(
            CellSuppression.Suppress(summary, Cms, 30),
            CellSuppression.Suppress(summary, Cms, 30),
            CellSuppression.Suppress(other, Cms, 30),
            CellSuppression.Suppress(summary, Cms with { MinimumCellSize = 5 }, 30),
            CellSuppression.Suppress(summary, Cms));
    }

    [Fact]
    public void Suppress_ReportWithOneSmallClinic_WithholdsItAndAComplementClinic()
    {
        // Clinics 0 and 1 have 30 and 40 episodes, clinic 2 has 6: the overall 76 minus the others would give 6.
        var episodes = Cohort(completed: 30, open: 0, firstKey: 0).Concat(Cohort(completed: 40, open: 0, firstKey: 100)).Concat(Cohort(completed: 6, open: 0, firstKey: 200)).ToArray();
        var report = CohortMetrics.SummarizeBy(episodes, e => e.Key / 100, Criteria, AsOf);

        var published = CellSuppression.Suppress(report, Cms);

        published.ByGroup[2].Episodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeSmall.Id);
        published.ByGroup[0].Episodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeComplement.Id, "the smaller of the other clinics is withheld beside it");
        published.ByGroup[1].Episodes.Value.Should().Be(40);
        published.Overall.Episodes.Value.Should().Be(76);
        published.Findings.Should().HaveCount(published.Overall.Findings.Count + published.ByLevel.Values.Sum(s => s.Findings.Count) + published.ByGroup.Values.Sum(s => s.Findings.Count));
        CohortDisclosure.Violations(report, published, 11, []).Should().BeEmpty();
    }

    [Fact]
    public void Suppress_Retention_IsWithheldWhenFewAreGone()
    {
        // 40 episodes, none open: 5 discharged on day 10 of stay, 35 on day 60. Retention at day 30 is 35/40: it
        // would show the 5 who left. On day 2 nobody has gone: 40/40, with 0 gone, may be published.
        var episodes = Enumerable.Range(0, 40).Select(i => Closed(i, i < 5 ? 9 : 59)).ToArray();
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);

        var published = CellSuppression.Suppress(summary, Cms, 30, 2);

        published.RetentionDays.Should().Equal(2, 30);
        published.RetentionAt(30).Reason!.RuleId.Should().Be(OutcomeRules.CellSizeSmall.Id);
        published.RetentionAt(2).Value.Should().Be(1.0);
        published.MedianLengthOfStay.Value.Should().Be(60);
        FluentActions.Invoking(() => published.RetentionAt(31)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Fact]
    public void Suppress_RetentionDayOutsideTheHorizon_ThrowsNamingIt() =>
        FluentActions.Invoking(() => CellSuppression.Suppress(CohortMetrics.Empty(Criteria, AsOf), Cms, 122))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("retentionDays");

    [Fact]
    public void Suppress_EmptyCohort_PublishesZerosAndNoRates()
    {
        var published = CellSuppression.Suppress(CohortMetrics.Empty(Criteria, AsOf), Cms, 30);

        published.Episodes.Value.Should().Be(0);
        published.CompletionRate.Value.Should().BeNull();
        published.MedianLengthOfStay.Value.Should().BeNull();
        published.Findings.Should().BeEmpty();
    }

    // A seed CI once met: a withheld RCI "unchanged" cell of one group was pinned down through lines other
    // than its own, none of which had a published cell left; the solver now widens the search to every line.
    [Property(MaxTest = 60, Replay = "4565465063470313468,8807305760566644189,98")]
    public Property Suppress_RandomReportOfTheSeedCiMet_NeverRevealsACellUnderTheMinimum() =>
        Suppress_RandomReport_NeverRevealsACellUnderTheMinimum();

    [Property(MaxTest = 60)]
    public Property Suppress_RandomReport_NeverRevealsACellUnderTheMinimum() => Prop.ForAll(
        Cohorts.Episodes.ToArbitrary(),
        Gen.Elements(11, 11, 11, 5, 20).ToArbitrary(),
        (episodes, minimum) =>
        {
            var report = CohortMetrics.SummarizeBy(episodes, e => e.Key % 3, Cohorts.Criteria, Cohorts.AsOf);
            var policy = Cms with { MinimumCellSize = minimum };
            var published = CellSuppression.Suppress(report, policy, 30, 90);
            var violations = CohortDisclosure.Violations(report, published, minimum, [30, 90]);
            return violations.Count == 0 && published.Findings.All(f => f.Subject!.Kind == SubjectKind.Cell)
                ? true.ToProperty()
                : false.ToProperty().Label(string.Join("; ", violations.Take(3)));
        });

    [Property(MaxTest = 40)]
    public Property Suppress_WithMinimumOne_PublishesEveryFigureUnchanged() => Prop.ForAll(Cohorts.Episodes.ToArbitrary(), episodes =>
    {
        var summary = CohortMetrics.Summarize(episodes, Cohorts.Criteria, Cohorts.AsOf);
        var published = CellSuppression.Suppress(summary, Cms with { MinimumCellSize = 1 }, 30);
        return published.Findings.Count == 0
            && published.Episodes.Value == summary.Episodes
            && published.DischargesBy(TedsDischargeReason.DroppedOut).Value == summary.DischargesBy(TedsDischargeReason.DroppedOut)
            && published.ResponseRate.Value == summary.ResponseRate
            && published.EngagementRate.Value == summary.EngagementRate
            && published.MeanAttendedSessions.Value == summary.MeanAttendedSessions
            && published.RetentionAt(30).Value == summary.RetentionAt(30)
            && published.MedianLengthOfStay.Value == summary.MedianLengthOfStay;
    });

    [Property(MaxTest = 40)]
    public Property Suppress_PublishedFigures_EqualTheSummarys() => Prop.ForAll(Cohorts.Episodes.ToArbitrary(), episodes =>
    {
        // Suppression withholds; it never changes a figure it publishes.
        var summary = CohortMetrics.Summarize(episodes, Cohorts.Criteria, Cohorts.AsOf);
        var published = CellSuppression.Suppress(summary, Cms, 30);
        return Same(published.Episodes, summary.Episodes)
            && Same(published.CompletedEpisodes, summary.CompletedEpisodes)
            && Same(published.CompletionRate, summary.CompletionRate)
            && Same(published.RecoveryRate, summary.RecoveryRate)
            && Same(published.RetentionAt(30), summary.RetentionAt(30));
    });

    private static bool Same<T>(ReportCell<T> cell, T value) => !cell.TryGetValue(out var shown) || EqualityComparer<T>.Default.Equals(shown, value);

    /// <summary><paramref name="completed"/> IOP episodes discharged completed after 10 days, and <paramref name="open"/> still open.</summary>
    private static IEnumerable<Episode<int>> Cohort(int completed, int open, int firstKey = 0) =>
        Enumerable.Range(firstKey, completed).Select(i => Closed(i, 9))
            .Concat(Enumerable.Range(firstKey + completed, open).Select(i => new Episode<int>(i, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient))));

    private static Episode<int> Closed(int key, int daysToDischarge) =>
        new(key, LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient).Discharge(Start.PlusDays(daysToDischarge)), TedsDischargeReason.TreatmentCompleted);

    /// <summary>Random cohorts of up to a few hundred episodes in three clinics: many cells are small.</summary>
    private static class Cohorts
    {
        public static readonly LocalDate AsOf = Start.PlusDays(200);

        public static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025 with
        {
            HorizonDays = 120,
            Change = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.84) { CutOff = 10 } },
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
            LocalDate? discharge = los < 0 || admit + los > 200 ? null : admission.PlusDays(los);
            var scores = new List<Measurement> { new(admission, baseline) };
            if (followUp >= 0)
            {
                scores.Add(new Measurement(admission.PlusDays(Math.Max(1, Math.Min(los < 0 ? 20 : los, 200 - admit))), followUp));
            }

            var history = LevelOfCareHistory.Admit(admission, (LevelOfCare)level);
            if (key % 4 == 0 && los > 0 && admit < 200)
            {
                var next = level == 1 ? LevelOfCare.IntensiveOutpatient : (LevelOfCare)(level - 1);
                history = history.Append(admission.PlusDays(1), next, LevelChangeReason.TransitionReview);
            }

            if (discharge is { } end)
            {
                history = history.Discharge(end);
            }

            return new Episode<int>(
                key,
                history,
                discharge is null ? null : (TedsDischargeReason)reason,
                attendedSessions: key % 20,
                measurements: [new MeasurementSeries(Instrument.Phq9, scores)],
                serviceDates: los is < 0 or >= 3 ? [admission, admission.PlusDays(3)] : [admission],
                aftercareVisits: discharge is { } d ? [d.PlusDays(key % 40)] : null);
        }
    }
}
