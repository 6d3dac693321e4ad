namespace Iop.Domain.Outcomes;

/// <summary>
/// The dated total scores of one instrument for one episode, in date order with at most one score per
/// date. The baseline is found relative to the episode's admission, so a new episode starts a new
/// baseline (rule <c>OUT-BASELINE-WINDOW</c>).
/// </summary>
/// <remarks>
/// <para>Measurements are copied at construction and checked against the instrument's range of totals.
/// Equality compares the instrument and the measurements element by element. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class MeasurementSeries : IEquatable<MeasurementSeries>
{
    private readonly Measurement[] items;

    /// <summary>Creates a series.</summary>
    /// <param name="instrument">The instrument every score belongs to (a shipped one or the caller's own).</param>
    /// <param name="measurements">The scores, in strictly increasing date order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="measurements"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside the instrument's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is out of date order or has two scores on one date.</exception>
    public MeasurementSeries(Instrument instrument, IEnumerable<Measurement> measurements)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(measurements);
        var min = instrument.MinimumTotal;
        var max = instrument.MaximumTotal;
        items = measurements.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Score < min || items[i].Score > max)
            {
                throw new ArgumentOutOfRangeException(nameof(measurements), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Every score must be in the instrument's range [{min}, {max}]."));
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

    /// <summary>Gets the scores' own array, for <see cref="Episode{TKey}"/> to hold beside its other facts; never written.</summary>
    internal Measurement[] Items => items;

    /// <summary>Compares two series by value.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MeasurementSeries? left, MeasurementSeries? right) => Equals(left, right);

    /// <summary>Compares two series by value.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MeasurementSeries? left, MeasurementSeries? right) => !Equals(left, right);

    /// <summary>Returns the latest measurement dated on or before a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="measurement">The measurement, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether any measurement is dated on or before <paramref name="asOf"/>.</returns>
    public bool TryGetLatestOnOrBefore(NodaTime.LocalDate asOf, out Measurement measurement)
    {
        for (var i = items.Length - 1; i >= 0; i--)
        {
            if (items[i].Date <= asOf)
            {
                measurement = items[i];
                return true;
            }
        }

        measurement = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(MeasurementSeries? other) =>
        other is not null && (ReferenceEquals(this, other) || (Instrument == other.Instrument && items.AsSpan().SequenceEqual(other.items)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasurementSeries);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Instrument);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the instrument and the number of scores, never the scores or dates.</summary>
    /// <returns>For example <c>PHQ-9 series (4 scores)</c>.</returns>
    public override string ToString() => $"{Instrument.Name} series ({items.Length} score{(items.Length == 1 ? string.Empty : "s")})";
}
