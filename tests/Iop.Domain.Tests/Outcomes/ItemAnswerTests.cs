using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>Item-level results: a score keeps each item's answer, and change over time can be read per item.</summary>
public sealed class ItemAnswerTests
{
    private static readonly ScoringPolicy Policy = ScoringPolicy.Default;
    private static readonly LocalDate Admission = new(2026, 3, 2);

    [Fact]
    public void Score_Phq9_ExposesEachItemsAnswer()
    {
        int[] items = [3, 2, 1, 0, 3, 2, 1, 0, 1];
        var score = Instruments.Score(Instrument.Phq9, items, Policy);
        score.ItemAnswers.Should().Equal(3, 2, 1, 0, 3, 2, 1, 0, 1);
        score.AnswerOf(1).Should().Be(3);
        score.AnswerOf(9).Should().Be(1);
    }

    [Fact]
    public void Score_AuditItemsNineAndTen_KeepTheirNonContiguousAnswers()
    {
        // Items 9-10 take 0, 2 or 4: the answer is kept as given, not as its position.
        int[] items = [4, 3, 2, 1, 0, 1, 2, 3, 4, 2];
        Instruments.Score(Instrument.Audit, items, Policy).ItemAnswers.Should().Equal(4, 3, 2, 1, 0, 1, 2, 3, 4, 2);
    }

