using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

public sealed partial class LevelOfCareTests
{
    [Fact]
    public void StepDown_FromOutpatient_ReturnsNone()
    {
        LevelOfCare.Outpatient.StepDown().Should().BeNull("below outpatient lies discharge to continuing care");
        LevelOfCare.Outpatient.TryStepDown(out _).Should().BeFalse();
    }

    [Fact]
    public void StepUp_FromInpatient_ReturnsNone()
    {
        LevelOfCare.Inpatient.StepUp().Should().BeNull();
        LevelOfCare.Inpatient.TryStepUp(out _).Should().BeFalse();
    }

    [Fact]
    public void TryStepDown_FromIntensiveOutpatient_GivesOutpatient()
    {
        LevelOfCare.IntensiveOutpatient.TryStepDown(out var lower).Should().BeTrue();
        lower.Should().Be(LevelOfCare.Outpatient);
        LevelOfCare.IntensiveOutpatient.TryStepUp(out var higher).Should().BeTrue();
        higher.Should().Be(LevelOfCare.PartialHospitalization);
    }

    [Theory]
    [InlineData(LevelOfCare.Outpatient, LevelOfCare.PartialHospitalization, true)] // OP → PHP passes over IOP
    [InlineData(LevelOfCare.Inpatient, LevelOfCare.IntensiveOutpatient, true)] // a two-level step down
    [InlineData(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, false)] // the usual step down
    [InlineData(LevelOfCare.Residential, LevelOfCare.Residential, false)] // lateral
    public void Skips_NamedMoves_AreClassified(LevelOfCare from, LevelOfCare to, bool skips) =>
        from.Skips(to).Should().Be(skips);

    [Theory]
    [InlineData(LevelOfCare.Outpatient, "OP", "outpatient")]
    [InlineData(LevelOfCare.IntensiveOutpatient, "IOP", "intensive outpatient")]
    [InlineData(LevelOfCare.PartialHospitalization, "PHP", "partial hospitalization")]
    [InlineData(LevelOfCare.Residential, "RES", "residential")]
    [InlineData(LevelOfCare.Inpatient, "IP", "inpatient (medically managed)")]
    public void Names_EveryLevel_HasAbbreviationAndDisplayName(LevelOfCare level, string abbreviation, string name)
    {
        level.Abbreviation().Should().Be(abbreviation);
        level.DisplayName().Should().Be(name);
        level.IsDefined().Should().BeTrue();
    }

    [Theory]
    [InlineData(0)] // default(LevelOfCare) is not a level
    [InlineData(6)] // one past the most intensive level
    [InlineData(-1)]
    public void Methods_UndefinedLevel_ThrowWithParameterName(int raw)
    {
        var level = (LevelOfCare)raw;
        level.IsDefined().Should().BeFalse();
        FluentActions.Invoking(() => level.StepDown()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.StepUp()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.StepsTo(LevelOfCare.Outpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("from");
        FluentActions.Invoking(() => LevelOfCare.Outpatient.StepsTo(level)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => level.ToAsam(AsamEdition.Third)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.ToLocus()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.ToTedsSetting()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.PlacesOfService()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.HcpcsPerDiemCodes()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => level.TryGetConditionCode(out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }
}
