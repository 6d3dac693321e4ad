using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The rules of outcome measurement: instrument scoring, change over time, episode outcomes and cohort
/// statistics, each with its id and source (see <c>docs/rules.md</c>, section Outcomes).
/// </summary>
public static class OutcomeRules
{
    /// <summary>Gets <c>OUT-PHQ9-RANGE</c>: 9 items scored 0–3, total 0–27, bands 0–4/5–9/10–14/15–19/20–27, positive screen at 10 or more.</summary>
    public static Rule Phq9Range { get; } = new(new RuleId("OUT-PHQ9-RANGE"), "The PHQ-9 has 9 items scored 0 to 3 (total 0 to 27), bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe; 10 or more is a positive screen.", Kroenke2001);

    /// <summary>Gets <c>OUT-PHQ9-ITEM9</c>: any answer above 0 on PHQ-9 item 9 is a safety finding, whatever the total.</summary>
    public static Rule Phq9ItemNine { get; } = new(new RuleId("OUT-PHQ9-ITEM9"), "An answer above 0 on PHQ-9 item 9 (thoughts of being better off dead or of self-harm) calls for a suicide-risk assessment, whatever the total.", Kroenke2001);

    /// <summary>Gets <c>OUT-PHQ9-PRORATE</c>: missing items refuse scoring by default; prorating up to 2 missing PHQ-9 items is an opt-in policy.</summary>
    public static Rule Phq9Prorate { get; } = new(new RuleId("OUT-PHQ9-PRORATE"), "A questionnaire with missing items is not scored unless the caller opts in to prorating, which for the PHQ-9 allows at most 2 missing items.", Arrieta2017);

    /// <summary>Gets <c>OUT-GAD7-RANGE</c>: 7 items scored 0–3, total 0–21, cut points 5/10/15, positive screen at 10 or more.</summary>
    public static Rule Gad7Range { get; } = new(new RuleId("OUT-GAD7-RANGE"), "The GAD-7 has 7 items scored 0 to 3 (total 0 to 21), cut points 5, 10 and 15 for mild, moderate and severe; 10 or more is a positive screen.", Spitzer2006);

    /// <summary>Gets <c>OUT-AUDIT-RANGE</c>: 10 items, items 1–8 scored 0–4 and items 9–10 only 0, 2 or 4; total 0–40; WHO zones 0–7/8–15/16–19/20–40.</summary>
    public static Rule AuditRange { get; } = new(new RuleId("OUT-AUDIT-RANGE"), "The AUDIT has 10 items: items 1 to 8 scored 0 to 4, items 9 and 10 only 0, 2 or 4 (total 0 to 40); WHO zones 0-7, 8-15, 16-19, 20-40; zone II or above (8 or more) is a positive screen.", Babor2001);

    /// <summary>Gets <c>OUT-AUDITC-POSITIVE</c>: AUDIT-C (items 1–3, total 0–12) is positive at 4 or more for men and 3 or more for women (parameters).</summary>
    public static Rule AuditCPositive { get; } = new(new RuleId("OUT-AUDITC-POSITIVE"), "The AUDIT-C (AUDIT items 1 to 3, total 0 to 12) is a positive screen at 4 or more for men and 3 or more for women; thresholds are parameters because populations vary.", Seth2015);

    /// <summary>Gets <c>OUT-BAM-SUBSCALES</c>: BAM Use = items 4+5+6, Risk = 1+2+3+8+11+15, Protective = 9+10+12+13+14+16; items 7a–g and 17 not scored; no total.</summary>
    public static Rule BamSubscales { get; } = new(new RuleId("OUT-BAM-SUBSCALES"), "The Brief Addiction Monitor has three subscales and no total: Use = items 4+5+6, Risk = items 1+2+3+8+11+15, Protective = items 9+10+12+13+14+16; items 7a-g and 17 are not scored.", Cacciola2013);

    /// <summary>Gets <c>OUT-PHQ2-SCREEN</c>: PHQ-9 items 1 and 2, each 0–3, total 0–6; 3 or more is a positive screen.</summary>
    public static Rule Phq2Screen { get; } = new(new RuleId("OUT-PHQ2-SCREEN"), "The PHQ-2 (PHQ-9 items 1 and 2) has 2 items scored 0 to 3 (total 0 to 6); 3 or more is a positive depression screen.", Kroenke2003);

