using FluentAssertions;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The table of findings a score can carry, built here at test time (the built-in instruments build theirs once,
/// in static initialisers): every index of a two-item table, exhaustively, against its definition.
/// </summary>
public sealed class ScoreFindingsTableTests
{
    private static readonly Rule First = new(new RuleId("TEST-SAFETY-A"), "Fictional safety item A.", new RuleSource("Fictional screener", "Iop.Domain tests"));
    private static readonly Rule Second = new(new RuleId("TEST-SAFETY-B"), "Fictional safety item B.", new RuleSource("Fictional screener", "Iop.Domain tests"));

    public static TheoryData<int> Indices() => [.. Enumerable.Range(0, 1 << 5)];

    [Theory]
    [MemberData(nameof(Indices))]
    public void Table_EveryIndexOfTwoItems_HoldsTheFindingsOfItsBits(int index)
    {
        SafetyItem[] items = [new(1, 1, First), new(2, 1, Second)];
        var table = ScoreFindings.Table(items);

        var expected = new List<Finding>();
        for (var k = 0; k < items.Length; k++)
        {
            if ((index & (1 << k)) != 0)
            {
                expected.Add(items[k].Concern);
            }
            else if ((index & (1 << (items.Length + k))) != 0)
            {
                expected.Add(items[k].Unanswered);
            }
        }

        var prorated = (index & (1 << (2 * items.Length))) != 0;
        table.Should().HaveCount(32);
        table[index].Where(f => f.RuleId != OutcomeRules.Phq9Prorate.Id).Should().BeEquivalentTo(expected);
        table[index].Any(f => f.RuleId == OutcomeRules.Phq9Prorate.Id).Should().Be(prorated);
        table[index].Should().BeInAscendingOrder(FindingOrder.Instance);
        if (table[index].Count == 0)
        {
            table[index].Should().BeSameAs(table[0], "every empty entry shares one list");
        }
    }

    [Fact]
    public void Index_PutsConcernsThenUnansweredThenProration() =>
        new[]
        {
            ScoreFindings.Index(2, 0b01, 0b10, prorated: false),
            ScoreFindings.Index(2, 0b11, 0b00, prorated: true),
            ScoreFindings.Index(3, 0b000, 0b101, prorated: true),
        }.Should().Equal(0b01 | (0b10 << 2), 0b11 | (1 << 4), (0b101 << 3) | (1 << 6));
}
