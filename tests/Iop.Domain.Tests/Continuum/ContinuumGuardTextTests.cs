using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

/// <summary>The continuum's remaining guards and texts: each refusal names its parameter and says what is allowed.</summary>
public sealed class ContinuumGuardTextTests
{
    private static readonly LocalDate Unsupported = new(2200, 1, 1);

    private static RecertificationDue Due() =>
        RecertificationCadence.Medicare.NextDue(LevelOfCare.IntensiveOutpatient, new LocalDate(2025, 1, 1), null)!.Value;

    [Fact]
    public void LengthOfStay_DatesOutsideTheSupportedRange_AreRefused()
    {
        FluentActions.Invoking(() => LengthOfStay.Days(Unsupported, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("first");
        FluentActions.Invoking(() => LengthOfStay.Days(new LocalDate(2025, 1, 1), Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("last");
    }

    [Fact]
    public void RecertificationDue_DatesOutsideTheSupportedRange_AreRefused()
    {
        var due = Due();

        FluentActions.Invoking(() => due.IsOverdueOn(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => due.DaysOverdueOn(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => due.ToOverdueFinding(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
    }

    [Fact]
    public void RecertificationDue_NotYetOverdue_SaysSo() =>
        FluentActions.Invoking(() => Due().ToOverdueFinding(Due().DueBy)).Should().Throw<ArgumentException>()
            .WithMessage("The recertification is not overdue on that date.*").WithParameterName("asOf");

    [Fact]
    public void RecertificationDue_Default_SaysItHasNoRule() =>
        FluentActions.Invoking(() => default(RecertificationDue).IsOverdueOn(new LocalDate(2025, 1, 1))).Should().Throw<InvalidOperationException>()
            .WithMessage("The default recertification has no rule.");

    [Fact]
    public void AttendanceRatio_AttendedAboveExpected_SaysTheRangeWithoutTheCount() =>
        FluentActions.Invoking(() => AttendanceRatio.Of(13, 12)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be in the range [0, expected].*").WithParameterName("attended")
            .Which.Message.Should().NotContain("12");

    [Fact]
    public void AttendanceRatio_Operators_AtEqualityAndAcross()
    {
        var half = AttendanceRatio.Of(1, 2);
        var alsoHalf = AttendanceRatio.Of(2, 4);
        var most = AttendanceRatio.Of(3, 4);

        (half < alsoHalf).Should().BeFalse();
        (half > alsoHalf).Should().BeFalse();
        (half <= alsoHalf).Should().BeTrue();
        (half >= alsoHalf).Should().BeTrue();
        (half < most).Should().BeTrue();
        (most > half).Should().BeTrue();
        (most <= half).Should().BeFalse();
        (half >= most).Should().BeFalse();
    }

    [Fact]
    public void BillingCodeMap_Refusals_SayWhy_AndItCountsInTheSingular()
    {
        var code = new CodedValue("https://example.org/revenue", "1234", string.Empty);
        var map = BillingCodeMap.Empty.With(LevelOfCare.IntensiveOutpatient, code);

        map.ToString().Should().Be("BillingCodeMap (1 code)");
        FluentActions.Invoking(() => map.With(LevelOfCare.PartialHospitalization, default)).Should().Throw<ArgumentException>()
            .WithMessage("The code must not be the default coding.*").WithParameterName("code");
        FluentActions.Invoking(() => map.With(LevelOfCare.PartialHospitalization, code)).Should().Throw<ArgumentException>()
            .WithMessage("The code is already mapped; a code belongs to one level of care.*").WithParameterName("code");
    }

    [Fact]
    public void AsamEditionAdoption_ToString_NamesTheEdition_AndTheDefaultStateIsRefusedWithTheRule()
    {
        var adoption = AsamEditionRuleSet.UnitedStates2026.Adoptions[0];

        adoption.ToString().Should().Be($"{adoption.State}: ASAM {(adoption.Edition == AsamEdition.Third ? "3rd" : "4th")} ed. from {adoption.EffectiveFrom:uuuu'-'MM'-'dd}");
        (adoption with { Edition = AsamEdition.Third }).ToString().Should().Contain("ASAM 3rd ed.");
        (adoption with { Edition = AsamEdition.Fourth }).ToString().Should().Contain("ASAM 4th ed.");
        FluentActions.Invoking(() => new AsamEditionAdoption(default, AsamEdition.Fourth, new LocalDate(2025, 1, 1), adoption.Source)).Should().Throw<ArgumentException>()
            .WithMessage("The state is the invalid default value; use UsState.Parse or a named state.*");
    }
}
