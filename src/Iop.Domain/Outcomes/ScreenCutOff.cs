namespace Iop.Domain.Outcomes;

/// <summary>A <see cref="ScoringPolicy"/>'s positive-screen cut-off for one instrument, in place of the instrument's own (see <see cref="ScoringPolicy.WithScreenCutOff"/>).</summary>
/// <remarks>Made only by <see cref="ScoringPolicy.WithScreenCutOff"/>, which checks it; read through
/// <see cref="ScoringPolicy.ScreenCutOffs"/>. Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record ScreenCutOff
{
    internal ScreenCutOff(Instrument instrument, int atOrAbove)
    {
        Instrument = instrument;
        AtOrAbove = atOrAbove;
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the total at or above which the screen is positive.</summary>
    /// <value>PCL-5 33 in <see cref="ScoringPolicy.Default"/> (<c>OUT-PCL5-PROVISIONAL</c>, Bovin et al. 2016: 31–33).</value>
    public int AtOrAbove { get; }

    /// <summary>Describes the cut-off.</summary>
    /// <returns>For example <c>PCL-5: positive at 33</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Instrument.Name}: positive at {AtOrAbove}");
}
