using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>The built-in rule sets pinned to their sources, and the rule-set mechanics (IRuleSet identity, contradictions refused when built).</summary>
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
        rules.EffectiveTo.Should().BeNull();
        rules.Sources.Should().Contain(Citations.Cfr424Section24, "the recertification cadence and plan-content elements are 42 CFR 424.24")
            .And.Contain(Citations.DcmrLevel21, "the update before discharge is 22-A DCMR §6329");
    }

    [Fact]
    public void BuiltIn_EveryRuleSet_StatesItsIdentityAndSources()
    {
        // IRuleSet: name, version, effective-from and sources; the sources cite every rule switched on.
        TreatmentPlanRuleSet.BuiltIn.Should().AllBeAssignableTo<IRuleSet>();
        TreatmentPlanRuleSet.BuiltIn.Should().OnlyContain(r => r.Sources.Count > 0 && r.EffectiveTo == null);
        TreatmentPlanRuleSet.BuiltIn.Select(r => r.Sources.Contains(TreatmentPlanRules.ParticipationBeforeGroup.Source)).Should().AllBeEquivalentTo(true);
        TreatmentPlanRuleSet.BuiltIn.Select(r => r.Sources.Contains(TreatmentPlanRules.NoAftercare.Source)).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Catalogue_OfVersions_SelectsTheRuleSetInForceByDate()
    {
        // A programme that moves from a 30-day to a monthly review keeps both versions in a typed catalogue.
        var old = TreatmentPlanRuleSet.ThirtyDayReview with { EffectiveTo = new LocalDate(2024, 12, 31) };
        var monthly = TreatmentPlanRuleSet.ThirtyDayReview with { Version = "2025", EffectiveFrom = new LocalDate(2025, 1, 1), ReviewInterval = Period.FromMonths(1) };
        var catalogue = new RuleSetCatalogue<TreatmentPlanRuleSet>([monthly, old]);

        catalogue.InForceOn(new LocalDate(2024, 12, 31)).Should().BeSameAs(old);
        catalogue.InForceOn(new LocalDate(2025, 1, 1)).Should().BeSameAs(monthly);
        old.ToString().Should().Be("30-day review 2024 (2024-01-01 to 2024-12-31)");
    }

    [Fact]
    public void Washington_DiffersOnlyInItsMonthlyReview()
    {
        var washington = TreatmentPlanRuleSet.Washington;

        washington.ReviewInterval.Should().Be(Period.FromMonths(1)); // WAC 388-877B-0350: at least monthly
        (washington with { Name = "30-day review", Version = "2024", EffectiveFrom = new LocalDate(2024, 1, 1), ReviewInterval = Period.FromDays(30), Sources = TreatmentPlanRuleSet.ThirtyDayReview.Sources })
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
        act = () => _ = rules with { Name = " " };
        act.Should().Throw<ArgumentException>().WithParameterName("Name");
        act = () => _ = new TreatmentPlanRuleSet("x", null!, global::Iop.Domain.Rules.SupportedDates.First, rules.Sources);
        act.Should().Throw<ArgumentNullException>().WithParameterName("version");
    }

    [Theory]
    [InlineData(0)] // a window of 0 days asks for the plan only on the discharge date: refused (null switches the rule off)
    [InlineData(-1)] // a window that ends before discharge
    public void With_NonPositiveAftercareWindow_ThrowsNamingTheProperty(int days)
    {
        Action act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = days };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AftercareDaysBeforeDischarge");
    }

    [Fact]
    public void With_AftercareWindowOfOneDay_IsAccepted() =>
        (TreatmentPlanRuleSet.ThirtyDayReview with { AftercareDaysBeforeDischarge = 1 }).AftercareDaysBeforeDischarge.Should().Be(1); // boundary: the smallest window

    [Fact]
    public void With_EffectiveToBeforeEffectiveFrom_ThrowsNamingTheProperty()
    {
        var rules = TreatmentPlanRuleSet.ThirtyDayReview;

        Action act = () => _ = rules with { EffectiveTo = rules.EffectiveFrom.PlusDays(-1) };

        act.Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        (rules with { EffectiveTo = rules.EffectiveFrom }).EffectiveTo.Should().Be(rules.EffectiveFrom, "a rule set in force for one day is consistent");
    }

    [Fact]
    public void With_EffectiveFromAfterEffectiveTo_ThrowsNamingTheProperty()
    {
        var ended = TreatmentPlanRuleSet.ThirtyDayReview with { EffectiveTo = new LocalDate(2024, 6, 30) };

        Action act = () => _ = ended with { EffectiveFrom = new LocalDate(2024, 7, 1) };

        act.Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
    }

    [Fact]
    public void Sources_EmptyOrHoldingNull_ThrowsNamingTheParameter()
    {
        Action act = () => _ = new TreatmentPlanRuleSet("x", "1", global::Iop.Domain.Rules.SupportedDates.First, []);
        act.Should().Throw<ArgumentException>().WithParameterName("sources");
        act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { Sources = [null!] };
        act.Should().Throw<ArgumentException>().WithParameterName("Sources");
        act = () => _ = TreatmentPlanRuleSet.ThirtyDayReview with { Sources = null! };
        act.Should().Throw<ArgumentNullException>().WithParameterName("Sources");
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
            rules with { EffectiveTo = new LocalDate(2030, 1, 1) },
            rules with { Sources = [Citations.Cfr424Section24] },
            rules with { Recertification = null },
            rules with { Recertification = RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromDays(60) } });
    }
}
