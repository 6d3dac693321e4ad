using Iop.Domain.Rules;

namespace Iop.Domain.Placement;

/// <summary>
/// The rules of placement, overrides and transition reviews, each with its id and source (see the
/// Placement section of <c>docs/rules.md</c>). The criteria rules are the library's own rule set built
/// from public criteria; they do not reproduce the ASAM Criteria or LOCUS.
/// </summary>
public static class PlacementRules
{
    // Sources first: static initializers run in textual order, and the rules below use them.
    internal static RuleSource PracticeCriteria { get; } = new(
        "Widely published level-of-care practice criteria, as our own documented rule set (not the ASAM Criteria or LOCUS)",
        "Iop.Domain, from SAMHSA TIP 47 ch. 3 and public programme descriptions",
        2024,
        "Ch. 3, the continuum of care and placement",
        new Uri("https://www.ncbi.nlm.nih.gov/books/NBK64088/"));

    internal static RuleSource ValidityWindow { get; } = new(
        "Assessment validity windows set by state and payer rules (a 180-day LOCUS validity is one example); a rule-set parameter",
        "Iop.Domain (rule-set parameter; the 180-day default is Minnesota's LOCUS validity, MN DHS MHIS manual §5.1.5; confirm against the applicable state rule)",
        2024);

    internal static RuleSource DimensionalEngine { get; } = new(
        "Generic dimensional placement engine; the table (and its source) is supplied by a licensed integrator",
        "Iop.Domain",
        2024,
        "table shapes: ASAM 3rd-ed. dimension ratings 0-4; LOCUS composite 7-35 (MN DHS MHIS manual §5.1.5)");

    internal static RuleSource OverrideReporting { get; } = new(
        "Override with a coded variance reason, and the authorized level kept apart from the clinical level (utilization review practice)",
        "Iop.Domain, from MN DHS MHIS manual §5.1.5 and EHR utilization-review practice",
        2024,
        "MN DHS MHIS manual §5.1.5 (coded reasons a placement does not match the determination); Kipu, Transitioning Levels of Care");

    internal static RuleSource ConcurrentReview { get; } = new(
        "Concurrent review: a payer authorizes a level of care for a period, and a continued stay past its end needs a new authorization (utilization-review practice; no single public rule)",
        "Iop.Domain, from payer utilization-management practice",
        2024,
        "Concurrent (continued-stay) review");

    /// <summary>Gets <c>PLC-CRIT-INPATIENT</c>: a need for 24-hour medical management indicates medically managed inpatient care.</summary>
    public static Rule Inpatient { get; } = new(new RuleId("PLC-CRIT-INPATIENT"), "A need for 24-hour medical management indicates medically managed inpatient care.", PracticeCriteria);

    /// <summary>Gets <c>PLC-CRIT-RESIDENTIAL</c>: a need for 24-hour supervision or structure indicates at least residential care.</summary>
    public static Rule Residential { get; } = new(new RuleId("PLC-CRIT-RESIDENTIAL"), "A need for 24-hour supervision or structure indicates at least residential care.", PracticeCriteria);

    /// <summary>Gets <c>PLC-CRIT-ENVIRONMENT</c>: without a safe and stable living environment, ambulatory care is not indicated; at least the rule set's level (residential by default).</summary>
    public static Rule UnsafeEnvironment { get; } = new(new RuleId("PLC-CRIT-ENVIRONMENT"), "Without a safe and stable living environment, at least the rule set's level applies (residential by default).", PracticeCriteria);

    /// <summary>Gets <c>PLC-CRIT-PHP-ALTERNATIVE</c>: a person who would otherwise need inpatient care needs at least partial hospitalization.</summary>
    public static Rule PhpInLieuOfInpatient { get; } = new(new RuleId("PLC-CRIT-PHP-ALTERNATIVE"), "A person who would otherwise need inpatient psychiatric care needs at least partial hospitalization.", Citations.Cfr410Section43);

    /// <summary>Gets <c>PLC-CRIT-PHP-HOURS</c>: a need for at least 20 hours of treatment a week indicates partial hospitalization.</summary>
    public static Rule PhpHours { get; } = new(new RuleId("PLC-CRIT-PHP-HOURS"), "A need for at least the rule set's partial-hospitalization hours a week (20 by default) indicates partial hospitalization.", Citations.Cfr410Section43);

