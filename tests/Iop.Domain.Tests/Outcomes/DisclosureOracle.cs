namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// An independent check of a published table: what a reader who knows the published cells and every additive
/// identity between cells can work out. Written apart from the library's <c>SuppressionTable</c>: exact
/// arithmetic modulo a prime instead of floating point, and the published state taken from what was printed.
/// </summary>
/// <remarks>
/// A violation is (1) a published cell from 1 to k − 1; (2) a line whose total is published and whose
/// withheld parts together (total − published parts) come to 1 to k − 1; (3) a small withheld cell whose
/// upper bound (from non-negativity, through the lines) is below k; (4) a small withheld cell that the
/// lines, solved together as equations, determine exactly.
/// </remarks>
internal sealed class DisclosureOracle(long minimumCellSize)
{
    private const long Prime = 1_000_000_007;

    private readonly List<(string Name, long Value, bool Published)> cells = [];
    private readonly List<int[]> lines = [];

    public int Cell(string name, long value, bool published)
    {
        cells.Add((name, value, published));
        return cells.Count - 1;
    }

    public void Line(int total, params int[] parts) => lines.Add([total, .. parts]);

    public IReadOnlyList<string> Violations()
    {
        var found = new List<string>();
        foreach (var (name, value, published) in cells)
        {
            if (published && Small(value))
            {
                found.Add($"published small cell {name} = {value}");
            }
        }

        foreach (var line in lines)
        {
            var withheld = line.Skip(1).Where(c => !cells[c].Published).ToArray();
            if (cells[line[0]].Published && withheld.Length > 0)
            {
                var derived = cells[line[0]].Value - line.Skip(1).Where(c => cells[c].Published).Sum(c => cells[c].Value);
                if (Small(derived))
                {
                    found.Add($"{cells[line[0]].Name} minus its published parts reveals {derived} for [{string.Join(", ", withheld.Select(c => cells[c].Name))}]");
                }
            }
        }

        var high = UpperBounds();
        for (var cell = 0; cell < cells.Count; cell++)
        {
            if (!cells[cell].Published && Small(cells[cell].Value) && high[cell] < minimumCellSize)
            {
                found.Add($"withheld small cell {cells[cell].Name} = {cells[cell].Value} is shown to be at most {high[cell]}");
            }
        }

        foreach (var cell in Determined())
        {
            if (Small(cells[cell].Value))
            {
                found.Add($"withheld small cell {cells[cell].Name} = {cells[cell].Value} is determined by the published cells");
            }
        }

        return found;
    }

    /// <summary>Upper bounds a reader gets from non-negativity: a part is at most its total less the other parts' lower bounds.</summary>
    private long[] UpperBounds()
    {
        const long Unbounded = long.MaxValue / 4;
        var low = cells.Select(c => c.Published ? c.Value : 0).ToArray();
        var high = cells.Select(c => c.Published ? c.Value : Unbounded).ToArray();
        for (var pass = 0; pass < 200; pass++)
        {
            var moved = false;
            foreach (var line in lines)
            {
                var parts = line.Skip(1).ToArray();
                moved |= Set(low, line[0], Math.Max(low[line[0]], parts.Sum(c => low[c])));
                moved |= Set(high, line[0], Math.Min(high[line[0]], parts.Any(c => high[c] == Unbounded) ? Unbounded : parts.Sum(c => high[c])));
                foreach (var part in parts)
                {
                    var others = parts.Where(c => c != part).ToArray();
                    if (high[line[0]] != Unbounded)
                    {
                        moved |= Set(high, part, Math.Min(high[part], high[line[0]] - others.Sum(c => low[c])));
                    }

                    if (others.All(c => high[c] != Unbounded))
                    {
                        moved |= Set(low, part, Math.Max(low[part], low[line[0]] - others.Sum(c => high[c])));
                    }
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return high;
    }

    private static bool Set(long[] bounds, int cell, long value)
    {
        var moved = bounds[cell] != value;
        bounds[cell] = value;
        return moved;
    }

    private bool Small(long value) => value >= 1 && value < minimumCellSize;

    /// <summary>The withheld cells whose value the lines fix: a row of the reduced echelon form (mod p) with one non-zero entry.</summary>
    private IEnumerable<int> Determined()
    {
        var unknown = Enumerable.Range(0, cells.Count).Where(c => !cells[c].Published).ToArray();
        var column = unknown.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
        var rows = new List<long[]>();
        foreach (var line in lines)
        {
            var row = new long[unknown.Length];
            for (var i = 0; i < line.Length; i++)
            {
                if (column.TryGetValue(line[i], out var c))
                {
                    row[c] = Mod(row[c] + (i == 0 ? 1 : -1));
                }
            }

            if (row.Any(x => x != 0))
            {
                rows.Add(row);
            }
        }

        var rank = 0;
        for (var c = 0; c < unknown.Length && rank < rows.Count; c++)
        {
            var pivot = rows.FindIndex(rank, r => r[c] != 0);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var inverse = Power(rows[rank][c], Prime - 2);
            for (var k = 0; k < unknown.Length; k++)
            {
                rows[rank][k] = rows[rank][k] * inverse % Prime;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != rank && rows[r][c] != 0)
                {
                    var factor = rows[r][c];
                    for (var k = 0; k < unknown.Length; k++)
                    {
                        rows[r][k] = Mod(rows[r][k] - (factor * rows[rank][k] % Prime));
                    }
                }
            }

            rank++;
        }

        return rows.Take(rank).Where(r => r.Count(x => x != 0) == 1).Select(r => unknown[Array.FindIndex(r, x => x != 0)]);
    }

    private static long Mod(long x) => ((x % Prime) + Prime) % Prime;

    private static long Power(long b, long e)
    {
        var result = 1L;
        b = Mod(b);
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = result * b % Prime;
            }

            b = b * b % Prime;
            e >>= 1;
        }

        return result;
    }
}
