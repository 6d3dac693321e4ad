using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

public sealed class LevelOfCareHistoryTests
{
    private static readonly LocalDate Admitted = new(2025, 7, 1);
    private static readonly LevelOfCareHistory Php = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization);

    [Fact]
    public void Append_RecordsDirection_AndReturnsANewHistory()
    {
        var iop = Php.Append(Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var php = iop.Append(Admitted.PlusDays(30), LevelOfCare.PartialHospitalization, LevelChangeReason.ClinicalJudgement);
        var lateral = php.Append(Admitted.PlusDays(30), LevelOfCare.PartialHospitalization, LevelChangeReason.Other);
        lateral.Entries.Select(e => e.Direction).Should().Equal(null, LevelChangeDirection.StepDown, LevelChangeDirection.StepUp, LevelChangeDirection.Lateral);
        Php.Entries.Should().HaveCount(1, "appending never changes the original");
        lateral.CurrentLevel.Should().Be(LevelOfCare.PartialHospitalization);
        lateral.LevelOn(Admitted.PlusDays(25)).Should().Be(LevelOfCare.IntensiveOutpatient);
        lateral.LevelOn(Admitted.PlusDays(-1)).Should().BeNull();
    }

    [Fact]
    public void Append_BeforeThePreviousEntry_Throws() =>
        FluentActions.Invoking(() => Php.Append(Admitted.PlusDays(-1), LevelOfCare.Residential, LevelChangeReason.ClinicalJudgement))
            .Should().Throw<ArgumentException>().WithParameterName("date");

    [Fact]
    public void Append_AfterDischarge_Throws()
    {
        var discharged = Php.Discharge(Admitted.PlusDays(10));
        FluentActions.Invoking(() => discharged.Append(Admitted.PlusDays(11), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview))
            .Should().Throw<ArgumentException>().WithParameterName("date");
        discharged.LevelOn(Admitted.PlusDays(11)).Should().BeNull();
        discharged.LevelOn(Admitted.PlusDays(10)).Should().Be(LevelOfCare.PartialHospitalization, "boundary: the discharge day is still in the episode");
    }

    [Fact]
    public void Discharge_Twice_OrBeforeTheLastEntry_Throws()
    {
        FluentActions.Invoking(() => Php.Discharge(Admitted.PlusDays(1)).Discharge(Admitted.PlusDays(2))).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => Php.Discharge(Admitted.PlusDays(-1))).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Append_BadEnums_Throw()
    {
        FluentActions.Invoking(() => Php.Append(Admitted, LevelOfCare.Outpatient, LevelChangeReason.Admission)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
        FluentActions.Invoking(() => Php.Append(Admitted, (LevelOfCare)0, LevelChangeReason.Other)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => LevelOfCareHistory.Admit(Admitted, (LevelOfCare)8)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = Php.Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var b = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization).Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        ContractAssertions.Equality(a, b, Php, a.Discharge(Admitted.PlusDays(9)), a.Discharge(Admitted.PlusDays(9), TedsDischargeReason.TreatmentCompleted));
        a.ToString().Should().Be("Level-of-care history (2 entries, current IOP, open)");
    }

    [Fact]
    public void Discharge_KeepsWhatAnOutcomeEpisodeNeeds()
    {
        var history = Php.Append(Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)
            .Discharge(Admitted.PlusDays(50), TedsDischargeReason.TreatmentCompleted);
        history.AdmittedOn.Should().Be(Admitted);
        history.Entries.Select(e => (e.Date, e.Level)).Should().Equal((Admitted, LevelOfCare.PartialHospitalization), (Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient));
        history.DischargedOn.Should().Be(Admitted.PlusDays(50));
        history.DischargeReason.Should().Be(TedsDischargeReason.TreatmentCompleted);
        Php.Discharge(Admitted).DischargeReason.Should().BeNull("boundary: discharged on the admission day, reason not recorded");
    }

    [Fact]
    public void Discharge_UndefinedReason_Throws() =>
        FluentActions.Invoking(() => Php.Discharge(Admitted, (TedsDischargeReason)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
}
