using Hl7.Fhir.Model;

namespace Iop.Domain.Fhir;

/// <summary>
/// The resources one instrument score becomes: the total as a US Core screening-assessment
/// <see cref="Observation"/>, one item Observation per answered item (the total's <c>hasMember</c>), and a
/// safety <see cref="Flag"/> per safety item that is a concern (PHQ-9 item 9 above 0).
/// </summary>
/// <remarks>The resources are Firely POCOs, which are mutable: the record holds what the mapping built and does not copy them.</remarks>
/// <param name="Total">The total-score Observation.</param>
/// <param name="Items">The item Observations, in item order (empty when the items were not given).</param>
/// <param name="SafetyFlags">One Flag per safety item that is a concern, each linked to its Observation (empty when none is).</param>
public sealed record ScreeningResources(Observation Total, IReadOnlyList<Observation> Items, IReadOnlyList<Flag> SafetyFlags)
{
    /// <summary>Gets every resource: the total, then the items, then the flags.</summary>
    public IEnumerable<Resource> All => [Total, .. Items, .. SafetyFlags];
}
