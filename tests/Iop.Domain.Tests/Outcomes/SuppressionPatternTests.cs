using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// Which cells the suppression engine withholds, not only that it reveals nothing (<see cref="SuppressionTableTests"/>
/// checks that against the oracle): a published report's pattern of withheld cells is part of its output, so a
/// change to the engine that withholds other cells, or more of them, must be seen and made on purpose. The choice
/// rules are pinned by hand on small tables; the whole pattern over two families of tables by its totals and a digest.
/// A deliberate change to the engine updates the two pinned lines and says so in CHANGELOG.md.
/// </summary>
public sealed class SuppressionPatternTests
{
    private const long Minimum = 11;

    private static SuppressionTable.CellState Published => SuppressionTable.CellState.Published;

    private static SuppressionTable.CellState Small => SuppressionTable.CellState.Small;

    private static SuppressionTable.CellState Complement => SuppressionTable.CellState.Complement;

    private static SuppressionTable.CellState Hidden => SuppressionTable.CellState.Hidden;

    [Fact]
    public void Solve_NoSmallCell_PublishesEverything()
    {
        var (table, cells) = OneLine(total: 60, parts: [20, 0, 40]);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Published, Published, Published, Published);
    }

    [Fact]
    public void Solve_LoneSmallPart_WithholdsTheSmallestPositivePublishedPart_NotAZero()
    {
        // 37 = 5 + 0 + 12 + 20: withholding the zero would hide nothing; the 12 is the smallest positive part.
        var (table, cells) = OneLine(total: 37, parts: [5, 0, 12, 20]);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Published, Small, Published, Complement, Published);
    }

    [Fact]
    public void Solve_TwoSmallPartsSummingToTheMinimum_WithholdNothingMore()
    {
        // 5 + 6 = 11 withheld together: the reader learns 11, not below the minimum, and neither alone.
        var (table, cells) = OneLine(total: 41, parts: [5, 6, 30]);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Published, Small, Small, Published);
    }

    [Fact]
    public void Solve_TwoSmallPartsSummingBelowTheMinimum_WithholdTheSmallestOther()
    {
        // 2 + 3 = 5 is itself small: a third part is withheld, the smaller of 15 and 30.
        var (table, cells) = OneLine(total: 50, parts: [2, 3, 15, 30]);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Published, Small, Small, Complement, Published);
    }

    [Fact]
    public void Solve_EqualCandidates_TakesTheFirst()
    {
        var (table, cells) = OneLine(total: 45, parts: [5, 20, 20]);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Published, Small, Complement, Published);
    }

    [Fact]
    public void Solve_SmallTotalOfPublishedParts_WithholdsTheSmallestPositivePart()
    {
        // The total is small and withheld, but its parts add up to it: the smallest positive part is withheld.
        var table = new SuppressionTable();
        var total = table.Add(7, false, true);
        var zero = table.Add(0, false, false);
        var seven = table.Add(7, false, false);
        table.AddLine(total, zero, seven);
        table.Solve(Minimum);
        new[] { total, zero, seven }.Select(table.State).Should().Equal(Small, Published, Complement);
    }

    [Fact]
    public void Solve_OnlyZeroPartsLeft_WithholdsTheTotal()
    {
        // 5 = 5 + 0: no positive part to withhold beside the 5, so the total is withheld.
        var (table, cells) = OneLine(total: 5, parts: [5, 0], totalSmall: true);
        table.Solve(Minimum);
        cells.Select(table.State).Should().Equal(Small, Small, Published);
    }

    [Fact]
    public void Solve_HiddenCell_IsNeverPublished_AndCountsAsUnknown()
    {
        // 30 = 5 + 25 with the 25 hidden (a derived count no figure shows): the 5 cannot be recalculated alone,
        // but the line's withheld parts come to 30: nothing more to withhold.
        var table = new SuppressionTable();
        var total = table.Add(30, false, false);
        var small = table.Add(5, false, true);
        var hidden = table.Add(25, true, false);
        table.AddLine(total, small, hidden);
        table.Solve(Minimum);
        new[] { total, small, hidden }.Select(table.State).Should().Equal(Published, Small, Hidden);
        table.Count.Should().Be(3);
        table.Lines.Should().ContainSingle().Which.Should().Equal(total, small, hidden);
        table.Value(hidden).Should().Be(25);
        table.IsSmall(small).Should().BeTrue();
        table.IsSmall(hidden).Should().BeFalse();
    }

    [Fact]
    public void Solve_SmallCellPinnedAcrossTwoLines_WithholdsACellOfTheOtherLine()
    {
        // Rows 5 + 20 = 25 and 30 + 40 = 70, columns 35 and 60, total 95. Withholding 5 and 20 in its row leaves
        // the column 35 = 5 + 30 to give the 5 back: the 30 below it is withheld too, then the 40 beside it.
        long[] inner = [5, 20, 30, 40];
        var (table, cells) = Grid(inner, cols: 2);
        table.Solve(Minimum);
        cells.Take(4).Select(table.State).Should().Equal(Small, Complement, Complement, Complement);
        cells.Skip(4).Select(table.State).Should().AllBeEquivalentTo(Published);
    }

    [Fact]
    public void Bounds_PublishedCells_AreExact_AndUnknownsAreBoundedByTheLines()
    {
        // 30 = 5 + 25 with the 5 withheld and the 25 hidden: a published cell is exact; each unknown lies in [0, 30].
        var table = new SuppressionTable();
        var total = table.Add(30, false, false);
        var small = table.Add(5, false, true);
        var part = table.Add(25, true, false);
        table.AddLine(total, small, part);
        table.Solve(Minimum);
        var (low, high) = table.Bounds();
        low[total].Should().Be(30);
        high[total].Should().Be(30);
        low[small].Should().Be(0);
        high[small].Should().Be(30);
        low[part].Should().Be(0);
        high[part].Should().Be(30);
    }

    [Fact]
    public void Solve_EveryOneLineTableOfThreeParts_GivesThePinnedPattern()
    {
        // Parts 0 to 12 each, as in SuppressionTableTests: 2,197 tables of 4 cells.
        var pattern = new Pattern();
        for (var a = 0; a <= 12; a++)
        {
            for (var b = 0; b <= 12; b++)
            {
                for (var c = 0; c <= 12; c++)
                {
                    var (table, cells) = OneLine(a + b + c, [a, b, c], totalSmall: a + b + c is >= 1 and < (int)Minimum);
                    table.Solve(Minimum);
                    pattern.Add(table, cells);
                }
            }
        }

        pattern.ToString().Should().Be("published 2923, small 5355, complement 510, hidden 0; digest F116C55712627A0E");
    }

    [Fact]
    public void Solve_TwoByThreeTablesWithMargins_GiveThePinnedPattern()
    {
        // Every seventh of the 5^6 tables of SuppressionTableTests (inner cells from {0, 3, 10, 11, 25}), with margins.
        long[] choices = [0, 3, 10, 11, 25];
        var pattern = new Pattern();
        for (var n = 0; n < 15625; n += 7)
        {
            var inner = Enumerable.Range(0, 6).Select(i => choices[n / (int)Math.Pow(5, i) % 5]).ToArray();
            var (table, cells) = Grid(inner, cols: 3);
            table.Solve(Minimum);
            pattern.Add(table, cells);
        }

        pattern.ToString().Should().Be("published 14448, small 7062, complement 5286, hidden 0; digest D6D7A6C8D533507D");
    }

    private static (SuppressionTable Table, int[] Cells) OneLine(long total, long[] parts, bool totalSmall = false)
    {
        var table = new SuppressionTable();
        var totalCell = table.Add(total, false, totalSmall);
        var partCells = parts.Select(p => table.Add(p, false, p is >= 1 and < Minimum)).ToArray();
        table.AddLine(totalCell, partCells);
        return (table, [totalCell, .. partCells]);
    }

    /// <summary>Inner cells in rows of <paramref name="cols"/>, then row totals, column totals and the grand total, with their lines.</summary>
    private static (SuppressionTable Table, int[] Cells) Grid(long[] inner, int cols)
    {
        var rows = inner.Length / cols;
        var table = new SuppressionTable();
        int Add(long value) => table.Add(value, false, value is >= 1 and < Minimum);
        var cells = inner.Select(Add).ToArray();
        var rowTotals = Enumerable.Range(0, rows).Select(r => Add(inner.Skip(r * cols).Take(cols).Sum())).ToArray();
        var colTotals = Enumerable.Range(0, cols).Select(c => Add(Enumerable.Range(0, rows).Sum(r => inner[(r * cols) + c]))).ToArray();
        var grand = Add(inner.Sum());
        for (var r = 0; r < rows; r++)
        {
            table.AddLine(rowTotals[r], cells.AsSpan(r * cols, cols));
        }

        for (var c = 0; c < cols; c++)
        {
            table.AddLine(colTotals[c], [.. Enumerable.Range(0, rows).Select(r => cells[(r * cols) + c])]);
        }

        table.AddLine(grand, rowTotals);
        table.AddLine(grand, colTotals);
        return (table, [.. cells, .. rowTotals, .. colTotals, grand]);
    }

    /// <summary>The states of many tables: how many cells of each, and an FNV-1a digest of every state in order.</summary>
    private sealed class Pattern
    {
        private readonly int[] byState = new int[5];
        private ulong digest = 14695981039346656037;

        public void Add(SuppressionTable table, int[] cells)
        {
            foreach (var cell in cells)
            {
                var state = table.State(cell);
                byState[(int)state]++;
                digest = (digest ^ (ulong)state) * 1099511628211;
            }
        }

        public override string ToString() =>
            $"published {byState[1]}, small {byState[2]}, complement {byState[3]}, hidden {byState[4]}; digest {digest:X16}";
    }
}