    /// <summary>Gets <c>OUT-PHQ8-SCREEN</c>: PHQ-9 items 1–8, each 0–3, total 0–24; 10 or more is current depression; no self-harm item.</summary>
    public static Rule Phq8Screen { get; } = new(new RuleId("OUT-PHQ8-SCREEN"), "The PHQ-8 (PHQ-9 without item 9) has 8 items scored 0 to 3 (total 0 to 24); 10 or more is current depression. It has no self-harm item and so raises no safety finding.", Kroenke2009);

    /// <summary>Gets <c>OUT-PHQA-RANGE</c>: the PHQ-9 modified for adolescents, 9 items 0–3, total 0–27, the PHQ-9 bands.</summary>
    public static Rule PhqARange { get; } = new(new RuleId("OUT-PHQA-RANGE"), "The PHQ-A (PHQ-9 modified for adolescents) has 9 items scored 0 to 3 (total 0 to 27) with the PHQ-9 bands 0-4, 5-9, 10-14, 15-19, 20-27.", Johnson2002);

    /// <summary>Gets <c>OUT-PHQA-ITEM9</c>: any answer above 0 on PHQ-A item 9 is a safety finding, whatever the total.</summary>
    public static Rule PhqAItemNine { get; } = new(new RuleId("OUT-PHQA-ITEM9"), "An answer above 0 on PHQ-A item 9 (thoughts of being better off dead or of self-harm) calls for a suicide-risk assessment, whatever the total.", Johnson2002);

    /// <summary>Gets <c>OUT-GAD2-SCREEN</c>: GAD-7 items 1 and 2, each 0–3, total 0–6; 3 or more is a positive screen.</summary>
    public static Rule Gad2Screen { get; } = new(new RuleId("OUT-GAD2-SCREEN"), "The GAD-2 (GAD-7 items 1 and 2) has 2 items scored 0 to 3 (total 0 to 6); 3 or more is a positive anxiety screen.", Kroenke2007);

    /// <summary>Gets <c>OUT-PCL5-PROVISIONAL</c>: 20 items 0–4, total 0–80; provisional PTSD at a cut-off in 31–33 (a scoring-policy parameter, default 33).</summary>
    public static Rule Pcl5Provisional { get; } = new(new RuleId("OUT-PCL5-PROVISIONAL"), "The PCL-5 has 20 items scored 0 to 4 (total 0 to 80); a total at or above a cut-off in the published range 31 to 33 is a provisional PTSD diagnosis; the cut-off is a parameter.", Bovin2016);

    /// <summary>Gets <c>OUT-ASQ-POSITIVE</c>: a yes to any of ASQ questions 1–4 is a positive suicide-risk screen (an Error finding).</summary>
    public static Rule AsqPositive { get; } = new(new RuleId("OUT-ASQ-POSITIVE"), "A yes to any of the four ASQ questions is a positive suicide-risk screen: a brief suicide safety assessment is needed before the person leaves.", Horowitz2012);

    /// <summary>Gets <c>OUT-ASQ-ACUTE</c>: a yes to the ASQ acuity question is an acute positive screen (an Error finding).</summary>
    public static Rule AsqAcute { get; } = new(new RuleId("OUT-ASQ-ACUTE"), "A yes to the ASQ acuity question (thoughts of suicide right now) is an acute positive screen: imminent risk, the person needs an emergency mental-health evaluation and may not leave until evaluated.", Horowitz2012);

    /// <summary>Gets <c>OUT-SCHEDULE-DUE</c>: under a programme's measurement schedule an instrument is due at admission, every N days after its latest administration, and before discharge.</summary>
    public static Rule ScheduleDue { get; } = new(new RuleId("OUT-SCHEDULE-DUE"), "Under a programme's measurement schedule an instrument is due within the first days of stay, again a set number of days after its latest administration, and within the last days of stay before discharge.", MeasurementBasedCare);

    /// <summary>Gets <c>OUT-SCHEDULE-OVERDUE</c>: a scheduled administration not given by the end of its window is overdue (a Warning).</summary>
    public static Rule ScheduleOverdue { get; } = new(new RuleId("OUT-SCHEDULE-OVERDUE"), "A scheduled administration that was not given by the last day of its window is overdue.", MeasurementBasedCare);

