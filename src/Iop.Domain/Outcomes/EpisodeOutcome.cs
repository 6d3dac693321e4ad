using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What one episode achieved as of a report date: length of stay, completion, retention, level changes,
/// follow-up, initiation, engagement and symptom change, with the findings of the symptom change.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="EpisodeOutcomes.Evaluate"/>. A value that cannot be known yet is
/// <see langword="null"/>: follow-up of an open episode, or a window that has not closed by the report
/// date.</para>
/// <para>Days of stay are counted by <see cref="Continuum.LengthOfStay.Days"/>: inclusively, the admission
/// date being day 1, so a person admitted and discharged on the same day stayed 1 day.</para>
/// <para><see cref="Findings"/> are those of <see cref="Change"/> (no baseline, not on track); an episode
/// without a series of the criteria's instrument has none.</para>
/// <para>Equality is by value over every property, findings element by element. This type is immutable
/// and thread-safe.</para>
/// </remarks>
public sealed class EpisodeOutcome : IEvaluationResult, IEquatable<EpisodeOutcome>
{
    private static readonly IReadOnlyList<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

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
        Findings = change?.Findings ?? NoFindings;
    }

    /// <summary>
    /// The record of an outcome already evaluated, read back from storage (decision 0073): its public parts as
    /// written, checked for what can be checked (a length of stay of at least one day, no completion while open),
    /// never evaluated again. Its findings are those of its change, as when it was evaluated.
    /// </summary>
    internal static EpisodeOutcome FromRecord(
        int lengthOfStay, bool isCensored, bool isCompleted, bool steppedDown, bool steppedUp, bool? followUpShort, bool? followUpLong,
        bool? initiated, bool? engaged, int attendedSessions, SymptomChange? change)
    {
        Guard.Against.BelowMinimum(lengthOfStay, 1);
        Guard.Against.BelowMinimum(attendedSessions, 0);
        if (isCompleted && isCensored)
        {
            throw new ArgumentException("An open (censored) episode cannot be completed.", nameof(isCompleted));
        }

        var facts = new EpisodeFacts
        {
            LengthOfStay = lengthOfStay,
            Discharged = !isCensored,
            SteppedDown = steppedDown,
            SteppedUp = steppedUp,
            FollowUpShort = followUpShort,
            FollowUpLong = followUpLong,
            Initiated = initiated,
            Engaged = engaged,
        };
        return new(facts, isCompleted ? TedsDischargeReason.TreatmentCompleted : null, attendedSessions, change);
    }

    /// <summary>
    /// Gets the length of stay in days by <see cref="Continuum.LengthOfStay.Days"/>: admission through
    /// discharge, both counted, or admission through the report date while open (censored). At least 1.
    /// </summary>
    public int LengthOfStay { get; }

    /// <summary>Gets a value indicating whether the episode was still open on the report date, so that its length of stay is censored.</summary>
    public bool IsCensored { get; }

    /// <summary>Gets a value indicating whether the episode ended with TEDS reason 1, treatment completed (<c>OUT-TEDS-COMPLETED</c>).</summary>
    public bool IsCompleted { get; }

    /// <summary>Gets a value indicating whether the history records at least one step down on or before the report date.</summary>
    public bool SteppedDown { get; }

    /// <summary>Gets a value indicating whether the history records at least one step up on or before the report date.</summary>
    public bool SteppedUp { get; }

    /// <summary>Gets whether an after-care visit fell within the short window, or <see langword="null"/> while unknown.</summary>
    public bool? FollowUpShort { get; }

    /// <summary>Gets whether an after-care visit fell within the long window, or <see langword="null"/> while unknown.</summary>
    public bool? FollowUpLong { get; }

    /// <summary>Gets whether treatment was initiated within the initiation window, or <see langword="null"/> while the window is open.</summary>
    public bool? Initiated { get; }

    /// <summary>Gets whether treatment was engaged after initiation, or <see langword="null"/> while unknown.</summary>
    public bool? Engaged { get; }

    /// <summary>Gets the number of sessions attended.</summary>
    public int AttendedSessions { get; }

    /// <summary>Gets the change in the criteria's instrument, or <see langword="null"/> when the episode has no series for it.</summary>
    public SymptomChange? Change { get; }

    /// <summary>Gets the findings of <see cref="Change"/>, in the canonical order; empty without a series.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two outcomes by value.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EpisodeOutcome? left, EpisodeOutcome? right) => Equals(left, right);

    /// <summary>Compares two outcomes by value.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EpisodeOutcome? left, EpisodeOutcome? right) => !Equals(left, right);

    /// <summary>
    /// Returns whether the person was still in treatment on the <paramref name="day"/>-th day of stay, the
    /// admission date being day 1 (<see cref="Continuum.LengthOfStay"/>): whether the length of stay is at
    /// least <paramref name="day"/>.
    /// </summary>
    /// <param name="day">The day of stay; at least 1.</param>
    /// <returns><see langword="true"/> when the stay reached the day; <see langword="false"/> when discharged before it; <see langword="null"/> when still open and the day is after the report date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is below 1.</exception>
    public bool? RetainedAt(int day)
    {
        Guard.Against.BelowMinimum(day, 1);
        return LengthOfStay >= day ? true : IsCensored ? null : false;
    }

    /// <inheritdoc/>
    public bool Equals(EpisodeOutcome? other) =>
        other is not null
        && LengthOfStay == other.LengthOfStay
        && IsCensored == other.IsCensored
        && IsCompleted == other.IsCompleted
        && SteppedDown == other.SteppedDown
        && SteppedUp == other.SteppedUp
        && FollowUpShort == other.FollowUpShort
        && FollowUpLong == other.FollowUpLong
        && Initiated == other.Initiated
        && Engaged == other.Engaged
        && AttendedSessions == other.AttendedSessions
        && Equals(Change, other.Change)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EpisodeOutcome);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(LengthOfStay, IsCensored, IsCompleted, SteppedDown, SteppedUp, FollowUpShort, FollowUpLong, Initiated),
            HashCode.Combine(Engaged, AttendedSessions, Change, Findings.Count));

    /// <summary>Describes the outcome without dates or keys.</summary>
    /// <returns>For example <c>Episode outcome (42 days, completed)</c>.</returns>
    public override string ToString() =>
        $"Episode outcome ({LengthOfStay} day{(LengthOfStay == 1 ? string.Empty : "s")}, {(IsCensored ? "open" : IsCompleted ? "completed" : "not completed")})";
}
