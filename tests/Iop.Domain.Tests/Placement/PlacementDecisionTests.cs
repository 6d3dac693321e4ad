using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class PlacementDecisionTests
{
    private static readonly LocalDate Date = new(2025, 5, 5);
    private static readonly RuleSource Source = new("Fictional", "Iop.Domain tests");
    private static readonly PlacementReason Decisive = new(new Finding(new RuleId("X-ONE"), Severity.Information, "Fictional reason.", Source), LevelOfCare.IntensiveOutpatient, true);
    private static readonly PlacementReason Other = new(new Finding(new RuleId("X-TWO"), Severity.Information, "Another reason.", Source), LevelOfCare.Outpatient, false);

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
        FluentActions.Invoking(() => new PlacementReason(null!, LevelOfCare.Outpatient, true)).Should().Throw<ArgumentNullException>().WithParameterName("finding");
        FluentActions.Invoking(() => new PlacementReason(Decisive.Finding, 0, true)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("requiredLevel");
    }

    [Fact]
    public void Reasons_AreInCanonicalOrder_DecisiveFirst()
    {
        Make([Other, Decisive]).Reasons.Should().Equal(Decisive, Other);
        ContractAssertions.Equality(Make([Other, Decisive]), Make([Decisive, Other]), Make([Decisive]), new PlacementDecision("other", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, Other], []));
    }

    [Fact]
    public void Equality_IsByValue_OverEveryMember()
    {
        var warning = new Finding(new RuleId("X-WARN"), Severity.Warning, "Fictional warning.", Source);
        var decision = Make([Decisive, Other]);
        ContractAssertions.Equality(
            decision,
            Make([Other, Decisive]),
            new PlacementDecision("Integrator policy", "2", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, Other], []),
            new PlacementDecision("Integrator policy", "1", Date.PlusDays(1), LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, Other], []),
            new PlacementDecision("Integrator policy", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(11), [Decisive, Other], []),
            new PlacementDecision("Integrator policy", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, Other], [warning]));
        ((IEvaluationResult)decision).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Reasons_AreFindings_SoOneRendererServesBoth()
    {
        var reason = Make([Decisive]).Reasons.Single();
        reason.Finding.Should().Be(Decisive.Finding);
        reason.ToString().Should().Be("X-ONE → IOP (decisive)");
        ContractAssertions.Equality(Decisive, new PlacementReason(Decisive.Finding, LevelOfCare.IntensiveOutpatient, true), Other, new PlacementReason(Decisive.Finding, LevelOfCare.IntensiveOutpatient, false));
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
