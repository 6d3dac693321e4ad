using Iop.Domain.Continuum;

namespace Iop.Domain.Placement;

/// <summary>
/// An entry of a <see cref="DimensionalPlacementTable"/>: when <see cref="Dimension"/> is rated at least
/// <see cref="AtLeast"/>, at least <see cref="Level"/> is indicated. Used both for per-dimension minimum
/// levels and for override rules.
/// </summary>
/// <remarks>
/// <para>Because an entry applies to every rating at or above its threshold, raising a rating never
/// lowers what the entries require. Equality compares all three values.</para>
/// <para>The <see langword="default"/> value has an invalid dimension and is rejected by the table.
/// This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct DimensionThreshold
{
    /// <summary>Creates an entry.</summary>
    /// <param name="dimension">The dimension read.</param>
    /// <param name="atLeast">The lowest rating at which the entry applies, within the instrument's range.</param>
    /// <param name="level">The least intensive level indicated.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="dimension"/> is the default value, <paramref name="atLeast"/> is outside the instrument's
    /// rating range ([0, 4] ASAM, [1, 5] LOCUS), or <paramref name="level"/> is not defined.
    /// </exception>
    public DimensionThreshold(RatedDimension dimension, int atLeast, LevelOfCare level)
    {
        Dimension = RatedDimension.Valid(dimension, nameof(dimension));
        AtLeast = Guard.Against.OutsideRange(atLeast, dimension.MinimumRating, dimension.MaximumRating);
        Level = Guard.Against.UndefinedMember(level);
    }

    /// <summary>Gets the dimension read.</summary>
    public RatedDimension Dimension { get; }

    /// <summary>Gets the lowest rating at which the entry applies.</summary>
    public int AtLeast { get; }

    /// <summary>Gets the least intensive level indicated.</summary>
    public LevelOfCare Level { get; }

    /// <summary>Formats the entry, for example <c>ASAM dimension 1 ≥ 3 → IP</c>.</summary>
    /// <returns>The entry in one line.</returns>
    public override string ToString() => Enum.IsDefined(Level) ? $"{Dimension} ≥ {AtLeast} → {Level.Abbreviation()}" : "(invalid threshold)";
}