    /// <summary>Gets <c>PLC-CRIT-IOP-HOURS</c>: a need for at least 9 (adult) or 6 (adolescent) hours a week indicates intensive outpatient.</summary>
    public static Rule IopHours { get; } = new(new RuleId("PLC-CRIT-IOP-HOURS"), "A need for at least the rule set's intensive-outpatient hours a week (9 adult, 6 adolescent by default) indicates intensive outpatient.", Citations.Cfr410Section44);

    /// <summary>Gets <c>PLC-CRIT-STEP-DOWN</c>: a person stepping down from a level needs at least the next less intensive level.</summary>
    public static Rule StepDown { get; } = new(new RuleId("PLC-CRIT-STEP-DOWN"), "A person stepping down from a level needs at least the next less intensive level, so no level is skipped.", PracticeCriteria);

    /// <summary>Gets <c>PLC-CRIT-RELAPSE</c>: relapse after earlier treatment indicates at least the rule set's level (intensive outpatient by default).</summary>
    public static Rule Relapse { get; } = new(new RuleId("PLC-CRIT-RELAPSE"), "Relapse after earlier treatment indicates at least the rule set's level (intensive outpatient by default).", PracticeCriteria);

    /// <summary>Gets <c>PLC-CRIT-OUTPATIENT</c>: when no criterion for a more intensive level is met, outpatient is indicated.</summary>
    public static Rule Outpatient { get; } = new(new RuleId("PLC-CRIT-OUTPATIENT"), "When no criterion for a more intensive level is met, outpatient care is indicated.", PracticeCriteria);

    /// <summary>Gets <c>PLC-MCR-IOP-ELIGIBILITY</c>: Medicare IOP needs ≥ 9 h/week, a disorder seriously interfering with several areas of life, and ability to take part and tolerate.</summary>
    public static Rule MedicareIopEligibility { get; } = new(new RuleId("PLC-MCR-IOP-ELIGIBILITY"), "Medicare intensive outpatient certification needs a need for at least 9 hours a week, a disorder seriously interfering with several areas of life, and the ability to take part in and tolerate the programme.", Citations.Cfr424Section24);

    /// <summary>Gets <c>PLC-MCR-PHP-ELIGIBILITY</c>: Medicare PHP needs ≥ 20 h/week, that the person would otherwise need inpatient care, and ability to tolerate it.</summary>
    public static Rule MedicarePhpEligibility { get; } = new(new RuleId("PLC-MCR-PHP-ELIGIBILITY"), "Medicare partial hospitalization certification needs a need for at least 20 hours a week, that the person would otherwise need inpatient psychiatric care, and the ability to tolerate the programme.", Citations.Cfr424Section24);

    /// <summary>Gets <c>PLC-INPUT-MISSING</c>: a determination or rating a rule needs was not assessed, so the rule was not applied.</summary>
    public static Rule InputMissing { get; } = new(new RuleId("PLC-INPUT-MISSING"), "A determination or rating that a rule needs was not assessed; the rule was not applied and nothing was guessed.", PracticeCriteria);

    /// <summary>Gets <c>PLC-INPUT-CONTRADICTORY</c>: determinations that cannot all be true were recorded.</summary>
    public static Rule InputContradictory { get; } = new(new RuleId("PLC-INPUT-CONTRADICTORY"), "The assessment records determinations that contradict each other; review them before placing.", PracticeCriteria);

    /// <summary>Gets <c>PLC-ASSESSMENT-STALE</c>: an assessment older than the validity window (180 days by default) is not used without reassessment.</summary>
    public static Rule AssessmentStale { get; } = new(new RuleId("PLC-ASSESSMENT-STALE"), "An assessment older than the rule set's validity window (180 days by default) must be repeated before it is used.", ValidityWindow);

    /// <summary>Gets <c>PLC-DIM-MINIMUM</c>: a dimension rated at or above a table's threshold sets a minimum level.</summary>
    public static Rule DimensionMinimum { get; } = new(new RuleId("PLC-DIM-MINIMUM"), "A dimension rated at or above a threshold of the configured table sets a minimum level of care.", DimensionalEngine);

    /// <summary>Gets <c>PLC-DIM-COMPOSITE</c>: the composite score (sum of the instrument's ratings) falls in a table's band.</summary>
    public static Rule DimensionComposite { get; } = new(new RuleId("PLC-DIM-COMPOSITE"), "The composite score (the sum of every rating of the instrument) falls in a band of the configured table.", DimensionalEngine);

