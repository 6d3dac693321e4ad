namespace Iop.Domain.Outcomes;

/// <summary>
/// The cells of a report and the additive lines that tie them (a total and the parts it is the sum of),
/// and the complementary cell suppression applied to them (<c>OUT-CELL-SMALL</c>, <c>OUT-CELL-COMPLEMENT</c>).
/// </summary>
/// <remarks>
/// <para>A cell is published, withheld because it is small (primary suppression), withheld as a complement
/// (secondary suppression), or hidden: a count the report never publishes but a reader could derive (the
/// discharges without a recorded reason, the episodes that did not respond). Hidden and withheld cells are
/// the unknowns; published cells are known to every reader.</para>
/// <para>Suppression runs to a fixed point of two checks. <b>Per line</b>: when the total is published, the
/// withheld parts together come to the total minus the published parts; that value must be 0 or at least the
/// threshold, and a lone withheld part must not be small. When the total is withheld and every part is
/// published, the total must not be small. A violated line withholds its smallest positive published part
/// (else its total). <b>Across lines</b>: every line is an equation over the unknowns; a small unknown that the
/// system determines exactly (reduced row echelon form: a row with one non-zero coefficient) withholds the
/// smallest published cell of a line through it. Suppression only grows, so the loop ends.</para>
/// <para>Between the two, <b>bounds</b>: counts are never negative, so a total is at least its published parts and
/// a part at most its total less the others' least values; propagated through the lines, a small unknown whose
/// upper bound stays below the threshold is shown to be small, and a published cell near it is withheld.</para>
/// <para>Not thread-safe: one table serves one call.</para>
/// </remarks>
internal sealed class SuppressionTable
{
    private const double Epsilon = 1e-9;

    private readonly List<long> values = [];
    private readonly List<bool> hidden = [];
    private readonly List<bool> small = [];
    private readonly List<int[]> lines = [];
    private CellState[] states = [];

    /// <summary>The state of a cell after <see cref="Solve"/>.</summary>
    public enum CellState
    {
        /// <summary>Published.</summary>
        Published = 1,

        /// <summary>Withheld because its value is small (1 to threshold − 1).</summary>
        Small = 2,

        /// <summary>Withheld because, published, it would let a small cell be recalculated.</summary>
        Complement = 3,

        /// <summary>Never published (a derived count that no figure shows).</summary>
        Hidden = 4,
    }

    /// <summary>Gets the number of cells.</summary>
    public int Count => values.Count;

    /// <summary>Gets the lines: index 0 is the total, the rest its parts.</summary>
    public IReadOnlyList<int[]> Lines => lines;

    /// <summary>Adds a cell and returns its index.</summary>
    /// <param name="value">The true value (used for the sums of a line).</param>
    /// <param name="isHidden">Whether the report never publishes the cell.</param>
    /// <param name="isSmall">Whether the cell is small: a value from 1 to threshold − 1, or a figure whose smallest possible count is.</param>
    public int Add(long value, bool isHidden, bool isSmall)
    {
        values.Add(value);
        hidden.Add(isHidden);
        small.Add(isSmall);
        return values.Count - 1;
    }

    /// <summary>Adds a line: <paramref name="total"/> is the sum of <paramref name="parts"/>.</summary>
    public void AddLine(int total, params ReadOnlySpan<int> parts) => lines.Add([total, .. parts]);

    /// <summary>Gets the value of a cell.</summary>
    public long Value(int cell) => values[cell];

    /// <summary>Gets whether a cell is small.</summary>
    public bool IsSmall(int cell) => small[cell];

    /// <summary>Gets the state of a cell (after <see cref="Solve"/>).</summary>
    public CellState State(int cell) => states[cell];

