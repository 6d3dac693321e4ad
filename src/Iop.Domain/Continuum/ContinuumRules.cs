using Iop.Domain.Rules;

namespace Iop.Domain.Continuum;

/// <summary>The rules of the continuum: each crosswalk, with its id and source (see <c>docs/rules.md</c>).</summary>
public static class ContinuumRules
{
    // Sources first: static initializers run in textual order, and the rules below read them.
    internal static RuleSource PennsylvaniaWithdrawalManagement { get; } = new(
        "ASAM Application Guidance (the 2013 Criteria in Pennsylvania, withdrawal-management levels 1-WM, 2-WM, 3.2-WM, 3.7-WM, 4-WM)",
        "Pennsylvania Department of Drug and Alcohol Programs",
        2019,
        "Levels of care",
        new Uri("https://ru.scribd.com/document/437931623/ASAM-Application-Guidance-8-2019"));

    internal static RuleSource ColoradoAsamCodeSystem { get; } = new(
        "Colorado BHA FHIR IG, code system BHAASAMLevelOfCareCS (3.2-D and 3.3 marked as going away with the 4th edition)",
        "Colorado Behavioral Health Administration",
        2025,
        "input/fsh/codesystems/BHAASAMLevelOfCareCS.fsh",
        new Uri("https://github.com/CoBHA/CoBHRM-FHIR-IG"));

    internal static RuleSource IllinoisAsamFourth { get; } = new(
        "Illinois DHS/SUPR: adoption of The ASAM Criteria, 4th edition, effective July 1, 2025",
        "Illinois Department of Human Services, Division of Substance Use Prevention and Recovery",
        2025,
        "Effective 2025-07-01",
        new Uri("https://www.dhs.state.il.us/?item=170097"));

    internal static RuleSource WashingtonAsamFourth { get; } = new(
        "Washington HCA: transition to The ASAM Criteria, 4th edition, no later than January 1, 2026 (SB 5361)",
        "Washington State Health Care Authority",
        2025,
        "Effective 2026-01-01",
        new Uri("https://www.hca.wa.gov/node/35521"));

    /// <summary>Gets <c>CONT-ORDER</c>: the five levels are ordered by intensity, OP &lt; IOP &lt; PHP &lt; residential &lt; inpatient.</summary>
    public static Rule Order { get; } = new(new RuleId("CONT-ORDER"), "Levels of care are ordered by intensity: outpatient, intensive outpatient, partial hospitalization, residential, inpatient.", Citations.Tip47);

    /// <summary>Gets <c>CONT-ASAM3-CROSSWALK</c>: each level maps to ASAM 3rd-edition levels (0.5 is not mapped).</summary>
    public static Rule AsamThirdEditionCrosswalk { get; } = new(new RuleId("CONT-ASAM3-CROSSWALK"), "Each level of care maps to one or more ASAM 3rd-edition levels, with a default; early intervention (0.5) is not a level of care.", Citations.AsamCriteriaThirdEdition);

    /// <summary>Gets <c>CONT-ASAM4-CROSSWALK</c>: each level maps to ASAM 4th-edition levels.</summary>
    public static Rule AsamFourthEditionCrosswalk { get; } = new(new RuleId("CONT-ASAM4-CROSSWALK"), "Each level of care maps to one or more ASAM 4th-edition levels, with a default.", Citations.AsamCriteriaFourthEdition);

    /// <summary>Gets <c>CONT-ASAM-WM</c>: the 3rd edition's withdrawal-management levels are services beside a level of care.</summary>
    public static Rule AsamWithdrawalManagement { get; } = new(new RuleId("CONT-ASAM-WM"), "The ASAM 3rd edition's withdrawal-management levels 1-WM, 2-WM, 3.2-WM, 3.7-WM and 4-WM are services beside a level of care, each mapped to the level it is delivered beside.", PennsylvaniaWithdrawalManagement);

    /// <summary>Gets <c>CONT-ASAM4-WITHDRAWAL</c>: the 4th edition's withdrawal-capable levels (1.7, 2.7, 3.7) and its medically and clinically managed levels.</summary>
    public static Rule AsamFourthEditionWithdrawal { get; } = new(new RuleId("CONT-ASAM4-WITHDRAWAL"), "In the ASAM 4th edition withdrawal management is folded into 1.7, 2.7 and 3.7; 1.7, 2.7, 3.7 and 4.0 are medically managed, the other levels clinically managed.", Citations.AsamCriteriaFourthEdition);

