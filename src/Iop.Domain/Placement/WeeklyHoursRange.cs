using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>The range of weekly hours placement accepts (a week has 168 hours), checked in one place.</summary>
internal static class WeeklyHoursRange
{
    /// <summary>The most hours a week has.</summary>
    public static Duration Week { get; } = Duration.FromHours(168);

    /// <summary>Refuses hours outside [0, 168]; the message states the range, never the value.</summary>
    public static Duration Check(Duration value, string paramName) =>
        value < Duration.Zero || value > Week
            ? throw new ArgumentOutOfRangeException(paramName, "Value must be in [0, 168] hours (the hours in a week).")
            : value;
}
