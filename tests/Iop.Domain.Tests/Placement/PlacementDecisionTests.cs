using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class PlacementDecisionTests
{
    private static readonly LocalDate Date = new(2025, 5, 5);
    private static readonly RuleSource Source = new("Fictional", "Iop.Domain tests");
    private static readonly PlacementReason Decisive = new(new RuleId("X-ONE"), LevelOfCare.IntensiveOutpatient, Source, true, "Fictional reason.");
    private static readonly PlacementReason Other = new(new RuleId("X-TWO"), LevelOfCare.Outpatient, Source, false, "Another reason.");

    private static PlacementDecision Make(IEnumerable<PlacementReason> reasons, LevelOfCare level = LevelOfCare.IntensiveOutpatient) =>
        new("Integrator policy", "1", Date, level, Date, Date.PlusDays(10), reasons, []);

    [Fact]
    public void New_WithoutADecisiveReasonAtTheRecommendation_Throws()
    {
        FluentActions.Invoking(() => Make([Other])).Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => Make([Decisive], LevelOfCare.Residential)).Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => Make([])).Should().Throw<ArgumentException>().WithParameterName("reasons");
    }

    [Fact]
    public void New_BadArguments_ThrowWithParameterNames()
    {
        FluentActions.Invoking(() => new PlacementDecision("p", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(-1), [Decisive], []))
            .Should().Throw<ArgumentException>().WithParameterName("assessmentValidThrough");
        FluentActions.Invoking(() => new PlacementDecision("p", "1", Date, (LevelOfCare)9, Date, Date, [Decisive], []))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("recommended");
        FluentActions.Invoking(() => new PlacementDecision(" ", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], []))
            .Should().Throw<ArgumentException>().WithParameterName("policyName");
        FluentActions.Invoking(() => new PlacementDecision("p", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("findings");
        FluentActions.Invoking(() => new PlacementReason(default, LevelOfCare.Outpatient, Source, true, "x")).Should().Throw<ArgumentException>().WithParameterName("ruleId");
        FluentActions.Invoking(() => new PlacementReason(new RuleId("X"), 0, Source, true, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("requiredLevel");
    }

    [Fact]
    public void Reasons_AreInCanonicalOrder_DecisiveFirst()
    {
        Make([Other, Decisive]).Reasons.Should().Equal(Decisive, Other);
        ContractAssertions.Equality(Make([Other, Decisive]), Make([Decisive, Other]), Make([Decisive]), new PlacementDecision("other", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, Other], []));
    }

    [Fact]
    public void IsStaleOn_IsTrueOnlyAfterTheValidThroughDate()
    {
        var decision = Make([Decisive]);
        decision.IsStaleOn(Date.PlusDays(10)).Should().BeFalse("boundary: the last valid day");
        decision.IsStaleOn(Date.PlusDays(11)).Should().BeTrue();
    }

    [Fact]
    public void ToString_SummarisesWithoutPolicyName() =>
        Make([Decisive, Other]).ToString().Should().Be("Placement IOP (2 reasons, 0 findings)");
}
