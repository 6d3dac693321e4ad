using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>An integrator's decision: every argument check, the canonical orders, equality and hashing over every member, the summaries.</summary>
public sealed class PlacementDecisionContractTests
{
    private static readonly LocalDate Date = new(2025, 5, 5);
    private static readonly RuleSource Source = new("Fictional", "Iop.Domain tests");
    private static readonly PlacementReason Decisive = new(new Finding(new RuleId("X-ONE"), Severity.Information, "Fictional reason.", Source), LevelOfCare.IntensiveOutpatient, true);
    private static readonly PlacementReason AlsoMet = new(new Finding(new RuleId("X-TWO"), Severity.Information, "Another reason.", Source), LevelOfCare.Outpatient, false);
    private static readonly PlacementReason DecisiveAtOutpatient = new(new Finding(new RuleId("X-THREE"), Severity.Information, "A third reason.", Source), LevelOfCare.Outpatient, true);
    private static readonly Finding WarningB = new(new RuleId("X-B"), Severity.Warning, "Second warning.", Source);
    private static readonly Finding WarningA = new(new RuleId("X-A"), Severity.Warning, "First warning.", Source);
    private static readonly Finding Error = new(new RuleId("X-E"), Severity.Error, "An error.", Source);

    private static PlacementDecision Make(IEnumerable<Finding>? findings = null, string name = "Integrator policy", string version = "1", LevelOfCare level = LevelOfCare.IntensiveOutpatient, IEnumerable<PlacementReason>? reasons = null) =>
        new(name, version, Date, level, Date, Date.PlusDays(10), reasons ?? [Decisive, AlsoMet], findings ?? []);