    /// <summary>Applies primary and complementary suppression with the given threshold.</summary>
    public void Solve(long minimumCellSize)
    {
        states = new CellState[values.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = hidden[i] ? CellState.Hidden : small[i] ? CellState.Small : CellState.Published;
        }

        while (true)
        {
            var changed = false;
            foreach (var line in lines)
            {
                if (ViolatedLine(line, minimumCellSize) is { } pick)
                {
                    states[pick] = CellState.Complement;
                    changed = true;
                }
            }

            if (!changed && BoundedSmallCellWithholding(minimumCellSize) is { } bounded)
            {
                states[bounded] = CellState.Complement;
                changed = true;
            }

            if (!changed && DeterminedSmallCellWithholding() is { } other)
            {
                states[other] = CellState.Complement;
                changed = true;
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private bool Unknown(int cell) => states[cell] != CellState.Published;

    /// <summary>Returns the cell to withhold when the line discloses a small cell or a small sum of withheld parts, or null.</summary>
    private int? ViolatedLine(int[] line, long minimumCellSize)
    {
        var total = line[0];
        var unknownParts = 0;
        var lastUnknown = -1;
        var publishedSum = 0L;
        for (var i = 1; i < line.Length; i++)
        {
            if (Unknown(line[i]))
            {
                unknownParts++;
                lastUnknown = line[i];
            }
            else
            {
                publishedSum += values[line[i]];
            }
        }

        bool violated;
        if (!Unknown(total))
        {
            // A reader computes total − published parts: the withheld parts together.
            var derived = values[total] - publishedSum;
            violated = unknownParts > 0 && ((unknownParts == 1 && small[lastUnknown]) || (derived >= 1 && derived < minimumCellSize));
        }
        else
        {
            // Every part published: the total is their sum.
            violated = unknownParts == 0 && small[total];
        }

        return violated ? Pick(line) : null;
    }

    /// <summary>The cell of a line to withhold: its smallest positive published part, else its published total, else any published part.</summary>
    private int? Pick(int[] line)
    {
        int? best = null;
        for (var i = 1; i < line.Length; i++)
        {
            var cell = line[i];
            if (!Unknown(cell) && values[cell] > 0 && (best is not { } b || values[cell] < values[b]))
            {
                best = cell;
            }
        }

        if (best is not null)
        {
            return best;
        }

        if (!Unknown(line[0]))
        {
            return line[0];
        }

        for (var i = 1; i < line.Length; i++)
        {
            if (!Unknown(line[i]))
            {
                return line[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Bounds every unknown cell by the published ones (counts are never negative; a total is at least its
    /// known parts, a part at most its total less the others) and returns a published cell to withhold when a
    /// small unknown is shown to be below the threshold, or null when none is.
    /// </summary>
    private int? BoundedSmallCellWithholding(long minimumCellSize)
    {
        var high = Bounds().High;
        for (var cell = 0; cell < values.Count; cell++)
        {
            if (Unknown(cell) && small[cell] && high[cell] < minimumCellSize && PickNear(cell, minimumCellSize) is { } pick)
            {
                return pick;
            }
        }

        return null;
    }

    /// <summary>Interval bounds of every cell, propagated through the lines until they stop moving (at most 100 passes).</summary>
    internal (double[] Low, double[] High) Bounds()
    {
        var low = new double[values.Count];
        var high = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            (low[i], high[i]) = Unknown(i) ? (0d, double.PositiveInfinity) : ((double)values[i], (double)values[i]);
        }

        for (var pass = 0; pass < 100; pass++)
        {
            var moved = false;
            foreach (var line in lines)
            {
                var total = line[0];
                double partsLow = 0, partsHigh = 0;
                for (var i = 1; i < line.Length; i++)
                {
                    partsLow += low[line[i]];
                    partsHigh += high[line[i]];
                }

                moved |= Raise(low, total, partsLow) | Lower(high, total, partsHigh);
                for (var i = 1; i < line.Length; i++)
                {
                    var part = line[i];
                    moved |= Raise(low, part, low[total] - OthersSum(line, part, high));
                    moved |= Lower(high, part, high[total] - OthersSum(line, part, low));
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return (low, high);

        static bool Raise(double[] bound, int cell, double value)
        {
            if (value > bound[cell] + Epsilon)
            {
                bound[cell] = value;
                return true;
            }

            return false;
        }

        static bool Lower(double[] bound, int cell, double value)
        {
            if (value < bound[cell] - Epsilon)
            {
                bound[cell] = value;
                return true;
            }

            return false;
        }

        static double OthersSum(int[] line, int part, double[] bound)
        {
            double sum = 0;
            for (var i = 1; i < line.Length; i++)
            {
                if (line[i] != part)
                {
                    sum += bound[line[i]];
                }
            }

            return sum;
        }
    }

    /// <summary>
    /// The published cell to withhold so that <paramref name="cell"/> is no longer bounded below the threshold:
    /// among the published cells on the lines reached from it through unknown cells (three steps: its line, a
    /// partner's line, that partner's partner's line, which is how a group beside the overall pins a cell), the
    /// smallest whose withholding lifts the bound to the threshold; else the one that lifts it most.
    /// </summary>
    private int? PickNear(int cell, long minimumCellSize)
    {
        var reached = new HashSet<int> { cell };
        var frontier = new List<int> { cell };
        var candidates = new HashSet<int>();
        for (var step = 0; step < 3 && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var line in lines)
            {
                if (!frontier.Exists(f => Array.IndexOf(line, f) >= 0))
                {
                    continue;
                }

                foreach (var member in line)
                {
                    if (!Unknown(member))
                    {
                        candidates.Add(member);
                    }
                    else if (reached.Add(member))
                    {
                        next.Add(member);
                    }
                }
            }

            frontier = next;
        }

        int? best = null;
        var bestHigh = double.NegativeInfinity;
        foreach (var candidate in candidates.Where(c => values[c] > 0).OrderBy(c => values[c]).ThenBy(c => c))
        {
            states[candidate] = CellState.Complement;
            var high = Bounds().High[cell];
            states[candidate] = CellState.Published;
            if (high >= minimumCellSize)
            {
                return candidate;
            }

            if (high > bestHigh + Epsilon)
            {
                (best, bestHigh) = (candidate, high);
            }
        }

        return best ?? PickAcrossLines(cell);
    }

    /// <summary>
    /// Solves the lines as equations over the unknown cells and returns a published cell to withhold when a
    /// small unknown is determined exactly, or null when none is.
    /// </summary>
    private int? DeterminedSmallCellWithholding()
    {
        var column = new int[values.Count];
        var unknowns = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            column[i] = -1;
            if (Unknown(i))
            {
                column[i] = unknowns.Count;
                unknowns.Add(i);
            }
        }

        if (unknowns.Count == 0 || !unknowns.Exists(u => small[u]))
        {
            return null;
        }

        var rows = new List<double[]>();
        foreach (var line in lines)
        {
            double[]? row = null;
            for (var i = 0; i < line.Length; i++)
            {
                if (column[line[i]] is var c and >= 0)
                {
                    row ??= new double[unknowns.Count];
                    row[c] += i == 0 ? 1 : -1;
                }
            }

            if (row is not null)
            {
                rows.Add(row);
            }
        }

        foreach (var determined in DeterminedColumns(rows, unknowns.Count))
        {
            var cell = unknowns[determined];
            if (small[cell] && PickAcrossLines(cell) is { } pick)
            {
                return pick;
            }
        }

        return null;
    }

    /// <summary>
    /// The published cell of smallest value among the lines through <paramref name="cell"/>, preferring positive
    /// values; when those lines have none left (other lines may still pin the cell down), the same among every
    /// line that holds a withheld cell.
    /// </summary>
    private int? PickAcrossLines(int cell) =>
        PickAmong(line => Array.IndexOf(line, cell) >= 0) ?? PickAmong(line => Array.Exists(line, Unknown));

    private int? PickAmong(Predicate<int[]> includes)
    {
        int? best = null;
        foreach (var line in lines)
        {
            if (!includes(line))
            {
                continue;
            }

            foreach (var member in line)
            {
                if (!Unknown(member) && (best is not { } b || Better(member, b)))
                {
                    best = member;
                }
            }
        }

        return best;

        bool Better(int candidate, int current) =>
            (values[candidate] > 0, values[current] > 0) switch
            {
                (true, false) => true,
                (false, true) => false,
                _ => values[candidate] < values[current],
            };
    }

    /// <summary>Reduces the rows to reduced row echelon form and returns the columns fixed by a row with a single non-zero entry.</summary>
    private static IEnumerable<int> DeterminedColumns(List<double[]> rows, int columns)
    {
        var pivotRow = 0;
        for (var c = 0; c < columns && pivotRow < rows.Count; c++)
        {
            var best = pivotRow;
            for (var r = pivotRow + 1; r < rows.Count; r++)
            {
                if (Math.Abs(rows[r][c]) > Math.Abs(rows[best][c]))
                {
                    best = r;
                }
            }

            if (Math.Abs(rows[best][c]) < Epsilon)
            {
                continue;
            }

            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow];
            var scale = pivot[c];
            for (var k = c; k < columns; k++)
            {
                pivot[k] /= scale;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var factor = rows[r][c];
                if (r == pivotRow || Math.Abs(factor) < Epsilon)
                {
                    continue;
                }

                var row = rows[r];
                for (var k = c; k < columns; k++)
                {
                    row[k] -= factor * pivot[k];
                }
            }

            pivotRow++;
        }

        for (var r = 0; r < pivotRow; r++)
        {
            var row = rows[r];
            var nonZero = -1;
            var count = 0;
            for (var k = 0; k < columns && count < 2; k++)
            {
                if (Math.Abs(row[k]) > Epsilon)
                {
                    nonZero = k;
                    count++;
                }
            }

            if (count == 1)
            {
                yield return nonZero;
            }
        }
    }
}
