using Hl7.Fhir.Model;
using Iop.Domain.Rules;

namespace Iop.Domain.Fhir;

/// <summary>
/// The 42 CFR Part 2 security labels of HL7's Data Segmentation for Privacy (DS4P) guide, for
/// <c>meta.security</c>: confidentiality <c>R</c> (restricted), privacy law <c>42CFRPart2</c>, refrain policy
/// <c>NORDSCLCD</c> (no redisclosure without consent) and sensitivity <c>SUD</c>.
/// </summary>
/// <remarks>
/// Sources: HL7 FHIR Data Segmentation for Privacy IG 1.0.0 (hl7.org/fhir/uv/security-label-ds4p);
/// HL7 terminology v3-Confidentiality and v3-ActCode. Labels mark a resource as Part 2 data; they do not
/// decide whether it may be disclosed. The codings are new objects on every call (Firely's POCOs are mutable).
/// </remarks>
public static class Part2SecurityLabels
{
    /// <summary>Gets the HL7 v3 confidentiality code system URL.</summary>
    public static string ConfidentialitySystem => "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

    /// <summary>Gets the HL7 v3 ActCode code system URL (privacy law, refrain policy, sensitivity).</summary>
    public static string ActCodeSystem => "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>Gets the confidentiality label <c>R</c> (restricted).</summary>
    public static FhirCoding Restricted => new(ConfidentialitySystem, "R", "restricted");

    /// <summary>Gets the privacy-law label <c>42CFRPart2</c>.</summary>
    public static FhirCoding PrivacyLaw => new(ActCodeSystem, "42CFRPart2", "42 CFR Part2");

    /// <summary>Gets the refrain-policy label <c>NORDSCLCD</c> (no redisclosure without consent directive).</summary>
    public static FhirCoding NoRedisclosure => new(ActCodeSystem, "NORDSCLCD", "no redisclosure without consent directive");

    /// <summary>Gets the sensitivity label <c>SUD</c> (substance use disorder information sensitivity).</summary>
    public static FhirCoding SubstanceUseDisorder => new(ActCodeSystem, "SUD", "substance use disorder information sensitivity");

    /// <summary>Gets the four labels, in the order <see cref="Apply"/> writes them.</summary>
    public static IReadOnlyList<FhirCoding> All => [Restricted, PrivacyLaw, NoRedisclosure, SubstanceUseDisorder];

    /// <summary>Adds the four labels to <paramref name="resource"/>'s <c>meta.security</c>, skipping any already present.</summary>
    /// <typeparam name="TResource">The resource type.</typeparam>
    /// <param name="resource">The resource to label (changed in place and returned).</param>
    /// <returns><paramref name="resource"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static TResource Apply<TResource>(TResource resource)
        where TResource : Resource
    {
        ArgumentNullException.ThrowIfNull(resource);
        resource.Meta ??= new Meta();
        foreach (var label in All)
        {
            if (!resource.Meta.Security.Exists(c => c.System == label.System && c.Code == label.Code))
            {
                resource.Meta.Security.Add(label);
            }
        }

        return resource;
    }

    /// <summary>Returns whether <paramref name="resource"/> carries all four labels.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns><see langword="true"/> when every label of <see cref="All"/> is in <c>meta.security</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    public static bool IsLabelled(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var security = resource.Meta?.Security;
        return security is not null && All.All(label => security.Exists(c => c.System == label.System && c.Code == label.Code));
    }

    /// <summary>Labels the resource when its content is SUD-sensitive or the records come from a Part 2 programme.</summary>
    internal static TResource ApplyWhen<TResource>(TResource resource, Sensitivity sensitivity, FhirMappingContext context)
        where TResource : Resource =>
        sensitivity == Sensitivity.SubstanceUseDisorder || context.IsPart2Programme ? Apply(resource) : resource;
}
