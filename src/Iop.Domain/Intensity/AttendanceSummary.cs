using Iop.Domain.Continuum;

namespace Iop.Domain.Intensity;

/// <summary>
/// How a person attended over a range: sessions attended, missed and cancelled, the attendance ratio
/// and the longest gap between attended sessions.
/// </summary>
/// <remarks>
/// <para>The ratio is the library's one <see cref="Continuum.AttendanceRatio"/>, attended ÷ (attended +
/// missed): cancelled sessions were taken off the schedule and count against neither side
/// (<c>docs/decisions/0020-session-hours-attribution.md</c>), and transition reviews read the same type.
/// It is <see langword="null"/> when nothing was attended or missed.</para>
/// <para>The longest gap is the most calendar days between two consecutive dates with an attended
/// session (Monday to Thursday is 3); <see langword="null"/> with fewer than two attended sessions and
/// 0 when every attended session fell on one date.</para>
/// <para>Equality compares every property. The <see langword="default"/> value is "no sessions". This
/// type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct AttendanceSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="attended">Sessions attended.</param>
    /// <param name="missed">Sessions missed.</param>
    /// <param name="cancelled">Sessions cancelled.</param>
    /// <param name="longestGapDays">The longest gap between attended sessions in days, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or the gap is negative.</exception>
    public AttendanceSummary(int attended, int missed, int cancelled, int? longestGapDays)
    {
        Attended = Guard.Against.BelowMinimum(attended, 0);
        Missed = Guard.Against.BelowMinimum(missed, 0);
        Cancelled = Guard.Against.BelowMinimum(cancelled, 0);
        LongestGapDays = longestGapDays is { } g ? Guard.Against.BelowMinimum(g, 0, nameof(longestGapDays)) : null;
    }

    /// <summary>Gets the number of sessions attended.</summary>
    public int Attended { get; }

    /// <summary>Gets the number of sessions missed.</summary>
    public int Missed { get; }

    /// <summary>Gets the number of sessions cancelled.</summary>
    public int Cancelled { get; }

    /// <summary>Gets the most calendar days between consecutive attended session dates, or <see langword="null"/> with fewer than two attended sessions.</summary>
    public int? LongestGapDays { get; }

    /// <summary>Gets attended ÷ (attended + missed), or <see langword="null"/> when both are zero.</summary>
    /// <remarks>The sum is taken in 64-bit arithmetic, so the largest counts the constructor accepts give a ratio (and a <c>ToString()</c>) without overflow.</remarks>
    public AttendanceRatio? AttendanceRatio => (long)Attended + Missed == 0 ? null : Continuum.AttendanceRatio.Of(Attended, (long)Attended + Missed);
}
