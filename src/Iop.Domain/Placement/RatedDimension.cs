namespace Iop.Domain.Placement;

/// <summary>
/// One rated dimension of an instrument: an ASAM dimension (rated 0 to 4) or a LOCUS scale (rated 1 to 5).
/// It lets one <see cref="DimensionalPlacementTable"/> shape serve both instruments.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Asam"/> or <see cref="Locus"/>. Equality compares the instrument and
/// the dimension number.</para>
/// <para>The <see langword="default"/> value has no instrument and is invalid: every member that accepts a
/// dimension rejects it with <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct RatedDimension
{
    private RatedDimension(RatingInstrument instrument, int number)
    {
        Instrument = instrument;
        Number = number;
    }

    /// <summary>Gets the instrument the dimension belongs to.</summary>
    public RatingInstrument Instrument { get; }

    /// <summary>Gets the dimension's position in its instrument: 1 to 6 for ASAM, 1 to 7 for LOCUS (IV-A is 4, IV-B is 5).</summary>
    public int Number { get; }

    /// <summary>Gets the lowest rating of the instrument: 0 for ASAM, 1 for LOCUS.</summary>
    public int MinimumRating => Instrument == RatingInstrument.Asam ? AsamDimensions.MinimumRating : LocusScales.MinimumRating;

    /// <summary>Gets the highest rating of the instrument: 4 for ASAM, 5 for LOCUS.</summary>
    public int MaximumRating => Instrument == RatingInstrument.Asam ? AsamDimensions.MaximumRating : LocusScales.MaximumRating;

    /// <summary>Returns the rated dimension for an ASAM dimension.</summary>
    /// <param name="dimension">The ASAM dimension.</param>
    /// <returns>The rated dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static RatedDimension Asam(AsamDimension dimension) => new(RatingInstrument.Asam, (int)Guard.Against.UndefinedMember(dimension));

    /// <summary>Returns the rated dimension for a LOCUS scale.</summary>
    /// <param name="scale">The LOCUS scale.</param>
    /// <returns>The rated dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not defined.</exception>
    public static RatedDimension Locus(LocusScale scale) => new(RatingInstrument.Locus, (int)Guard.Against.UndefinedMember(scale));

    /// <summary>Returns every rated dimension of an instrument, in order.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>Six ASAM dimensions or seven LOCUS scales.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public static IReadOnlyList<RatedDimension> AllOf(RatingInstrument instrument) =>
        Guard.Against.UndefinedMember(instrument) == RatingInstrument.Asam ? AllAsam : AllLocus;

    /// <summary>Names the dimension, for example <c>ASAM dimension 3</c> or <c>LOCUS scale IV-A</c>.</summary>
    /// <returns>The name; <c>(invalid dimension)</c> for the default value.</returns>
    public override string ToString() => Instrument switch
    {
        RatingInstrument.Asam => $"ASAM dimension {Number}",
        RatingInstrument.Locus => $"LOCUS scale {((LocusScale)Number).Numeral()}",
        _ => "(invalid dimension)",
    };

    /// <summary>Throws unless the dimension was made by a factory (not the default value).</summary>
    internal static RatedDimension Valid(RatedDimension dimension, string paramName)
    {
        if (!Enum.IsDefined(dimension.Instrument))
        {
            throw new ArgumentOutOfRangeException(paramName, "The dimension must be created with RatedDimension.Asam or RatedDimension.Locus.");
        }

        return dimension;
    }

    private static readonly RatedDimension[] AllAsam = [.. AsamDimensions.All.Select(Asam)];

    private static readonly RatedDimension[] AllLocus = [.. LocusScales.All.Select(Locus)];
}
