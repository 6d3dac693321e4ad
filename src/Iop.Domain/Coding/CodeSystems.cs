namespace Iop.Domain.Coding;

/// <summary>The URIs of the code systems the library uses, as FHIR names them.</summary>
/// <remarks>
/// TEDS, ASAM and LOCUS have no canonical FHIR URI; the library names them under <c>urn:iop-domain:</c>
/// so that they cannot be mistaken for an official system.
/// </remarks>
public static class CodeSystems
{
    /// <summary>Gets the LOINC system URI (<c>http://loinc.org</c>).</summary>
    public static string Loinc => "http://loinc.org";

    /// <summary>Gets the HCPCS Level II system URI as HL7 terminology names it (<c>urn:oid:2.16.840.1.113883.6.285</c>).</summary>
    public static string Hcpcs => "urn:oid:2.16.840.1.113883.6.285";

    /// <summary>Gets the CMS place-of-service code set URI as HL7 terminology (UTG) names it.</summary>
    public static string PlaceOfService => "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

    /// <summary>Gets the NUBC UB-04 condition-code system URI (<c>https://www.nubc.org/CodeSystem/ConditionCodes</c>).</summary>
    public static string NubcConditionCodes => "https://www.nubc.org/CodeSystem/ConditionCodes";

    /// <summary>Gets the NUBC UB-04 revenue-code system URI (<c>https://www.nubc.org/CodeSystem/RevenueCodes</c>). Revenue codes are supplied by the caller.</summary>
    public static string NubcRevenueCodes => "https://www.nubc.org/CodeSystem/RevenueCodes";

    /// <summary>Gets the library's URI for the SAMHSA TEDS service-setting codes (<c>SERVICES</c>).</summary>
    public static string TedsServiceSetting => "urn:iop-domain:teds:services";

    /// <summary>Gets the library's URI for the SAMHSA TEDS-D reason-for-discharge codes (<c>REASON</c>).</summary>
    public static string TedsDischargeReason => "urn:iop-domain:teds:reason";

    /// <summary>Gets the library's URI for ASAM Criteria 3rd-edition level numbers.</summary>
    public static string AsamThirdEdition => "urn:iop-domain:asam:3";

    /// <summary>Gets the library's URI for ASAM Criteria 4th-edition level numbers.</summary>
    public static string AsamFourthEdition => "urn:iop-domain:asam:4";

    /// <summary>Gets the library's URI for LOCUS level numbers.</summary>
    public static string Locus => "urn:iop-domain:locus";
}
