using System.Globalization;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// An upper bound on hours, inclusive ("at most 19 h/week", as DC and a Medicare contractor write it) or
/// exclusive ("fewer than 9 h/week", as the ASAM hour bands write it). Sources phrase their ceilings
/// both ways, so the bound keeps the source's wording instead of approximating it.
/// </summary>
/// <remarks>
/// <para>Equality compares <see cref="Hours"/> and <see cref="IsInclusive"/>.</para>
/// <para>The <see langword="default"/> value (also <c>new HoursCeiling()</c>) is invalid: it would be "below zero hours",
/// which every week exceeds. The library never returns it, <see cref="IntensityStandard.MaximumWeeklyHours"/> refuses it
/// with an <see cref="ArgumentException"/>, and <see cref="IsExceededBy"/> throws <see cref="InvalidOperationException"/>
/// for it; <c>ToString()</c> (<c>none (default)</c>), equality and hashing accept it. This type is an immutable value type
/// and is thread-safe.</para>
/// </remarks>
public readonly record struct HoursCeiling
{
    private HoursCeiling(Duration hours, bool isInclusive)
    {
        Hours = hours;
        IsInclusive = isInclusive;
    }

    /// <summary>Gets the bound.</summary>
    public Duration Hours { get; }

    /// <summary>Gets a value indicating whether <see cref="Hours"/> itself is allowed ("at most") or not ("below").</summary>
    public bool IsInclusive { get; }

    /// <summary>Creates an inclusive ceiling: <paramref name="hours"/> itself is allowed.</summary>
    /// <param name="hours">The most hours allowed.</param>
    /// <returns>The ceiling.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is not positive.</exception>
    public static HoursCeiling AtMost(Duration hours) => new(Positive(hours), isInclusive: true);

    /// <summary>Creates an exclusive ceiling: anything below <paramref name="hours"/> is allowed.</summary>
    /// <param name="hours">The first number of hours that is too many.</param>
    /// <returns>The ceiling.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is not positive.</exception>
    public static HoursCeiling Below(Duration hours) => new(Positive(hours), isInclusive: false);

    /// <summary>Returns whether <paramref name="hours"/> is above this ceiling.</summary>
    /// <param name="hours">The hours delivered or planned.</param>
    /// <returns><see langword="true"/> when the hours are too many.</returns>
    /// <exception cref="InvalidOperationException">This is the invalid <see langword="default"/> value; make a ceiling with
    /// <see cref="AtMost"/> or <see cref="Below"/>.</exception>
    public bool IsExceededBy(Duration hours)
    {
        if (Hours <= Duration.Zero)
        {
            throw new InvalidOperationException("The default ceiling is invalid; make one with HoursCeiling.AtMost or HoursCeiling.Below.");
        }

        return IsInclusive ? hours > Hours : hours >= Hours;
    }

    /// <summary>Formats the ceiling, for example <c>at most 19 h</c> or <c>below 9 h</c>.</summary>
    /// <returns>The ceiling in words; <c>none (default)</c> for the invalid <see langword="default"/> value.</returns>
    public override string ToString() => Hours <= Duration.Zero ? "none (default)" :
        $"{(IsInclusive ? "at most" : "below")} {Hours.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h";

    private static Duration Positive(Duration hours, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(hours))] string? paramName = null)
    {
        if (hours <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, "The hours must be positive.");
        }

        return hours;
    }
}
