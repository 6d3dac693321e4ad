namespace Iop.Domain.Outcomes;

/// <summary>A <see cref="ScoringPolicy"/>'s positive-screen cut-offs by sex for one instrument (see <see cref="ScoringPolicy.WithScreenCutOffsBySex"/>).</summary>
/// <remarks>Made only by <see cref="ScoringPolicy.WithScreenCutOffsBySex"/>, which checks it; read through
/// <see cref="ScoringPolicy.ScreenCutOffsBySex"/>. Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record SexScreenCutOffs
{
    internal SexScreenCutOffs(Instrument instrument, int male, int female)
    {
        Instrument = instrument;
        Male = male;
        Female = female;
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the total at or above which a man screens positive.</summary>
    /// <value>AUDIT-C 4 in <see cref="ScoringPolicy.Default"/> (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</value>
    public int Male { get; }

    /// <summary>Gets the total at or above which a woman screens positive.</summary>
    /// <value>AUDIT-C 3 in <see cref="ScoringPolicy.Default"/> (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</value>
    public int Female { get; }

    /// <summary>Describes the cut-offs.</summary>
    /// <returns>For example <c>AUDIT-C: men 4, women 3</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Instrument.Name}: men {Male}, women {Female}");
}
