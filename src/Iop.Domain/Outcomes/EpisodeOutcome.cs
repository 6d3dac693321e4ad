using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What one episode achieved as of a report date: length of stay, completion, retention, level changes,
/// follow-up, initiation, engagement and symptom change.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="EpisodeOutcomes.Evaluate"/>. A value that cannot be known yet is
/// <see langword="null"/>: follow-up of an open episode, or a window that has not closed by the report
/// date.</para>
/// <para>Equality is by reference. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EpisodeOutcome
{
    internal EpisodeOutcome(EpisodeFacts facts, TedsDischargeReason? reason, int attendedSessions, SymptomChange? change)
    {
        LengthOfStay = facts.LengthOfStay;
        IsCensored = !facts.Discharged;
        IsCompleted = facts.Discharged && reason == TedsDischargeReason.TreatmentCompleted;
        SteppedDown = facts.SteppedDown;
        SteppedUp = facts.SteppedUp;
        FollowUpShort = facts.FollowUpShort;
        FollowUpLong = facts.FollowUpLong;
        Initiated = facts.Initiated;
        Engaged = facts.Engaged;
        AttendedSessions = attendedSessions;
        Change = change;
    }

    /// <summary>Gets the length of stay in days: discharge − admission, or report date − admission while open (censored).</summary>
    public int LengthOfStay { get; }

    /// <summary>Gets a value indicating whether the episode was still open on the report date, so that its length of stay is censored.</summary>
    public bool IsCensored { get; }

    /// <summary>Gets a value indicating whether the episode ended with TEDS reason 1, treatment completed (<c>OUT-TEDS-COMPLETED</c>).</summary>
    public bool IsCompleted { get; }

    /// <summary>Gets a value indicating whether the episode moved at least once to a less intensive level.</summary>
    public bool SteppedDown { get; }

    /// <summary>Gets a value indicating whether the episode moved at least once to a more intensive level.</summary>
    public bool SteppedUp { get; }

    /// <summary>Gets whether an after-care visit fell within the short window, or <see langword="null"/> while unknown.</summary>
    public bool? FollowUpShort { get; }

    /// <summary>Gets whether an after-care visit fell within the long window, or <see langword="null"/> while unknown.</summary>
    public bool? FollowUpLong { get; }

    /// <summary>Gets whether treatment was initiated within the initiation window, or <see langword="null"/> while the window is open.</summary>
    public bool? Initiated { get; }

    /// <summary>Gets whether treatment was engaged after initiation, or <see langword="null"/> while unknown or not initiated.</summary>
    public bool? Engaged { get; }

    /// <summary>Gets the number of sessions attended.</summary>
    public int AttendedSessions { get; }

    /// <summary>Gets the change in the criteria's instrument, or <see langword="null"/> when the episode has no series for it.</summary>
    public SymptomChange? Change { get; }

    /// <summary>Returns whether the person was still in treatment on day <paramref name="day"/> (admission = day 0).</summary>
    /// <param name="day">The day; at least 0.</param>
    /// <returns><see langword="true"/> when the stay reached the day; <see langword="false"/> when discharged before it; <see langword="null"/> when still open and the day is after the report date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is negative.</exception>
    public bool? RetainedAt(int day)
    {
        Guard.Against.BelowMinimum(day, 0);
        return LengthOfStay >= day ? true : IsCensored ? null : false;
    }

    /// <summary>Describes the outcome without dates or keys.</summary>
    /// <returns>For example <c>Episode outcome (42 days, completed)</c>.</returns>
    public override string ToString() =>
        $"Episode outcome ({LengthOfStay} days, {(IsCensored ? "open" : IsCompleted ? "completed" : "not completed")})";
}
