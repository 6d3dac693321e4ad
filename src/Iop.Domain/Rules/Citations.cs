namespace Iop.Domain.Rules;

/// <summary>
/// The published sources the built-in rules cite, one property per work. Each matches a source named
/// in <c>docs/rules.md</c>; callers citing their own payer manuals create their own <see cref="RuleSource"/>.
/// </summary>
public static class Citations
{
    /// <summary>Gets 42 CFR 410.43, partial hospitalization services: conditions and exclusions.</summary>
    public static RuleSource Cfr410Section43 { get; } = new("42 CFR 410.43 Partial hospitalization services: conditions and exclusions", "CMS / eCFR", 2026, null, new Uri("https://www.ecfr.gov/current/title-42/section-410.43"));

    /// <summary>Gets 42 CFR 410.44, intensive outpatient services: conditions and exclusions.</summary>
    public static RuleSource Cfr410Section44 { get; } = new("42 CFR 410.44 Intensive outpatient services: conditions and exclusions", "CMS / eCFR", 2024, null, new Uri("https://www.ecfr.gov/current/title-42/section-410.44"));

    /// <summary>Gets 42 CFR 424.24, requirements for medical and other health services furnished by providers (certification and recertification).</summary>
    public static RuleSource Cfr424Section24 { get; } = new("42 CFR 424.24 Requirements for medical and other health services furnished by providers", "CMS / eCFR", 2024, "(d) IOP, (e) PHP", new Uri("https://www.ecfr.gov/current/title-42/section-424.24"));

    /// <summary>Gets the CY 2024 OPPS/ASC final rule (CMS-1786-FC) that created the Medicare IOP benefit from 2024-01-01.</summary>
    public static RuleSource Opps2024FinalRule { get; } = new("CY 2024 OPPS/ASC final rule (CMS-1786-FC)", "CMS", 2023, "Intensive outpatient program", new Uri("https://www.cms.gov/newsroom/fact-sheets/cy-2024-medicare-hospital-outpatient-prospective-payment-system-and-ambulatory-surgical-center-0"));

    /// <summary>Gets the CMS change requests introducing IOP condition code 92 and its claim edits (MLN MM13222, MM13496).</summary>
    public static RuleSource CmsIopBillingInstructions { get; } = new("Intensive Outpatient Program billing requirements (MLN MM13222, MM13496)", "CMS / Medicare Administrative Contractors (CGS, Noridian)", 2024, "Condition code 92; overlap edits", new Uri("https://cgsmedicare.com/parta/pubs/news/2024/01/cope148965.html"));

    /// <summary>Gets the CMS place-of-service code set (as mirrored by HL7 terminology).</summary>
    public static RuleSource CmsPlaceOfServiceCodes { get; } = new("Place of Service Code Set", "CMS", 2024, null, new Uri("https://build.fhir.org/ig/HL7/UTG/CodeSystem-CMSPlaceofServiceCodes.html"));

    /// <summary>Gets the HCPCS Level II code set (CMS).</summary>
    public static RuleSource HcpcsLevelII { get; } = new("HCPCS Level II code set", "CMS", 2024, "H0015, H0035, S0201, S9480, G0410, G0411", new Uri("https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system"));

    /// <summary>Gets the ASAM Criteria, 3rd edition (Mee-Lee et al., 2013): level numbers and names only.</summary>
    public static RuleSource AsamCriteriaThirdEdition { get; } = new("The ASAM Criteria, 3rd edition (level numbers and names; reference use)", "American Society of Addiction Medicine", 2013, "Levels of care", new Uri("https://www.ncbi.nlm.nih.gov/books/NBK64088/"));

    /// <summary>Gets the ASAM Criteria, 4th edition (2023): level numbers and names only.</summary>
    public static RuleSource AsamCriteriaFourthEdition { get; } = new("The ASAM Criteria, 4th edition (level numbers and names; reference use)", "American Society of Addiction Medicine", 2023, "Levels of care", new Uri("https://www.asam.org/asam-criteria"));

    /// <summary>Gets the LOCUS level identifiers (AACP): level numbers and names only.</summary>
    public static RuleSource LocusLevels { get; } = new("Level of Care Utilization System (LOCUS): level numbers and names (reference use)", "American Association for Community Psychiatry", 2016, "Levels of care", new Uri("http://locusonline.com/aboutlocus.asp"));

