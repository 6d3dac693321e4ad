using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The edges of a caller's instrument and its scores: answers of items of different widths read back as given,
/// answers kept outside 64 bits compared and hashed, the exact refusal messages of instruments and items, the
/// shared empty item codes, and a score's description without a band or when prorated.
/// </summary>
public sealed class InstrumentEdgeTests
{
    private static readonly LocalDate From = new(2026, 1, 1);

    private static readonly Rule Safety = new(new RuleId("TEST-SAFETY"), "Fictional safety item.", new RuleSource("Fictional screener", "Iop.Domain tests"));

    // 4 items scored 1-5 (total 4-20), no bands.
    private static Instrument Screener => new("Screener", "1", From, [InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5)], []);

    [Fact]
    public void AnswerOf_ItemsOfDifferentWidths_ReadBackAsGiven()
    {
        // A yes/no item beside an item scored 0-10: the answers are stored as wide as the widest item needs.
        var mixed = new Instrument("Mixed", "1", From, [InstrumentItem.Range(0, 1), InstrumentItem.Range(0, 10), InstrumentItem.Range(0, 1)], []);
        var score = Instruments.Score(mixed, [1, 10, 0], ScoringPolicy.Default);
        score.Total.Should().Be(11);
        score.AnswerOf(1).Should().Be(1);
        score.AnswerOf(2).Should().Be(10);
        score.AnswerOf(3).Should().Be(0);
    }

    [Fact]
    public void Scores_WithAnswersBeyond64Bits_AreComparedAndHashedByEveryAnswer()
    {
        // 7 items scored 0-1000 need 10 bits each, 70 in all: kept outside the packed form.
        var wide = new Instrument("Wide", "1", From, Enumerable.Repeat(InstrumentItem.Range(0, 1000), 7), []);
        var first = Instruments.Score(wide, [1000, 0, 0, 0, 0, 0, 0], ScoringPolicy.Default);
        var second = Instruments.Score(wide, [0, 1000, 0, 0, 0, 0, 0], ScoringPolicy.Default);
        first.Total.Should().Be(second.Total, "the same total from other answers");
        first.AnswerOf(1).Should().Be(1000);
        second.AnswerOf(2).Should().Be(1000);
        first.Should().NotBe(second);
        first.GetHashCode().Should().NotBe(second.GetHashCode());
        first.Should().Be(Instruments.Score(wide, [1000, 0, 0, 0, 0, 0, 0], ScoringPolicy.Default));
    }

    [Fact]
    public void Scores_WithPackedAnswers_AreHashedByTheirAnswers()
    {
        // Both PHQ-9 totals are 1, from item 1 or from item 2.
        var first = Instruments.Score(Instrument.Phq9, [1, 0, 0, 0, 0, 0, 0, 0, 0], ScoringPolicy.Default);
        var second = Instruments.Score(Instrument.Phq9, [0, 1, 0, 0, 0, 0, 0, 0, 0], ScoringPolicy.Default);
        first.Should().NotBe(second);
        first.GetHashCode().Should().NotBe(second.GetHashCode());
    }

    [Fact]
    public void ToString_WithoutBands_IsTheNameAndTotal() =>
        Instruments.Score(Screener, [1, 2, 2, 3], ScoringPolicy.Default).ToString().Should().Be("Screener 8");

    [Fact]
    public void ToString_Prorated_SaysSo()
    {
        // 7 answered PHQ-9 items summing to 10: prorated to 13, in the Moderate band (10-14).
        int?[] items = [2, 2, 2, 1, 1, 1, 1, null, null];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out var score).Should().BeTrue();
        score!.Value.ToString().Should().Be("PHQ-9 13 (Moderate), prorated");
    }

    [Fact]
    public void SafetyItems_TooManyOrSharingAPosition_AreRefusedWithTheMessage()
    {
        const string Message = "An instrument has at most 5 safety items, each at its own position.*";
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 6), []) { SafetyItems = [.. Enumerable.Range(1, 6).Select(n => new SafetyItem(n, 3, Safety))] })
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("SafetyItems");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), []) { SafetyItems = [new SafetyItem(2, 3, Safety), new SafetyItem(2, 4, Safety)] })
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("SafetyItems");
    }

    [Fact]
    public void SafetyItems_BeyondTheItemsOrAtTheLowestValue_AreRefusedWithTheMessage()
    {
        const string Message = "A safety item must be one of the scored items or the carried item, with a concern threshold above the item's lowest value and not above its highest.*";
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), []) { SafetyItems = [new SafetyItem(5, 3, Safety)] })
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("SafetyItems"); // item 5 of 4, no carried item
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), []) { SafetyItems = [new SafetyItem(1, 1, Safety)] })
            .Should().Throw<ArgumentException>().WithMessage(Message).Which.ParamName.Should().Be("SafetyItems"); // a threshold at the lowest answer, 1
    }

    [Fact]
    public void ItemCodes_NeitherNoneNorOnePerItem_AreRefusedWithTheMessage() =>
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), []) { ItemCodes = [null, null] })
            .Should().Throw<ArgumentException>().WithMessage("Item codes are either none or one entry per scored item.*")
            .Which.ParamName.Should().Be("ItemCodes");

    [Fact]
    public void ItemCodes_SetToNone_IsTheSharedEmptyList() =>
        new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), []) { ItemCodes = [] }.ItemCodes
            .Should().BeEmpty().And.BeSameAs(Screener.ItemCodes);

    [Fact]
    public void Constructor_BandsNotCoveringTheTotals_AreRefusedWithTheMessage() =>
        // Totals run 4-20; the bands stop at 19.
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Enumerable.Repeat(InstrumentItem.Range(1, 5), 4), [new ScoreBand("Low", 4, 8), new ScoreBand("High", 9, 19)]))
            .Should().Throw<ArgumentException>().WithMessage("Bands must be in increasing order, adjacent, and cover the instrument's whole range of totals.*")
            .Which.ParamName.Should().Be("bands");

    [Fact]
    public void OneOf_ValueAboveTheHighest_IsRefusedWithTheMessage() =>
        // 1001 is one above the highest accepted value, 1000.
        FluentActions.Invoking(() => InstrumentItem.OneOf([0, 1001]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Every value must be in the range [0, 1000].*")
            .Which.ParamName.Should().Be("values");

    [Fact]
    public void Score_AnswerAnItemDoesNotTake_NamesTheItemAndItsValues()
    {
        // Item 2 takes 0, 2 or 4 only; 1 lies inside its range but is not one of them.
        var audit = new Instrument("Fictional", "1", From, [InstrumentItem.Range(0, 4), InstrumentItem.OneOf([0, 2, 4])], []);
        FluentActions.Invoking(() => Instruments.Score(audit, [0, 1], ScoringPolicy.Default))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Item 2 takes only the values 0, 2, 4.*");
        FluentActions.Invoking(() => Instruments.Score(audit, [5, 0], ScoringPolicy.Default))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Item 1 must be in the range [0, 4].*");
    }
}
