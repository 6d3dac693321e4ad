using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Checks a treatment plan against <see cref="TreatmentPlanRules"/>: clinical gaps are returned as
/// findings, never thrown.
/// </summary>
/// <remarks>
/// <para>Validation is deterministic and does not depend on the order of problems, goals, objectives or
/// interventions: each rule reports at most one finding (or one per missing Medicare content element)
/// with counts, and findings are ordered by rule id. Messages carry counts, hours and days only: no
/// free text, ids, codes or dates of care.</para>
/// </remarks>
public static class TreatmentPlanValidation
{
    /// <summary>Validates a plan as of a date.</summary>
    /// <param name="plan">The current version of the plan (its history is read through <see cref="TreatmentPlan.Previous"/>).</param>
    /// <param name="asOf">The date of the check.</param>
    /// <param name="rules">The treatment-plan rules (review cadence, recertification, discharge, participation).</param>
    /// <param name="intensityRules">The intensity rule set whose standard for the plan's level bounds the planned weekly hours.</param>
    /// <param name="ageGroup">The person's age group, which selects the intensity standard.</param>
    /// <param name="timeline">Dates from outside the plan, or <see langword="null"/> for <see cref="PlanTimeline.Empty"/>.</param>
    /// <returns>The review schedule as of <paramref name="asOf"/>, with the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="rules"/> or <paramref name="intensityRules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageGroup"/> is not defined.</exception>
    public static Evaluation<ReviewSchedule> Validate(
        TreatmentPlan plan,
        LocalDate asOf,
        TreatmentPlanRuleSet rules,
        IntensityRuleSet intensityRules,
        AgeGroup ageGroup,
        PlanTimeline? timeline = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(rules);
        Guard.Against.Null(intensityRules);
        Guard.Against.UndefinedMember(ageGroup);
        timeline ??= PlanTimeline.Empty;

        var content = plan.Content;
        var findings = new List<Finding>();
        CheckStructure(content, asOf, findings);
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
            && timeline.FirstGroupSession is { } firstGroup
            && (plan.ParticipatedOn is not { } participated || participated > firstGroup))
        {
            findings.Add(TreatmentPlanRules.ParticipationBeforeGroup.ToFinding(Severity.Error, "The person's participation in the plan is not recorded on or before the first group session under it."));
        }

        var schedule = ReviewSchedule.For(plan, asOf, rules, timeline);
        for (var i = 0; i < schedule.Items.Count; i++)
        {
            var item = schedule.Items[i];
            if (!item.IsOverdue)
            {
                continue;
            }

            findings.Add(item.Kind switch
            {
                ReviewKind.PlanReview => TreatmentPlanRules.ReviewOverdue.ToFinding(Severity.Error, Invariant($"The plan review is {PlanParts.Plural(item.DaysOverdue, "day")} overdue.")),
                ReviewKind.DischargeUpdate => TreatmentPlanRules.DischargeUpdate.ToFinding(Severity.Error, Invariant($"The plan update before planned discharge is {PlanParts.Plural(item.DaysOverdue, "day")} overdue.")),
                _ => new RecertificationDue(ReviewSchedule.RuleOf(item.Kind), item.DueDate).ToOverdueFinding(asOf),
            });
        }

        return new Evaluation<ReviewSchedule>(schedule, findings);
    }

    private static void CheckStructure(PlanContent content, LocalDate asOf, List<Finding> findings)
    {
        // Indexed loops: the parts are IReadOnlyList<T>, and foreach over the interface would allocate an enumerator per list.
        int goals = 0, goalsWithoutObjective = 0, objectives = 0, notMeasurable = 0, passed = 0, problemsWithoutIntervention = 0;
        var problems = content.Problems;
        for (var p = 0; p < problems.Count; p++)
        {
            var hasIntervention = false;
            var problemGoals = problems[p].Goals;
            for (var g = 0; g < problemGoals.Count; g++)
            {
                goals++;
                var goalObjectives = problemGoals[g].Objectives;
                if (goalObjectives.Count == 0)
                {
                    goalsWithoutObjective++;
                }

                for (var o = 0; o < goalObjectives.Count; o++)
                {
                    var objective = goalObjectives[o];
                    objectives++;
                    hasIntervention |= objective.Interventions.Count > 0;
                    if (!objective.IsMeasurable)
                    {
                        notMeasurable++;
                    }

                    if (objective.IsOpen && objective.TargetDate is { } target && target < asOf)
                    {
                        passed++;
                    }
                }
            }

            if (!hasIntervention)
            {
                problemsWithoutIntervention++;
            }
        }

        if (goalsWithoutObjective > 0)
        {
            findings.Add(TreatmentPlanRules.GoalWithoutObjective.ToFinding(Severity.Error, Invariant($"Goals without an objective: {goalsWithoutObjective} of {goals}.")));
        }

        if (notMeasurable > 0)
        {
            findings.Add(TreatmentPlanRules.ObjectiveNotMeasurable.ToFinding(Severity.Error, Invariant($"Objectives without a measurable target or a target date: {notMeasurable} of {objectives}.")));
        }

        if (passed > 0)
        {
            findings.Add(TreatmentPlanRules.TargetDatePassed.ToFinding(Severity.Warning, Invariant($"Open objectives past their target date: {passed} of {objectives}.")));
        }

        if (problemsWithoutIntervention > 0)
        {
            findings.Add(TreatmentPlanRules.ProblemWithoutIntervention.ToFinding(Severity.Error, Invariant($"Problems without an intervention: {problemsWithoutIntervention} of {content.Problems.Count}.")));
        }
    }

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