    [Fact]
    public void TryScore_MissingItems_AreNullAnswers()
    {
        int?[] items = [2, 2, 2, 2, 1, 1, null, null, 0];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out var score).Should().BeTrue();
        score!.Value.ItemAnswers.Should().Equal(2, 2, 2, 2, 1, 1, null, null, 0);
        score.Value.AnswerOf(7).Should().BeNull();
    }

    [Fact]
    public void ScoreTotal_HasNoItemAnswers()
    {
        var score = Instruments.ScoreTotal(Instrument.Phq9, 12, Policy);
        score.ItemAnswers.Should().BeEmpty();
        score.AnswerOf(1).Should().BeNull();
    }

    [Fact]
    public void Default_HasNoItemAnswersAndDoesNotThrow()
    {
        default(InstrumentScore).ItemAnswers.Should().BeEmpty();
        default(InstrumentScore).AnswerOf(1).Should().BeNull();
    }

    [Theory]
    [InlineData(0)] // one under the first item
    [InlineData(10)] // one past the ninth
    public void AnswerOf_NumberOutsideTheItems_Throws(int number) =>
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, new int[9], Policy).AnswerOf(number))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");

    [Fact]
    public void Score_SameTotalDifferentAnswers_AreNotEqual()
    {
        var a = Instruments.Score(Instrument.Phq9, [3, 0, 0, 0, 0, 0, 0, 0, 0], Policy);
        var b = Instruments.Score(Instrument.Phq9, [0, 3, 0, 0, 0, 0, 0, 0, 0], Policy);
        a.Total.Should().Be(b.Total);
        ContractAssertions.Equality(a, Instruments.Score(Instrument.Phq9, [3, 0, 0, 0, 0, 0, 0, 0, 0], Policy), b);
    }

    [Fact]
    public void Score_WideCallerInstrument_KeepsAnswersBeyondSixtyFourBits()
    {
        // 30 items scored 0-10 need 4 bits each (120 bits): the answers go to an array instead.
        var wide = new Instrument("Wide scale", "1", new LocalDate(2026, 1, 1), Enumerable.Repeat(InstrumentItem.Range(0, 10), 30), []);
        var items = Enumerable.Range(0, 30).Select(i => i % 11).ToArray();
        var score = Instruments.Score(wide, items, Policy);
        score.ItemAnswers.Select(a => a!.Value).Should().Equal(items);
        ContractAssertions.Equality(score, Instruments.Score(wide, items, Policy), Instruments.Score(wide, [.. items[..29], 0], Policy));
    }

    [Fact]
    public void Score_Pcl5_AllocatesNothing()
    {
        // 20 items x 3 bits = 60: the shipped instrument with the most items still keeps its answers without allocating.
        var items = Enumerable.Range(0, 20).Select(i => i % 5).ToArray();
        _ = Instruments.Score(Instrument.Pcl5, items, Policy).AnswerOf(20); // warm up (JIT, statics)
        var before = GC.GetAllocatedBytesForCurrentThread();
        var score = Instruments.Score(Instrument.Pcl5, items, Policy);
        var answer = score.AnswerOf(20);
        var after = GC.GetAllocatedBytesForCurrentThread();
        (after - before).Should().Be(0);
        answer.Should().Be(4);
    }

    [Fact]
    public void SymptomChange_FromAdministrations_ReportsEachItemBaselineToLatest()
    {
        var baseline = Instruments.Score(Instrument.Phq9, [3, 3, 2, 2, 2, 1, 1, 1, 1], Policy);
        var middle = Instruments.Score(Instrument.Phq9, [2, 2, 2, 2, 2, 1, 1, 1, 0], Policy);
        var latest = Instruments.Score(Instrument.Phq9, [1, 0, 2, 3, 1, 0, 0, 0, 0], Policy);
        var series = MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, baseline), new(Admission.PlusDays(14), middle), new(Admission.PlusDays(28), latest)]);
        series.Measurements.Select(m => m.Score).Should().Equal(16, 13, 7);
        var change = SymptomChanges.Evaluate(series, Admission, ChangeCriteria.Phq9);
        change.Change.Should().Be(7 - 16);
        change.ItemChanges.Should().HaveCount(9);
        change.ItemChanges.Select(c => c.Change!.Value).Should().Equal(-2, -3, 0, 1, -1, -1, -1, -1, -1);
        change.ItemChanges.Select(c => c.Change!.Value).Sum().Should().Be(change.Change, "item changes add up to the change of the total");
        change.ItemChanges[3].Should().Be(new ItemChange(4, 2, 3));
        change.ItemChanges[3].ToString().Should().Be("Item 4: 2 → 3");
    }

    [Fact]
    public void SymptomChange_FromTotals_HasNoItemChanges()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission, 16), new(Admission.PlusDays(28), 7)]);
        SymptomChanges.Evaluate(series, Admission, ChangeCriteria.Phq9).ItemChanges.Should().BeEmpty();
    }

    [Fact]
    public void SymptomChange_WithAMissingItem_HasNoChangeForIt()
    {
        Instruments.TryScore(Instrument.Phq9, [2, 2, 2, 2, 2, 2, 2, null, 1], ScoringPolicy.Prorating, out var baseline).Should().BeTrue();
        var latest = Instruments.Score(Instrument.Phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], Policy);
        var series = MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, baseline!.Value), new(Admission.PlusDays(28), latest)]);
        var item8 = SymptomChanges.Evaluate(series, Admission, ChangeCriteria.Phq9).ItemChanges[7];
        item8.Baseline.Should().BeNull();
        item8.Change.Should().BeNull();
    }

    [Fact]
    public void FromAdministrations_ScoreOfAnotherInstrumentOrDefault_IsRefused()
    {
        var gad = Instruments.Score(Instrument.Gad7, new int[7], Policy);
        FluentActions.Invoking(() => MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, gad)]))
            .Should().Throw<ArgumentException>().WithParameterName("administrations");
        FluentActions.Invoking(() => MeasurementSeries.FromAdministrations(Instrument.Phq9, [default]))
            .Should().Throw<ArgumentException>().WithParameterName("administrations");
        var score = Instruments.Score(Instrument.Phq9, new int[9], Policy);
        FluentActions.Invoking(() => MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, score), new(Admission, score)]))
            .Should().Throw<ArgumentException>().WithParameterName("administrations");
    }

    [Fact]
    public void FromAdministrations_EqualityIncludesTheScores()
    {
        var a = Instruments.Score(Instrument.Phq9, [3, 0, 0, 0, 0, 0, 0, 0, 0], Policy);
        var b = Instruments.Score(Instrument.Phq9, [0, 3, 0, 0, 0, 0, 0, 0, 0], Policy);
        var series = MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, a)]);
        series.Scores.Should().Equal(a);
        ContractAssertions.Equality(
            series,
            MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, a)]),
            MeasurementSeries.FromAdministrations(Instrument.Phq9, [new(Admission, b)]),
            new MeasurementSeries(Instrument.Phq9, [new(Admission, 3)]));
        new Administration(Admission, a).ToString().Should().NotContain("2026");
    }
}