    [Fact]
    public void New_KeepsEveryArgument()
    {
        var decision = new PlacementDecision("p", "v", Date.PlusDays(-30), LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive], [WarningA]);
        decision.PolicyName.Should().Be("p");
        decision.PolicyVersion.Should().Be("v");
        decision.PolicyEffectiveFrom.Should().Be(Date.PlusDays(-30));
        decision.Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);
        decision.AssessmentDate.Should().Be(Date);
        decision.AssessmentValidThrough.Should().Be(Date.PlusDays(10));
        decision.Reasons.Should().Equal(Decisive);
        decision.Findings.Should().Equal(WarningA);
    }

    [Fact]
    public void New_ValidThroughOnTheAssessmentDate_IsAccepted() =>
        new PlacementDecision("p", "v", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], []).AssessmentValidThrough.Should().Be(Date, "boundary: valid on its own day only");

    [Fact]
    public void New_BadArguments_ThrowWithTheirParameterNames()
    {
        FluentActions.Invoking(() => new PlacementDecision("p", " ", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], []))
            .Should().Throw<ArgumentException>().WithParameterName("policyVersion");
        FluentActions.Invoking(() => new PlacementDecision("p", "v", new LocalDate(1899, 12, 31), LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], []))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("policyEffectiveFrom");
        FluentActions.Invoking(() => new PlacementDecision("p", "v", Date, LevelOfCare.IntensiveOutpatient, new LocalDate(2200, 1, 1), new LocalDate(2200, 1, 1), [Decisive], []))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("assessmentDate");
        FluentActions.Invoking(() => new PlacementDecision("p", "v", Date, LevelOfCare.IntensiveOutpatient, Date, Date, null!, []))
            .Should().Throw<ArgumentNullException>().WithParameterName("reasons");
        FluentActions.Invoking(() => new PlacementDecision("p", "v", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive, null!], []))
            .Should().Throw<ArgumentException>().WithParameterName("reasons");
        FluentActions.Invoking(() => new PlacementDecision("p", "v", Date, LevelOfCare.IntensiveOutpatient, Date, Date, [Decisive], [WarningA, null!]))
            .Should().Throw<ArgumentException>().WithParameterName("findings");
    }

    [Fact]
    public void New_ReasonAtTheRecommendationButNotDecisive_Throws() =>
        FluentActions.Invoking(() => Make(reasons: [new PlacementReason(Decisive.Finding, LevelOfCare.IntensiveOutpatient, isDecisive: false)]))
            .Should().Throw<ArgumentException>().WithParameterName("reasons");

    [Fact]
    public void New_DecisiveReasonAmongOthers_IsFoundWhereverItStands() =>
        Make(reasons: [AlsoMet, AlsoMet with { }, Decisive]).Reasons.Should().Equal(Decisive, AlsoMet, AlsoMet);

    [Fact]
    public void New_Findings_AreCopiedAndPutInCanonicalOrder()
    {
        var list = new List<Finding> { WarningB, Error, WarningA };
        var decision = Make(list);
        list.Clear();
        decision.Findings.Should().Equal(WarningA, WarningB, Error);
    }

    [Fact]
    public void New_Reasons_AreCopied()
    {
        var list = new List<PlacementReason> { Decisive };
        var decision = Make(reasons: list);
        list.Add(AlsoMet);
        decision.Reasons.Should().Equal(Decisive);
    }

    [Fact]
    public void HasErrors_IsTrueOnlyWithAnErrorFinding()
    {
        Make([WarningA]).HasErrors.Should().BeFalse();
        Make([WarningA, Error]).HasErrors.Should().BeTrue();
    }

    [Fact]
    public void IsStaleOn_UnsupportedDate_Throws() =>
        FluentActions.Invoking(() => Make().IsStaleOn(new LocalDate(2200, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");

    [Fact]
    public void Equality_EveryMember_TakesPartInEqualsAndHash()
    {
        var decision = Make([WarningA]);

        // Two decisive reasons, one at each level, so the decisions differ in the recommendation alone.
        Make([WarningA], level: LevelOfCare.IntensiveOutpatient, reasons: [Decisive, DecisiveAtOutpatient])
            .Should().NotBe(Make([WarningA], level: LevelOfCare.Outpatient, reasons: [Decisive, DecisiveAtOutpatient]));
        DistinctValues.Check(
            decision,
            Make([WarningA]),
            Make([WarningA], name: "other"),
            Make([WarningA], version: "2"),
            new PlacementDecision("Integrator policy", "1", Date.PlusDays(-1), LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(10), [Decisive, AlsoMet], [WarningA]),
            Make([WarningA], level: LevelOfCare.Outpatient, reasons: [Decisive, DecisiveAtOutpatient]),
            new PlacementDecision("Integrator policy", "1", Date, LevelOfCare.IntensiveOutpatient, Date.PlusDays(1), Date.PlusDays(10), [Decisive, AlsoMet], [WarningA]),
            new PlacementDecision("Integrator policy", "1", Date, LevelOfCare.IntensiveOutpatient, Date, Date.PlusDays(11), [Decisive, AlsoMet], [WarningA]),
            Make([WarningA], reasons: [Decisive]),
            Make([WarningA, WarningB]),
            Make([WarningB]));
        decision.Equals(decision).Should().BeTrue();
        decision.Equals((object)"not a decision").Should().BeFalse();
        (decision == null).Should().BeFalse();
        ((PlacementDecision?)null == null).Should().BeTrue();
    }

    [Fact]
    public void ToString_CountsReasonsAndFindings_InTheSingularAndPlural()
    {
        Make([WarningA], reasons: [Decisive]).ToString().Should().Be("Placement IOP (1 reason, 1 finding)");
        Make([WarningA, WarningB]).ToString().Should().Be("Placement IOP (2 reasons, 2 findings)");
    }

    [Fact]
    public void Explain_RendersReasonsThenFindings()
    {
        Make([Error, WarningA]).Explain().Should().Be(
            "Recommended level of care: intensive outpatient (IOP).\n"
            + "Why:\n"
            + "  - decisive: Fictional reason. [X-ONE]\n"
            + "  - also met: Another reason. [X-TWO]\n"
            + "To check:\n"
            + "  - Warning: First warning. [X-A]\n"
            + "  - Error: An error. [X-E]\n");
    }

    [Fact]
    public void PlacementReason_ToString_MarksOnlyDecisiveReasons() =>
        AlsoMet.ToString().Should().Be("X-TWO → OP");
}
