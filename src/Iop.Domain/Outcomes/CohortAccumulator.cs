using System.Runtime.CompilerServices;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The private, mutable one-pass fold behind <see cref="CohortMetrics"/>: it counts each episode by its kind
/// (<see cref="EpisodeKind"/>, decision 0089) and adds it to the per-day Kaplan–Meier table
/// (<see cref="RetentionTable"/>). Never exposed; <see cref="ToSummary"/> turns the kinds into named counts
/// (<see cref="CohortCounts"/>) and hands them with the table to an immutable <see cref="CohortSummary"/>, after
/// which the accumulator is not used again.
/// </summary>
internal sealed class CohortAccumulator
{
    private readonly CohortCriteria criteria;
    private readonly LocalDate asOf;
    private readonly int asOfDay;
    private readonly EpisodeCriteria windows;
    private readonly ChangeCriteria change;
    private readonly RetentionTable retention;
    private readonly long[] byDisposition = new long[EpisodeKind.Dispositions];
    private readonly long[] byWindows = new long[EpisodeKind.Windows];
    private readonly long[] byChange = new long[EpisodeKind.Changes];
    private long attendedSessions;
    private int readAhead;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public CohortAccumulator(CohortCriteria criteria, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        this.criteria = criteria;
        this.asOf = asOf;
        asOfDay = Continuum.LengthOfStay.DayNumber(asOf);
        windows = criteria.Windows;
        change = criteria.Change;
        retention = new RetentionTable(criteria.HorizonDays);
    }

    /// <summary>The number of episode objects read ahead at a time by <see cref="ReadAhead{TKey}"/>.</summary>
    public const int ReadAheadBlock = 16;

    /// <summary>Cuts <paramref name="episodes"/> into blocks of <see cref="ReadAheadBlock"/>, each read ahead by <see cref="ReadAhead{TKey}"/> as it is reached.</summary>
    public EpisodeBlocks<TKey> InBlocks<TKey>(ReadOnlySpan<Episode<TKey>> episodes, string paramName)
        where TKey : notnull =>
        new(this, episodes, paramName);

    /// <summary>
    /// Reads a block of episode objects (at most <see cref="ReadAheadBlock"/>) before they are added, checking
    /// that none is null: episodes lie wherever the caller allocated them, and reading them one by one inside
    /// the fold stalls on each one's memory, where reading the block first lets those loads overlap
    /// (decision 0086). Two loops: the objects' fields first, then their first scores, whose arrays the objects
    /// point to, so that those loads overlap too. The value read is kept only so that the reads cannot be left out.
    /// </summary>
    /// <exception cref="ArgumentNullException">An episode of <paramref name="block"/> is null (named <paramref name="paramName"/>).</exception>
    public void ReadAhead<TKey>(ReadOnlySpan<Episode<TKey>> block, string paramName)
        where TKey : notnull
    {
        foreach (var episode in block)
        {
            Guard.Against.Null(episode, paramName);
            readAhead ^= episode.ReadAheadFields();
        }

        foreach (var episode in block)
        {
            readAhead ^= episode.ReadAheadScores();
        }
    }

    /// <summary>Adds one episode object (the object path).</summary>
    public void Add<TKey>(Episode<TKey> episode)
        where TKey : notnull =>
        Add(Tally(episode));

    /// <summary>Adds one episode (the columnar path).</summary>
    public void Add(in EpisodeRecord episode) => Add(Tally(episode));

    /// <summary>Computes what one episode object adds, to be added to this accumulator or to others of the same criteria and report date.</summary>
    public EpisodeTally Tally<TKey>(Episode<TKey> episode)
        where TKey : notnull =>
        Tally(episode.ToRecord(change.Instrument));

    /// <summary>
    /// Computes what one episode adds, as of the report date: the one per-episode kernel of the object and the
    /// columnar paths, computed once per episode whatever the number of summaries it is added to.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public EpisodeTally Tally(in EpisodeRecord episode) => new()
    {
        Facts = EpisodeFacts.Compute(episode, windows, asOfDay),
        DischargeReason = episode.DischargeReason,
        AttendedSessions = episode.AttendedSessions,
        Change = ChangeCore.Compute(episode.Scores, episode.Admission, change), // none without scores
    };

    /// <summary>
    /// Adds one episode's tally: one episode more of each of its three kinds, its sessions, and its stay to the
    /// retention table (OUT-KM-RETENTION: an event, or censored while open). The arithmetic is unchecked
    /// (decision 0089): kinds are below <see cref="EpisodeKind.Changes"/> and a count of episodes or sessions
    /// cannot reach 2⁶³.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public void Add(in EpisodeTally tally)
    {
        unchecked
        {
            var facts = tally.Facts;
            byDisposition[EpisodeKind.DispositionOf(facts, tally.DischargeReason)]++;
            byWindows[EpisodeKind.WindowsOf(facts)]++;
            byChange[EpisodeKind.ChangeOf(tally.Change)]++;
            attendedSessions += tally.AttendedSessions;
            retention.Add(facts.LengthOfStay, facts.Discharged);
        }
    }

    /// <summary>Returns the immutable summary of the episodes added.</summary>
    public CohortSummary ToSummary()
    {
        var counts = new CohortCounts { AttendedSessions = attendedSessions };
        EpisodeKind.AddTo(ref counts, byDisposition, byWindows, byChange);
        return new(criteria, asOf, counts, retention);
    }
}
