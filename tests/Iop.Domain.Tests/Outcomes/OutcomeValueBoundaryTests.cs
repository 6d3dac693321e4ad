using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// Small Outcomes values at their boundaries: the reliable-change classification exactly at the threshold and
/// the cut-off, the Wilson interval at 0 and at the total, the cell-suppression policy's guards and equality,
/// counts of known outcomes, item changes and when an instrument is due.
/// </summary>
public sealed class OutcomeValueBoundaryTests
{
    private static readonly LocalDate From = new(2026, 1, 1);

    // Threshold 2 and cut-off 10; SD and reliability only matter to Index, not to the classification of a given RCI.
    private static readonly ReliableChangeCriteria Criteria = new("Sample", "1", From, 5, 0.84) { Threshold = 2, CutOff = 10 };

    [Theory]
    [InlineData(-2.0, ChangeCategory.Unchanged)] // exactly at −threshold: not reliable
    [InlineData(-2.0001, ChangeCategory.Improved)] // just past it: reliable improvement
    [InlineData(2.0, ChangeCategory.Unchanged)] // exactly at +threshold: not reliable
    [InlineData(2.0001, ChangeCategory.Deteriorated)]
    [InlineData(0.0, ChangeCategory.Unchanged)]
    public void Classify_AtTheThreshold_IsNotReliable(double rci, ChangeCategory category) =>
        ReliableChange.Classify(rci, 14, 12, Criteria).Should().Be(category); // 14 → 12 stays above the cut-off of 10

    [Theory]
    [InlineData(10.0, 9.99, ChangeCategory.Recovered)] // baseline exactly at the cut-off, follow-up below it
    [InlineData(9.99, 9.0, ChangeCategory.Improved)] // baseline already in the functional range
    [InlineData(14.0, 10.0, ChangeCategory.Improved)] // follow-up exactly at the cut-off is not below it
    [InlineData(14.0, 9.99, ChangeCategory.Recovered)]
    public void Classify_ReliableImprovement_IsRecoveredOnlyWhenItCrossesTheCutOff(double before, double after, ChangeCategory category) =>
        ReliableChange.Classify(-3, before, after, Criteria).Should().Be(category);

    [Fact]
    public void Classify_WithoutACutOff_IsNeverRecovered() =>
        ReliableChange.Classify(-3, 20, 0, Criteria with { CutOff = null }).Should().Be(ChangeCategory.Improved);

    [Fact]
    public void Index_IsTheChangeOverTheStandardErrorOfTheDifference()
    {
        // SD 5, r 0.84: S_diff = √2 · 5 · 0.4 = 2.8284; (12 − 20) / 2.8284 = −2.8284.
        ReliableChange.Index(20, 12, Criteria).Should().BeApproximately(-2.8284, 0.0001);
        ReliableChange.Index(12, 20, Criteria).Should().BeApproximately(2.8284, 0.0001);
        ReliableChange.Classify(20, 12, Criteria).Should().Be(ChangeCategory.Improved); // |−2.83| > 2; 12 is above the cut-off
        ReliableChange.Classify(20, 9, Criteria).Should().Be(ChangeCategory.Recovered);
        ReliableChange.MinimumReliableChange(Criteria).Should().BeApproximately(2 * 2.8284, 0.0001);
    }

