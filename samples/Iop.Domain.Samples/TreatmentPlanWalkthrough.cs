using System.Globalization;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>Section: a treatment plan at intensive outpatient, validated (one finding, then fixed), and its review calendar.</summary>
internal static class TreatmentPlanWalkthrough
{
    public static void Run(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("== 5. Treatment plan at intensive outpatient ==");
        output.WriteLine();

        var start = new LocalDate(2025, 3, 3);
        var group = new Intervention("i-group", Modality.GroupTherapy, new InterventionFrequency(3, Duration.FromMinutes(180)), DeliveryMode.InPerson, ResponsibleRole.AddictionCounselor);
        var individual = new Intervention("i-individual", Modality.CognitiveBehavioralTherapy, new InterventionFrequency(1, Duration.FromMinutes(60)), DeliveryMode.TelehealthVideo, ResponsibleRole.Therapist);
        var caseManagement = new Intervention("i-case", Modality.CaseManagement, new InterventionFrequency(1, Duration.FromMinutes(30)), DeliveryMode.InPerson, ResponsibleRole.CaseManager);

        var draft = new PlanContent(
            LevelOfCare.IntensiveOutpatient,
            [
                new PlanDiagnosis(new CodedValue("http://hl7.org/fhir/sid/icd-10-cm", "F10.20", "fictional"), isSubstanceUse: true),
                new PlanDiagnosis(new CodedValue("http://hl7.org/fhir/sid/icd-10-cm", "F32.1", "fictional"), isSubstanceUse: false),
            ],
            [
                new Problem("p-use", "Drinking most days; two missed shifts this month", [
                    new Goal("g-sober", "Stay sober and keep my job", [
                        new Objective("o-days", "30 days abstinent", MeasurableTarget.DaysAbstinent(30), start.PlusDays(45), ObjectiveStatus.InProgress, [group, individual]),
                        new Objective("o-attend", "Attend 24 group sessions", MeasurableTarget.SessionsAttended(24), start.PlusDays(60), ObjectiveStatus.InProgress, [group]),
                    ]) { Dimension = RecoveryDimension.Health },
                ]),
                new Problem("p-mood", "Low mood, poor sleep", [
                    new Goal("g-mood", "Feel like myself again", [
                        new Objective("o-phq9", "PHQ-9 total below 10", MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10), start.PlusDays(56), ObjectiveStatus.NotStarted, [individual]),
                    ]) { Dimension = RecoveryDimension.Health },
                ]),
                new Problem("p-housing", "Lease ends next month", [
                    new Goal("g-home", "A stable place to live", [
                        new Objective("o-housing", "Sober-living application submitted", MeasurableTarget.Other("application submitted"), start.PlusDays(21), ObjectiveStatus.InProgress, [caseManagement]),
                    ]) { Dimension = RecoveryDimension.Home },
                ]),
            ])
        {
            Aftercare = new AftercarePlan { StepDownLevel = LevelOfCare.Outpatient, MutualHelpGroups = [MutualHelpGroup.TwelveStep], RecoveryHousing = true },
            PlannedDischarge = start.PlusDays(81),
        };

        var rules = TreatmentPlanRuleSet.ThirtyDayReview;
        var intensity = IntensityRuleSet.Medicare2024;
        // The sessions so far: the first group session, the day after the plan starts (the library derives it).
        Session[] sessions = [new Session(start.PlusDays(1), new LocalTime(18, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended)];

        var plan = TreatmentPlan.Create(start, draft).RecordParticipation(start);
        output.WriteLine($"Plan v{plan.Version} for {plan.Content.Level.DisplayName()}, effective {Date(start)}: {draft.Problems.Count} problems, {draft.Goals.Count()} goals, {draft.Objectives.Count()} objectives.");
        output.WriteLine($"Planned {Hours(draft.PlannedWeeklyHours)} h/week from {draft.Interventions.Count} interventions: " +
            string.Join(", ", draft.Interventions.Select(i => $"{i.Modality} {i.Frequency.SessionsPerWeek}×{i.Frequency.SessionLength.TotalMinutes} min ({i.ResponsibleRole})")) + ".");
        Print(output, TreatmentPlanValidation.Validate(plan, start, rules, intensity, AgeGroup.Adult, sessions));

        output.WriteLine();
        output.WriteLine("The team adds a relapse-prevention plan with the person, the same day (version 2):");
        var fixedContent = draft with
        {
            RelapsePrevention = new RelapsePreventionPlan(
                ["Payday", "Old drinking friends"],
                ["Skipping breakfast", "Isolating"],
                ["Friday evenings alone"],
                ["Call sponsor", "Urge surfing", "Evening meeting"],
                [new SupportContact(SupportRole.Sponsor), new SupportContact(SupportRole.Family, 2), new SupportContact(SupportRole.CrisisLine)]),
        };
        var revised = plan.Revise(start, RevisionReason.ClinicalChange, fixedContent).RecordParticipation(start);
        var evaluation = TreatmentPlanValidation.Validate(revised, start, rules, intensity, AgeGroup.Adult, sessions);
        Print(output, evaluation);

        output.WriteLine();
        output.WriteLine($"Review calendar ({rules}; {revised.History.Count} versions so far):");
        foreach (var item in evaluation.Value.Items)
        {
            output.WriteLine($"  {Date(item.DueDate)}  {Describe(item.Kind)} (due in {item.DaysUntilDue} days)");
        }

        output.WriteLine("  If every review and recertification is held on its due date until planned discharge:");
        var calendar = new List<(LocalDate Date, string What)>();
        for (var review = rules.NextReviewDue(revised.EffectiveDate); review <= fixedContent.PlannedDischarge; review = rules.NextReviewDue(review))
        {
            calendar.Add((review, "plan review"));
        }

        if (rules.Recertification is { } cadence)
        {
            for (var recertification = cadence.NextIopRecertificationDue(start); recertification <= fixedContent.PlannedDischarge; recertification = cadence.NextIopRecertificationDue(recertification))
            {
                calendar.Add((recertification, "Medicare IOP recertification"));
            }
        }

        foreach (var (date, what) in calendar.OrderBy(c => c.Date))
        {
            output.WriteLine($"  {Date(date)}  {what}");
        }

        var later = new LocalDate(2025, 4, 10);
        output.WriteLine($"  As of {Date(later)} with no review held: " +
            string.Join(" | ", TreatmentPlanValidation.Validate(revised, later, rules, intensity, AgeGroup.Adult, sessions).Findings.Select(f => $"{f.RuleId} {f.Message}")));
    }

    private static void Print(TextWriter output, Rules.Evaluation<ReviewSchedule> evaluation)
    {
        if (evaluation.Findings.Count == 0)
        {
            output.WriteLine("  Validation: no findings.");
            return;
        }

        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine($"  {finding}");
            output.WriteLine($"    source: {finding.Source.Publisher}, {finding.Source.Title}");
        }
    }

    private static string Describe(ReviewKind kind) => kind switch
    {
        ReviewKind.PlanReview => "plan review",
        ReviewKind.DischargeUpdate => "plan update before planned discharge",
        ReviewKind.IopRecertification => "Medicare IOP recertification",
        ReviewKind.PhpFirstRecertification => "Medicare PHP recertification (day 18)",
        _ => "Medicare PHP recertification",
    };

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
