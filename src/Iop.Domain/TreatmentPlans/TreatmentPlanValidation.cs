using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Checks a treatment plan against <see cref="TreatmentPlanRules"/>: clinical gaps are returned as
/// findings, never thrown.
/// </summary>
/// <remarks>
/// <para>A finding that concerns one part of the plan carries that part as its
/// <see cref="Finding.Subject"/>: <see cref="FindingSubject.Part"/> with <see cref="SubjectKind.Goal"/>,
/// <see cref="SubjectKind.Objective"/> or <see cref="SubjectKind.Problem"/> and the caller's id of the part,
/// one finding per offending part. A finding about a due date (plan review, update before discharge,
/// recertification) carries <see cref="FindingSubject.Day"/> of the due date; the participation finding
/// carries the day of the first group session. Findings about the plan as a whole (planned hours, Medicare
/// content elements, relapse-prevention and aftercare plans) have no subject.</para>
/// <para>Validation is deterministic and does not depend on the order of problems, goals, objectives or
/// interventions: findings are in the canonical order (rule id, severity, message, subject). Messages carry
/// counts, hours and days only: no free text, ids, codes or dates of care (the subject holds the id or date,
/// and is never printed).</para>
/// </remarks>
public static class TreatmentPlanValidation
{
    /// <summary>Validates a plan as of a date.</summary>
    /// <param name="plan">The current version of the plan (its history is read through <see cref="TreatmentPlan.Previous"/>).</param>
    /// <param name="asOf">The date of the check.</param>
    /// <param name="rules">The treatment-plan rules (review cadence, recertification, discharge, participation).</param>
    /// <param name="intensityRules">The intensity rule set whose standard for the plan's level bounds the planned weekly hours.</param>
    /// <param name="ageGroup">The person's age group, which selects the intensity standard.</param>
    /// <param name="sessions">The person's sessions (the same ones the intensity evaluation reads), in any order; may be
    /// empty. The first group session under the current version is derived from them: the earliest session on or after
    /// the version's <see cref="TreatmentPlan.EffectiveDate"/> of kind <see cref="ServiceKind.GroupTherapy"/> or
    /// <see cref="ServiceKind.SkillsGroup"/> that was not cancelled. With none, <c>PLAN-PARTICIPATION-BEFORE-GROUP</c>
    /// is not applied.</param>
    /// <param name="timeline">Dates from outside the plan, or <see langword="null"/> for <see cref="PlanTimeline.Empty"/>.</param>
    /// <param name="measurements">The person's scores, one series per instrument, or <see langword="null"/> for none. An
    /// objective whose target is on an instrument is checked against that instrument's series
    /// (<c>PLAN-OBJECTIVE-MET-NOT-MARKED</c>, with <see cref="MeasurableTarget.IsMetBy(MeasurementSeries, LocalDate)"/> as of
    /// <paramref name="asOf"/>); with no series for its instrument the rule is not applied to it.</param>
    /// <returns>The review schedule as of <paramref name="asOf"/>, with the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="rules"/>, <paramref name="intensityRules"/>
    /// or <paramref name="sessions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds the invalid <see langword="default"/> session, or
    /// <paramref name="measurements"/> holds a null or two series for one instrument.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageGroup"/> is not defined.</exception>
    public static Evaluation<ReviewSchedule> Validate(
        TreatmentPlan plan,
        LocalDate asOf,
        TreatmentPlanRuleSet rules,
        IntensityRuleSet intensityRules,
        AgeGroup ageGroup,
        IEnumerable<Session> sessions,
        PlanTimeline? timeline = null,
        IEnumerable<MeasurementSeries>? measurements = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(rules);
        Guard.Against.Null(intensityRules);
        Guard.Against.UndefinedMember(ageGroup);
        var firstGroup = Sessions.FirstGroupSession(sessions, plan.EffectiveDate);
        timeline ??= PlanTimeline.Empty;
        var series = SeriesByInstrument(measurements);

        var content = plan.Content;
        var findings = new List<Finding>();
        CheckStructure(content, asOf, series, findings);
        CheckHours(content, intensityRules, ageGroup, findings);
        if (rules.CheckMedicarePlanContent && content.Level is LevelOfCare.IntensiveOutpatient or LevelOfCare.PartialHospitalization)
        {
            CheckMedicareContent(content, findings);
        }

        if (content.AddressesSubstanceUse && content.RelapsePrevention is not { IsEmpty: false })
        {
            findings.Add(TreatmentPlanRules.NoRelapsePrevention.ToFinding(Severity.Error, "The plan has no relapse-prevention plan."));
        }

        if (rules.AftercareDaysBeforeDischarge is { } days
            && content.PlannedDischarge is { } discharge
            && asOf >= discharge.PlusDays(-days)
            && content.Aftercare is not { IsEmpty: false })
        {
            findings.Add(TreatmentPlanRules.NoAftercare.ToFinding(Severity.Error, Invariant($"Planned discharge is at most {PlanParts.Plural(days, "day")} away and the plan has no aftercare plan.")));
        }

        if (rules.ParticipationBeforeFirstGroup
            && firstGroup is { } group
            && (plan.ParticipatedOn is not { } participated || participated > group))
        {
            findings.Add(TreatmentPlanRules.ParticipationBeforeGroup.ToFinding(
                Severity.Error,
                "The person's participation in the plan is not recorded on or before the first group session under it.",
                FindingSubject.Day(group)));
        }

        var schedule = ReviewSchedule.For(plan, asOf, rules, timeline);
        for (var i = 0; i < schedule.Items.Count; i++)
        {
            var item = schedule.Items[i];
            if (!item.IsOverdue)
            {
                continue;
            }

            var due = FindingSubject.Day(item.DueDate);
            findings.Add(item.Kind switch
            {
                ReviewKind.PlanReview => TreatmentPlanRules.ReviewOverdue.ToFinding(Severity.Error, Invariant($"The plan review is {PlanParts.Plural(item.DaysOverdue, "day")} overdue."), due),
                ReviewKind.DischargeUpdate => TreatmentPlanRules.DischargeUpdate.ToFinding(Severity.Error, Invariant($"The plan update before planned discharge is {PlanParts.Plural(item.DaysOverdue, "day")} overdue."), due),
                _ => new RecertificationDue(ReviewSchedule.RuleOf(item.Kind), item.DueDate).ToOverdueFinding(asOf) with { Subject = due },
            });
        }

        return new Evaluation<ReviewSchedule>(schedule, findings);
    }

