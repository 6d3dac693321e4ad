using System.Globalization;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// How often an <see cref="Intervention"/> is planned: a number of sessions per week and the minutes of
/// each session. The planned weekly time is their product (<see cref="WeeklyDuration"/>).
/// </summary>
/// <remarks>
/// <para>Sessions per week are a whole number, at least 0; 0 means "less often than weekly or as needed"
/// and adds nothing to the planned weekly hours. Minutes per session are at least 1, and one week cannot
/// hold more than its 10,080 minutes.</para>
/// <para>Equality compares both numbers. The <see langword="default"/> value (0 sessions of 0 minutes) is
/// invalid and rejected by <see cref="Intervention"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct InterventionFrequency
{
    private const int MinutesInAWeek = 7 * 24 * 60;

    /// <summary>Creates a frequency.</summary>
    /// <param name="sessionsPerWeek">Sessions per week, at least 0.</param>
    /// <param name="minutesPerSession">Minutes per session, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessionsPerWeek"/> is negative,
    /// <paramref name="minutesPerSession"/> is below 1, or together they exceed the 10,080 minutes of a week
    /// (reported for <paramref name="sessionsPerWeek"/>).</exception>
    public InterventionFrequency(int sessionsPerWeek, int minutesPerSession)
    {
        Guard.Against.BelowMinimum(sessionsPerWeek, 0);
        Guard.Against.BelowMinimum(minutesPerSession, 1);
        if ((long)sessionsPerWeek * minutesPerSession > MinutesInAWeek)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sessionsPerWeek),
                string.Create(CultureInfo.InvariantCulture, $"Sessions per week times minutes per session must not exceed the {MinutesInAWeek} minutes of a week."));
        }

        SessionsPerWeek = sessionsPerWeek;
        MinutesPerSession = minutesPerSession;
    }

    /// <summary>Gets the planned sessions per week (at least 0).</summary>
    public int SessionsPerWeek { get; }

    /// <summary>Gets the planned minutes per session (at least 1).</summary>
    public int MinutesPerSession { get; }

    /// <summary>Gets the planned time per week: sessions per week times minutes per session.</summary>
    public Duration WeeklyDuration => Duration.FromMinutes((long)SessionsPerWeek * MinutesPerSession);

    /// <summary>Formats the frequency, for example <c>3 × 180 min/week</c>.</summary>
    /// <returns>The frequency in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SessionsPerWeek} × {MinutesPerSession} min/week");
}
