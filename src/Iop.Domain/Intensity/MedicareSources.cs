using Iop.Domain.Rules;

namespace Iop.Domain.Intensity;

/// <summary>
/// The Medicare PHP/IOP sources the intensity and billing rule sets cite beyond <see cref="Citations"/>: the
/// dated versions and the delivery, professional-service and setting rules (each has its row in <c>docs/rules.md</c>).
/// </summary>
internal static class MedicareSources
{
    /// <summary>MLN Matters SE1607 (2016): the PHP 20 h/week expectation, before the IOP benefit existed.</summary>
    public static RuleSource MlnSe1607 { get; } = new(
        "MLN Matters SE1607: Medicare partial hospitalization program, coverage and billing (as summarised by Revenue Cycle Advisor)", "CMS", 2016, "PHP at least 20 hours a week",
        new Uri("https://revenuecycleadvisor.com/news-analysis/changes-coverage-and-billing-partial-hospitalization-program-services"));

    /// <summary>The CY 2025 OPPS/ASC final rule (CMS-1809-FC): the CY 2024 PHP/IOP structure kept.</summary>
    public static RuleSource Opps2025FinalRule { get; } = new(
        "CY 2025 OPPS/ASC final rule (CMS-1809-FC), as summarised by J. Taylor", "CMS", 2024, "Partial hospitalization and intensive outpatient: 3-service and 4-or-more per diems; IOP at least 9 h/week");

    /// <summary>The CY 2026 OPPS/ASC final rule (CMS-1834-FC, 90 FR 53448): the CY 2024 PHP/IOP structure kept.</summary>
    public static RuleSource Opps2026FinalRule { get; } = new(
        "CY 2026 OPPS/ASC final rule (CMS-1834-FC), 90 FR 53448, Federal Register document 2025-20907", "CMS", 2025, "Partial hospitalization and intensive outpatient",
        new Uri("https://www.federalregister.gov/d/2025-20907"));

    /// <summary>The Sunstone Consulting analysis of CAA 2023 §4124: no virtual delivery of Medicare PHP or IOP.</summary>
    public static RuleSource VirtualDelivery { get; } = new(
        "IOPs Are New Avenue for Patients, But Compare Rule to Manual for Compliance Sake (Sunstone Consulting), on CAA 2023 §4124", "Compliance Cosmos", 2024, "Virtual delivery");

    /// <summary>OPPS remote mental-health services C7900–C7902, separate from the PHP/IOP per diem.</summary>
    public static RuleSource RemoteMentalHealth { get; } = new(
        "CY 2023 OPPS/ASC final rule: remote mental health services (HCPCS C7900-C7902)", "CMS", 2022, "Remote mental health services");

    /// <summary>NGS Medicare, Intensive Outpatient Program: types of bill by provider, condition code 89.</summary>
    public static RuleSource NgsIop { get; } = new(
        "Intensive Outpatient Program", "National Government Services (Medicare)", 2024, "Types of bill; condition code 89",
        new Uri("https://www.ngsmedicare.com/web/ngs/intensive-outpatient-program?selectedArticleId=10544010"));

    /// <summary>NAHRI on CMS's RHC and FQHC IOP requirements: at least one primary ("List A") service per claim.</summary>
    public static RuleSource NahriRhcFqhc { get; } = new(
        "CMS releases IOP requirements for FQHCs and RHCs", "NAHRI", 2024, "Primary (List A) services");

    /// <summary>NGS Medicare on opioid treatment programmes: the weekly IOP add-on G0137.</summary>
    public static RuleSource NgsOtp { get; } = new(
        "Opioid treatment programs: intensive outpatient services (weekly add-on G0137)", "National Government Services (Medicare)", 2024, "G0137");
}
