using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>The suppression engine over small tables, exhaustively, against <see cref="DisclosureOracle"/>.</summary>
public sealed class SuppressionTableTests
{
    private const long Minimum = 11;

    [Fact]
    public void Solve_EveryOneLineTableOfThreeParts_RevealsNoSmallCell()
    {
        // Parts 0 to 12 each (13^3 tables): every small value, the threshold and one above, and zeros.
        var failures = new List<string>();
        for (var a = 0; a <= 12; a++)
        {
            for (var b = 0; b <= 12; b++)
            {
                for (var c = 0; c <= 12; c++)
                {
                    failures.AddRange(Check([a, b, c], cols: 1));
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Solve_EveryTwoByThreeTableWithMargins_RevealsNoSmallCell()
    {
        // Inner cells from {0, 3, 10, 11, 25} (5^6 tables): zero, small, the largest small value, the threshold, large.
        long[] choices = [0, 3, 10, 11, 25];
        var failures = new List<string>();
        foreach (var cells in Enumerable.Range(0, 15625).Select(n => Enumerable.Range(0, 6).Select(i => choices[n / (int)Math.Pow(5, i) % 5]).ToArray()))
        {
            failures.AddRange(Check(cells, cols: 3));
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Solve_LoneSmallPart_WithholdsTheSmallestOtherPart()
    {
        // 5 + 20 + 30 = 55: the 5 is small; withholding the 20 beside it leaves 25 hidden in two cells.
        var table = new SuppressionTable();
        var total = table.Add(55, false, false);
        var small = table.Add(5, false, true);
        var twenty = table.Add(20, false, false);
        var thirty = table.Add(30, false, false);
        table.AddLine(total, small, twenty, thirty);

        table.Solve(Minimum);

        table.State(small).Should().Be(SuppressionTable.CellState.Small);
        table.State(twenty).Should().Be(SuppressionTable.CellState.Complement);
        table.State(thirty).Should().Be(SuppressionTable.CellState.Published);
        table.State(total).Should().Be(SuppressionTable.CellState.Published);
    }

    [Fact]
    public void Oracle_PrimarySuppressionAlone_IsCaught()
    {
        // The check can fail: withholding only the 5 of 30 = 5 + 25 leaves it one subtraction away, and
        // withholding the 5 and the 25 of 30 = 5 + 25, 25 = 25 + 0 bounds the 5 at 30 - 25.
        var lone = new DisclosureOracle(Minimum);
        var total = lone.Cell("total", 30, true);
        lone.Line(total, lone.Cell("small", 5, false), lone.Cell("large", 25, true));
        lone.Violations().Should().NotBeEmpty();

        var bounded = new DisclosureOracle(Minimum);
        var all = bounded.Cell("episodes", 30, true);
        var open = bounded.Cell("open", 5, false);
        var discharged = bounded.Cell("discharged", 25, false);
        bounded.Line(all, open, discharged);
        bounded.Line(discharged, bounded.Cell("completed", 25, true), bounded.Cell("other", 0, false));
        bounded.Violations().Should().ContainSingle().Which.Should().Contain("at most 5");
    }

    /// <summary>
    /// Builds a table of <paramref name="inner"/> cells in rows of <paramref name="cols"/>, with row totals,
    /// column totals (when more than one row) and a grand total, solves it and returns the oracle's violations.
    /// </summary>
    private static IEnumerable<string> Check(long[] inner, int cols)
    {
        var rows = inner.Length / cols;
        var table = new SuppressionTable();
        var oracleCells = new List<(long Value, int Cell)>();
        int Add(long value)
        {
            var cell = table.Add(value, false, value is >= 1 and < Minimum);
            oracleCells.Add((value, cell));
            return cell;
        }

        var cells = inner.Select(Add).ToArray();
        var rowTotals = Enumerable.Range(0, rows).Select(r => Add(inner.Skip(r * cols).Take(cols).Sum())).ToArray();
        var lines = new List<int[]>();
        for (var r = 0; r < rows; r++)
        {
            lines.Add([rowTotals[r], .. cells.Skip(r * cols).Take(cols)]);
        }

        var grand = Add(inner.Sum());
        lines.Add([grand, .. rowTotals]);
        if (rows > 1)
        {
            var colTotals = Enumerable.Range(0, cols).Select(c => Add(Enumerable.Range(0, rows).Sum(r => inner[(r * cols) + c]))).ToArray();
            for (var c = 0; c < cols; c++)
            {
                lines.Add([colTotals[c], .. Enumerable.Range(0, rows).Select(r => cells[(r * cols) + c])]);
            }

            lines.Add([grand, .. colTotals]);
        }

        foreach (var line in lines)
        {
            table.AddLine(line[0], line.AsSpan(1));
        }

        table.Solve(Minimum);
        var oracle = new DisclosureOracle(Minimum);
        foreach (var (value, cell) in oracleCells)
        {
            oracle.Cell($"cell {cell}", value, table.State(cell) == SuppressionTable.CellState.Published);
        }

        foreach (var line in lines)
        {
            oracle.Line(line[0], line[1..]);
        }

        return oracle.Violations().Select(v => $"[{string.Join(",", inner)}] {v}");
    }
}
