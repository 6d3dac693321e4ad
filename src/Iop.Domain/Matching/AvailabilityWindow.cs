using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// A time of the week a person can attend treatment: a day and a start and end time on that day.
/// </summary>
/// <remarks>
/// <para>Both ends are inclusive: a session from 18:00 to 21:00 fits a window from 18:00 to 21:00. A
/// window ending at <see cref="LocalTime.MaxValue"/> runs to the end of the day, so a session ending at
/// midnight fits it. Windows of the same day that overlap or touch are joined when matching.</para>
/// <para>Equality compares day, start and end. The <see langword="default"/> value has
/// <see cref="IsoDayOfWeek.None"/> as its day and is rejected wherever a window is accepted. This type is
/// an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct AvailabilityWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="day">The day of the week, Monday to Sunday.</param>
    /// <param name="start">The earliest time a session may start.</param>
    /// <param name="end">The latest time a session may end.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public AvailabilityWindow(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Day = DaySet.Checked(day);
        Start = start;
        End = Guard.Against.EndBeforeStart(end, start);
    }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the earliest time a session may start.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the latest time a session may end (<see cref="LocalTime.MaxValue"/>: the end of the day).</summary>
    public LocalTime End { get; }

    /// <summary>Formats the window, for example <c>Monday 17:30–22:00</c>.</summary>
    /// <returns>The day, start and end.</returns>
    public override string ToString() =>
        $"{Day} {Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}–{End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";
}
