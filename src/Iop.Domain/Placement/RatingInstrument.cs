namespace Iop.Domain.Placement;

/// <summary>The instrument whose dimensions a <see cref="DimensionRating"/> rates. <c>0</c> is not a member.</summary>
/// <remarks>
/// Only the shape of each instrument is shipped (its dimensions and rating range); the anchors and
/// placement rules of both are licensed and are supplied by an integrator through a
/// <see cref="DimensionalPlacementTable"/>.
/// </remarks>
public enum RatingInstrument
{
    /// <summary>The ASAM Criteria: six dimensions, each rated 0 to 4 (3rd-edition risk ratings).</summary>
    Asam = 1,

    /// <summary>LOCUS: seven scales (I, II, III, IV-A, IV-B, V, VI), each rated 1 to 5.</summary>
    Locus = 2,
}
