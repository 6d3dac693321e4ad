using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class ClinicalPlacementTests
{
    private static readonly LocalDate Assessed = new(2025, 6, 2);

    private static readonly PlacementDecision PhpDecision = CriteriaPlacementPolicy.Default.Decide(new Assessment(Assessed, AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WouldOtherwiseNeedInpatient = Determination.Yes,
        WeeklyTreatmentHoursNeeded = 20m,
        RelapsedAfterTreatment = Determination.No,
        CanParticipateAndTolerate = Determination.Yes,
    });

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, PlacementDiscrepancy.None, 0)] // as recommended
    [InlineData(LevelOfCare.IntensiveOutpatient, PlacementDiscrepancy.UnderPlacement, 1)] // one level less intensive
    [InlineData(LevelOfCare.Outpatient, PlacementDiscrepancy.UnderPlacement, 2)] // skips a level downward
    [InlineData(LevelOfCare.Inpatient, PlacementDiscrepancy.OverPlacement, 2)] // two levels more intensive
    public void Discrepancy_IsClassifiedWithLevelsApart(LevelOfCare actual, PlacementDiscrepancy expected, int apart)
    {
        var reason = actual == LevelOfCare.PartialHospitalization ? (DiscrepancyReason?)null : DiscrepancyReason.WaitingList;
        var placement = new ClinicalPlacement(PhpDecision, actual, Assessed.PlusDays(1), reason);
        placement.Discrepancy.Should().Be(expected);
        placement.LevelsApart.Should().Be(apart);
        placement.StepsFromRecommendation.Should().Be(PhpDecision.Recommended.StepsTo(actual));
        placement.Findings.Any(f => f.RuleId.Value == "PLC-OVERRIDE-DISCREPANCY").Should().Be(apart != 0);
    }

    [Fact]
    public void Override_Finding_NamesLevelsAndReason_InLibraryText()
    {
        var placement = new ClinicalPlacement(PhpDecision, LevelOfCare.IntensiveOutpatient, Assessed, DiscrepancyReason.PatientPreference);
        placement.Findings.Single().Message.Should().Be("Placed at intensive outpatient instead of the recommended partial hospitalization: under-placement by 1 level (patient preference).");
        placement.ToString().Should().Be("Placed IOP, recommended PHP (under-placement by 1, PatientPreference)");
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
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("clinicalLevel");
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
        denied.ClinicalLevel.Should().Be(LevelOfCare.PartialHospitalization);
        denied.Authorization!.Level.Should().Be(LevelOfCare.IntensiveOutpatient);
        denied.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-AUTH-LEVEL", "PLC-AUTH-PERIOD");
        placement.Findings.Should().BeEmpty("the original placement is unchanged");
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
