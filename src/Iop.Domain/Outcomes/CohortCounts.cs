namespace Iop.Domain.Outcomes;

/// <summary>
/// The integer sufficient statistics of a cohort: one named count (or small group of counts) per figure
/// a <see cref="CohortSummary"/> reports, each with the rule it counts for (docs/rules.md, Outcomes).
/// </summary>
/// <remarks>
/// A mutable value filled by <see cref="CohortAccumulator"/> only; a summary keeps a copy that nobody can
/// change. Equality compares every count (generated for the record struct), and <see cref="Plus"/> adds
/// every count, so merged summaries equal the summary of the union.
/// </remarks>
internal record struct CohortCounts
{
    /// <summary>Every episode admitted on or before the report date: the denominator of coverage and of the step rates.</summary>
    public long Episodes;

    /// <summary>Episodes not discharged on the report date, censored there (<c>OUT-KM-RETENTION</c>).</summary>
    public long Open;

    /// <summary>Episodes discharged on or before the report date: the denominator of the completion rate (<c>OUT-TEDS-COMPLETED</c>).</summary>
    public long Discharged;

    /// <summary>Those discharges by TEDS reason; reason 1 is the completion count (<c>OUT-TEDS-COMPLETED</c>).</summary>
    public DischargeReasonCounts DischargesByReason;

    /// <summary>Episodes whose history steps down at least once by the report date.</summary>
    public long SteppedDown;

    /// <summary>Episodes whose history steps up at least once by the report date.</summary>
    public long SteppedUp;

    /// <summary>Follow-up within the short window, among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public KnownOutcomeCount FollowUpShort;

    /// <summary>Follow-up within the long window, among discharges whose window has closed (<c>OUT-FOLLOWUP-WINDOWS</c>).</summary>
    public KnownOutcomeCount FollowUpLong;

    /// <summary>Initiation, among episodes whose initiation window has closed (<c>OUT-IET-INITIATION</c>).</summary>
    public KnownOutcomeCount Initiation;

    /// <summary>Engagement, among episodes whose engagement is known (<c>OUT-IET-ENGAGEMENT</c>).</summary>
    public KnownOutcomeCount Engagement;

    /// <summary>Episodes with a score of the criteria's instrument in the baseline window (<c>OUT-BASELINE-WINDOW</c>).</summary>
    public long WithBaseline;

    /// <summary>Episodes with a baseline and a later score: the numerator of measurement-based-care coverage.</summary>
    public long Measured;

    /// <summary>Response and remission among eligible episodes (<c>OUT-PHQ9-ELEVATED</c>, <c>OUT-PHQ9-RESPONSE</c>, <c>OUT-PHQ9-REMISSION</c>).</summary>
    public ResponseCounts Response;

    /// <summary>Jacobson–Truax categories among episodes with a reliable change index (<c>OUT-RCI</c>, <c>OUT-CSC-CUTOFF</c>).</summary>
    public ReliableChangeCounts ReliableChange;

    /// <summary>Attended sessions, summed over episodes.</summary>
    public long AttendedSessions;

    /// <summary>Returns the counts of both cohorts: every count added.</summary>
    public readonly CohortCounts Plus(in CohortCounts other) => new()
    {
        Episodes = Episodes + other.Episodes,
        Open = Open + other.Open,
        Discharged = Discharged + other.Discharged,
        DischargesByReason = DischargesByReason.Plus(other.DischargesByReason),
        SteppedDown = SteppedDown + other.SteppedDown,
        SteppedUp = SteppedUp + other.SteppedUp,
        FollowUpShort = FollowUpShort.Plus(other.FollowUpShort),
        FollowUpLong = FollowUpLong.Plus(other.FollowUpLong),
        Initiation = Initiation.Plus(other.Initiation),
        Engagement = Engagement.Plus(other.Engagement),
        WithBaseline = WithBaseline + other.WithBaseline,
        Measured = Measured + other.Measured,
        Response = Response.Plus(other.Response),
        ReliableChange = ReliableChange.Plus(other.ReliableChange),
        AttendedSessions = AttendedSessions + other.AttendedSessions,
    };
}
