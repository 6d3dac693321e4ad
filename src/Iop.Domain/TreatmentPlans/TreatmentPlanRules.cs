using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.TreatmentPlans;

/// <summary>The rules treatment-plan validation applies, each with its id and source (see <c>docs/rules.md</c>).</summary>
public static class TreatmentPlanRules
{
    // Sources first: static initializers run in textual order, and the rules below read them.
    internal static RuleSource MedicarePlanGoals { get; } = new(
        "Medicare Benefit Policy Manual, chapter 6, §70.3 (plan of treatment: goals measurable, functional, time-framed)",
        "CMS",
        null,
        "§70.3",
        new Uri("https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c06.pdf"));

    internal static RuleSource Tip47ContinuingCare { get; } = new(
        "TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment, chapter 3 (continuing care)",
        "SAMHSA / CSAT",
        2006,
        "Chapter 3",
        new Uri("https://www.ncbi.nlm.nih.gov/books/NBK64088/"));

    internal static RuleSource StateReviewInterval { get; } = new(
        "State IOP plan-review intervals (e.g. a state Medicaid IOP solicitation: review every 30 days or sooner; WAC 388-877B-0350: at least monthly)",
        "State Medicaid programmes",
        null,
        "Plan review",
        new Uri("https://www.bidnetdirect.com/public/supplier/solicitations/statewide/22545013804/abstract"));

    internal static RuleSource WashingtonOutpatientPlan { get; } = new(
        "WAC 388-877B-0350 Substance use disorder — Level II intensive outpatient services",
        "Washington State Legislature",
        2015,
        "Initial service plan before treatment; plan review at least monthly",
        new Uri("https://app.leg.wa.gov/wac/default.aspx?cite=388-877B-0350"));

    internal static RuleSource FhirGoal { get; } = new(
        "HL7 FHIR R4 Goal: lifecycleStatus (goal-status) and achievementStatus (goal-achievement)",
        "HL7 International",
        2019,
        "Goal.lifecycleStatus, Goal.achievementStatus",
        new Uri("https://hl7.org/fhir/R4/goal.html"));

    /// <summary>Gets <c>PLAN-GOAL-NO-OBJECTIVE</c>: every goal has at least one objective.</summary>
    public static Rule GoalWithoutObjective { get; } = new(new RuleId("PLAN-GOAL-NO-OBJECTIVE"), "Every goal has at least one objective that measures progress toward it.", MedicarePlanGoals);

    /// <summary>Gets <c>PLAN-OBJECTIVE-NOT-MEASURABLE</c>: every objective has a measurable target and a target date.</summary>
    public static Rule ObjectiveNotMeasurable { get; } = new(new RuleId("PLAN-OBJECTIVE-NOT-MEASURABLE"), "Every objective has a measurable target and a target date (goals measurable and time-framed).", MedicarePlanGoals);

    /// <summary>Gets <c>PLAN-TARGET-DATE-PASSED</c>: an open objective's target date has not passed.</summary>
    public static Rule TargetDatePassed { get; } = new(new RuleId("PLAN-TARGET-DATE-PASSED"), "An objective that is not started or in progress has a target date that has not passed; otherwise review it.", MedicarePlanGoals);

    /// <summary>Gets <c>PLAN-PROBLEM-NO-INTERVENTION</c>: every problem has at least one intervention.</summary>
    public static Rule ProblemWithoutIntervention { get; } = new(new RuleId("PLAN-PROBLEM-NO-INTERVENTION"), "Every problem has at least one intervention under its goals and objectives.", Citations.Cfr424Section24);

    /// <summary>
    /// Gets <c>PLAN-HOURS-OUTSIDE-STANDARD</c>: the planned weekly hours lie within the level's intensity standard
    /// from the caller's intensity rule set. Findings cite the standard's own source.
    /// </summary>
    public static Rule HoursOutsideStandard { get; } = new(new RuleId("PLAN-HOURS-OUTSIDE-STANDARD"), "The planned weekly hours (sum of intervention frequencies) lie within the level's intensity standard from the chosen intensity rule set.", Citations.Cfr410Section44);

