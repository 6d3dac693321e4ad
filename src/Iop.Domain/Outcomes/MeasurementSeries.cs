namespace Iop.Domain.Outcomes;

/// <summary>
/// The dated total scores of one instrument for one episode, in date order with at most one score per
/// date. The baseline is found relative to the episode's admission, so a new episode starts a new
/// baseline (rule <c>OUT-BASELINE-WINDOW</c>).
/// </summary>
/// <remarks>
/// <para>Measurements are copied at construction and checked against the instrument's range of totals. A
/// series made by <see cref="FromAdministrations"/> also keeps each administration's score, so change can be
/// read per item. Equality compares the instrument, the measurements and the scores element by element. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class MeasurementSeries : IEquatable<MeasurementSeries>
{
    private static readonly IReadOnlyList<InstrumentScore> NoScores = Array.AsReadOnly(Array.Empty<InstrumentScore>());

    private readonly Measurement[] items;
    private readonly InstrumentScore[] scores;

    /// <summary>Creates a series.</summary>
    /// <param name="instrument">The instrument every score belongs to (a shipped one or the caller's own).</param>
    /// <param name="measurements">The scores, in strictly increasing date order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="measurements"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside the instrument's range, or a date is outside
    /// <see cref="Rules.SupportedDates"/> (as the <see langword="default"/> measurement's 0001-01-01 is).</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is out of date order or has two scores on one date.</exception>
    public MeasurementSeries(Instrument instrument, IEnumerable<Measurement> measurements)
        : this(Guard.Against.Null(instrument), Guard.Against.Null(measurements).ToArray(), null, nameof(measurements))
    {
    }

    private MeasurementSeries(Instrument instrument, Measurement[] items, InstrumentScore[]? scores, string paramName)
    {
        var min = instrument.MinimumTotal;
        var max = instrument.MaximumTotal;
        this.items = items;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Score < min || items[i].Score > max)
            {
                throw new ArgumentOutOfRangeException(paramName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Every score must be in the instrument's range [{min}, {max}]."));
            }

            Guard.Against.UnsupportedDate(items[i].Date, paramName);
            if (i > 0 && items[i].Date <= items[i - 1].Date)
            {
                throw new ArgumentException("Measurements must be in date order with at most one score per date.", paramName);
            }
        }

        Instrument = instrument;
        Measurements = Array.AsReadOnly(items);
        this.scores = scores ?? [];
        Scores = this.scores.Length == 0 ? NoScores : Array.AsReadOnly(this.scores);
    }

    /// <summary>
    /// Creates a series from scored administrations, keeping each score (and so each item's answer) beside its
    /// dated total, so that <see cref="SymptomChanges.Evaluate"/> can report change per item as well as for the total.
    /// </summary>
    /// <param name="instrument">The instrument every score belongs to.</param>
    /// <param name="administrations">The scored administrations, in strictly increasing date order; may be empty.</param>
    /// <returns>The series; its <see cref="Measurements"/> are the administrations' dated totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="administrations"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A score is of another instrument (or is the <see langword="default"/> value), or <paramref name="administrations"/>
    /// is out of date order or has two on one date.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An administration's date is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static MeasurementSeries FromAdministrations(Instrument instrument, IEnumerable<Administration> administrations)
    {
        Guard.Against.Null(instrument);
        var copy = Guard.Against.Null(administrations).ToArray();
        var scores = new InstrumentScore[copy.Length];
        var measurements = new Measurement[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i].Score.Instrument != instrument)
            {
                throw new ArgumentException("Every score must be of the series' instrument.", nameof(administrations));
            }

            scores[i] = copy[i].Score;
            measurements[i] = new Measurement(copy[i].Date, copy[i].Score.Total);
        }

        return new MeasurementSeries(instrument, measurements, scores, nameof(administrations));
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the scores in date order.</summary>
    public IReadOnlyList<Measurement> Measurements { get; }

    /// <summary>
    /// Gets the scored administrations behind the measurements, one per measurement in the same order, when the
    /// series was made by <see cref="FromAdministrations"/>; empty when it was made from totals.
    /// </summary>
    public IReadOnlyList<InstrumentScore> Scores { get; }

    /// <summary>The scored administrations (empty when made from totals), for reading inside the library.</summary>
    internal ReadOnlySpan<InstrumentScore> ScoreSpan => scores;

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool TryGetLatestOnOrBefore(NodaTime.LocalDate asOf, out Measurement measurement)
    {
        Guard.Against.UnsupportedDate(asOf);
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
        other is not null && (ReferenceEquals(this, other) || (Instrument == other.Instrument && items.AsSpan().SequenceEqual(other.items) && scores.AsSpan().SequenceEqual(other.scores)));

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
