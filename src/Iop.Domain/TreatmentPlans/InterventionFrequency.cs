using System.Globalization;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// How often an <see cref="Intervention"/> is planned: a number of sessions per week and the length of
/// each session as a NodaTime <see cref="Duration"/>. The planned weekly time is their product
/// (<see cref="WeeklyDuration"/>).
/// </summary>
/// <remarks>
/// <para>Sessions per week are a whole number, at least 0; 0 means "less often than weekly or as needed"
/// and adds nothing to the planned weekly hours. A session lasts more than zero and at most one day (as an
/// <see cref="Intensity.Session"/> does), and one week cannot hold more than its seven days of sessions.
/// Planned time is a <see cref="Duration"/>, like every hour count in the library, so a planned frequency
/// compares with an intensity standard's weekly hours without conversion.</para>
/// <para>Equality compares both parts. The <see langword="default"/> value (0 sessions of zero length) is
/// invalid and rejected by <see cref="Intervention"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct InterventionFrequency
{
    private static readonly Duration OneWeek = Duration.FromDays(7);

    /// <summary>Creates a frequency.</summary>
    /// <param name="sessionsPerWeek">Sessions per week, at least 0.</param>
    /// <param name="sessionLength">The length of each session: more than zero and at most one day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessionsPerWeek"/> is negative,
    /// <paramref name="sessionLength"/> is zero, negative or longer than one day, or together they exceed the
    /// seven days of a week (reported for <paramref name="sessionsPerWeek"/>).</exception>
    public InterventionFrequency(int sessionsPerWeek, Duration sessionLength)
    {
        Guard.Against.BelowMinimum(sessionsPerWeek, 0);
        if (sessionLength <= Duration.Zero || sessionLength > Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(sessionLength), "The session length must be more than zero and at most one day.");
        }

        if ((Int128)sessionsPerWeek * sessionLength.ToInt64Nanoseconds() > OneWeek.ToInt64Nanoseconds())
        {
            throw new ArgumentOutOfRangeException(nameof(sessionsPerWeek), "Sessions per week times the session length must not exceed the seven days of a week.");
        }

        SessionsPerWeek = sessionsPerWeek;
        SessionLength = sessionLength;
    }

    /// <summary>Gets the planned sessions per week (at least 0).</summary>
    public int SessionsPerWeek { get; }

    /// <summary>Gets the planned length of each session (more than zero, at most one day).</summary>
    public Duration SessionLength { get; }

    /// <summary>Gets the planned time per week: sessions per week times the session length.</summary>
    public Duration WeeklyDuration => SessionLength * SessionsPerWeek;

    /// <summary>Formats the frequency, for example <c>3 × 180 min/week</c>.</summary>
    /// <returns>The frequency in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SessionsPerWeek} × {SessionLength.TotalMinutes:0.##} min/week");
}