    /// <summary>Gets <c>OUT-BASELINE-WINDOW</c>: the baseline is the score nearest admission within a window around it (14 days either side by default), scoped to the episode.</summary>
    public static Rule BaselineWindow { get; } = new(new RuleId("OUT-BASELINE-WINDOW"), "The baseline of an episode is the score nearest to admission within a window around it; a new episode starts a new baseline.", BaselineConvention);

    /// <summary>Gets <c>OUT-PHQ9-ELEVATED</c>: only a baseline above 9 enters response and remission denominators.</summary>
    public static Rule Phq9Elevated { get; } = new(new RuleId("OUT-PHQ9-ELEVATED"), "Only an elevated baseline (PHQ-9 above 9) makes an episode eligible for response and remission.", Mncm1884);

    /// <summary>Gets <c>OUT-PHQ9-RESPONSE</c>: response is a reduction of at least 50 % from the baseline.</summary>
    public static Rule Phq9Response { get; } = new(new RuleId("OUT-PHQ9-RESPONSE"), "Response is a follow-up score at least 50 percent below the elevated baseline.", NcqaDrrE);

    /// <summary>Gets <c>OUT-PHQ9-REMISSION</c>: remission is a follow-up PHQ-9 below 5.</summary>
    public static Rule Phq9Remission { get; } = new(new RuleId("OUT-PHQ9-REMISSION"), "Remission is a follow-up PHQ-9 below 5 after an elevated baseline.", NcqaDrrE);

    /// <summary>Gets <c>OUT-DRR-WINDOW</c>: the DRR-E follow-up score is the latest one 120 to 240 days after the baseline (a preset, not the default).</summary>
    public static Rule DrrWindow { get; } = new(new RuleId("OUT-DRR-WINDOW"), "In the DRR-E preset the follow-up score is the latest one from 120 to 240 days after the baseline.", NcqaDrrE);

    /// <summary>Gets <c>OUT-RCI</c>: the Jacobson–Truax reliable change index; |RCI| above 1.96 is reliable change.</summary>
    public static Rule ReliableChangeIndex { get; } = new(new RuleId("OUT-RCI"), "Reliable change index RC = (x2 - x1) / sqrt(2 * (s1 * sqrt(1 - r))^2), with the caller's pre-treatment SD and reliability; |RC| above 1.96 is reliable change.", JacobsonTruax1991);

    /// <summary>Gets <c>OUT-CSC-CUTOFF</c>: recovered = reliable improvement that crosses the clinical cut-off (a, b or c).</summary>
    public static Rule ClinicalCutOff { get; } = new(new RuleId("OUT-CSC-CUTOFF"), "A person with reliable improvement whose score crosses the clinical cut-off (a, b or c) from the dysfunctional to the functional side is recovered.", JacobsonTruax1991);

    /// <summary>Gets <c>OUT-NOT-ON-TRACK</c>: after a caller-set number of weeks, improvement from baseline below a set share is reported.</summary>
    public static Rule NotOnTrack { get; } = new(new RuleId("OUT-NOT-ON-TRACK"), "After the configured number of weeks from baseline, an improvement below the configured share of the baseline is reported as not on track (treat-to-target).", NcqaDrrE);

    /// <summary>Gets <c>OUT-TEDS-COMPLETED</c>: an episode is completed when its TEDS discharge reason is 1 (treatment completed).</summary>
    public static Rule Completed { get; } = new(new RuleId("OUT-TEDS-COMPLETED"), "An episode is completed when its TEDS discharge reason is 1, treatment completed.", Citations.TedsCodebook);

    /// <summary>Gets <c>OUT-FOLLOWUP-WINDOWS</c>: follow-up within 7 and within 30 days after discharge (HEDIS-style, no value sets; <see cref="EpisodeCriteria.HedisStyle2025"/>).</summary>
    public static Rule FollowUpWindows { get; } = new(new RuleId("OUT-FOLLOWUP-WINDOWS"), "Follow-up after discharge is counted within 7 and within 30 days after the discharge date; a visit on the discharge date does not count by default.", FuhWindows);

