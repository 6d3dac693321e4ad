using System.Globalization;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A count out of a total, with its rate and the Wilson score 95 % confidence interval (rule
/// <c>OUT-WILSON-CI</c>; Newcombe 1998, method 3, no continuity correction).
/// </summary>
/// <remarks>
/// <para>The Wilson interval stays inside [0, 1] and keeps near-nominal coverage for small totals and
/// rates near 0 or 1, where the textbook "rate ± 1.96·SE" interval fails.</para>
/// <para>Equality compares count and total. The <see langword="default"/> value (0 of 0) is never returned
/// by the library; its rate is NaN. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Proportion
{
    /// <summary>The 97.5th percentile of the standard normal distribution, for a two-sided 95 % interval.</summary>
    private const double Z = 1.959963984540054;

    /// <summary>Creates a proportion.</summary>
    /// <param name="count">The number with the outcome, in [0, <paramref name="total"/>].</param>
    /// <param name="total">The denominator; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is below 1 or <paramref name="count"/> is outside [0, total].</exception>
    public Proportion(long count, long total)
    {
        Guard.Against.BelowMinimum(total, 1L);
        if (count < 0 || count > total)
        {
            // Not OutsideRange: its message would print the caller's total.
            throw new ArgumentOutOfRangeException(nameof(count), "Value must be in the range [0, total].");
        }
        Count = count;
        Total = total;
    }

    /// <summary>Gets the number with the outcome.</summary>
    public long Count { get; }

    /// <summary>Gets the denominator.</summary>
    public long Total { get; }

    /// <summary>Gets the rate, count / total.</summary>
    public double Rate => (double)Count / Total;

    /// <summary>Gets the lower bound of the Wilson 95 % interval.</summary>
    public double Lower => Math.Max(0, Centre - HalfWidth);

    /// <summary>Gets the upper bound of the Wilson 95 % interval.</summary>
    public double Upper => Math.Min(1, Centre + HalfWidth);

    private double Centre => (Rate + (Z * Z / (2.0 * Total))) / (1 + (Z * Z / Total));

    private double HalfWidth => Z / (1 + (Z * Z / Total)) * Math.Sqrt((Rate * (1 - Rate) / Total) + (Z * Z / (4.0 * Total * Total)));

    /// <summary>Formats the proportion, for example <c>45.0 % (95 % CI 38.2–51.9 %; 90/200)</c>.</summary>
    /// <returns>The rate, interval and counts.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rate * 100:0.0} % (95 % CI {Lower * 100:0.0}–{Upper * 100:0.0} %; {Count}/{Total})");
}
