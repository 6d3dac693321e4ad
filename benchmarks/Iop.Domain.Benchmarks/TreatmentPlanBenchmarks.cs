using BenchmarkDotNet.Attributes;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Validating a plan of 5 problems × 3 goals × 3 objectives × 3 interventions (135 interventions, 45 distinct),
/// and building its review schedule. Baseline: the hand-written LINQ a user would otherwise write for the
/// structural checks alone (goals without objectives, objectives without target, problems without interventions, hours).
/// </summary>
[MemoryDiagnoser]
public class TreatmentPlanBenchmarks
{
    private static readonly LocalDate Start = new(2025, 3, 3);
    private static readonly LocalDate AsOf = new(2025, 3, 20);
    private readonly TreatmentPlan plan;
    private readonly PlanTimeline timeline = PlanTimeline.Empty;

    // Three weeks of a 3-day group programme: the first group session (day 2) is derived from them.
    private readonly Session[] sessions = [.. Enumerable.Range(0, 9).Select(i => new Session(Start.PlusDays(1 + (i / 3 * 7) + (i % 3 * 2)), new LocalTime(18, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended))];

    public TreatmentPlanBenchmarks()
    {
        var problems = Enumerable.Range(0, 5).Select(p => new Problem(
            $"p{p}",
            "problem",
            Enumerable.Range(0, 3).Select(g => new Goal(
                $"g{p}.{g}",
                "goal",
                Enumerable.Range(0, 3).Select(o => new Objective(
                    $"o{p}.{g}.{o}",
                    "objective",
                    MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10),
                    Start.PlusDays(45),
                    ObjectiveStatus.InProgress,
                    Enumerable.Range(0, 3).Select(i => new Intervention($"i{p}.{g}.{i}", Modality.GroupTherapy, new InterventionFrequency(1, Duration.FromMinutes(15)), DeliveryMode.InPerson, ResponsibleRole.Therapist)))))))).ToList();
        var content = new PlanContent(LevelOfCare.IntensiveOutpatient, [new PlanDiagnosis(new CodedValue("http://hl7.org/fhir/sid/icd-10-cm", "F10.20", string.Empty), true)], problems)
        {
            RelapsePrevention = new RelapsePreventionPlan(["t"], ["w"], ["h"], ["c"], [new SupportContact(SupportRole.Sponsor)]),
            Aftercare = new AftercarePlan { StepDownLevel = LevelOfCare.Outpatient },
            PlannedDischarge = Start.PlusDays(81),
        };
        plan = TreatmentPlan.Create(Start, content).RecordParticipation(Start);
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq_StructuralChecks()
    {
        var problems = plan.Content.Problems;
        var goalsWithoutObjective = problems.SelectMany(p => p.Goals).Count(g => g.Objectives.Count == 0);
        var notMeasurable = problems.SelectMany(p => p.Goals).SelectMany(g => g.Objectives).Count(o => o.Target is null || o.TargetDate is null);
        var withoutIntervention = problems.Count(p => !p.Goals.SelectMany(g => g.Objectives).Any(o => o.Interventions.Count > 0));
        var planned = problems.SelectMany(p => p.Goals).SelectMany(g => g.Objectives).SelectMany(o => o.Interventions)
            .DistinctBy(i => i.Id).Aggregate(Duration.Zero, (sum, i) => sum + i.Frequency.WeeklyDuration);
        return goalsWithoutObjective + notMeasurable + withoutIntervention + (planned < Duration.FromHours(9) ? 1 : 0);
    }

    [Benchmark]
    public Evaluation<ReviewSchedule> Validate() =>
        TreatmentPlanValidation.Validate(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, IntensityRuleSet.Medicare2024, AgeGroup.Adult, sessions, timeline);

    [Benchmark]
    public ReviewSchedule Schedule() => ReviewSchedule.For(plan, AsOf, TreatmentPlanRuleSet.ThirtyDayReview, timeline);
}