    /// <summary>Gets <c>OUT-IET-INITIATION</c>: initiation on the episode date or within the 13 days after it (14 days in all).</summary>
    public static Rule Initiation { get; } = new(new RuleId("OUT-IET-INITIATION"), "Treatment is initiated when a service falls on the admission date or within the 13 days after it (14 days in all).", IetWindows);

    /// <summary>Gets <c>OUT-IET-ENGAGEMENT</c>: engagement is 2 or more services from the day after initiation through 34 days after it.</summary>
    public static Rule Engagement { get; } = new(new RuleId("OUT-IET-ENGAGEMENT"), "Treatment is engaged when at least 2 services fall from the day after initiation through 34 days after it.", IetWindows);

    /// <summary>Gets <c>OUT-KM-RETENTION</c>: retention and median length of stay are Kaplan–Meier estimates with open episodes censored; days of stay are counted inclusively (<see cref="Continuum.LengthOfStay"/>).</summary>
    public static Rule KaplanMeierRetention { get; } = new(new RuleId("OUT-KM-RETENTION"), "Retention at day N of stay and the median length of stay are Kaplan-Meier estimates in which open episodes are censored at the report date; days of stay count the admission date as day 1.", KaplanMeier1958);

    /// <summary>Gets <c>OUT-WILSON-CI</c>: rates carry Wilson score 95 % confidence intervals.</summary>
    public static Rule WilsonInterval { get; } = new(new RuleId("OUT-WILSON-CI"), "Every cohort rate carries a Wilson score 95 percent confidence interval (without continuity correction).", Newcombe1998);

    /// <summary>Gets <c>OUT-CELL-SMALL</c>: a report withholds every count from 1 to the policy's minimum cell size − 1 (CMS: 1 to 10); a zero is published.</summary>
    public static Rule CellSizeSmall { get; } = new(new RuleId("OUT-CELL-SMALL"), "A published report withholds every cell (episodes, discharges, services) counting from 1 to fewer than the policy's minimum cell size (CMS: 11); a zero may be published.", CmsCellSizeSuppression);

    /// <summary>Gets <c>OUT-CELL-COMPLEMENT</c>: a report also withholds every cell or derived figure that would let a withheld small cell be recalculated (a total minus its parts, a rate, a group beside the overall).</summary>
    public static Rule CellSizeComplement { get; } = new(new RuleId("OUT-CELL-COMPLEMENT"), "A published report also withholds every cell or derived figure (a rate, a mean, a retention estimate) that, with the other published figures, would let a withheld cell smaller than the minimum be recalculated.", CmsCellSizeSuppression);

    private static RuleSource Kroenke2001 => new("The PHQ-9: validity of a brief depression severity measure", "Kroenke, Spitzer & Williams, J Gen Intern Med 16:606-613", 2001, "Scoring and severity bands; LOINC answer list LL382-3");

    private static RuleSource Kroenke2003 => new("The Patient Health Questionnaire-2: validity of a two-item depression screener", "Kroenke, Spitzer & Williams, Med Care 41(11):1284-1292", 2003, "Cut-off 3");

    private static RuleSource Kroenke2009 => new("The PHQ-8 as a measure of current depression in the general population", "Kroenke, Strine, Spitzer, Williams, Berry & Mokdad, J Affect Disord 114:163-173", 2009, "Cut-off 10");

    private static RuleSource Johnson2002 => new("The Patient Health Questionnaire for Adolescents: validation of an instrument for the assessment of mental disorders among adolescent primary care patients", "Johnson, Harris, Spitzer & Williams, J Adolesc Health 30(3):196-204", 2002, "PHQ-9 items and bands for adolescents; LOINC 89206-7 and 89204-2");

    private static RuleSource Kroenke2007 => new("Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection", "Kroenke, Spitzer, Williams, Monahan & Loewe, Ann Intern Med 146:317-325", 2007, "GAD-2 cut-off 3");

    private static RuleSource Bovin2016 => new("Psychometric properties of the PTSD Checklist for DSM-5 (PCL-5) in veterans", "Bovin et al., Psychol Assess 28(11):1379-1391; Weathers et al., The PCL-5, National Center for PTSD, 2013", 2016, "Provisional PTSD cut-off 31-33");

