using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class ClinicalPlacementTests
{
    private static readonly LocalDate Assessed = new(2025, 6, 2);

    private static readonly Assessment PhpDecisionAssessment = new(Assessed, AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WouldOtherwiseNeedInpatient = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(20),
        RelapsedAfterTreatment = Determination.No,
        CanParticipateAndTolerate = Determination.Yes,
    };

    private static readonly PlacementDecision PhpDecision = CriteriaPlacementPolicy.Default.Decide(PhpDecisionAssessment);

    [Theory]
    [InlineData(LevelOfCare.IntensiveOutpatient, "under-placement by 1 level (waiting list)")] // one level less intensive
    [InlineData(LevelOfCare.Outpatient, "under-placement by 2 levels (waiting list)")] // skips a level downward
    [InlineData(LevelOfCare.Residential, "over-placement by 1 level (waiting list)")] // one level more intensive
    [InlineData(LevelOfCare.Inpatient, "over-placement by 2 levels (waiting list)")] // two levels more intensive
    public void New_OverrideFinding_NamesTheDirectionAndLevelsApart(LevelOfCare placed, string expected)
    {
        var placement = new ClinicalPlacement(PhpDecision, placed, Assessed.PlusDays(1), DiscrepancyReason.WaitingList);
        placement.PlacedLevel.Should().Be(placed);
        placement.Findings.Single(f => f.RuleId.Value == "PLC-OVERRIDE-DISCREPANCY").Message.Should().Contain(expected);
    }

    [Fact]
    public void New_AsRecommended_HasNoOverrideFinding() =>
        new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed.PlusDays(1)).Findings.Should().BeEmpty();

    [Fact]
    public void Override_Finding_NamesLevelsAndReason_InLibraryText()
    {
        var placement = new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.PatientPreference);
        placement.Findings.Single().Message.Should().Be("Placed at intensive outpatient instead of the recommended partial hospitalization: under-placement by 1 level (patient preference).");
        placement.ToString().Should().Be("Placed IOP, recommended PHP (PatientPreference)");
    }

    [Fact]
    public void New_ReasonMissingOrSuperfluous_Throws()
    {
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, LevelOfCare.Outpatient, Assessed))
            .Should().Throw<ArgumentException>().WithParameterName("discrepancyReason");
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed, DiscrepancyReason.Other))
            .Should().Throw<ArgumentException>().WithParameterName("discrepancyReason");
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, LevelOfCare.Outpatient, Assessed, (DiscrepancyReason)0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("discrepancyReason");
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, (LevelOfCare)0, Assessed))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("placedLevel");
        FluentActions.Invoking(() => new ClinicalPlacement(null!, LevelOfCare.Outpatient, Assessed))
            .Should().Throw<ArgumentNullException>().WithParameterName("decision");
    }

    [Fact]
    public void New_PlacedBeforeTheAssessment_Throws() =>
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("placedOn");

    [Theory]
    [InlineData(180, false)] // boundary: the last day of the 180-day window
    [InlineData(181, true)] // one day past it
    public void New_StaleAssessment_IsAFinding(int daysAfter, bool stale) =>
        new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed.PlusDays(daysAfter))
            .Findings.Any(f => f.RuleId.Value == "PLC-ASSESSMENT-STALE").Should().Be(stale);

    [Fact]
    public void Authorization_IsKeptApartFromTheClinicalLevel()
    {
        var placement = new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed);
        placement.Authorization.Should().BeNull();
        var denied = placement.WithAuthorization(new PayerAuthorization(LevelOfCare.IntensiveOutpatient, new DateInterval(Assessed.PlusDays(3), Assessed.PlusDays(30))));
        denied.PlacedLevel.Should().Be(LevelOfCare.PartialHospitalization);
        denied.Authorization!.Level.Should().Be(LevelOfCare.IntensiveOutpatient);
        denied.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-AUTH-LEVEL", "PLC-AUTH-PERIOD");
        denied.Findings.Should().OnlyContain(f => f.Subject == FindingSubject.Dates(denied.Authorization.Period), "an EHR attaches the finding to the authorization");
        placement.Findings.Should().BeEmpty("the original placement is unchanged");
    }

    [Fact]
    public void Equality_IsByValue_OverEveryMember()
    {
        var placement = new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.WaitingList);
        var authorization = new PayerAuthorization(LevelOfCare.IntensiveOutpatient, new DateInterval(Assessed, Assessed.PlusDays(30)));
        ContractAssertions.Equality(
            placement,
            new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.WaitingList),
            new ClinicalPlacement(PhpDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList),
            new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed.PlusDays(1), DiscrepancyReason.WaitingList),
            new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.PatientPreference),
            placement.WithAuthorization(authorization),
            new ClinicalPlacement(CriteriaPlacementPolicy.Default.Decide(PhpDecisionAssessment with { RelapsedAfterTreatment = null }), LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.WaitingList));
        placement.HasErrors.Should().BeFalse("an override is information");
    }

    [Fact]
    public void Authorization_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new PayerAuthorization((LevelOfCare)0, new DateInterval(Assessed, Assessed))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => new PayerAuthorization(LevelOfCare.Outpatient, null!)).Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => new ClinicalPlacement(PhpDecision, LevelOfCare.PartialHospitalization, Assessed).WithAuthorization(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("authorization");
    }
}
