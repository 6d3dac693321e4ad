using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>
/// Fictional plans for the tests. Every id and free text contains <see cref="Secret"/>, and the diagnosis
/// codes start with <see cref="SecretCode"/>, so a test can prove none of them is ever printed.
/// </summary>
internal static class Plans
{
    public const string Secret = "SECRET";
    public const string SecretCode = "F10";

    /// <summary>A Monday; the plan's start date.</summary>
    public static readonly LocalDate Start = new(2025, 3, 3);

    /// <summary>17 days in: before every due date of the valid plan.</summary>
    public static readonly LocalDate AsOf = new(2025, 3, 20);

    public static Iop.Domain.Coding.CodedValue AlcoholUse { get; } = new("http://hl7.org/fhir/sid/icd-10-cm", "F10.20", "alcohol use disorder");

    public static Iop.Domain.Coding.CodedValue Depression { get; } = new("http://hl7.org/fhir/sid/icd-10-cm", "F32.1", "depressive episode");

    public static Intervention Group(string id = "SECRET-i-group", int sessions = 3, int minutes = 180) =>
        new(id, Modality.GroupTherapy, new InterventionFrequency(sessions, Duration.FromMinutes(minutes)), DeliveryMode.InPerson, ResponsibleRole.AddictionCounselor) { Description = "SECRET group description" };

    public static Intervention Individual(string id = "SECRET-i-individual", int sessions = 1, int minutes = 60) =>
        new(id, Modality.IndividualTherapy, new InterventionFrequency(sessions, Duration.FromMinutes(minutes)), DeliveryMode.TelehealthVideo, ResponsibleRole.Therapist);

    public static Objective Objective(string id, params Intervention[] interventions) =>
        new(id, "SECRET objective statement", MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10), Start.PlusDays(45), ObjectiveStatus.InProgress, interventions);

    public static Goal Goal(string id, params Objective[] objectives) => new(id, "SECRET goal statement", objectives) { Dimension = RecoveryDimension.Health };

    public static Problem Problem(string id, params Goal[] goals) => new(id, "SECRET problem statement", goals);

    public static RelapsePreventionPlan RelapsePrevention { get; } = new(
        ["SECRET trigger"], ["SECRET warning sign"], ["SECRET high-risk situation"], ["SECRET coping strategy"], [new SupportContact(SupportRole.Sponsor), new SupportContact(SupportRole.Family, 2)]);

    public static AftercarePlan Aftercare { get; } = new()
    {
        StepDownLevel = LevelOfCare.Outpatient,
        MutualHelpGroups = [MutualHelpGroup.TwelveStep],
        FollowUpAppointment = Start.PlusDays(84),
        Notes = "SECRET aftercare notes",
    };

    /// <summary>An adult IOP plan meeting every rule as of <see cref="AsOf"/>: 10 h/week (group 3 × 180 min, individual 1 × 60 min).</summary>
    public static PlanContent ValidContent(LevelOfCare level = LevelOfCare.IntensiveOutpatient) => new(
        level,
        [new PlanDiagnosis(AlcoholUse, isSubstanceUse: true), new PlanDiagnosis(Depression, isSubstanceUse: false)],
        [
            Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group(), Individual()), Objective("SECRET-o2", Group()) with { Target = MeasurableTarget.DaysAbstinent(30) })),
            Problem("SECRET-p2", Goal("SECRET-g2", Objective("SECRET-o3", Individual()) with { Target = MeasurableTarget.SkillDemonstrated("SECRET skill") }) with { Dimension = RecoveryDimension.Community }),
        ])
    {
        RelapsePrevention = RelapsePrevention,
        Aftercare = Aftercare,
        PlannedDischarge = Start.PlusDays(81),
    };

    public static TreatmentPlan Plan(PlanContent content) => TreatmentPlan.Create(Start, content).RecordParticipation(Start);

    public static TreatmentPlan ValidPlan() => Plan(ValidContent());

    /// <summary>No dates from outside the plan: the level start is derived, no recertification yet.</summary>
    public static PlanTimeline Timeline { get; } = PlanTimeline.Empty;

    /// <summary>A group session on <paramref name="date"/> (3 h, attended unless told otherwise).</summary>
    public static Session GroupSession(LocalDate date, Attendance attendance = Attendance.Attended, ServiceKind kind = ServiceKind.GroupTherapy) =>
        new(date, new LocalTime(18, 0), Duration.FromHours(3), kind, DeliveryMode.InPerson, attendance);

    /// <summary>The sessions so far: an individual session on the start date, then the first group session the day after.</summary>
    public static IReadOnlyList<Session> PlanSessions { get; } =
    [
        new Session(Start, new LocalTime(10, 0), Duration.FromHours(1), ServiceKind.IndividualTherapy, DeliveryMode.TelehealthVideo, Attendance.Attended),
        GroupSession(Start.PlusDays(1)),
        GroupSession(Start.PlusDays(3)),
    ];

    public static Evaluation<ReviewSchedule> Validate(
        TreatmentPlan plan,
        LocalDate? asOf = null,
        TreatmentPlanRuleSet? rules = null,
        PlanTimeline? timeline = null,
        IntensityRuleSet? intensity = null,
        AgeGroup ageGroup = AgeGroup.Adult,
        IEnumerable<Session>? sessions = null,
        IEnumerable<MeasurementSeries>? measurements = null) =>
        TreatmentPlanValidation.Validate(plan, asOf ?? AsOf, rules ?? TreatmentPlanRuleSet.ThirtyDayReview, intensity ?? IntensityRuleSet.Medicare2024, ageGroup, sessions ?? PlanSessions, timeline ?? Timeline, measurements);

    public static IReadOnlyList<string> Ids(Evaluation<ReviewSchedule> evaluation) => [.. evaluation.Findings.Select(f => f.RuleId.Value)];

    /// <summary>Replaces the content's only-or-first problem list.</summary>
    public static PlanContent WithProblems(this PlanContent content, params Problem[] problems) => content with { Problems = problems };
}
