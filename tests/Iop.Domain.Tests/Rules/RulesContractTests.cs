using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Rules;

/// <summary>Contracts of Rule, Evaluation and the finding order (written after a mutation run found them untested).</summary>
public sealed class RulesContractTests
{
    private static readonly RuleSource Source = Citations.Tip47;

    [Fact]
    public void Rule_BadArguments_ThrowWithParameterName()
    {
        FluentActions.Invoking(() => new Rule(default, "summary", Source)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new Rule(new RuleId("X"), " ", Source)).Should().Throw<ArgumentException>().WithParameterName("summary");
        FluentActions.Invoking(() => new Rule(new RuleId("X"), "summary", null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Rule_ToString_IsIdAndSummary_AndToFindingCarriesBoth()
    {
        var rule = new Rule(new RuleId("TEST-RULE"), "A test rule.", Source);
        rule.ToString().Should().Be("TEST-RULE: A test rule.");
        var finding = rule.ToFinding(Severity.Warning, "Message.");
        finding.Should().Be(new Finding(new RuleId("TEST-RULE"), Severity.Warning, "Message.", Source));
        ContractAssertions.Equality(rule, new Rule(new RuleId("TEST-RULE"), "A test rule.", Source), new Rule(new RuleId("TEST-RULE2"), "A test rule.", Source));
    }

    [Fact]
    public void Evaluation_OrdersBySeverityDescending_ThenMessage_WithinOneRule()
    {
        var info = new Finding(new RuleId("SAME"), Severity.Information, "a", Source);
        var errorB = new Finding(new RuleId("SAME"), Severity.Error, "b", Source);
        var errorA = new Finding(new RuleId("SAME"), Severity.Error, "a", Source);
        new Evaluation<int>(0, [info, errorB, errorA]).Findings.Should().Equal(errorA, errorB, info);
    }

    [Fact]
    public void Evaluation_WithoutErrors_SaysSo()
    {
        var warning = new Finding(new RuleId("W"), Severity.Warning, "w", Source);
        var one = new Evaluation<string>("value", [warning]);
        one.HasErrors.Should().BeFalse();
        one.ToString().Should().Be("Evaluation (1 finding)");
        new Evaluation<string>("value", []).ToString().Should().Be("Evaluation (0 findings)");
        one.GetHashCode().Should().Be(new Evaluation<string>("value", [warning]).GetHashCode());
        var other = new Evaluation<string>("value", [warning]);
        other.Equals(null).Should().BeFalse();
        (other == null).Should().BeFalse();
        FluentActions.Invoking(() => new Evaluation<int>(0, null!)).Should().Throw<ArgumentNullException>().WithParameterName("findings");
        FluentActions.Invoking(() => new Evaluation<int>(0, [null!])).Should().Throw<ArgumentException>().WithParameterName("findings");
    }

    [Fact]
    public void LocusLevel_OrderingOperators_AgreeWithNumbers()
    {
        foreach (var a in LocusLevel.All)
        {
            foreach (var b in LocusLevel.All)
            {
                (a < b).Should().Be(a.Number < b.Number);
                (a > b).Should().Be(a.Number > b.Number);
                (a <= b).Should().Be(a.Number <= b.Number);
                (a >= b).Should().Be(a.Number >= b.Number);
                Math.Sign(a.CompareTo(b)).Should().Be(Math.Sign(a.Number - b.Number));
            }
        }
    }

    [Fact]
    public void LocusLevel_DefaultIsBasicServices_AndPrintsItsNumber()
    {
        default(LocusLevel).Should().Be(LocusLevel.FromNumber(0)); // documented: level 0 is a real LOCUS level
        LocusLevel.TryFromNumber(0, out var zero).Should().BeTrue();
        zero.Name.Should().Be("Basic Services");
        LocusLevel.TryFromNumber(6, out var six).Should().BeTrue();
        six.Name.Should().Be("Medically Managed Residential Services");
        LocusLevel.FromNumber(3).ToString().Should().Be("LOCUS 3");
        LocusLevel.FromNumber(3).ToCodedValue().Display.Should().Be("High Intensity Community Based Services");
    }
}
