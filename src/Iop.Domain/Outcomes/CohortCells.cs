using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The cells of one <see cref="CohortSummary"/> as <see cref="SuppressionTable"/> sees them, read from the
/// summary's public figures, and the lines between them. Each line is one arithmetic identity a reader of the
/// report can use; every summary of a report has the same layout, so cell <c>j</c> of one summary lines up
/// with cell <c>j</c> of another (the dimension lines: overall = sum of the levels = sum of the groups).
/// </summary>
/// <remarks>
/// <para>Lines within a summary: episodes = open + discharged; discharged = the seven TEDS reasons + those
/// without one; every rate's total = its count + the rest; the episodes with a baseline contain the measured,
/// the eligible and the RCI-evaluated ones; the RCI categories partition the evaluated ones (improved = recovered
/// + improved only); the follow-up windows split the discharged, initiation and engagement the episodes; each
/// retention estimate splits the episodes into those still in treatment and those gone.</para>
/// <para>Optional lines, added when every summary of the report allows them (the counts fit): the measured
/// contain the eligible and the evaluated, the short follow-up window knows everyone the long one knows, the
/// responders contain the remitters (PHQ-9: a baseline above 9 and a score below 5 is a 50 % fall), and the
/// initiated contain those whose engagement is known. Adding a line that does not hold only withholds more.</para>
/// </remarks>
internal sealed class CohortCells
{
    /// <summary>The rates of a summary, in the order of <see cref="Rates"/>.</summary>
    public static readonly string[] RateNames =
    [
        nameof(CohortSummary.CompletionRate), nameof(CohortSummary.MeasurementBasedCareCoverage), nameof(CohortSummary.ResponseRate),
        nameof(CohortSummary.RemissionRate), nameof(CohortSummary.ReliableImprovementRate), nameof(CohortSummary.RecoveryRate),
        nameof(CohortSummary.DeteriorationRate), nameof(CohortSummary.SteppedDownRate), nameof(CohortSummary.SteppedUpRate),
        nameof(CohortSummary.FollowUpShortRate), nameof(CohortSummary.FollowUpLongRate), nameof(CohortSummary.InitiationRate),
        nameof(CohortSummary.EngagementRate),
    ];

    private readonly SuppressionTable table;
    private readonly long minimumCellSize;

    private CohortCells(SuppressionTable table, long minimumCellSize, int first)
    {
        this.table = table;
        this.minimumCellSize = minimumCellSize;
        First = first;
    }

    /// <summary>Gets the index of the summary's first cell.</summary>
    public int First { get; }

    /// <summary>Gets the number of cells of the summary.</summary>
    public int Length { get; private set; }

    public int Episodes { get; private set; }

    public int Open { get; private set; }

    public int Discharged { get; private set; }

    public int WithBaseline { get; private set; }

    public int Sessions { get; private set; }

    public int[] Reasons { get; private set; } = [];

    /// <summary>Gets each rate's count, total and complement cells.</summary>
    public (int Count, int Total, int Complement)[] Rates { get; private set; } = [];

    /// <summary>Gets each retention day's cells: still in treatment (published through the estimate) and gone (hidden).</summary>
    public (int Stayed, int Left)[] Retention { get; private set; } = [];

    /// <summary>Whether a summary's counts allow each optional line.</summary>
    public static bool[] OptionalLines(CohortSummary s) =>
    [
        Count(s.MeasurementBasedCareCoverage) >= Total(s.ResponseRate),
        Count(s.MeasurementBasedCareCoverage) >= Total(s.ReliableImprovementRate),
        Total(s.FollowUpShortRate) >= Total(s.FollowUpLongRate),
        Count(s.ResponseRate) >= Count(s.RemissionRate),
        Count(s.InitiationRate) >= Total(s.EngagementRate),
    ];

    /// <summary>Adds the cells and lines of one summary to the table.</summary>
    public static CohortCells Add(SuppressionTable table, CohortSummary s, IReadOnlyList<int> retentionDays, IReadOnlyList<bool> optional, long minimumCellSize)
    {
        var cells = new CohortCells(table, minimumCellSize, table.Count);
        cells.Build(s, retentionDays, optional);
        return cells;
    }

    private static long Count(Proportion? p) => p?.Count ?? 0;

    private static long Total(Proportion? p) => p?.Total ?? 0;