    private static void CheckStructure(PlanContent content, LocalDate asOf, IReadOnlyList<MeasurementSeries> series, List<Finding> findings)
    {
        // Indexed loops: the parts are IReadOnlyList<T>, and foreach over the interface would allocate an enumerator per list.
        var problems = content.Problems;
        for (var p = 0; p < problems.Count; p++)
        {
            var hasIntervention = false;
            var problemGoals = problems[p].Goals;
            for (var g = 0; g < problemGoals.Count; g++)
            {
                var goal = problemGoals[g];
                var goalObjectives = goal.Objectives;
                if (goalObjectives.Count == 0)
                {
                    findings.Add(TreatmentPlanRules.GoalWithoutObjective.ToFinding(Severity.Error, "The goal has no objective.", FindingSubject.Part(SubjectKind.Goal, goal.Id)));
                }

                for (var o = 0; o < goalObjectives.Count; o++)
                {
                    var objective = goalObjectives[o];
                    hasIntervention |= objective.Interventions.Count > 0;
                    if (!objective.IsMeasurable)
                    {
                        findings.Add(TreatmentPlanRules.ObjectiveNotMeasurable.ToFinding(Severity.Error, NotMeasurable(objective), FindingSubject.Part(SubjectKind.Objective, objective.Id)));
                    }

                    if (objective.IsOpen && objective.TargetDate is { } target && target < asOf)
                    {
                        var days = Period.Between(target, asOf, PeriodUnits.Days).Days;
                        findings.Add(TreatmentPlanRules.TargetDatePassed.ToFinding(
                            Severity.Warning,
                            Invariant($"The open objective's target date passed {PlanParts.Plural(days, "day")} ago."),
                            FindingSubject.Part(SubjectKind.Objective, objective.Id)));
                    }

                    CheckStatuses(objective, asOf, series, findings);
                }
            }

            if (!hasIntervention)
            {
                findings.Add(TreatmentPlanRules.ProblemWithoutIntervention.ToFinding(Severity.Error, "The problem has no intervention under its goals and objectives.", FindingSubject.Part(SubjectKind.Problem, problems[p].Id)));
            }
        }
    }

