using Iop.Domain.Continuum;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>The built-in rule sets pinned to their published sources (docs/rules.md), and the rule-set mechanics.</summary>
public sealed class TreatmentPlanRuleSetTests
{
    [Fact]
    public void ThirtyDayReview_DefaultsArePinnedToTheirSources()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;

        rules.ReviewInterval.Should().Be(Period.FromDays(30)); // rule 60, §7.1: "every 30 days or sooner"
        rules.Recertification.Should().BeSameAs(RecertificationCadence.Medicare); // rules 23–25, §3.2: pinned in RecertificationCadenceTests
        rules.Recertification!.PhpFirstRecertificationDay.Should().Be(18); // rule 23, §3.2: 42 CFR 424.24(e)
        rules.Recertification.PhpRecertificationInterval.Should().Be(Period.FromDays(30)); // rule 24, §3.2
        rules.Recertification.IopRecertificationInterval.Should().Be(Period.FromMonths(2)); // rule 25, §3.2: every other month, calendar months
        rules.RequireUpdateBeforeDischarge.Should().BeTrue(); // §7.1: 22-A DCMR §6329
        rules.AftercareDaysBeforeDischarge.Should().Be(30); // decision record 0041: equal to the default review interval
        rules.CheckMedicarePlanContent.Should().BeTrue(); // rule 26, §3.2
        rules.ParticipationBeforeFirstGroup.Should().BeTrue(); // §7.1: WAC 388-877B-0350, plan before treatment
        rules.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1));
    }

    [Fact]
    public void Washington_DiffersOnlyInItsMonthlyReview()
    {
        var washington = TreatmentPlanRuleSet.Washington;

        washington.ReviewInterval.Should().Be(Period.FromMonths(1)); // WAC 388-877B-0350: at least monthly
        (washington with { Name = "30-day review", Version = "2024", EffectiveFrom = new LocalDate(2024, 1, 1), ReviewInterval = Period.FromDays(30) })
            .Should().Be(TreatmentPlanRuleSet.ThirtyDayReview);
        TreatmentPlanRuleSet.BuiltIn.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        washington.ToString().Should().Be("Washington WAC 388-877B-0350 (from 2015-01-01)");
    }

    [Fact]
    public void With_InvalidThresholds_ThrowsNamingTheProperty()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;
        Action act = () => _ = rules with { ReviewInterval = Period.Zero };
        act.Should().Throw<ArgumentException>().WithParameterName("ReviewInterval");
        act = () => _ = rules with { ReviewInterval = Period.FromDays(-1) };
        act.Should().Throw<ArgumentException>().WithParameterName("ReviewInterval");
        act = () => _ = rules with { Recertification = RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromHours(48) } };
        act.Should().Throw<ArgumentException>().WithParameterName("IopRecertificationInterval");
        act = () => _ = rules with { ReviewInterval = null! };
        act.Should().Throw<ArgumentNullException>().WithParameterName("ReviewInterval");
        act = () => _ = rules with { Recertification = RecertificationCadence.Medicare with { PhpFirstRecertificationDay = 0 } };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpFirstRecertificationDay");
        act = () => _ = rules with { AftercareDaysBeforeDischarge = -1 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AftercareDaysBeforeDischarge");
        act = () => _ = rules with { Name = " " };
        act.Should().Throw<ArgumentException>().WithParameterName("Name");
        act = () => _ = new TreatmentPlanRuleSet("x", null!, LocalDate.MinIsoValue);
        act.Should().Throw<ArgumentNullException>().WithParameterName("version");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;
        ContractAssertions.Equality(
            rules,
            rules with { Recertification = new RecertificationCadence() },
            TreatmentPlanRuleSet.Washington,
            rules with { AftercareDaysBeforeDischarge = null },
            rules with { Recertification = null },
            rules with { Recertification = RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromDays(60) } });
    }
}
