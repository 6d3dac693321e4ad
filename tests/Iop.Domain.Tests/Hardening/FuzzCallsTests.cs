using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Hardening;

/// <summary>The fuzz's checks can fail: each kind of defect, shown an exception that has it, is recorded.</summary>
public sealed class FuzzCallsTests
{
    private static readonly System.Reflection.ConstructorInfo ProportionCtor = typeof(Proportion).GetConstructor([typeof(long), typeof(long)])!;

    [Fact]
    public void Check_AnUndocumentedExceptionType_IsADefect()
    {
        var calls = new FuzzCalls(new FuzzValues(1));
        calls.Check(ProportionCtor, new OverflowException(), "test");
        calls.Defects.Should().ContainSingle().Which.Should().Contain("Proportion.ctor(Int64, Int64): undocumented OverflowException");
    }

    [Fact]
    public void Check_AParamNameThatIsNotAParameter_IsADefect()
    {
        var calls = new FuzzCalls(new FuzzValues(1));
        calls.Check(ProportionCtor, new ArgumentOutOfRangeException("Count", "Value must be in the range [0, total]."), "test");
        calls.Defects.Should().ContainSingle().Which.Should().Contain("ParamName \"Count\" is not one of (count, total)");
    }

    [Fact]
    public void Check_AMessageRepeatingASecretValue_IsADefect()
    {
        var values = new FuzzValues(1);
        values.Secrets.Add("Zq1234567");
        var calls = new FuzzCalls(values);
        calls.Check(ProportionCtor, new ArgumentOutOfRangeException("count", "Value Zq1234567 is wrong."), "test");
        calls.Defects.Should().ContainSingle().Which.Should().Contain("message contains a value passed");
    }

    [Fact]
    public void Check_ADocumentedRefusalNamingItsParameter_IsNoDefect()
    {
        var calls = new FuzzCalls(new FuzzValues(1));
        calls.Check(ProportionCtor, new ArgumentOutOfRangeException("count", "Value must be in the range [0, total]."), "test");
        calls.Defects.Should().BeEmpty();
    }
}
