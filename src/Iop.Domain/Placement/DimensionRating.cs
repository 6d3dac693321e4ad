namespace Iop.Domain.Placement;

/// <summary>
/// A rating of one <see cref="RatedDimension"/>: an ASAM dimension rated 0 to 4 or a LOCUS scale rated 1 to 5.
/// </summary>
/// <remarks>
/// <para>The library ships the shape only; what a rating means (the anchors) is licensed content that the
/// rater applies. Equality compares the dimension and the rating.</para>
/// <para>The <see langword="default"/> value has an invalid dimension and is rejected by
/// <see cref="Assessment"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct DimensionRating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="dimension">The dimension rated.</param>
    /// <param name="rating">The rating, within the instrument's range.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="dimension"/> is the default value, or <paramref name="rating"/> is outside [0, 4] for ASAM or [1, 5] for LOCUS.
    /// </exception>
    public DimensionRating(RatedDimension dimension, int rating)
    {
        Dimension = RatedDimension.Valid(dimension, nameof(dimension));
        Rating = Guard.Against.OutsideRange(rating, dimension.MinimumRating, dimension.MaximumRating);
    }

    /// <summary>Gets the dimension rated.</summary>
    public RatedDimension Dimension { get; }

    /// <summary>Gets the rating.</summary>
    public int Rating { get; }

    /// <summary>Creates an ASAM dimension rating.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="rating">The rating, 0 (none) to 4 (very high).</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined or <paramref name="rating"/> is outside [0, 4].</exception>
    public static DimensionRating Asam(AsamDimension dimension, int rating) => new(RatedDimension.Asam(dimension), rating);

    /// <summary>Creates a LOCUS scale rating.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="rating">The rating, 1 to 5.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not defined or <paramref name="rating"/> is outside [1, 5].</exception>
    public static DimensionRating Locus(LocusScale scale, int rating) => new(RatedDimension.Locus(scale), rating);

    /// <summary>Formats the rating, for example <c>LOCUS scale IV-A = 4</c>.</summary>
    /// <returns>The rating in one line.</returns>
    public override string ToString() => $"{Dimension} = {Rating}";
}
