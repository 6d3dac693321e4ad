namespace Iop.Domain.Intensity;

/// <summary>Whether the person attended a <see cref="Session"/>. <c>0</c> is not a member.</summary>
/// <remarks>
/// A missed session was on the person's schedule and counts toward scheduled hours and against the
/// attendance ratio; a cancelled session was taken off the schedule in advance and counts toward
/// neither (see <c>docs/decisions/0020-session-hours-attribution.md</c>).
/// </remarks>
public enum Attendance
{
    /// <summary>The person attended the session.</summary>
    Attended = 1,

    /// <summary>The session stayed on the schedule and the person did not attend (a no-show or late cancellation).</summary>
    Missed = 2,

    /// <summary>The session was cancelled in advance, by the person or the programme.</summary>
    Cancelled = 3,
}
