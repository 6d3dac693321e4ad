using Iop.Domain.Coding;

namespace Iop.Domain.Tests.Coding;

public sealed class CodingTests
{
    [Fact]
    public void Equality_ComparesSystemAndCode_IgnoringDisplay() =>
        ContractAssertions.Equality(
            new Iop.Domain.Coding.CodedValue(CodeSystems.Loinc, "44261-6", "PHQ-9 total score"),
            new Iop.Domain.Coding.CodedValue(CodeSystems.Loinc, "44261-6", "another label"),
            new Iop.Domain.Coding.CodedValue(CodeSystems.Loinc, "70274-6", "PHQ-9 total score"),
            new Iop.Domain.Coding.CodedValue(CodeSystems.Hcpcs, "44261-6", "PHQ-9 total score"));

    [Fact]
    public void ToString_IsTheFhirToken() =>
        Loinc.Phq9Total.ToString().Should().Be("http://loinc.org|44261-6");

    [Theory]
    [InlineData("", "x")]
    [InlineData(" ", "x")]
    [InlineData("http://loinc.org", "")]
    public void Ctor_BlankSystemOrCode_Throws(string system, string code)
    {
        var act = () => new Iop.Domain.Coding.CodedValue(system, code, string.Empty);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().BeOneOf("system", "code");
    }

    [Fact]
    public void Default_HasEmptyStrings() => default(Iop.Domain.Coding.CodedValue).Code.Should().BeEmpty();

    [Fact]
    public void Loinc_CodesAreTheVerifiedOnes()
    {
        // Verified against the loinc.org term pages and the US Core examples.
        Loinc.Phq9Panel.Code.Should().Be("44249-1");
        Loinc.Phq9Total.Code.Should().Be("44261-6");
        Loinc.Phq9Item9.Code.Should().Be("44260-8");
        Loinc.Gad7Panel.Code.Should().Be("69737-5");
        Loinc.Gad7Total.Code.Should().Be("70274-6");
        new[] { Loinc.Phq9Panel, Loinc.Phq9Total, Loinc.Phq9Item9, Loinc.Gad7Panel, Loinc.Gad7Total }
            .Should().OnlyContain(c => c.System == "http://loinc.org");
    }
}
