namespace Iop.Domain.Outcomes;

/// <summary>
/// The dated total scores of one instrument for one episode, in date order with at most one score per
/// date. The baseline is found relative to the episode's admission, so a new episode starts a new
/// baseline (rule <c>OUT-BASELINE-WINDOW</c>).
/// </summary>
/// <remarks>
/// <para>Measurements are copied at construction. Equality is by reference. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class MeasurementSeries
{
    private readonly Measurement[] items;

    /// <summary>Creates a series.</summary>
    /// <param name="instrument">The instrument every score belongs to.</param>
    /// <param name="measurements">The scores, in strictly increasing date order; may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined, or a score is outside the instrument's range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is out of date order or has two scores on one date.</exception>
    public MeasurementSeries(Instrument instrument, IEnumerable<Measurement> measurements)
    {
        Guard.Against.Null(measurements);
        var max = instrument.MaximumTotal();
        items = measurements.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Score < 0 || items[i].Score > max)
            {
                throw new ArgumentOutOfRangeException(nameof(measurements), $"Every score must be in the instrument's range [0, {max}].");
            }

            if (i > 0 && items[i].Date <= items[i - 1].Date)
            {
                throw new ArgumentException("Measurements must be in date order with at most one score per date.", nameof(measurements));
            }
        }

        Instrument = instrument;
        Measurements = Array.AsReadOnly(items);
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the scores in date order.</summary>
    public IReadOnlyList<Measurement> Measurements { get; }

    /// <summary>The scores, for allocation-free reading inside the library.</summary>
    internal ReadOnlySpan<Measurement> Span => items;

    /// <summary>Returns the instrument and the number of scores, never the scores or dates.</summary>
    /// <returns>For example <c>PHQ-9 series (4 scores)</c>.</returns>
    public override string ToString() => $"{Instrument.DisplayName()} series ({items.Length} score{(items.Length == 1 ? string.Empty : "s")})";
}
