using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// Turns an <see cref="Assessment"/> into an explained <see cref="PlacementDecision"/>. The library ships
/// <see cref="CriteriaPlacementPolicy"/> (public criteria) and <see cref="DimensionalPlacementPolicy"/>
/// (a data-configured engine with no licensed table); licensed integrators implement this interface to
/// plug in ASAM or LOCUS determination rules and still get explained decisions, overrides and transitions.
/// </summary>
/// <remarks>Implementations must be deterministic, free of side effects, and thread-safe.</remarks>
public interface IPlacementPolicy
{
    /// <summary>Gets the policy's name, carried by every decision it makes.</summary>
    string Name { get; }

    /// <summary>Gets the policy's version, carried by every decision it makes.</summary>
    string Version { get; }

    /// <summary>Gets the date from which the policy's rules apply.</summary>
    LocalDate EffectiveFrom { get; }

    /// <summary>Decides the level of care an assessment indicates.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The recommendation, every contributing reason, and findings for missing or contradictory input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    PlacementDecision Decide(Assessment assessment);
}
