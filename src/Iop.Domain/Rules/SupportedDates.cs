using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>
/// The clinical dates the library accepts: from 1900-01-01 through 2199-12-31. Every date of service,
/// admission, review or rule-set boundary lies in this range, so date arithmetic inside the library (review
/// clocks, follow-up windows, weeks) never reaches the ends of the calendar.
/// </summary>
/// <remarks>
/// Claims and EHR data often write 9999-12-31 for "no end date". The library's open ends are
/// <see langword="null"/> instead (<c>LocalDate?</c>): a date outside this range is refused with an
/// <see cref="ArgumentOutOfRangeException"/> that names the parameter and says so.
/// </remarks>
public static class SupportedDates
{
    /// <summary>Gets the first supported date, 1900-01-01.</summary>
    public static LocalDate First { get; } = new(1900, 1, 1);

    /// <summary>Gets the last supported date, 2199-12-31.</summary>
    public static LocalDate Last { get; } = new(2199, 12, 31);

    /// <summary>Returns whether <paramref name="date"/> is a supported date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it lies from <see cref="First"/> through <see cref="Last"/>.</returns>
    public static bool Contains(LocalDate date) => date >= First && date <= Last;
}
