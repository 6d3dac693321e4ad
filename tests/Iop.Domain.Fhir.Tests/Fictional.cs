using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using Duration = NodaTime.Duration;
using Goal = Iop.Domain.TreatmentPlans.Goal;

namespace Iop.Domain.Fhir.Tests;

/// <summary>One fictional person in an adult IOP (Patient/example), with the values the golden files show.</summary>
internal static class Fictional
{
    public static FhirMappingContext Context { get; } = new(new ResourceReference("Patient/example"));

    public static FhirMappingContext Part2Programme { get; } = Context with { IsPart2Programme = true };

    /// <summary>A Monday: admission, the first PHQ-9 and the plan's start.</summary>
    public static LocalDate Admission { get; } = new(2026, 3, 2);

    /// <summary>PHQ-9 answers totalling 12 (moderate, a positive screen) with item 9 at 1: a safety concern.</summary>
    public static int[] Phq9Items { get; } = [2, 2, 1, 2, 1, 1, 1, 1, 1];

    public static InstrumentScore Phq9 { get; } = Instruments.Score(Instrument.Phq9, Phq9Items, ScoringPolicy.Default);

    /// <summary>An AUDIT total of 9 (zone II, a positive screen): alcohol-use data, so Part 2 sensitive.</summary>
    public static InstrumentScore Audit { get; } = Instruments.ScoreTotal(Instrument.Audit, 9, ScoringPolicy.Default);

    /// <summary>A GAD-7 total of 4: below the screening cut-off of 10 (a negative screen).</summary>
    public static InstrumentScore Gad7 { get; } = Instruments.ScoreTotal(Instrument.Gad7, 4, ScoringPolicy.Default);

    public static CodedValue AlcoholUseDisorder { get; } = new("http://hl7.org/fhir/sid/icd-10-cm", "F10.20", "Alcohol dependence, uncomplicated");

    public static CodedValue Depression { get; } = new("http://hl7.org/fhir/sid/icd-10-cm", "F32.1", "Major depressive disorder, single episode, moderate");

    public static TreatmentPlan Plan(bool substanceUse = true)
    {
        var group = new Intervention("i-group", Modality.GroupTherapy, new InterventionFrequency(3, Duration.FromHours(3)), DeliveryMode.InPerson, ResponsibleRole.AddictionCounselor);
        var individual = new Intervention("i-individual", Modality.IndividualTherapy, new InterventionFrequency(1, Duration.FromMinutes(60)), DeliveryMode.InPerson, ResponsibleRole.Therapist);
        var mood = new Objective("o-mood", "PHQ-9 total below 10 within six weeks", MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10), Admission.PlusDays(42), ObjectiveStatus.InProgress, [group, individual]);
        var attend = new Objective("o-attend", "Attend 12 group sessions", MeasurableTarget.SessionsAttended(12), Admission.PlusDays(28), ObjectiveStatus.NotStarted, [group with { Id = "i-group-2" }]);
        var diagnoses = substanceUse
            ? new[] { new PlanDiagnosis(AlcoholUseDisorder, isSubstanceUse: true), new PlanDiagnosis(Depression, isSubstanceUse: false) }
            : [new PlanDiagnosis(Depression, isSubstanceUse: false)];
        var content = new PlanContent(
            LevelOfCare.IntensiveOutpatient,
            diagnoses,
            [new Problem("p-1", "Low mood and drinking", [new Goal("g-1", "Feel well enough to return to work", [mood, attend])])])
        {
            PlannedDischarge = Admission.PlusDays(55),
        };
        return TreatmentPlan.Create(Admission, content);
    }

    /// <summary>Admitted to PHP, stepped down to IOP after two weeks, discharged completed after six more.</summary>
    public static LevelOfCareHistory History { get; } = LevelOfCareHistory
        .Admit(Admission, LevelOfCare.PartialHospitalization)
        .Append(Admission.PlusDays(14), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)
        .Discharge(Admission.PlusDays(56), TedsDischargeReason.TreatmentCompleted);

    /// <summary>An attended three-hour group on the admission date, 09:00 to 12:00 local time.</summary>
    public static Session Group { get; } = new(Admission, new LocalTime(9, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

    /// <summary>US Eastern standard time in March 2026 before the change to daylight time on 2026-03-08.</summary>
    public static Offset Eastern { get; } = Offset.FromHours(-5);
}
