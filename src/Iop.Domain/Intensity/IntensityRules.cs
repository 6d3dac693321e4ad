using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Intensity;

/// <summary>
/// The rules of session intensity, weekly evaluation, programme length and billing days, each with its
/// stable id and source (see <c>docs/rules.md</c>).
/// </summary>
/// <remarks>
/// Findings about a weekly or programme threshold cite the <see cref="IntensityStandard.Source"/> of the
/// standard applied (so an evaluation under <see cref="IntensityRuleSet.DistrictOfColumbia"/> cites
/// 22-A DCMR); the <see cref="Rule.Source"/> below is the source of the built-in default.
/// </remarks>
public static class IntensityRules
{
    internal static readonly RuleSource NoridianIop = new(
        "Intensive Outpatient Program (IOP)", "Noridian Healthcare Solutions (Medicare JE)", 2024, "Hours per week; APCs 5851/5852",
        new Uri("https://med.noridianmedicare.com/web/jea/provider-types/mental-health/intensive-outpatient-program"));

    internal static readonly RuleSource FcsoIopBilling = new(
        "Intensive outpatient program services: institutional billing", "First Coast Service Options (Medicare)", 2024, "Per-diem payment tiers",
        new Uri("https://medicare.fcso.com/Billing_news/0507458.asp"));

    internal static readonly RuleSource NahriConditionCode92 = new(
        "CMS releases billing requirements for new condition code 92", "NAHRI, summarising CMS MLN MM13222 / MM13496", 2024, "Claim edits",
        new Uri("https://nahri.org/articles/cms-releases-billing-requirements-new-condition-code-92"));

    private static readonly RuleSource Library = new(
        "Iop.Domain design: weekly evaluation (docs/concepts.md, docs/decisions/0021)", "Iop.Domain", 2026);

    /// <summary>Gets <c>INT-IOP-MIN-HOURS</c>: an intensive-outpatient week needs at least the standard's minimum weekly hours of attended qualifying service (Medicare: 9 h).</summary>
    public static Rule IntensiveOutpatientMinimumHours { get; } = new(new RuleId("INT-IOP-MIN-HOURS"), "An intensive outpatient week needs at least the standard's minimum weekly hours of attended qualifying service.", Citations.Cfr410Section44);

    /// <summary>Gets <c>INT-IOP-MAX-HOURS</c>: an intensive-outpatient week above the standard's ceiling (Medicare contractor: at most 19 h) suggests partial hospitalization.</summary>
    public static Rule IntensiveOutpatientMaximumHours { get; } = new(new RuleId("INT-IOP-MAX-HOURS"), "An intensive outpatient week above the standard's ceiling suggests the next level up.", NoridianIop);

    /// <summary>Gets <c>INT-PHP-MIN-HOURS</c>: a partial-hospitalization week needs at least the standard's minimum weekly hours (Medicare: 20 h).</summary>
    public static Rule PartialHospitalizationMinimumHours { get; } = new(new RuleId("INT-PHP-MIN-HOURS"), "A partial hospitalization week needs at least the standard's minimum weekly hours of attended qualifying service.", Citations.Cfr410Section43);

    /// <summary>Gets <c>INT-OP-MAX-HOURS</c>: an outpatient week above the standard's ceiling (ASAM bands: below 9 h adults) suggests intensive outpatient.</summary>
    public static Rule OutpatientMaximumHours { get; } = new(new RuleId("INT-OP-MAX-HOURS"), "An outpatient week above the standard's ceiling suggests the next level up.", Citations.AsamHourBands);

    /// <summary>Gets <c>INT-MIN-HOURS</c>: a week at any other level (for example residential 3.1, at least 5 h) needs the standard's minimum weekly hours.</summary>
    public static Rule MinimumHours { get; } = new(new RuleId("INT-MIN-HOURS"), "A week at a level other than intensive outpatient or partial hospitalization needs at least the standard's minimum weekly hours.", Citations.AsamHourBands);

    /// <summary>Gets <c>INT-MAX-HOURS</c>: a week at any other level above the standard's ceiling suggests the next level up.</summary>
    public static Rule MaximumHours { get; } = new(new RuleId("INT-MAX-HOURS"), "A week at a level other than outpatient or intensive outpatient above the standard's ceiling suggests the next level up.", Citations.AsamHourBands);

    /// <summary>Gets <c>INT-MIN-DAYS</c>: a week needs at least the standard's minimum service days (H0015 and TEDS: 3).</summary>
    public static Rule MinimumDays { get; } = new(new RuleId("INT-MIN-DAYS"), "A week needs at least the standard's minimum number of service days.", Citations.HcpcsLevelII);

