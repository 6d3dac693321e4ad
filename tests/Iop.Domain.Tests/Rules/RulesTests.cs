using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Rules;

public sealed class RulesTests
{
    [Theory]
    [InlineData("INT-IOP-MIN-HOURS")]
    [InlineData("PHQ9-RANGE")]
    [InlineData("A")]
    public void RuleId_WellFormed_IsAccepted(string text) => new RuleId(text).Value.Should().Be(text);

    [Theory]
    [InlineData("")]
    [InlineData("int-iop")] // lower case
    [InlineData("-INT")]
    [InlineData("INT-")]
    [InlineData("INT--IOP")]
    [InlineData("INT IOP")]
    public void RuleId_Malformed_ThrowsWithParameterName(string text) =>
        FluentActions.Invoking(() => new RuleId(text)).Should().Throw<ArgumentException>().WithParameterName("value");

    [Fact]
    public void RuleId_Equality_IsOrdinal() =>
        ContractAssertions.Equality(new RuleId("CLM-POS"), new RuleId("CLM-POS"), new RuleId("CLM-POS2"));

    [Fact]
    public void Finding_CarriesTheRulesIdAndSource()
    {
        var finding = ContinuumRules.PlaceOfServiceCrosswalk.ToFinding(Severity.Information, "There is no IOP-specific place of service.");
        finding.RuleId.Value.Should().Be("CLM-POS");
        finding.Source.Should().Be(Citations.CmsPlaceOfServiceCodes);
        finding.ToString().Should().Be("[Information] CLM-POS: There is no IOP-specific place of service.");
    }

    [Fact]
    public void Finding_BadArguments_Throw()
    {
        var source = Citations.Tip47;
        FluentActions.Invoking(() => new Finding(default, Severity.Error, "m", source)).Should().Throw<ArgumentException>().WithParameterName("ruleId");
        FluentActions.Invoking(() => new Finding(new RuleId("X"), (Severity)0, "m", source)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("severity");
        FluentActions.Invoking(() => new Finding(new RuleId("X"), Severity.Error, " ", source)).Should().Throw<ArgumentException>().WithParameterName("message");
        FluentActions.Invoking(() => new Finding(new RuleId("X"), Severity.Error, "m", null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Severity_IsOrderedByImportance() =>
        Enum.GetValues<Severity>().Should().Equal(Severity.Information, Severity.Warning, Severity.Error);

    [Fact]
    public void RuleSource_FormatsACitation()
    {
        var source = new RuleSource("42 CFR 410.44", "CMS", 2024, "(c)(1)", new Uri("https://www.ecfr.gov/current/title-42/section-410.44"));
        source.ToString().Should().Be("CMS, 42 CFR 410.44 (2024), (c)(1). https://www.ecfr.gov/current/title-42/section-410.44");
        FluentActions.Invoking(() => new RuleSource("t", "p", 1800)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    [Fact]
    public void Evaluation_OrdersFindings_SoEqualInputsGiveEqualResults()
    {
        var a = new Finding(new RuleId("B-RULE"), Severity.Warning, "second", Citations.Tip47);
        var b = new Finding(new RuleId("A-RULE"), Severity.Error, "first", Citations.Tip47);
        var one = new Evaluation<int>(1, [a, b]);
        var two = new Evaluation<int>(1, [b, a]);

        one.Findings.Should().Equal(b, a);
        one.HasErrors.Should().BeTrue();
        ContractAssertions.Equality(one, two, new Evaluation<int>(2, [a, b]), new Evaluation<int>(1, [a]));
        one.ToString().Should().Be("Evaluation (2 findings, errors)");
    }
}
