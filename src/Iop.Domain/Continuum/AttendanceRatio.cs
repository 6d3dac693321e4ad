using System.Globalization;

namespace Iop.Domain.Continuum;

/// <summary>
/// The share of expected sessions a person attended, from 0 (none) to 1 (all): the one attendance-ratio
/// type of the library, produced by the intensity evaluation from sessions and read by transition reviews.
/// </summary>
/// <remarks>
/// <para>Expected sessions are those attended or missed; sessions the programme cancelled are not expected
/// of the person and count in neither part.</para>
/// <para>Ordering and equality are by <see cref="Value"/>. The <see langword="default"/> value is 0 (no
/// session attended). This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct AttendanceRatio : IComparable<AttendanceRatio>
{
    private AttendanceRatio(decimal value) => Value = value;

    /// <summary>Gets the ratio, in [0, 1].</summary>
    public decimal Value { get; }

    /// <summary>Creates the ratio of sessions attended to sessions expected.</summary>
    /// <param name="attended">The sessions attended; at least 0 and at most <paramref name="expected"/>.</param>
    /// <param name="expected">The sessions expected (attended plus missed); at least 1.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is below 1, or <paramref name="attended"/> is outside [0, <paramref name="expected"/>].</exception>
    public static AttendanceRatio Of(int attended, int expected)
    {
        Guard.Against.BelowMinimum(expected, 1);
        if (attended < 0 || attended > expected)
        {
            // Not OutsideRange: its message would print the caller's expected count.
            throw new ArgumentOutOfRangeException(nameof(attended), "Value must be in the range [0, expected].");
        }

        return new((decimal)attended / expected);
    }

    /// <summary>The ratio of <paramref name="attended"/> to <paramref name="expected"/> for counts already checked: 0 ≤ attended ≤ expected, expected ≥ 1.</summary>
    internal static AttendanceRatio Of(long attended, long expected) => new((decimal)attended / expected);

    /// <summary>Creates a ratio from a fraction the caller already holds (for example a payer's minimum).</summary>
    /// <param name="value">The fraction, in [0, 1].</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1].</exception>
    public static AttendanceRatio FromFraction(decimal value) => new(Guard.Against.OutsideRange(value, 0m, 1m));

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>Whether <paramref name="left"/> is below <paramref name="right"/>.</returns>
    public static bool operator <(AttendanceRatio left, AttendanceRatio right) => left.Value < right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>Whether <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(AttendanceRatio left, AttendanceRatio right) => left.Value <= right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>Whether <paramref name="left"/> is above <paramref name="right"/>.</returns>
    public static bool operator >(AttendanceRatio left, AttendanceRatio right) => left.Value > right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>Whether <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(AttendanceRatio left, AttendanceRatio right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public int CompareTo(AttendanceRatio other) => Value.CompareTo(other.Value);

    /// <summary>Formats the ratio as a percentage.</summary>
    /// <returns>For example <c>87.5 %</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value * 100:0.#} %");
}
