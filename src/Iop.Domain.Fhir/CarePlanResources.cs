using Hl7.Fhir.Model;

namespace Iop.Domain.Fhir;

/// <summary>The resources a treatment plan becomes: one CarePlan and one Goal per objective.</summary>
/// <remarks>The resources are Firely POCOs, which are mutable: the record holds what the mapping built and does not copy them.</remarks>
/// <param name="CarePlan">The CarePlan.</param>
/// <param name="Goals">One Goal per objective, in plan order (problem, goal, objective).</param>
public sealed record CarePlanResources(CarePlan CarePlan, IReadOnlyList<Goal> Goals)
{
    /// <summary>Gets every resource: the CarePlan, then the Goals.</summary>
    public IEnumerable<Resource> All => [CarePlan, .. Goals];
}
