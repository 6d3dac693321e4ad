using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>Days of the week as a seven-bit set, and the arithmetic of times of day in nanoseconds.</summary>
internal static class DaySet
{
    public const long NanosecondsPerDay = 86_400_000_000_000L;

    private static readonly IReadOnlyList<IsoDayOfWeek>[] Lists = BuildLists();

    /// <summary>Throws unless <paramref name="day"/> is Monday to Sunday (NodaTime's <see cref="IsoDayOfWeek.None"/> is 0).</summary>
    public static IsoDayOfWeek Checked(IsoDayOfWeek day, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(day))] string? paramName = null)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(paramName, "The day must be Monday to Sunday.");
        }

        return day;
    }

    public static int Bit(IsoDayOfWeek day) => 1 << ((int)day - 1);

    /// <summary>The days of <paramref name="mask"/>, Monday first, as a shared read-only list.</summary>
    public static IReadOnlyList<IsoDayOfWeek> ListOf(int mask) => Lists[mask];

    public static int Count(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);

    /// <summary>The end of a window in nanoseconds of the day; <see cref="LocalTime.MaxValue"/> means the end of the day.</summary>
    public static long EndOfWindow(LocalTime end) => end == LocalTime.MaxValue ? NanosecondsPerDay : end.NanosecondOfDay;

    private static IReadOnlyList<IsoDayOfWeek>[] BuildLists()
    {
        var lists = new IReadOnlyList<IsoDayOfWeek>[128];
        for (var mask = 0; mask < lists.Length; mask++)
        {
            var days = new List<IsoDayOfWeek>(7);
            for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                if ((mask & Bit(day)) != 0)
                {
                    days.Add(day);
                }
            }

            lists[mask] = days.AsReadOnly();
        }

        return lists;
    }
}
