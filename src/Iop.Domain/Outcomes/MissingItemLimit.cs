namespace Iop.Domain.Outcomes;

/// <summary>A <see cref="ScoringPolicy"/>'s limit on the missing items of one instrument when prorating (see <see cref="ScoringPolicy.WithMaximumMissingItems"/>).</summary>
/// <remarks>Made only by <see cref="ScoringPolicy.WithMaximumMissingItems"/>, which checks it; read through
/// <see cref="ScoringPolicy.MissingItemLimits"/>. Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record MissingItemLimit
{
    internal MissingItemLimit(Instrument instrument, int maximumMissing)
    {
        Instrument = instrument;
        MaximumMissing = maximumMissing;
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the most items that may be missing, in [0, item count − 1].</summary>
    /// <value>PHQ-9 2 in <see cref="ScoringPolicy.Default"/> (<c>OUT-PHQ9-PRORATE</c>, Arrieta et al. 2017).</value>
    public int MaximumMissing { get; }

    /// <summary>Describes the limit.</summary>
    /// <returns>For example <c>PHQ-9: at most 2 missing</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Instrument.Name}: at most {MaximumMissing} missing");
}