    [Fact]
    public void Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => ReliableChange.Index(double.NaN, 1, Criteria)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("before");
        FluentActions.Invoking(() => ReliableChange.Index(1, double.PositiveInfinity, Criteria)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("after");
        FluentActions.Invoking(() => ReliableChange.Index(1, 2, null!)).Should().Throw<ArgumentNullException>().WithParameterName("criteria");
        FluentActions.Invoking(() => ReliableChange.MinimumReliableChange(null!)).Should().Throw<ArgumentNullException>().WithParameterName("criteria");
        FluentActions.Invoking(() => ReliableChange.Classify(double.NaN, 1, Criteria)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("before");
        FluentActions.Invoking(() => ReliableChange.CutOffA(double.NaN, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dysfunctionalMean");
        FluentActions.Invoking(() => ReliableChange.CutOffB(double.NaN, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("functionalMean");
        FluentActions.Invoking(() => ReliableChange.CutOffB(3, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("functionalSd");
        FluentActions.Invoking(() => ReliableChange.CutOffB(3, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("functionalSd");
        FluentActions.Invoking(() => ReliableChange.CutOffC(double.NaN, 5, 3, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dysfunctionalMean");
        FluentActions.Invoking(() => ReliableChange.CutOffC(17, 0, 3, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dysfunctionalSd");
        FluentActions.Invoking(() => ReliableChange.CutOffC(17, 5, double.NaN, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("functionalMean");
        FluentActions.Invoking(() => ReliableChange.CutOffC(17, 5, 3, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("functionalSd");
        ReliableChange.CutOffA(17, double.Epsilon).Should().Be(17); // the smallest positive SD is accepted
    }

    [Fact]
    public void CutOffs_AreMeansPlusOrMinusTwoSds()
    {
        // Dysfunctional mean 20, SD 4: a = 20 − 8 = 12. Functional mean 2, SD 1: b = 2 + 2 = 4.
        ReliableChange.CutOffA(20, 4).Should().Be(12);
        ReliableChange.CutOffB(2, 1).Should().Be(4);
        // c = (4 · 2 + 1 · 20) / (4 + 1) = 28 / 5 = 5.6
        ReliableChange.CutOffC(20, 4, 2, 1).Should().BeApproximately(5.6, 1e-12);
    }

    [Theory]
    [InlineData(5, 10, 0.5, 0.2366, 0.7634)] // Wilson 95 % interval, hand-computed
    [InlineData(0, 10, 0.0, 0.0, 0.2775)] // none: the interval starts at 0
    [InlineData(10, 10, 1.0, 0.7225, 1.0)] // all: the interval ends at 1
    [InlineData(1, 3, 0.3333, 0.0615, 0.7923)]
    public void Proportion_WilsonInterval_MatchesTheHandComputedBounds(long count, long total, double rate, double lower, double upper)
    {
        var p = new Proportion(count, total);
        p.Count.Should().Be(count);
        p.Total.Should().Be(total);
        p.Rate.Should().BeApproximately(rate, 0.0001);
        p.Lower.Should().BeApproximately(lower, 0.0001);
        p.Upper.Should().BeApproximately(upper, 0.0001);
        p.Lower.Should().BeGreaterThanOrEqualTo(0); // clamped to [0, 1]
        p.Upper.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Proportion_EdgesOfTheCount_AreAcceptedAndOutsideRefused()
    {
        new Proportion(0, 1).Rate.Should().Be(0);
        new Proportion(1, 1).Rate.Should().Be(1);
        FluentActions.Invoking(() => new Proportion(-1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => new Proportion(2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => new Proportion(0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
        new Proportion(5, 10).ToString().Should().Be("50.0 % (95 % CI 23.7–76.3 %; 5/10)");
        new Proportion(10, 10).ToString().Should().Be("100.0 % (95 % CI 72.2–100.0 %; 10/10)");
        ContractAssertions.Equality(new Proportion(1, 2), new Proportion(1, 2), new Proportion(2, 4), new Proportion(1, 3));
    }

    [Fact]
    public void CellSuppressionPolicy_Cms2024_IsPinned()
    {
        var cms = CellSuppressionPolicy.Cms2024;
        cms.MinimumCellSize.Should().Be(11); // CMS cell size suppression policy: counts of 1 to 10 are withheld
        cms.Name.Should().Be("CMS cell size suppression");
        cms.Version.Should().Be("2024-01-26");
        cms.EffectiveFrom.Should().Be(new LocalDate(2017, 5, 8));
        cms.EffectiveTo.Should().BeNull();
        cms.Sources.Should().Equal(OutcomeRules.CmsCellSizeSuppression);
        cms.ToString().Should().Be("CMS cell size suppression 2024-01-26");
        CellSuppressionPolicy.Cms.Latest.Should().Be(cms);
    }

    [Fact]
    public void CellSuppressionPolicy_EachMemberDiffering_IsUnequal()
    {
        var value = CellSuppressionPolicy.Cms2024;
        ContractAssertions.Equality(
            value,
            value with { },
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = From },
            value with { EffectiveTo = From },
            value with { Sources = [new RuleSource("State policy", "Iop.Domain tests")] },
            value with { MinimumCellSize = 5 });
        value.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void CellSuppressionPolicy_Guards_NameTheParameter()
    {
        RuleSource[] sources = [OutcomeRules.CmsCellSizeSuppression];
        new CellSuppressionPolicy("P", "1", From, 1, sources).MinimumCellSize.Should().Be(1); // the lowest size: nothing withheld
        FluentActions.Invoking(() => new CellSuppressionPolicy("P", "1", From, 0, sources)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumCellSize");
        FluentActions.Invoking(() => new CellSuppressionPolicy(" ", "1", From, 11, sources)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new CellSuppressionPolicy("P", " ", From, 11, sources)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new CellSuppressionPolicy("P", "1", new LocalDate(1899, 12, 31), 11, sources)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => new CellSuppressionPolicy("P", "1", From, 11, [])).Should().Throw<ArgumentException>().WithParameterName("sources");
        var value = CellSuppressionPolicy.Cms2024;
        FluentActions.Invoking(() => value with { MinimumCellSize = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumCellSize");
        (value with { MinimumCellSize = 1 }).MinimumCellSize.Should().Be(1);
        FluentActions.Invoking(() => value with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        FluentActions.Invoking(() => value with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => value with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => value with { EffectiveTo = new LocalDate(2017, 5, 7) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => (value with { EffectiveTo = new LocalDate(2020, 1, 1) }) with { EffectiveFrom = new LocalDate(2020, 1, 2) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        ((value with { EffectiveTo = new LocalDate(2020, 1, 1) }) with { EffectiveFrom = new LocalDate(2020, 1, 1) }).EffectiveFrom.Should().Be(new LocalDate(2020, 1, 1));
    }

    [Fact]
    public void KnownOutcomeCount_CountsKnownAndMetSeparately()
    {
        var count = default(KnownOutcomeCount);
        count.Rate.Should().BeNull("nothing known yet");
        count.Add(OutcomeState.Unknown, 5);
        count.Known.Should().Be(0);
        count.Add(OutcomeState.NotMet, 1);
        count.Add(OutcomeState.Met, 2);
        count.Known.Should().Be(3);
        count.Met.Should().Be(2);
        count.Rate.Should().Be(new Proportion(2, 3));
        var sum = count.Plus(new KnownOutcomeCount { Known = 4, Met = 1 });
        sum.Known.Should().Be(7);
        sum.Met.Should().Be(3);
    }

    [Theory]
    [InlineData(3, 1, -2L)]
    [InlineData(1, 3, 2L)]
    public void ItemChange_Change_IsLatestMinusBaseline(int baseline, int latest, long change) =>
        new ItemChange(4, baseline, latest).Change.Should().Be(change);

    [Fact]
    public void ItemChange_WithAMissingSide_HasNoChangeAndSaysMissing()
    {
        new ItemChange(2, null, 3).Change.Should().BeNull();
        new ItemChange(2, 3, null).Change.Should().BeNull();
        new ItemChange(2, 3, null).ToString().Should().Be("Item 2: 3 → missing");
        new ItemChange(2, null, 1).ToString().Should().Be("Item 2: missing → 1");
    }

    [Theory]
    [InlineData(-1, false, false, "upcoming")] // the day before the window opens
    [InlineData(0, true, false, "due")] // the first day of the window
    [InlineData(7, true, false, "due")] // the last day of the window
    [InlineData(8, false, true, "overdue")] // the day after
    public void InstrumentDue_AtTheEdgesOfTheWindow_IsDueOrOverdue(int daysAfterNextDue, bool due, bool overdue, string word)
    {
        var next = new LocalDate(2026, 3, 2);
        var status = new InstrumentDue(Instrument.Phq9, next.PlusDays(-14), MeasurementOccasion.Repeat, next, next.PlusDays(7), next.PlusDays(daysAfterNextDue));
        status.IsDue.Should().Be(due);
        status.IsOverdue.Should().Be(overdue);
        status.ToString().Should().Be("PHQ-9: repeat " + word);
        status.Instrument.Should().Be(Instrument.Phq9);
        status.LastAdministered.Should().Be(next.PlusDays(-14));
        status.NextOccasion.Should().Be(MeasurementOccasion.Repeat);
        status.NextDue.Should().Be(next);
        status.DueBy.Should().Be(next.PlusDays(7));
    }

    [Fact]
    public void InstrumentDue_NothingScheduled_IsNeitherDueNorOverdue()
    {
        var status = new InstrumentDue(Instrument.Gad7, null, null, null, null, From);
        status.IsDue.Should().BeFalse();
        status.IsOverdue.Should().BeFalse();
        status.ToString().Should().Be("GAD-7: nothing scheduled");
    }
}