    private static RuleSource Horowitz2012 => new("Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department", "Horowitz et al., Arch Pediatr Adolesc Med 166(12):1170-1176; NIMH ASQ toolkit", 2012, "Positive and acute positive screens");

    private static RuleSource MeasurementBasedCare => new("Measurement-based care: a standardized instrument administered repeatedly to monitor progress (CTS.03.01.09); the intervals are the programme's", "The Joint Commission, behavioral health care accreditation standard CTS.03.01.09", 2018, "Schedule shape; no interval is set by the standard");

    private static RuleSource Arrieta2017 => new("PHQ-9 scoring with missing items: proration with at most 2 items missing", "Arrieta et al. (as implemented by the qscorer scoring package)", 2017, "Missing-item handling");

    private static RuleSource Spitzer2006 => new("A brief measure for assessing generalized anxiety disorder: the GAD-7", "Spitzer, Kroenke, Williams & Loewe, Arch Intern Med 166:1092-1097", 2006, "Cut points");

    private static RuleSource Babor2001 => new("AUDIT: The Alcohol Use Disorders Identification Test, 2nd edition (WHO/MSD/MSB/01.6a)", "World Health Organization (Babor et al.)", 2001, "Scoring and risk zones");

    private static RuleSource Seth2015 => new("AUDIT-C thresholds (Bradley et al. 2007) as restated and compared by Seth et al.", "PLoS ONE", 2015, null, new Uri("https://doi.org/10.1371/journal.pone.0120850"));

    private static RuleSource Cacciola2013 => new("Initial evidence for the reliability and validity of the Brief Addiction Monitor (BAM)", "Cacciola et al., J Subst Abuse Treat; VA CESATE BAM manual", 2013, "Subscale scoring");

    private static RuleSource BaselineConvention => new("Baseline window of the instruments' two-week recall period (library convention)", "Iop.Domain, docs/decisions/0031", 2026, "Default 14 days either side of admission");

    private static RuleSource Mncm1884 => new("Depression Response at Twelve Months (#1884)", "MN Community Measurement", null, "Index PHQ-9 above 9", new Uri("https://p4qm.org/measures/1884"));

    private static RuleSource NcqaDrrE => new("Depression Remission or Response for Adolescents and Adults (DRR-E)", "NCQA", 2025, "Response, remission, follow-up period", new Uri("https://ncqa.org/report-cards/health-plans/state-of-health-care-quality-report/measures-list/depression-remission-or-response-for-adolescents-and-adults-drr-e"));

    private static RuleSource JacobsonTruax1991 => new("Clinical significance: a statistical approach to defining meaningful change in psychotherapy research", "Jacobson & Truax, J Consult Clin Psychol 59(1):12-19", 1991, "Reliable change index; cut-offs a, b, c");

    internal static RuleSource FuhWindows => new("Follow-Up After Hospitalization for Mental Illness (FUH): follow-up windows only, HEDIS-style, no NCQA value sets", "NCQA (as restated in the Medicaid Core Set)", 2025, "7- and 30-day windows");

    internal static RuleSource IetWindows => new("Initiation and Engagement of Substance Use Disorder Treatment (IET): windows only, HEDIS-style, no NCQA value sets", "NCQA (as restated by Horizon BCBSNJ)", 2025, "Initiation 14 days, engagement 34 days", new Uri("https://www.horizonblue.com/providers/resources/hedis-resources/hedis-measure-guidelines-behavioral-health-providers/initiation-and-engagement-substance-use-disorder-treatment-iet"));

    internal static RuleSource CmsCellSizeSuppression => new("CMS Cell Size Suppression Policy", "CMS, published by ResDAC", 2024, "Version of 2024-01-26: no cell of 1 to 10, nor one that lets such a value be derived; a zero does not violate the policy", new Uri("https://www.hhs.gov/guidance/document/cms-cell-suppression-policy"));

    internal static RuleSource KaplanMeier1958 => new("Nonparametric estimation from incomplete observations", "Kaplan & Meier, J Am Stat Assoc 53:457-481", 1958);

    internal static RuleSource Newcombe1998 => new("Two-sided confidence intervals for the single proportion: comparison of seven methods", "Newcombe, Statistics in Medicine 17:857-872", 1998, "Method 3, Wilson score interval; Table I");
}