    /// <summary>Gets <c>CONT-ASAM-EDITIONS</c>: the 3rd ↔ 4th edition crosswalk, lossy where a level has no counterpart or withdrawal management changes shape.</summary>
    public static Rule AsamEditionCrosswalk { get; } = new(new RuleId("CONT-ASAM-EDITIONS"), "ASAM levels map between the 3rd and 4th editions, default first; the mapping is marked lossy for 0.5, 3.3, the withdrawal-management levels, 1.0 and the withdrawal-capable 1.7, 2.7 and 3.7.", ColoradoAsamCodeSystem);

    /// <summary>Gets <c>CONT-ASAM-EDITION-IN-FORCE</c>: which ASAM edition is in force, by state and date.</summary>
    public static Rule AsamEditionInForce { get; } = new(new RuleId("CONT-ASAM-EDITION-IN-FORCE"), "The ASAM edition in force is chosen by state and date: Illinois 4th edition from 2025-07-01, Washington from 2026-01-01, the 3rd edition elsewhere unless the caller adds its state.", IllinoisAsamFourth);

    /// <summary>Gets <c>CONT-LOCUS-CROSSWALK</c>: each level maps to LOCUS levels 1 to 6 (0 is not mapped).</summary>
    public static Rule LocusCrosswalk { get; } = new(new RuleId("CONT-LOCUS-CROSSWALK"), "Each level of care maps to one or more LOCUS levels, with a default; LOCUS 0 (basic services) is not a level of care.", Citations.LocusLevels);

    /// <summary>Gets <c>CONT-TEDS-SERVICES</c>: each level maps to TEDS service settings; every setting maps back to one level.</summary>
    public static Rule TedsServiceCrosswalk { get; } = new(new RuleId("CONT-TEDS-SERVICES"), "Each level of care maps to TEDS service settings; setting 6 (ambulatory intensive outpatient) covers IOP and PHP.", Citations.TedsCodebook);

    /// <summary>Gets <c>CLM-POS</c>: each level maps to a set of plausible CMS place-of-service codes (there is no IOP-specific code).</summary>
    public static Rule PlaceOfServiceCrosswalk { get; } = new(new RuleId("CLM-POS"), "Each level of care maps to a set of plausible place-of-service codes; there is no IOP-specific code.", Citations.CmsPlaceOfServiceCodes);

    /// <summary>Gets <c>CLM-IOP-CC92</c>: an IOP institutional claim carries condition code 92, a PHP claim 41.</summary>
    public static Rule ConditionCodeCrosswalk { get; } = new(new RuleId("CLM-IOP-CC92"), "An intensive outpatient institutional claim carries condition code 92 and a partial hospitalization claim condition code 41; never both.", Citations.CmsIopBillingInstructions);

    /// <summary>Gets <c>CLM-HCPCS-PERDIEM</c>: the HCPCS Level II per-diem codes used for IOP and PHP.</summary>
    public static Rule HcpcsPerDiemCrosswalk { get; } = new(new RuleId("CLM-HCPCS-PERDIEM"), "Intensive outpatient is billed per diem with S9480 (psychiatric) or H0015 (alcohol and drug); partial hospitalization with S0201 or H0035.", Citations.HcpcsLevelII);

    /// <summary>Gets <c>CLM-REVCODE</c>: revenue codes per level are supplied by the caller through a <see cref="BillingCodeMap"/>.</summary>
    public static Rule RevenueCodeMap { get; } = new(new RuleId("CLM-REVCODE"), "UB-04 revenue codes are AHA-licensed: the caller supplies them per level through a billing-code map.", Citations.NubcRevenueCodeLicence);

    /// <summary>Gets <c>MCR-PHP-RECERT-18</c>: Medicare's first PHP recertification is made by day 18 of services (day 1 is the first day).</summary>
    public static Rule PhpFirstRecertification { get; } = new(new RuleId("MCR-PHP-RECERT-18"), "Medicare's first partial hospitalization recertification is made as of the 18th day of services.", Citations.Cfr424Section24);

    /// <summary>Gets <c>MCR-PHP-RECERT-30</c>: later Medicare PHP recertifications are at most 30 days apart.</summary>
    public static Rule PhpRecertification { get; } = new(new RuleId("MCR-PHP-RECERT-30"), "Later Medicare partial hospitalization recertifications are made no less often than every 30 days.", Citations.Cfr424Section24);

    /// <summary>Gets <c>MCR-IOP-RECERT</c>: Medicare IOP recertification is made at least every other month, read as two calendar months.</summary>
    public static Rule IopRecertification { get; } = new(new RuleId("MCR-IOP-RECERT"), "Medicare intensive outpatient recertification is made no less often than every other month (two calendar months).", Citations.Cfr424Section24);
}
