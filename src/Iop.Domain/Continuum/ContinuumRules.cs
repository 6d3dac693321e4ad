using Iop.Domain.Rules;

namespace Iop.Domain.Continuum;

/// <summary>The rules of the continuum: each crosswalk, with its id and source (see <c>docs/rules.md</c>).</summary>
public static class ContinuumRules
{
    /// <summary>Gets <c>CONT-ORDER</c>: the five levels are ordered by intensity, OP &lt; IOP &lt; PHP &lt; residential &lt; inpatient.</summary>
    public static Rule Order { get; } = new(new RuleId("CONT-ORDER"), "Levels of care are ordered by intensity: outpatient, intensive outpatient, partial hospitalization, residential, inpatient.", Citations.Tip47);

    /// <summary>Gets <c>CONT-ASAM3-CROSSWALK</c>: each level maps to ASAM 3rd-edition levels (0.5 is not mapped).</summary>
    public static Rule AsamThirdEditionCrosswalk { get; } = new(new RuleId("CONT-ASAM3-CROSSWALK"), "Each level of care maps to one or more ASAM 3rd-edition levels, with a default; early intervention (0.5) is not a level of care.", Citations.AsamCriteriaThirdEdition);

    /// <summary>Gets <c>CONT-ASAM4-CROSSWALK</c>: each level maps to ASAM 4th-edition levels.</summary>
    public static Rule AsamFourthEditionCrosswalk { get; } = new(new RuleId("CONT-ASAM4-CROSSWALK"), "Each level of care maps to one or more ASAM 4th-edition levels, with a default.", Citations.AsamCriteriaFourthEdition);

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
