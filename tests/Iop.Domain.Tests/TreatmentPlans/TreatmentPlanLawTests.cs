using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>Laws: revising never changes the previous version; validation is deterministic and order-independent.</summary>
public sealed class TreatmentPlanLawTests
{
    private static readonly int[] Minutes = [30, 45, 60, 90, 180];

    /// <summary>A seed for a random plan shape and one for a permutation of its lists.</summary>
    private static Arbitrary<(int Shape, int Order, int Days)> Seeds { get; } =
        Gen.Choose(0, int.MaxValue).Two().Zip(Gen.Choose(0, 200)).Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2)).ToArbitrary();

    [Property]
    public Property Revise_NeverChangesThePreviousVersion() => Prop.ForAll(Seeds, s =>
    {
        var original = Build(s.Shape, order: null);
        var copy = Build(s.Shape, order: null);
        var before = original.ToString();

        var revised = original.Revise(original.EffectiveDate.PlusDays(s.Days), RevisionReason.ClinicalChange, Content(s.Order, order: null));

        return original.Equals(copy)
            && original.ToString() == before
            && original.History.Count == original.Version
            && ReferenceEquals(revised.Previous, original)
            && revised.History.Take(original.Version).SequenceEqual(original.History)
            && revised.Version == original.Version + 1;
    });

    [Property]
    public Property Validate_IsIndependentOfTheOrderOfPartsAndDeterministic() => Prop.ForAll(Seeds, s =>
    {
        var asOf = Start.PlusDays(s.Days);
        var inOrder = Build(s.Shape, order: null);
        var shuffled = Build(s.Shape, order: new Random(s.Order));

        var first = Validate(inOrder, asOf);
        return first == Validate(shuffled, asOf)
            && first == Validate(inOrder, asOf)
            && inOrder.Content.PlannedWeeklyHours == shuffled.Content.PlannedWeeklyHours;
    });

    [Property]
    public Property PlannedWeeklyHours_NeverDecrease_WhenAnInterventionIsAdded() => Prop.ForAll(Seeds, s =>
    {
        var content = Content(s.Shape, order: null);
        var extra = new Intervention("extra", Modality.PeerSupport, new InterventionFrequency(s.Days % 5, Duration.FromMinutes(30)), DeliveryMode.InPerson, ResponsibleRole.PeerSpecialist);
        var more = content with { Problems = [.. content.Problems, Problem("p-extra", Goal("g-extra", Objective("o-extra", extra)))] };

        return more.PlannedWeeklyHours == content.PlannedWeeklyHours + extra.Frequency.WeeklyDuration;
    });

    private static Evaluation<ReviewSchedule> Validate(TreatmentPlan plan, LocalDate asOf) => Plans.Validate(plan, asOf, timeline: Timeline, intensity: IntensityRuleSet.Medicare2024);

    private static TreatmentPlan Build(int shape, Random? order)
    {
        var random = new Random(shape);
        var plan = TreatmentPlan.Create(Start, Content(shape, order));
        return random.Next(2) == 0 ? plan : plan.RecordParticipation(Start.PlusDays(random.Next(3)));
    }

    /// <summary>Builds the same content from <paramref name="shape"/>; <paramref name="order"/>, when given, permutes every list.</summary>
    private static PlanContent Content(int shape, Random? order)
    {
        var random = new Random(shape);
        var interventions = Enumerable.Range(0, random.Next(1, 5))
            .Select(i => new Intervention($"i{i}", (Modality)random.Next(1, 18), new InterventionFrequency(random.Next(0, 6), Duration.FromMinutes(Minutes[random.Next(Minutes.Length)])), DeliveryMode.InPerson, ResponsibleRole.Therapist))
            .ToArray();
        var problems = new List<Problem>();
        var objectiveNumber = 0;
        var problemCount = random.Next(0, 4);
        for (var p = 0; p < problemCount; p++)
        {
            var goals = new List<Goal>();
            var goalCount = random.Next(0, 3);
            for (var g = 0; g < goalCount; g++)
            {
                var objectives = new List<Objective>();
                var objectiveCount = random.Next(0, 3);
                for (var o = 0; o < objectiveCount; o++)
                {
                    var picked = interventions.Where(_ => random.Next(3) == 0).ToList();
                    var target = random.Next(4) == 0 ? null : MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 5);
                    LocalDate? date = random.Next(4) == 0 ? null : Start.PlusDays(random.Next(0, 90));
                    objectives.Add(new Objective($"o{objectiveNumber++}", "SECRET", target, date, (ObjectiveStatus)random.Next(1, 6), Shuffle(picked, order)));
                }

                goals.Add(new Goal($"g{p}-{g}", "SECRET", Shuffle(objectives, order)));
            }

            problems.Add(new Problem($"p{p}", "SECRET", Shuffle(goals, order)));
        }

        return new PlanContent((LevelOfCare)random.Next(1, 6), random.Next(2) == 0 ? [] : [new PlanDiagnosis(AlcoholUse, random.Next(2) == 0)], Shuffle(problems, order))
        {
            RelapsePrevention = random.Next(2) == 0 ? null : RelapsePrevention,
            Aftercare = random.Next(2) == 0 ? null : Aftercare,
            PlannedDischarge = random.Next(3) == 0 ? null : Start.PlusDays(random.Next(0, 120)),
        };
    }

    private static List<T> Shuffle<T>(List<T> items, Random? order)
    {
        var copy = items.ToList();
        if (order is not null)
        {
            for (var i = copy.Count - 1; i > 0; i--)
            {
                var j = order.Next(i + 1);
                (copy[i], copy[j]) = (copy[j], copy[i]);
            }
        }

        return copy;
    }
}