    /// <summary>Gets the TEDS-D codebook: service settings and reasons for discharge.</summary>
    public static RuleSource TedsCodebook { get; } = new("Treatment Episode Data Set: Discharges (TEDS-D) codebook", "SAMHSA", 2017, "SERVICES, SERVICES_D, REASON", new Uri("https://www.samhsa.gov/data/data-we-collect/teds-treatment-episode-data-set"));

    /// <summary>Gets SAMHSA's TEDS 2012 national report, chapter 4 (service-type definitions, including intensive outpatient).</summary>
    public static RuleSource TedsServiceDefinitions { get; } = new("Treatment Episode Data Set (TEDS) 2002-2012 national report", "SAMHSA", 2014, "Chapter 4, service types");

    /// <summary>Gets the AHA/NUBC notice that UB-04 revenue codes and descriptors may not be shipped in software without consent.</summary>
    public static RuleSource NubcRevenueCodeLicence { get; } = new("UB-04 revenue codes: AHA copyright notice on CMS coverage pages", "American Hospital Association / NUBC", 2024, null, new Uri("https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33626"));

    /// <summary>Gets SAMHSA TIP 47, Substance Abuse: Clinical Issues in Intensive Outpatient Treatment.</summary>
    public static RuleSource Tip47 { get; } = new("TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment", "SAMHSA / CSAT", 2006, null, new Uri("https://www.ncbi.nlm.nih.gov/books/NBK64093/"));

    /// <summary>Gets 22-A DCMR §6329, District of Columbia rules for Level 2.1 intensive outpatient.</summary>
    public static RuleSource DcmrLevel21 { get; } = new("22-A DCMR §6329 Level of care 2.1: intensive outpatient program", "District of Columbia Department of Behavioral Health", 2017, "6329.1, 6329.2", new Uri("http://dcrules.elaws.us/dcmr/22-a6329"));

    /// <summary>Gets Kansas KDADS licensing standard R03-704 for intensive outpatient.</summary>
    public static RuleSource KansasR03704 { get; } = new("R03-704 Intensive outpatient treatment", "Kansas Department for Aging and Disability Services", 2017, null, new Uri("http://www.aging.ks.gov/WebCourses/StandardsTrainingTool/section_7/R03704.html"));

    /// <summary>Gets 22-A DCMR §6331, District of Columbia rules for Level 1 outpatient.</summary>
    public static RuleSource DcmrLevel1 { get; } = new("22-A DCMR §6331 Level of care 1: outpatient", "District of Columbia Department of Behavioral Health", 2024, "6331.1", new Uri("https://casetext.com/regulation/district-of-columbia-administrative-code/title-22-health/subtitle-22-a-mental-health/chapter-22-a63-certification-standards-for-substance-use-disorder-treatment-and-recovery-providers/rule-22-a6331-level-of-care-1-outpatient"));

    /// <summary>Gets 22-A DCMR §6330, District of Columbia rules for Level 2.5 day treatment.</summary>
    public static RuleSource DcmrLevel25 { get; } = new("22-A DCMR §6330 Level of care 2.5: day treatment", "District of Columbia Department of Behavioral Health", 2017, "6330.1, 6330.2", new Uri("http://dcrules.elaws.us/dcmr/22-A6330"));

    /// <summary>Gets the widely restated ASAM 3rd-edition weekly-hour bands (SAMHSA 2021 Advisory citing Mee-Lee et al. 2013; midshorebehavioralhealth.org).</summary>
    public static RuleSource AsamHourBands { get; } = new("Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (Advisory), citing The ASAM Criteria 3rd ed.", "SAMHSA", 2021, "Weekly hours by level", new Uri("https://midshorebehavioralhealth.org/glossary/asam-criteria/"));

    /// <summary>Gets the 2024 final rule on the confidentiality of substance use disorder patient records (42 CFR Part 2), 89 FR 12472.</summary>
    public static RuleSource Part2FinalRule2024 { get; } = new("Confidentiality of Substance Use Disorder (SUD) Patient Records, final rule (42 CFR Part 2), 89 FR 12472", "HHS (SAMHSA, OCR)", 2024, "Effective 2024-04-16; compliance 2026-02-16", new Uri("https://www.federalregister.gov/documents/2024/02/16/2024-02544/confidentiality-of-substance-use-disorder-sud-patient-records"));
}
