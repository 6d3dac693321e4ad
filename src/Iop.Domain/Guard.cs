using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Iop.Domain;

/// <summary>
/// Argument checks the BCL throw helpers lack: inclusive ranges, defined enum values, ordered pairs and
/// non-empty text or collections. Every message names the allowed range or rule and never echoes the
/// caller's value, so no caller-supplied text or identifier can reach an exception message.
/// </summary>
internal static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static T InRange<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumber<T>
    {
        if (T.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"Value must be in the range [{min}, {max}]."));
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is at least <paramref name="min"/>.</summary>
    public static T AtLeast<T>(T value, T min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumber<T>
    {
        if (T.IsNaN(value) || value < min)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"Value must be at least {min}."));
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a named member of <typeparamref name="TEnum"/>.</summary>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                $"Value must be a defined {typeof(TEnum).Name} member.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="end"/> is on or after <paramref name="start"/>.</summary>
    public static T NotBefore<T>(T end, T start, [CallerArgumentExpression(nameof(end))] string? paramName = null)
        where T : IComparable<T>
    {
        if (end.CompareTo(start) < 0)
        {
            throw new ArgumentException("The end must not be before the start.", paramName);
        }

        return end;
    }

    /// <summary>Throws unless <paramref name="value"/> is non-null and has a non-white-space character.</summary>
    public static string NotBlank([System.Diagnostics.CodeAnalysis.NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="items"/> is non-null, non-empty and holds no null element.</summary>
    public static IReadOnlyList<T> NotEmpty<T>([System.Diagnostics.CodeAnalysis.NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var list = NoNulls(items, paramName);
        if (list.Count == 0)
        {
            throw new ArgumentException("The collection must not be empty.", paramName);
        }

        return list;
    }

    /// <summary>
    /// Copies <paramref name="items"/> into a new read-only list, throwing if it or any element is null.
    /// The copy means later changes to the caller's collection cannot reach the immutable value.
    /// </summary>
    public static IReadOnlyList<T> NoNulls<T>([System.Diagnostics.CodeAnalysis.NotNull] IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var copy = items.ToArray();
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection must not contain null elements.", paramName);
            }
        }

        return Array.AsReadOnly(copy);
    }
}
