using Iop.Domain.Continuum;

namespace Iop.Domain.Placement;

/// <summary>
/// An entry of a <see cref="DimensionalPlacementTable"/>: when the composite score (the sum of every
/// rating of the instrument) lies in [<see cref="From"/>, <see cref="To"/>], at least <see cref="Level"/> is indicated.
/// </summary>
/// <remarks>
/// <para>Equality compares all three values. The <see langword="default"/> value has an undefined level
/// and is rejected by the table. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct CompositeBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="from">The lowest composite score in the band.</param>
    /// <param name="to">The highest composite score in the band (inclusive).</param>
    /// <param name="level">The least intensive level indicated.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is negative, or <paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is below <paramref name="from"/>.</exception>
    public CompositeBand(int from, int to, LevelOfCare level)
    {
        From = Guard.Against.BelowMinimum(from, 0);
        To = Guard.Against.EndBeforeStart(to, from);
        Level = Guard.Against.UndefinedMember(level);
    }

    /// <summary>Gets the lowest composite score in the band.</summary>
    public int From { get; }

    /// <summary>Gets the highest composite score in the band (inclusive).</summary>
    public int To { get; }

    /// <summary>Gets the least intensive level indicated.</summary>
    public LevelOfCare Level { get; }

    /// <summary>Returns whether a composite score lies in the band.</summary>
    /// <param name="composite">The composite score.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="composite"/> ≤ <see cref="To"/>.</returns>
    public bool Contains(int composite) => composite >= From && composite <= To;

    /// <summary>Formats the band, for example <c>composite 17–19 → PHP</c>.</summary>
    /// <returns>The band in one line.</returns>
    public override string ToString() => Enum.IsDefined(Level) ? $"composite {From}–{To} → {Level.Abbreviation()}" : "(invalid band)";
}