    private void Build(CohortSummary s, IReadOnlyList<int> retentionDays, IReadOnlyList<bool> optional)
    {
        var e = Episodes = Cell(s.Episodes);
        Open = Cell(s.OpenEpisodes);
        var d = Discharged = Cell(s.DischargedEpisodes);
        table.AddLine(e, Open, d);

        Reasons = [.. Enum.GetValues<TedsDischargeReason>().Select(r => Cell(s.DischargesBy(r)))];
        var withoutReason = Hidden(s.DischargedEpisodes - Reasons.Sum(table.Value));
        table.AddLine(d, [.. Reasons, withoutReason]);

        var b = WithBaseline = Cell(s.EpisodesWithBaseline);
        Within(e, b);
        var measured = Cell(Count(s.MeasurementBasedCareCoverage));
        Within(b, measured);
        var eligible = Cell(Total(s.ResponseRate));
        Within(b, eligible);
        var responders = Cell(Count(s.ResponseRate));
        var remitters = Cell(Count(s.RemissionRate));
        var evaluated = Cell(Total(s.ReliableImprovementRate));
        Within(b, evaluated);
        var improved = Cell(Count(s.ReliableImprovementRate));
        var recovered = Cell(Count(s.RecoveryRate));
        var deteriorated = Cell(Count(s.DeteriorationRate));
        var improvedOnly = Hidden(table.Value(improved) - table.Value(recovered));
        var unchanged = Hidden(table.Value(evaluated) - table.Value(improved) - table.Value(deteriorated));
        table.AddLine(evaluated, recovered, improvedOnly, unchanged, deteriorated);
        table.AddLine(improved, recovered, improvedOnly);
        var steppedDown = Cell(Count(s.SteppedDownRate));
        var steppedUp = Cell(Count(s.SteppedUpRate));
        var shortKnown = Cell(Total(s.FollowUpShortRate));
        Within(d, shortKnown);
        var shortMet = Cell(Count(s.FollowUpShortRate));
        var longKnown = Cell(Total(s.FollowUpLongRate));
        Within(d, longKnown);
        var longMet = Cell(Count(s.FollowUpLongRate));
        var initiationKnown = Cell(Total(s.InitiationRate));
        Within(e, initiationKnown);
        var initiated = Cell(Count(s.InitiationRate));
        var engagementKnown = Cell(Total(s.EngagementRate));
        Within(e, engagementKnown);
        var engaged = Cell(Count(s.EngagementRate));
        Sessions = Cell(s.AttendedSessions);

        (int Count, int Total)[] rates =
        [
            (Reasons[0], d), (measured, e), (responders, eligible), (remitters, eligible), (improved, evaluated), (recovered, evaluated),
            (deteriorated, evaluated), (steppedDown, e), (steppedUp, e), (shortMet, shortKnown), (longMet, longKnown), (initiated, initiationKnown),
            (engaged, engagementKnown),
        ];
        Rates = [.. rates.Select(r => (r.Count, r.Total, Within(r.Total, r.Count)))];

        (int Outer, int Inner)[] optionalLines = [(measured, eligible), (measured, evaluated), (shortKnown, longKnown), (responders, remitters), (initiated, engagementKnown)];
        for (var i = 0; i < optionalLines.Length; i++)
        {
            if (optional[i])
            {
                Within(optionalLines[i].Outer, optionalLines[i].Inner);
            }
        }

        Retention = [.. retentionDays.Select(day => RetentionCells(s, day, e))];
        Length = table.Count - First;
    }

    /// <summary>
    /// The two sides of the retention estimate at a day. Without censoring, episodes × retention is exactly the
    /// number still in treatment; with open episodes the estimate only bounds the counts (the events before the
    /// day number at least episodes × (1 − retention) − open and at most episodes × (1 − retention), the others at
    /// least episodes × retention), so a side is small when its smallest possible count is.
    /// </summary>
    private (int Stayed, int Left) RetentionCells(CohortSummary s, int day, int episodes)
    {
        var retention = s.RetentionAt(day) ?? 1;
        var n = (double)s.Episodes;
        var stayed = (long)Math.Round(n * retention);
        var stayedCell = table.Add(stayed, isHidden: false, isSmall: SmallAtLeast(n * retention));
        var leftCell = table.Add(s.Episodes - stayed, isHidden: true, isSmall: SmallAtLeast((n * (1 - retention)) - s.OpenEpisodes, positive: retention < 1));
        table.AddLine(episodes, stayedCell, leftCell);
        return (stayedCell, leftCell);
    }

    /// <summary>
    /// Whether a count known only to be at least <paramref name="bound"/> could be small: a positive count is at
    /// least 1 and at least the bound rounded up.
    /// </summary>
    private bool SmallAtLeast(double bound, bool? positive = null)
    {
        if (!(positive ?? bound > 1e-9))
        {
            return false;
        }

        return AtLeast(bound) < minimumCellSize;
    }

    /// <summary>The least a positive count known to be at least <paramref name="bound"/> can be: 1, or the bound rounded up.</summary>
    public static double AtLeast(double bound) => Math.Max(1, Math.Ceiling(bound - 1e-9));

    private bool IsSmall(long value) => value >= 1 && value < minimumCellSize;

    private int Cell(long value) => table.Add(value, isHidden: false, IsSmall(value));

    private int Hidden(long value) => table.Add(value, isHidden: true, IsSmall(value));

    /// <summary>Adds the line <paramref name="outer"/> = <paramref name="inner"/> + the rest (a hidden cell) and returns the rest.</summary>
    private int Within(int outer, int inner)
    {
        var rest = Hidden(table.Value(outer) - table.Value(inner));
        table.AddLine(outer, inner, rest);
        return rest;
    }
}
