using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed partial class CohortMetricsTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate AsOf = Start.PlusDays(30);

    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;

    private static LevelOfCareHistory Iop => LevelOfCareHistory.Admit(Start, LevelOfCare.IntensiveOutpatient);

    /// <summary>
    /// Six episodes: four admitted on <see cref="Start"/> and discharged 2, 5, 5 and 10 days later (lengths of
    /// stay 3, 6, 6 and 11 by LengthOfStay.Days, which counts both ends); two admitted later and open on the
    /// report date, observed 4 and 9 days (admission through the report date, both counted).
    /// </summary>
    private static Episode<int>[] HandTable() =>
    [
        Closed(1, 0, 2),
        Open(2, 27), // admitted on day 27: days 27 to 30, 4 days observed on the report date
        Closed(3, 0, 5),
        Closed(4, 0, 5),
        Open(5, 22), // days 22 to 30: 9 days observed
        Closed(6, 0, 10),
    ];

    [Fact]
    public void KaplanMeier_HandComputedCensoredTable_IsReproduced()
    {
        // Inclusive days (LengthOfStay.Days): events at 3, 6, 6, 11; censored at 4 and 9. Each day is one
        // more than under the former "discharge - admission" count (events 2, 5, 5, 10; censored 3, 8), so
        // the same products move one day later:
        // t=3: n=6, d=1 -> S = 5/6 = 0.8333. t=4: one censored (n falls from 5 to 4).
        // t=6: n=4, d=2 -> S = 0.8333 * 2/4 = 0.4167. t=9: one censored (n = 1). t=11: n=1, d=1 -> S = 0.
        var summary = CohortMetrics.Summarize(HandTable(), Criteria, AsOf);
        summary.SurvivalAt(0).Should().Be(1.0, "no stay is shorter than 1 day");
        summary.SurvivalAt(2).Should().Be(1.0);
        summary.SurvivalAt(3).Should().BeApproximately(5.0 / 6, 1e-12);
        summary.SurvivalAt(5).Should().BeApproximately(5.0 / 6, 1e-12);
        summary.SurvivalAt(6).Should().BeApproximately(5.0 / 12, 1e-12);
        summary.SurvivalAt(10).Should().BeApproximately(5.0 / 12, 1e-12);
        summary.SurvivalAt(11).Should().Be(0);
        summary.MedianLengthOfStay.Should().Be(6, "S(6) = 0.4167 is the first value at or below 0.5");
        summary.RetentionAt(1).Should().Be(1, "everyone is in treatment on the admission date, day 1");
        summary.RetentionAt(4).Should().BeApproximately(5.0 / 6, 1e-12, "P(LOS >= 4) = S(3)");
        summary.RetentionAt(7).Should().BeApproximately(5.0 / 12, 1e-12, "P(LOS >= 7) = S(6)");
        FluentActions.Invoking(() => summary.RetentionAt(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Fact]
    public void KaplanMeier_EventAndCensoringOnTheSameDay_CountsTheEventFirst()
    {
        // Discharged 3, 3 and 6 days after admission: stays of 3 + 1 = 4, 4 and 7 days. The open episode,
        // admitted on day 27, is observed days 27 to 30: 4 days. Day 4: two discharges and one censoring.
        // Events before censorings: n = 4, S(4) = 1 - 2/4 = 0.5 (censoring first would give n = 3, S = 1/3).
        // Day 7: n = 1, d = 1, S = 0.
        Episode<int>[] episodes = [Closed(1, 0, 3), Closed(2, 0, 3), Open(3, 27), Closed(4, 0, 6)];
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);
        summary.SurvivalAt(3).Should().Be(1.0);
        summary.SurvivalAt(4).Should().Be(0.5);
        summary.SurvivalAt(7).Should().Be(0);
        summary.MedianLengthOfStay.Should().Be(4);
    }

    [Fact]
    public void KaplanMeier_DiffersFromTheNaiveRateThatDropsOpenEpisodes()
    {
        // Naive: of the 4 discharged (stays 3, 6, 6, 11), 1 stayed 7 days or more = 0.25; Kaplan-Meier keeps the
        // open ones at risk: P(LOS >= 7) = S(6) = 0.4167.
        var summary = CohortMetrics.Summarize(HandTable(), Criteria, AsOf);
        var discharged = HandTable().Where(e => !e.IsOpen).ToArray();
        var naive = discharged.Count(e => LengthOfStay.Days(e.Admission, e.Discharge!.Value) >= 7) / (double)discharged.Length;
        naive.Should().Be(0.25);
        summary.RetentionAt(7).Should().BeGreaterThan(naive);
    }

    [Fact]
    public void KaplanMeier_StaysBeyondTheHorizon_AreCensoredAtIt()
    {
        // Horizon 4: the stay of 3 days and the open episode observed 4 days are inside it; the stays of 6, 6,
        // 9 (open) and 11 days are censored at the horizon. S(4) = 5/6 as without a horizon.
        var criteria = Criteria with { HorizonDays = 4 };
        var summary = CohortMetrics.Summarize(HandTable(), criteria, AsOf);
        summary.SurvivalAt(3).Should().BeApproximately(5.0 / 6, 1e-12, "exact up to the horizon");
        summary.SurvivalAt(4).Should().BeApproximately(5.0 / 6, 1e-12, "exact up to the horizon");
        summary.RetentionAt(5).Should().BeApproximately(5.0 / 6, 1e-12, "horizon + 1 is the last day of retention");
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
            new(1, Iop.Discharge(Start.PlusDays(28)), TedsDischargeReason.TreatmentCompleted, 12, [phq]),
            new(2, Iop.Discharge(Start.PlusDays(9)), TedsDischargeReason.DroppedOut, 3, [notElevated]),
            new(3, Iop, attendedSessions: 9),
        ];
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);
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
        var criteria = Criteria with { Change = ChangeCriteria.Phq9 with { ReliableChange = new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.84) { CutOff = 10 } } };
        var series = new MeasurementSeries(Instrument.Phq9, [new(Start, 18), new(Start.PlusDays(28), 6)]);
        var summary = CohortMetrics.Summarize([new Episode<int>(1, Iop, measurements: [series])], criteria, AsOf);
        summary.ReliableImprovementRate.Should().Be(new Proportion(1, 1));
        summary.RecoveryRate.Should().Be(new Proportion(1, 1));
    }

    [Fact]
    public void SummarizeBy_BreaksDownByLevelAndGroup()
    {
        Episode<int>[] episodes =
        [
            Closed(1, 0, 10),
            new(2, LevelOfCareHistory.Admit(Start, LevelOfCare.PartialHospitalization).Discharge(Start.PlusDays(5)), TedsDischargeReason.TreatmentCompleted),
            Open(3, 0),
        ];
        var report = CohortMetrics.SummarizeBy(episodes, e => e.Key % 2 == 0 ? "even" : "odd", Criteria, AsOf);
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
        var a = CohortMetrics.Empty(Criteria, AsOf);
        var b = CohortMetrics.Empty(Criteria, AsOf.PlusDays(1));
        FluentActions.Invoking(() => a.Merge(b)).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Summarize_EpisodeAdmittedAfterTheReportDate_ThrowsForAsOf() =>
        FluentActions.Invoking(() => CohortMetrics.Summarize([Open(1, 0)], Criteria, Start.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");

    [Fact]
    public void Summarize_EmptyCohort_HasNoRates()
    {
        var summary = CohortMetrics.Summarize(Array.Empty<Episode<int>>(), Criteria, AsOf);
        summary.Should().Be(CohortMetrics.Empty(Criteria, AsOf));
        summary.CompletionRate.Should().BeNull();
        summary.RetentionAt(30).Should().BeNull();
        summary.MedianLengthOfStay.Should().BeNull();
    }

    public static TheoryData<TedsDischargeReason> EveryDischargeReason() => [.. Enum.GetValues<TedsDischargeReason>()];

    [Theory]
    [MemberData(nameof(EveryDischargeReason))]
    public void DischargesBy_EveryReason_CountsOnlyThatReason(TedsDischargeReason reason)
    {
        // One discharge per reason, plus one discharge without a recorded reason (counted as discharged only).
        var episodes = Enum.GetValues<TedsDischargeReason>()
            .Select((r, i) => new Episode<int>(i, Iop.Discharge(Start.PlusDays(i)), r))
            .Append(new Episode<int>(99, Iop.Discharge(Start.PlusDays(3))));
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);
        summary.DischargesBy(reason).Should().Be(1);
        summary.DischargedEpisodes.Should().Be(8);
        summary.CompletedEpisodes.Should().Be(1);
        summary.CompletionRate.Should().Be(new Proportion(1, 8));
    }

    [Fact]
    public void DischargesBy_UndefinedReason_ThrowsForReason() =>
        FluentActions.Invoking(() => CohortMetrics.Empty(Criteria, AsOf).DischargesBy(0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");

    [Fact]
    public void Summarize_CountsStepsFromTheHistory()
    {
        Episode<int>[] episodes =
        [
            new(1, LevelOfCareHistory.Admit(Start, LevelOfCare.PartialHospitalization).Append(Start.PlusDays(10), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)),
            new(2, Iop.Append(Start.PlusDays(5), LevelOfCare.PartialHospitalization, LevelChangeReason.ClinicalJudgement)),
            new(3, Iop.Append(Start.PlusDays(40), LevelOfCare.Outpatient, LevelChangeReason.TransitionReview)), // after the report date
            Open(4, 0),
        ];
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);
        summary.SteppedDownRate.Should().Be(new Proportion(1, 4), "the third episode's step down is dated after the report date");
        summary.SteppedUpRate.Should().Be(new Proportion(1, 4));
    }

    [Fact]
    public void Summarize_FollowUpInitiationAndEngagement_CountKnownOutcomesOnly()
    {
        var discharge = Start.PlusDays(5);
        Episode<int>[] episodes =
        [
            // Discharged on day 5 with a visit 3 days later: followed up within 7 and within 30 days.
            new(1, Iop.Discharge(discharge), TedsDischargeReason.TreatmentCompleted, serviceDates: [Start, Start.PlusDays(2), Start.PlusDays(4)], aftercareVisits: [discharge.PlusDays(3)]),
            // Discharged on day 5, no visit: the 7-day window closed on day 12 (not met); the 30-day one is still open on day 30.
            new(2, Iop.Discharge(discharge), TedsDischargeReason.DroppedOut),
            // Open, no services: the initiation window (14 days) closed on day 13, so initiation is known and not met.
            Open(3, 0),
        ];
        var summary = CohortMetrics.Summarize(episodes, Criteria, AsOf);
        summary.FollowUpShortRate.Should().Be(new Proportion(1, 2));
        summary.FollowUpLongRate.Should().Be(new Proportion(1, 1), "only the visit makes the long outcome known before its window closes");
        summary.InitiationRate.Should().Be(new Proportion(1, 3));
        summary.EngagementRate.Should().Be(new Proportion(1, 3), "two services from the day after initiation through 34 days after it; not initiated is not engaged");
    }

    [Fact]
    public void Merge_DifferentCriteria_Throws()
    {
        var a = CohortMetrics.Empty(Criteria, AsOf);
        var b = CohortMetrics.Empty(Criteria with { HorizonDays = 30 }, AsOf);
        FluentActions.Invoking(() => a.Merge(b)).Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void CohortSummary_Equality_IsByValue()
    {
        var summary = CohortMetrics.Summarize(HandTable(), Criteria, AsOf);
        ContractAssertions.Equality(
            summary,
            CohortMetrics.Summarize(HandTable().Reverse(), Criteria, AsOf), // the same episodes in another order
            CohortMetrics.Summarize(HandTable().Skip(1), Criteria, AsOf), // one discharge fewer
            CohortMetrics.Summarize(HandTable(), Criteria, AsOf.PlusDays(1)), // another report date
            CohortMetrics.Summarize(HandTable(), Criteria with { HorizonDays = 4 }, AsOf));
        summary.ToString().Should().Be("Cohort summary (6 episodes, 2 open)");
    }

    [Fact]
    public void CohortReport_Equality_IsByValue()
    {
        var report = CohortMetrics.SummarizeBy(HandTable(), Group, Criteria, AsOf);
        ContractAssertions.Equality(
            report,
            CohortMetrics.SummarizeBy(HandTable().Reverse(), Group, Criteria, AsOf),
            CohortMetrics.SummarizeBy(HandTable(), e => e.Key % 2, Criteria, AsOf), // other groups
            CohortMetrics.SummarizeBy(HandTable().Skip(1), Group, Criteria, AsOf));
    }

    [Fact]
    public void Proportion_Equality_ComparesCountAndTotal() =>
        ContractAssertions.Equality(new Proportion(1, 4), new Proportion(1, 4), new Proportion(2, 8), new Proportion(1, 5));

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

    /// <summary>
    /// <c>SummarizeBy</c> computes each episode once and adds that one tally to the overall summary, its level's and
    /// its group's (decision 0087): each of them equals <c>Summarize</c> over exactly its episodes.
    /// </summary>
    [Property(MaxTest = 50)]
    public Property SummarizeBy_EachLevelAndGroup_EqualsTheSummaryOfItsEpisodes() => Prop.ForAll(
        CohortGen.Episodes.ToArbitrary(),
        episodes =>
        {
            var report = CohortMetrics.SummarizeBy(episodes, Group, CohortGen.Criteria, CohortGen.AsOf);
            var levels = episodes.GroupBy(e => e.AdmissionLevel)
                .ToDictionary(g => g.Key, g => CohortMetrics.Summarize(g, CohortGen.Criteria, CohortGen.AsOf));
            var groups = episodes.GroupBy(Group)
                .ToDictionary(g => g.Key, g => CohortMetrics.Summarize(g, CohortGen.Criteria, CohortGen.AsOf));
            return report.Overall == CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf)
                && report.ByLevel.Count == levels.Count
                && levels.All(pair => report.ByLevel[pair.Key] == pair.Value)
                && report.ByGroup.Count == groups.Count
                && groups.All(pair => report.ByGroup[pair.Key] == pair.Value);
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
    public Property RetentionAt_WithoutCensoring_IsTheShareOfEpisodesRetainedThatDay() => Prop.ForAll(
        Gen.Choose(0, 100).ArrayOf().Where(stays => stays.Length > 0).ToArbitrary(),
        daysToDischarge =>
        {
            // Every episode is discharged before the report date, so Kaplan-Meier is the plain share, and the
            // cohort and each episode must count days alike (LengthOfStay.Days: day 1 is the admission date).
            var asOf = Start.PlusDays(200);
            var episodes = daysToDischarge.Select((d, i) => Closed(i, 0, d)).ToArray();
            var summary = CohortMetrics.Summarize(episodes, Criteria, asOf);
            var outcomes = episodes.Select(e => EpisodeOutcomes.Evaluate(e, Criteria.Windows, Criteria.Change, asOf)).ToArray();
            return new[] { 1, 2, 30, 60, 101, 102 }.All(day =>
                Math.Abs(summary.RetentionAt(day)!.Value - (outcomes.Count(o => o.RetainedAt(day) == true) / (double)outcomes.Length)) < 1e-12);
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

    /// <summary>An IOP episode admitted <paramref name="admittedDay"/> days after <see cref="Start"/> and discharged, completed, <paramref name="daysToDischarge"/> days after admission (a stay of <paramref name="daysToDischarge"/> + 1 days).</summary>
    private static Episode<int> Closed(int key, int admittedDay, int daysToDischarge) =>
        new(key, LevelOfCareHistory.Admit(Start.PlusDays(admittedDay), LevelOfCare.IntensiveOutpatient).Discharge(Start.PlusDays(admittedDay + daysToDischarge)), TedsDischargeReason.TreatmentCompleted);

    private static Episode<int> Open(int key, int admittedDay) =>
        new(key, LevelOfCareHistory.Admit(Start.PlusDays(admittedDay), LevelOfCare.IntensiveOutpatient));

    /// <summary>Generators of small random cohorts for the laws.</summary>
    private static class CohortGen
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
            LocalDate? discharge = los < 0 ? null : admission.PlusDays(los);
            var scores = new List<Measurement> { new(admission, baseline) };
            if (followUp >= 0)
            {
                scores.Add(new Measurement(admission.PlusDays(Math.Max(1, los < 0 ? 20 : los)), followUp));
            }

            // Every fourth episode changes level the day after admission (a step down, or a step up from outpatient).
            var history = LevelOfCareHistory.Admit(admission, (LevelOfCare)level);
            if (key % 4 == 0 && los != 0)
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