    /// <summary>Gets <c>PLC-DIM-OVERRIDE</c>: an override of a table ("if a dimension is rated at least v, at least level L") applies.</summary>
    public static Rule DimensionOverride { get; } = new(new RuleId("PLC-DIM-OVERRIDE"), "An override rule of the configured table applies: a dimension rated at least a value requires at least a level.", DimensionalEngine);

    /// <summary>Gets <c>PLC-DIM-DEFAULT</c>: when no entry of a table applies, the table's default level is recommended.</summary>
    public static Rule DimensionDefault { get; } = new(new RuleId("PLC-DIM-DEFAULT"), "When no entry of the configured table applies, the table's default level is recommended.", DimensionalEngine);

    /// <summary>Gets <c>PLC-OVERRIDE-DISCREPANCY</c>: the actual placement differs from the recommendation; the reason and direction are recorded for utilization reports.</summary>
    public static Rule OverrideDiscrepancy { get; } = new(new RuleId("PLC-OVERRIDE-DISCREPANCY"), "The actual placement differs from the recommendation; the coded reason and the over- or under-placement are recorded.", OverrideReporting);

    /// <summary>Gets <c>PLC-AUTH-LEVEL</c>: the level a payer authorized differs from the clinical level delivered.</summary>
    public static Rule AuthorizedLevelDiffers { get; } = new(new RuleId("PLC-AUTH-LEVEL"), "The level of care the payer authorized differs from the clinical level delivered.", OverrideReporting);

    /// <summary>Gets <c>PLC-AUTH-PERIOD</c>: the placement date falls outside the authorization period.</summary>
    public static Rule OutsideAuthorization { get; } = new(new RuleId("PLC-AUTH-PERIOD"), "The placement date falls outside the payer's authorization period.", OverrideReporting);

    /// <summary>Gets <c>PLC-AUTH-EXPIRED</c>: at a transition review, the payer's authorization ended before the review date.</summary>
    public static Rule AuthorizationExpired { get; } = new(new RuleId("PLC-AUTH-EXPIRED"), "The payer's authorization ended before the review date; a continued stay needs a new authorization (concurrent review).", ConcurrentReview);

    /// <summary>Gets <c>PLC-TR-STEP-UP</c>: the new assessment indicates a more intensive level than the current one.</summary>
    public static Rule TransitionStepUp { get; } = new(new RuleId("PLC-TR-STEP-UP"), "The new assessment indicates a more intensive level than the current one: step up.", PracticeCriteria);

    /// <summary>Gets <c>PLC-TR-STEP-DOWN</c>: the new assessment indicates a less intensive level and no progress signal holds it back.</summary>
    public static Rule TransitionStepDown { get; } = new(new RuleId("PLC-TR-STEP-DOWN"), "The new assessment indicates a less intensive level and no progress signal holds the person back: step down.", Citations.Tip47);

    /// <summary>Gets <c>PLC-TR-CONTINUE</c>: the new assessment indicates the current level.</summary>
    public static Rule TransitionContinue { get; } = new(new RuleId("PLC-TR-CONTINUE"), "The new assessment indicates the current level: continue.", PracticeCriteria);

    /// <summary>Gets <c>PLC-TR-HOLD</c>: a step down is indicated, but a relapse since the last review or worsening symptoms hold the person at the current level.</summary>
    public static Rule TransitionHold { get; } = new(new RuleId("PLC-TR-HOLD"), "A step down is indicated, but a relapse since the last review or worsening symptoms hold the person at the current level until the next review.", PracticeCriteria);

    /// <summary>Gets <c>PLC-TR-DISCHARGE</c>: at outpatient, with no further weekly treatment needed and no relapse, discharge to continuing care.</summary>
    public static Rule TransitionDischarge { get; } = new(new RuleId("PLC-TR-DISCHARGE"), "At outpatient, when the new assessment needs no further weekly treatment and there was no relapse, discharge to continuing care.", Citations.Tip47);

    /// <summary>Gets <c>PLC-TR-ATTENDANCE</c>: attendance since the last review is below the minimum the caller configured (no default).</summary>
    public static Rule TransitionAttendance { get; } = new(new RuleId("PLC-TR-ATTENDANCE"), "Attendance since the last review is below the minimum configured in the transition rule set (no default is shipped).", PracticeCriteria);
}
