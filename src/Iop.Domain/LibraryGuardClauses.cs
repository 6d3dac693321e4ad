using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Iop.Domain;

/// <summary>
/// The library's own clauses on <see cref="IGuardClause"/>, for the checks Ardalis.GuardClauses lacks or
/// words differently: inclusive ranges that refuse NaN, finite numbers, defined enum members, ordered pairs, and
/// collections without null elements. Every message names the allowed range or rule and never the
/// caller's value, so no caller-supplied text or identifier can reach an exception message; the
/// package's own clauses are called with the library's message wherever their default would differ.
/// </summary>
/// <remarks>
/// Call them as <c>Guard.Against.OutsideRange(value, min, max)</c>. The parameter name is taken from the
/// argument expression; pass it explicitly when the checked value is not the parameter itself.
/// </remarks>
internal static class LibraryGuardClauses
{
    /// <summary>The longest date period or day count a setting accepts: 3,660 days, about 10 years (a sanity bound, not a clinical one).</summary>
    internal const int MaxPeriodDays = 3660;

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] (NaN is refused).</summary>
    public static T OutsideRange<T>(this IGuardClause guardClause, T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumber<T>
    {
        if (T.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(paramName, RangeMessage(min, max));
        }

        return guardClause.OutOfRange(value, paramName!, min, max, RangeMessage(min, max));
    }

    /// <summary>Throws unless <paramref name="value"/> is at least <paramref name="min"/> (NaN is refused).</summary>
    public static T BelowMinimum<T>(this IGuardClause guardClause, T value, T min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumber<T>
    {
        _ = guardClause;
        if (T.IsNaN(value) || value < min)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"Value must be at least {min}."));
        }

        return value;
    }

    /// <summary>Throws unless the duration <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>], both whole hours.</summary>
    public static NodaTime.Duration HoursOutsideRange(this IGuardClause guardClause, NodaTime.Duration value, NodaTime.Duration min, NodaTime.Duration max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        _ = guardClause;
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"The hours must be in the range [{(long)min.TotalHours} h, {(long)max.TotalHours} h]."));
        }

        return value;
    }

    /// <summary>Throws when the duration <paramref name="value"/> is negative (a count of hours read back from a stored result).</summary>
    public static NodaTime.Duration NegativeHours(this IGuardClause guardClause, NodaTime.Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        _ = guardClause;
        if (value < NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, "The hours must not be negative.");
        }

        return value;
    }

    /// <summary>
    /// Throws when the date period <paramref name="value"/> is longer than 10 years: counting a year as 12 months,
    /// a month as 30.5 days and a week as 7 days, it must be at most 3,660 days (<c>Period.FromYears(10)</c>,
    /// <c>FromMonths(120)</c>, <c>FromWeeks(522)</c> or <c>FromDays(3660)</c> at the longest). Sign and time units are not checked here.
    /// </summary>
    public static NodaTime.Period PeriodLongerThanTenYears(this IGuardClause guardClause, NodaTime.Period value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        guardClause.Null(value, paramName!);
        var months = (value.Years * 12L) + value.Months;
        var days = (value.Weeks * 7L) + value.Days;
        if ((months * 61L) + (days * 2L) > MaxPeriodDays * 2L)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                "The period must be at most 10 years: 120 months, 522 weeks or 3660 days, counting a month as 30.5 days.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number: NaN and both infinities are refused.</summary>
    public static T NotFinite<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumberBase<T>
    {
        _ = guardClause;
        if (!T.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, "Value must be a finite number.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a named member of <typeparamref name="TEnum"/>.</summary>
    /// <remarks>
    /// The package's <c>EnumOutOfRange</c> throws <see cref="System.ComponentModel.InvalidEnumArgumentException"/>,
    /// whose message prints the refused number and which, with a custom message, loses the parameter name;
    /// this clause keeps both promises.
    /// </remarks>
    public static TEnum UndefinedMember<TEnum>(this IGuardClause guardClause, TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, $"Value must be a defined {typeof(TEnum).Name} member.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="end"/> is on or after <paramref name="start"/>.</summary>
    public static T EndBeforeStart<T>(this IGuardClause guardClause, T end, T start, [CallerArgumentExpression(nameof(end))] string? paramName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        if (end.CompareTo(start) < 0)
        {
            throw new ArgumentException("The end must not be before the start.", paramName);
        }

        return end;
    }

    /// <summary>Throws unless <paramref name="date"/> lies in <see cref="Rules.SupportedDates"/>.</summary>
    public static NodaTime.LocalDate UnsupportedDate(this IGuardClause guardClause, NodaTime.LocalDate date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        _ = guardClause;
        if (!Rules.SupportedDates.Contains(date))
        {
            throw new ArgumentOutOfRangeException(paramName, "Value must be a date from 1900-01-01 through 2199-12-31; an open end is null, not a far-future placeholder date.");
        }

        return date;
    }

    /// <summary>Throws unless <paramref name="date"/> is <see langword="null"/> (an open end) or lies in <see cref="Rules.SupportedDates"/>.</summary>
    public static NodaTime.LocalDate? UnsupportedDate(this IGuardClause guardClause, NodaTime.LocalDate? date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date is { } value)
        {
            guardClause.UnsupportedDate(value, paramName);
        }

        return date;
    }

    /// <summary>Throws unless <paramref name="dates"/> is non-null and both its ends lie in <see cref="Rules.SupportedDates"/>.</summary>
    public static NodaTime.DateInterval UnsupportedDates(this IGuardClause guardClause, [NotNull] NodaTime.DateInterval? dates, [CallerArgumentExpression(nameof(dates))] string? paramName = null)
    {
        guardClause.Null(dates, paramName!);
        guardClause.UnsupportedDate(dates.Start, paramName);
        guardClause.UnsupportedDate(dates.End, paramName);
        return dates;
    }

    /// <summary>Throws unless <paramref name="dates"/> is non-null and every date in it lies in <see cref="Rules.SupportedDates"/>.</summary>
    public static IReadOnlyList<NodaTime.LocalDate> UnsupportedDates(this IGuardClause guardClause, [NotNull] IEnumerable<NodaTime.LocalDate>? dates, [CallerArgumentExpression(nameof(dates))] string? paramName = null)
    {
        var copy = guardClause.NullElements(dates, paramName);
        foreach (var date in copy)
        {
            guardClause.UnsupportedDate(date, paramName);
        }

        return copy;
    }

    /// <summary>Throws unless <paramref name="value"/> is non-null and has a non-white-space character.</summary>
    public static string Blank(this IGuardClause guardClause, [NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        guardClause.NullOrWhiteSpace(value, paramName!, "Value must not be empty or white space.");

    /// <summary>
    /// Copies <paramref name="items"/> into a new read-only list, throwing if it or any element is null.
    /// The copy means later changes to the caller's collection cannot reach the immutable value.
    /// </summary>
    public static IReadOnlyList<T> NullElements<T>(this IGuardClause guardClause, [NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null) =>
        Array.AsReadOnly(guardClause.NullElementsCopy(items, paramName));

    /// <summary>
    /// Like <see cref="NullElements{T}"/>, returning the copy itself, for a hot loop that reads it by index
    /// without an interface call per element; the caller exposes it only behind a read-only wrapper.
    /// </summary>
    public static T[] NullElementsCopy<T>(this IGuardClause guardClause, [NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        guardClause.Null(items, paramName!);
        var copy = items.ToArray();
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection must not contain null elements.", paramName);
            }
        }

        return copy;
    }

    /// <summary>
    /// Copies <paramref name="parts"/> (the parts of a report) into a new read-only dictionary with the default key
    /// comparer, throwing if it or any value is null, so later changes to the caller's dictionary cannot reach the report.
    /// </summary>
    public static System.Collections.ObjectModel.ReadOnlyDictionary<TKey, TValue> NullValues<TKey, TValue>(this IGuardClause guardClause, [NotNull] IReadOnlyDictionary<TKey, TValue>? parts, [CallerArgumentExpression(nameof(parts))] string? paramName = null)
        where TKey : notnull
        where TValue : class
    {
        guardClause.Null(parts, paramName!);
        return new(parts.ToDictionary(p => p.Key, p => p.Value ?? throw new ArgumentException("No part may be null.", paramName)));
    }

    /// <summary>Like <see cref="NullElements{T}"/>, and also throws when the collection is empty.</summary>
    public static IReadOnlyList<T> EmptyOrNullElements<T>(this IGuardClause guardClause, [NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var list = guardClause.NullElements(items, paramName);
        if (list.Count == 0)
        {
            throw new ArgumentException("The collection must not be empty.", paramName);
        }

        return list;
    }

    private static string RangeMessage<T>(T min, T max)
        where T : INumber<T> =>
        string.Create(CultureInfo.InvariantCulture, $"Value must be in the range [{min}, {max}].");
}
