namespace Iop.Domain.Coding;

/// <summary>The URIs of the code systems the library uses, as FHIR names them.</summary>
/// <remarks>
/// <para>
/// Published systems (LOINC, HCPCS, CMS place of service, NUBC) use the URI their publisher or HL7
/// terminology gives them. TEDS, ASAM and LOCUS have no canonical FHIR URI, and the library's own rule ids and
/// levels of care have none either: the library names these systems with canonical <c>https</c> URLs under
/// its own home, <c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/{id}</c> (see
/// <see cref="LibraryCanonicalBase"/>), so that a FHIR server stores a stable absolute URL that cannot be
/// mistaken for an official system. Each is listed with its codes in <c>docs/fhir.md</c>. The URLs are
/// identifiers: they are stable across versions of the library and need not resolve.
/// </para>
/// </remarks>
public static class CodeSystems
{
    /// <summary>Gets the base of the canonical URLs of the code systems the library defines.</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/</c>: the repository's home (the package's <c>RepositoryUrl</c>) followed by FHIR's <c>CodeSystem/</c> convention.</value>
    public static string LibraryCanonicalBase => "https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/";

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

    /// <summary>Gets the library's canonical URL for the SAMHSA TEDS service-setting codes (<c>SERVICES</c>).</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/teds-services</c>.</value>
    public static string TedsServiceSetting => LibraryCanonicalBase + "teds-services";

    /// <summary>Gets the library's canonical URL for the SAMHSA TEDS-D reason-for-discharge codes (<c>REASON</c>).</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/teds-reason</c>.</value>
    public static string TedsDischargeReason => LibraryCanonicalBase + "teds-reason";

    /// <summary>Gets the library's canonical URL for ASAM Criteria 3rd-edition level numbers.</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/asam-3</c>.</value>
    public static string AsamThirdEdition => LibraryCanonicalBase + "asam-3";

    /// <summary>Gets the library's canonical URL for ASAM Criteria 4th-edition level numbers.</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/asam-4</c>.</value>
    public static string AsamFourthEdition => LibraryCanonicalBase + "asam-4";

    /// <summary>Gets the library's canonical URL for LOCUS level numbers.</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/locus</c>.</value>
    public static string Locus => LibraryCanonicalBase + "locus";

    /// <summary>Gets the library's canonical URL for its levels of care (codes <c>OP</c>, <c>IOP</c>, <c>PHP</c>, <c>RES</c>, <c>IP</c>: the abbreviations of <c>LevelsOfCare.Abbreviation</c>).</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/level-of-care</c>.</value>
    public static string LevelOfCare => LibraryCanonicalBase + "level-of-care";

    /// <summary>Gets the library's canonical URL for its rule ids (the codes are the ids of <c>docs/rules.md</c>, for example <c>OUT-PHQ9-ITEM9</c>).</summary>
    /// <value><c>https://github.com/iop-domain/Iop.Domain/fhir/CodeSystem/rule-id</c>.</value>
    public static string RuleId => LibraryCanonicalBase + "rule-id";
}
