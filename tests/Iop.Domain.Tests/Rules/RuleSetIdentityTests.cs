using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

/// <summary>Every rule set refuses an effective period that ends before it starts, whichever end is set last.</summary>
public sealed class RuleSetIdentityTests
{
    private static readonly LocalDate End = new(2024, 12, 31);

    /// <summary>Each built-in, closed at <see cref="End"/>, then moved to start the day after.</summary>
    public static TheoryData<string, Func<object>> StartsAfterTheirEnd => new()
    {
        { "IntensityRuleSet", () => Iop.Domain.Intensity.IntensityRuleSet.Medicare2024 with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "BillingRuleSet", () => Iop.Domain.Intensity.BillingRuleSet.Medicare2024 with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "CriteriaPlacementRuleSet", () => Iop.Domain.Placement.CriteriaPlacementRuleSet.Default with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "TransitionRuleSet", () => Iop.Domain.Placement.TransitionRuleSet.Default with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "RecertificationCadence", () => Iop.Domain.Continuum.RecertificationCadence.Medicare with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "TreatmentPlanRuleSet", () => Iop.Domain.TreatmentPlans.TreatmentPlanRuleSet.ThirtyDayReview with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "EpisodeCriteria", () => Iop.Domain.Outcomes.EpisodeCriteria.HedisStyle2025 with { EffectiveTo = End.PlusYears(1), EffectiveFrom = End.PlusYears(1).PlusDays(1) } },
        { "CohortCriteria", () => Iop.Domain.Outcomes.CohortCriteria.Phq9HedisStyle2025 with { EffectiveTo = End.PlusYears(1), EffectiveFrom = End.PlusYears(1).PlusDays(1) } },
        { "ChangeCriteria", () => Iop.Domain.Outcomes.ChangeCriteria.Phq9 with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "ScoringPolicy", () => Iop.Domain.Outcomes.ScoringPolicy.Default with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "MeasurementSchedule", () => new Iop.Domain.Outcomes.MeasurementSchedule("Sample", "1", new LocalDate(2020, 1, 1), [new Iop.Domain.Outcomes.ScheduledInstrument(Iop.Domain.Outcomes.Instrument.Phq9) { EveryDays = 7 }]) with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
        { "ReliableChangeCriteria", () => new Iop.Domain.Outcomes.ReliableChangeCriteria("Sample", "1", new LocalDate(2020, 1, 1), 5, 0.84) with { EffectiveTo = End, EffectiveFrom = End.PlusDays(1) } },
    };

    [Theory]
    [MemberData(nameof(StartsAfterTheirEnd))]
    public void EffectiveFrom_AfterEffectiveTo_Throws(string ruleSet, Func<object> build) =>
        build.Should().Throw<ArgumentException>(ruleSet).WithParameterName("EffectiveFrom");

    [Fact]
    public void EffectiveFrom_OnEffectiveTo_IsOneDayRuleSet() // boundary: a rule set in force for a single day
    {
        var oneDay = Iop.Domain.Outcomes.ScoringPolicy.Default with { EffectiveTo = End, EffectiveFrom = End };
        oneDay.EffectiveFrom.Should().Be(End);
    }
}