    /// <summary>Gets <c>MCR-PLAN-CONTENT</c>: a PHP or IOP plan states diagnosis, type, amount, frequency and duration of services, and goals.</summary>
    public static Rule MedicarePlanContent { get; } = new(new RuleId("MCR-PLAN-CONTENT"), "A partial hospitalization or intensive outpatient plan states the diagnosis, the type, amount, frequency and duration of services, and the treatment goals.", Citations.Cfr424Section24);

    /// <summary>Gets <c>PLAN-NO-RELAPSE-PREVENTION</c>: a plan addressing a substance-use diagnosis has a relapse-prevention plan.</summary>
    public static Rule NoRelapsePrevention { get; } = new(new RuleId("PLAN-NO-RELAPSE-PREVENTION"), "A plan that addresses a substance-use diagnosis has a relapse-prevention plan.", Citations.Tip47);

    /// <summary>Gets <c>PLAN-NO-AFTERCARE</c>: an aftercare plan exists from a configurable number of days before planned discharge.</summary>
    public static Rule NoAftercare { get; } = new(new RuleId("PLAN-NO-AFTERCARE"), "From the configured number of days before planned discharge, the plan has an aftercare (continuing-care) plan.", Tip47ContinuingCare);

    /// <summary>Gets <c>PLAN-REVIEW-OVERDUE</c>: the plan is reviewed within the rule set's review interval.</summary>
    public static Rule ReviewOverdue { get; } = new(new RuleId("PLAN-REVIEW-OVERDUE"), "The plan is reviewed (a new version made) within the rule set's review interval; 30 days is common but not universal.", StateReviewInterval);

    /// <summary>Gets <c>PLAN-DISCHARGE-UPDATE</c>: the plan is revised within one review interval before planned discharge.</summary>
    public static Rule DischargeUpdate { get; } = new(new RuleId("PLAN-DISCHARGE-UPDATE"), "The plan is updated before the planned discharge: a revision dated within one review interval before it.", Citations.DcmrLevel21);

    /// <summary>Gets <c>PLAN-PARTICIPATION-BEFORE-GROUP</c>: the person's participation is recorded before the first group session.</summary>
    public static Rule ParticipationBeforeGroup { get; } = new(new RuleId("PLAN-PARTICIPATION-BEFORE-GROUP"), "The person's participation in the plan is recorded on or before the first group session under it.", WashingtonOutpatientPlan);

    /// <summary>Gets <c>PLAN-OBJECTIVE-ACHIEVED-ACTIVE</c>: an objective whose achievement status is achieved is not left active.</summary>
    public static Rule ObjectiveAchievedActive { get; } = new(new RuleId("PLAN-OBJECTIVE-ACHIEVED-ACTIVE"), "An objective marked achieved is no longer actively sought: its lifecycle is completed (or its achievement is sustaining, when ongoing work keeps it met).", FhirGoal);

    /// <summary>Gets <c>PLAN-OBJECTIVE-MET-NOT-MARKED</c>: an objective whose measure meets its target is marked achieved.</summary>
    public static Rule ObjectiveMetNotMarked { get; } = new(new RuleId("PLAN-OBJECTIVE-MET-NOT-MARKED"), "An objective whose latest measurement meets its instrument target is marked achieved or sustaining, unless it was cancelled, rejected or entered in error.", FhirGoal);

    /// <summary>Gets every rule treatment-plan validation applies, including the Medicare recertification rules it
    /// shares with placement (<see cref="ContinuumRules.PhpFirstRecertification"/>, <see cref="ContinuumRules.PhpRecertification"/>,
    /// <see cref="ContinuumRules.IopRecertification"/>).</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        GoalWithoutObjective, ObjectiveNotMeasurable, TargetDatePassed, ProblemWithoutIntervention, HoursOutsideStandard,
        MedicarePlanContent, NoRelapsePrevention, NoAftercare, ReviewOverdue, DischargeUpdate,
        ContinuumRules.PhpFirstRecertification, ContinuumRules.PhpRecertification, ContinuumRules.IopRecertification, ParticipationBeforeGroup,
        ObjectiveAchievedActive, ObjectiveMetNotMarked,
    ];
}