    /// <summary>Gets <c>INT-MAX-DAYS</c>: a week may have at most the standard's maximum service days (no built-in standard sets one).</summary>
    public static Rule MaximumDays { get; } = new(new RuleId("INT-MAX-DAYS"), "A week may have at most the standard's maximum number of service days.", Library);

    /// <summary>Gets <c>INT-MIN-DAY-HOURS</c>: a day with attended qualifying service below the standard's hours per service day (H0015: 3 h; TEDS: 2 h) is not a service day.</summary>
    public static Rule MinimumDayHours { get; } = new(new RuleId("INT-MIN-DAY-HOURS"), "A day with attended qualifying service below the standard's minimum hours per service day does not count as a service day.", Citations.TedsServiceDefinitions);

    /// <summary>Gets <c>INT-MISSING-WEEK</c>: a full week of the range with no attended session.</summary>
    public static Rule MissingWeek { get; } = new(new RuleId("INT-MISSING-WEEK"), "Every full week of an episode has at least one attended session; a week without one is reported instead of its hour and day minimums.", Citations.AsamHourBands);

    /// <summary>Gets <c>INT-NO-STANDARD</c>: the rule set has no standard for the level and age group, so no weekly threshold was applied.</summary>
    public static Rule NoStandard { get; } = new(new RuleId("INT-NO-STANDARD"), "The rule set has no standard for the level of care and age group; no weekly or programme threshold was applied.", Library);

    /// <summary>Gets <c>INT-PROGRAMME-TOO-LONG</c>: an episode at a level has run past the standard's maximum programme days (DC 2.1 and 2.5: 60).</summary>
    public static Rule ProgrammeTooLong { get; } = new(new RuleId("INT-PROGRAMME-TOO-LONG"), "An episode at a level has run past the standard's maximum programme length.", Citations.DcmrLevel21);

    /// <summary>Gets <c>INT-PROGRAMME-TOO-SHORT</c>: an episode at a level ended before the standard's minimum programme days (DC 2.1 and 2.5: 30).</summary>
    public static Rule ProgrammeTooShort { get; } = new(new RuleId("INT-PROGRAMME-TOO-SHORT"), "An episode at a level ended before the standard's minimum programme length.", Citations.DcmrLevel21);

    /// <summary>Gets <c>CLM-PERDIEM-TIER</c>: a PHP or IOP day with exactly 3 qualifying services is paid at the 3-service tier, with 4 or more at the 4+ tier, with fewer at no tier (the counts are <see cref="BillingRuleSet"/> parameters).</summary>
    public static Rule PerDiemTier { get; } = new(new RuleId("CLM-PERDIEM-TIER"), "A PHP or IOP day with exactly 3 qualifying services falls in the 3-service per-diem tier, with 4 or more in the 4-or-more tier, and with fewer in no tier.", FcsoIopBilling);

    /// <summary>Gets <c>CLM-H0015-INTENSITY</c>: an H0015 day needs at least 3 hours of service in a programme running at least 3 days that week.</summary>
    public static Rule H0015Intensity { get; } = new(new RuleId("CLM-H0015-INTENSITY"), "An H0015 day needs at least 3 hours of service, in a programme that runs at least 3 days in the week.", Citations.HcpcsLevelII);

    /// <summary>Gets <c>CLM-IOP-PHP-OVERLAP</c>: a Medicare contractor returns an IOP claim whose dates overlap a PHP (condition code 41) claim for the same person.</summary>
    public static Rule IopPhpOverlap { get; } = new(new RuleId("CLM-IOP-PHP-OVERLAP"), "Intensive outpatient days must not overlap partial hospitalization days for the same person; the claim is returned.", NahriConditionCode92);

    /// <summary>Gets <c>CLM-IOP-7DAY</c>: a Medicare contractor returns an IOP claim with a line date within the 7 days before the start of another claim period for the same person and provider (<see cref="BillingRuleSet.ClaimLookbackDays"/>).</summary>
    public static Rule IopSevenDay { get; } = new(new RuleId("CLM-IOP-7DAY"), "An intensive outpatient line date within the 7 days before the start of another claim period for the same person and provider gets the claim returned.", NahriConditionCode92);

    /// <summary>Gets <c>MCR-NONQUALIFYING</c>: services that are primarily social, recreational or diversionary do not count toward programme hours or per-diem services. Reported by <see cref="SessionIntensity.Evaluate"/> once per week that has such sessions, never by <see cref="BillingDays"/>.</summary>
    public static Rule NonQualifying { get; } = new(new RuleId("MCR-NONQUALIFYING"), "Services that are primarily social, recreational or diversionary do not count toward programme hours or per-diem services.", Citations.Cfr410Section43);

