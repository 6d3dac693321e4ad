using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>What an EHR shows for a programme-length check: rule id, severity, the stay as subject, the message.</summary>
public sealed class ProgrammeLengthTextTests
{
    private static readonly LocalDate Admission = new(2024, 3, 1);

    private static Evaluation<int> Discharged(int days, LevelOfCare level = LevelOfCare.PartialHospitalization) =>
        ProgrammeLength.Evaluate(Admission, Admission.PlusDays(days - 1), Admission.PlusDays(days + 100), level, AgeGroup.Adult, IntensityRuleSet.DistrictOfColumbia);

    [Fact]
    public void Evaluate_DischargedBeforeTheMinimum_IntProgrammeTooShortNamesDaysAndMinimum()
    {
        var result = Discharged(29);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(IntensityRules.ProgrammeTooShort.Id);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Source.Should().Be(Citations.DcmrLevel25);
        finding.Subject.Should().Be(FindingSubject.Dates(new DateInterval(Admission, Admission.PlusDays(28))));
        finding.Message.Should().Be("The episode at partial hospitalization ended after 29 days, before the minimum of 30.");
        result.Value.Should().Be(29);
    }

    [Theory]
    [InlineData(30)] // boundary: exactly the minimum
    [InlineData(60)] // boundary: exactly the maximum
    public void Evaluate_DischargedAtABound_HasNoFinding(int days) =>
        Discharged(days).Findings.Should().BeEmpty();

    [Fact]
    public void Evaluate_DischargedAfterTheMaximum_SaysLastedNotHasLasted()
    {
        var finding = Discharged(61).Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(IntensityRules.ProgrammeTooLong.Id);
        finding.Message.Should().Be("The episode at partial hospitalization lasted 61 days, past the maximum of 60.");
        finding.Subject.Should().Be(FindingSubject.Dates(new DateInterval(Admission, Admission.PlusDays(60))), "the stay ends on the discharge date, not on asOf");
    }

    [Fact]
    public void Evaluate_OpenEpisodePastTheMaximum_IsMeasuredToAsOf()
    {
        var result = ProgrammeLength.Evaluate(Admission, null, Admission.PlusDays(60), LevelOfCare.PartialHospitalization, AgeGroup.Adult, IntensityRuleSet.DistrictOfColumbia);

        result.Value.Should().Be(61);
        result.Findings.Should().ContainSingle().Which.Subject.Should().Be(FindingSubject.Dates(new DateInterval(Admission, Admission.PlusDays(60))));
    }

    [Fact]
    public void Evaluate_NoStandard_IntNoStandardNamesTheLevel()
    {
        var result = ProgrammeLength.Evaluate(Admission, Admission.PlusDays(9), Admission.PlusDays(9), LevelOfCare.Residential, AgeGroup.Adult, IntensityRuleSet.DistrictOfColumbia);

        result.Value.Should().Be(10, "the length is counted even without a standard");
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(IntensityRules.NoStandard.Id);
        finding.Severity.Should().Be(Severity.Information);
        finding.Subject.Should().BeNull();
        finding.Message.Should().Be("The rule set has no standard for residential and this age group; no programme length was checked.");
    }

    [Fact]
    public void Evaluate_UndefinedAgeGroup_ThrowsForAgeGroup() =>
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(Admission, null, Admission, LevelOfCare.IntensiveOutpatient, 0, IntensityRuleSet.DistrictOfColumbia))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
}