    private static void CheckStatuses(Objective objective, LocalDate asOf, IReadOnlyList<MeasurementSeries> series, List<Finding> findings)
    {
        if (objective.Achievement == GoalAchievementStatus.Achieved && objective.Lifecycle == GoalLifecycleStatus.Active)
        {
            findings.Add(TreatmentPlanRules.ObjectiveAchievedActive.ToFinding(
                Severity.Warning,
                "The objective is marked achieved but is still active: complete it, or mark it sustaining if ongoing work keeps it met.",
                FindingSubject.Part(SubjectKind.Objective, objective.Id)));
        }

        if (objective.IsMarkedAchieved
            || objective.Lifecycle is GoalLifecycleStatus.Cancelled or GoalLifecycleStatus.Rejected or GoalLifecycleStatus.EnteredInError
            || objective.Target is not { Measure: { } instrument } target)
        {
            return;
        }

        for (var i = 0; i < series.Count; i++)
        {
            if (series[i].Instrument == instrument && target.IsMetBy(series[i], asOf))
            {
                findings.Add(TreatmentPlanRules.ObjectiveMetNotMarked.ToFinding(
                    Severity.Warning,
                    "The latest measurement meets the objective's target, but the objective is not marked achieved.",
                    FindingSubject.Part(SubjectKind.Objective, objective.Id)));
                return;
            }
        }
    }

    private static IReadOnlyList<MeasurementSeries> SeriesByInstrument(IEnumerable<MeasurementSeries>? measurements, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(measurements))] string? paramName = null)
    {
        if (measurements is null)
        {
            return [];
        }

        var list = Guard.Against.NullElements(measurements, paramName);
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (list[j].Instrument == list[i].Instrument)
                {
                    throw new ArgumentException("Give at most one measurement series per instrument.", paramName);
                }
            }
        }

        return list;
    }

    private static string NotMeasurable(Objective objective) => (objective.Target, objective.TargetDate) switch
    {
        (null, null) => "The objective has neither a measurable target nor a target date.",
        (null, _) => "The objective has no measurable target.",
        _ => "The objective has no target date.",
    };

    private static void CheckHours(PlanContent content, IntensityRuleSet intensityRules, AgeGroup ageGroup, List<Finding> findings)
    {
        if (!intensityRules.TryGetStandard(content.Level, ageGroup, out var standard))
        {
            return;
        }

        var planned = content.PlannedWeeklyHours;
        var rule = TreatmentPlanRules.HoursOutsideStandard;
        if (standard.MinimumWeeklyHours is { } minimum && planned < minimum)
        {
            findings.Add(new Finding(rule.Id, Severity.Error, Invariant($"Planned weekly hours ({Hours(planned)} h) are below the level's minimum of {Hours(minimum)} h."), standard.Source));
        }

        if (standard.MaximumWeeklyHours is { } ceiling && ceiling.IsExceededBy(planned))
        {
            findings.Add(new Finding(rule.Id, Severity.Warning, Invariant($"Planned weekly hours ({Hours(planned)} h) exceed the level's ceiling ({ceiling}): consider the next level up."), standard.Source));
        }
    }

    private static void CheckMedicareContent(PlanContent content, List<Finding> findings)
    {
        var rule = TreatmentPlanRules.MedicarePlanContent;
        if (content.Diagnoses.Count == 0)
        {
            findings.Add(rule.ToFinding(Severity.Error, "The plan states no diagnosis."));
        }

        if (!HasScheduledService(content.Interventions))
        {
            findings.Add(rule.ToFinding(Severity.Error, "The plan states no service with a type, amount and weekly frequency."));
        }

        if (content.PlannedDischarge is null)
        {
            findings.Add(rule.ToFinding(Severity.Error, "The plan states no duration of services (planned discharge date)."));
        }

        if (!HasGoal(content.Problems))
        {
            findings.Add(rule.ToFinding(Severity.Error, "The plan states no treatment goal."));
        }
    }

    private static bool HasScheduledService(IReadOnlyList<Intervention> interventions)
    {
        for (var i = 0; i < interventions.Count; i++)
        {
            if (interventions[i].Frequency.SessionsPerWeek > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGoal(IReadOnlyList<Problem> problems)
    {
        for (var i = 0; i < problems.Count; i++)
        {
            if (problems[i].Goals.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