    /// <summary>Gets <c>MCR-IN-PERSON-ONLY</c>: under a rule set whose <see cref="TelehealthPosition"/> is <see cref="TelehealthPosition.InPersonOnly"/> (Medicare PHP and IOP), attended telehealth sessions add nothing to qualifying hours or per-diem services.</summary>
    public static Rule InPersonOnly { get; } = new(new RuleId("MCR-IN-PERSON-ONLY"), "Medicare PHP and IOP services count only when furnished in person: attended telehealth sessions add nothing to qualifying hours or per-diem services.", MedicareSources.VirtualDelivery);

    /// <summary>Gets <c>MCR-SEPARATE-PRO</c>: physician, PA, NP, CNS and clinical-psychologist services are paid outside the PHP/IOP per diem and are not per-diem services (<see cref="ServiceFurnishers.IsPaidOutsidePerDiem"/>).</summary>
    public static Rule SeparateProfessionalServices { get; } = new(new RuleId("MCR-SEPARATE-PRO"), "Physician, PA, NP, CNS and clinical-psychologist services are paid outside the PHP/IOP per diem and are not per-diem services.", Citations.Cfr410Section43);

    /// <summary>Gets <c>MCR-REMOTE-MH</c>: OPPS remote mental-health services (C7900–C7902, <see cref="ServiceKind.RemoteMentalHealthService"/>) are not PHP or IOP services and are not counted.</summary>
    public static Rule RemoteMentalHealth { get; } = new(new RuleId("MCR-REMOTE-MH"), "Remote mental-health services (HCPCS C7900-C7902) are billed apart from the PHP/IOP per diem and are not PHP or IOP services.", MedicareSources.RemoteMentalHealth);

    /// <summary>Gets <c>RULESET-NOT-REVERIFIED</c>: the evaluated dates fall after the last year the rule set was verified for (<see cref="IntensityRuleSet.VerifiedThrough"/>, <see cref="BillingRuleSet.VerifiedThrough"/>); its latest version was applied unchanged.</summary>
    public static Rule NotReverified { get; } = new(new RuleId("RULESET-NOT-REVERIFIED"), "The dates evaluated fall after the last year the rule set was verified for; its latest version was applied without re-verification for that year.", Library);

    /// <summary>Gets <c>CLM-SETTING</c>: the provider setting fixes the type of bill, the condition codes and the setting's rules (<see cref="ProviderSettings"/>).</summary>
    public static Rule Setting { get; } = new(new RuleId("CLM-SETTING"), "The provider setting fixes a PHP or IOP claim's type of bill and condition codes and whether its days are tiered, need a primary service or carry a weekly add-on.", MedicareSources.NgsIop);

    /// <summary>Gets <c>CLM-RHC-FQHC-PRIMARY</c>: an RHC or FQHC IOP claim needs at least one primary ("List A") service, which the caller marks (<see cref="Session.IsPrimaryService"/>).</summary>
    public static Rule PrimaryService { get; } = new(new RuleId("CLM-RHC-FQHC-PRIMARY"), "An RHC or FQHC intensive outpatient claim needs at least one primary (List A) service.", MedicareSources.NahriRhcFqhc);

    /// <summary>Gets <c>CLM-OTP-G0137</c>: an opioid treatment programme bills the weekly IOP add-on G0137 once for a week that reaches the add-on's minimum (<see cref="BillingRuleSet.WeeklyAddOnMinimumHours"/>, <see cref="BillingRuleSet.WeeklyAddOnMinimumServices"/>).</summary>
    public static Rule WeeklyAddOn { get; } = new(new RuleId("CLM-OTP-G0137"), "An opioid treatment programme bills the weekly intensive outpatient add-on G0137 once for a week that reaches the add-on's minimum.", MedicareSources.NgsOtp);

    internal static Rule MinimumHoursFor(LevelOfCare level) => level switch
    {
        LevelOfCare.IntensiveOutpatient => IntensiveOutpatientMinimumHours,
        LevelOfCare.PartialHospitalization => PartialHospitalizationMinimumHours,
        _ => MinimumHours,
    };

    internal static Rule MaximumHoursFor(LevelOfCare level) => level switch
    {
        LevelOfCare.Outpatient => OutpatientMaximumHours,
        LevelOfCare.IntensiveOutpatient => IntensiveOutpatientMaximumHours,
        _ => MaximumHours,
    };

    /// <summary>Makes a finding of <paramref name="rule"/> that cites the standard applied rather than the rule's default source.</summary>
    internal static Finding ToFindingCiting(this Rule rule, Severity severity, string message, RuleSource source, FindingSubject? subject) =>
        new(rule.Id, severity, message, source, subject);
}
