using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// The library's one day-counting convention for lengths of stay and days at a level: calendar days
/// counted inclusively, so a person admitted and discharged on the same day stayed 1 day, and a level
/// started on Monday has been held 7 days on Sunday.
/// </summary>
/// <remarks>
/// <para>Programme length, transition reviews and episode outcomes all count days with this type, so a
/// 30-day programme-length limit, a review after 30 days at a level and an episode's 30-day length of stay
/// agree. The inclusive count matches TEDS-D's length-of-stay variable, whose smallest value is 1 day,
/// and the "30 to 60 days" programme lengths of state rules (22-A DCMR §6329.2), which count the first day.</para>
/// <para>Windows that run from an event (follow-up within 7 days after discharge) are offsets, not lengths,
/// and are documented where they are used.</para>
/// </remarks>
public static class LengthOfStay
{
    /// <summary>Counts the days from <paramref name="first"/> through <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day (admission, or the day the level started).</param>
    /// <param name="last">The last day counted (discharge, or the as-of date of a review); not before <paramref name="first"/>.</param>
    /// <returns>The number of calendar days, at least 1.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> or <paramref name="last"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static int Days(LocalDate first, LocalDate last)
    {
        Guard.Against.UnsupportedDate(first);
        Guard.Against.UnsupportedDate(last);
        return DaysOfDayNumbers(DayNumber(first), DayNumber(Guard.Against.EndBeforeStart(last, first)));
    }

    /// <summary>
    /// The same count over day numbers (<see cref="DayNumber"/>), for the cohort fold, which reads each date
    /// once and then counts in integers; the caller has checked that <paramref name="last"/> is not before
    /// <paramref name="first"/>.
    /// </summary>
    internal static int DaysOfDayNumbers(int first, int last) => unchecked(last - first + 1); // day numbers of supported dates (decision 0089)

    /// <summary>
    /// The day number of a date (days since 0001-01-01 in the ISO calendar, as <see cref="DateOnly.DayNumber"/>):
    /// differences of day numbers are <see cref="Period.DaysBetween"/>, at a fraction of its cost, and
    /// whole-day windows become integer additions instead of <see cref="LocalDate.PlusDays"/>.
    /// </summary>
    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
