using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>A placement's findings for every discrepancy reason and authorization case, and equality over every member.</summary>
public sealed class ClinicalPlacementFindingsTests
{
    private static readonly LocalDate Assessed = new(2025, 6, 2);

    private static readonly PlacementDecision IopDecision = CriteriaPlacementPolicy.Default.Decide(IopDecisionAssessment());

    private static readonly DateInterval June = new(Assessed, Assessed.PlusDays(28));

    [Theory]
    [InlineData(DiscrepancyReason.ClinicalJudgement, "clinical judgement")]
    [InlineData(DiscrepancyReason.PatientPreference, "patient preference")]
    [InlineData(DiscrepancyReason.LevelNotAvailable, "level not available")]
    [InlineData(DiscrepancyReason.WaitingList, "waiting list")]
    [InlineData(DiscrepancyReason.PayerDecision, "payer decision")]
    [InlineData(DiscrepancyReason.GeographicAccess, "geographic access")]
    [InlineData(DiscrepancyReason.LegalMandate, "legal mandate")]
    [InlineData(DiscrepancyReason.Other, "other")]
    public void New_EveryDiscrepancyReason_IsNamedInTheOverrideFinding(DiscrepancyReason reason, string named)
    {
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.PartialHospitalization, Assessed, reason);
        var finding = placement.Findings.Single();
        finding.RuleId.Should().Be(PlacementRules.OverrideDiscrepancy.Id);
        finding.Severity.Should().Be(Severity.Information);
        finding.Subject.Should().BeNull();
        finding.Message.Should().Be($"Placed at partial hospitalization instead of the recommended intensive outpatient: over-placement by 1 level ({named}).");
        placement.DiscrepancyReason.Should().Be(reason);
        placement.ToString().Should().Be($"Placed PHP, recommended IOP ({reason})");
    }

    [Fact]
    public void New_AsRecommended_KeepsItsArguments_AndSaysSo()
    {
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, Assessed.PlusDays(2));
        placement.Decision.Should().BeSameAs(IopDecision);
        placement.PlacedOn.Should().Be(Assessed.PlusDays(2));
        placement.DiscrepancyReason.Should().BeNull();
        placement.Authorization.Should().BeNull();
        placement.ToString().Should().Be("Placed IOP as recommended");
    }

    [Fact]
    public void New_PlacedOutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, new LocalDate(2200, 1, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("placedOn");

    [Fact]
    public void New_UndefinedReasonForAPlacementAsRecommended_ThrowsOutOfRange() =>
        FluentActions.Invoking(() => new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, Assessed, (DiscrepancyReason)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("discrepancyReason");

    [Fact]
    public void New_StaleAssessment_IsAWarningWithoutSubject()
    {
        var finding = new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, Assessed.PlusDays(181)).Findings.Single();
        finding.RuleId.Should().Be(PlacementRules.AssessmentStale.Id);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Subject.Should().BeNull();
        finding.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void New_OverrideOnAStaleAssessment_ReportsBoth_InCanonicalOrder() =>
        new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed.PlusDays(200), DiscrepancyReason.Other).Findings
            .Select(f => f.RuleId.Value).Should().Equal("PLC-ASSESSMENT-STALE", "PLC-OVERRIDE-DISCREPANCY");

    [Theory]
    [InlineData(0, 28, 0)] // boundary: placed on the first authorized day
    [InlineData(-28, 0, 0)] // boundary: placed on the last authorized day
    [InlineData(1, 28, 1)] // the authorization starts the day after
    [InlineData(-28, -1, 1)] // the authorization ended the day before
    public void WithAuthorization_PlacementDateAgainstThePeriod_IsAFindingOutsideIt(int startOffset, int endOffset, int findings)
    {
        var placedOn = Assessed.PlusDays(100);
        var period = new DateInterval(placedOn.PlusDays(startOffset), placedOn.PlusDays(endOffset));
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, placedOn).WithAuthorization(new PayerAuthorization(LevelOfCare.IntensiveOutpatient, period));
        placement.Findings.Select(f => (f.RuleId, f.Severity, f.Subject))
            .Should().Equal(Enumerable.Repeat((PlacementRules.OutsideAuthorization.Id, Severity.Warning, (FindingSubject?)FindingSubject.Dates(period)), findings));
        placement.Findings.Should().NotContain(f => string.IsNullOrWhiteSpace(f.Message));
    }

    [Fact]
    public void WithAuthorization_OtherLevelInPeriod_NamesBothLevels()
    {
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.IntensiveOutpatient, Assessed).WithAuthorization(new PayerAuthorization(LevelOfCare.Outpatient, June));
        var finding = placement.Findings.Single();
        finding.RuleId.Should().Be(PlacementRules.AuthorizedLevelDiffers.Id);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Subject.Should().Be(FindingSubject.Dates(June));
        finding.Message.Should().Be("The payer authorized outpatient but intensive outpatient is delivered.");
        placement.Authorization.Should().Be(new PayerAuthorization(LevelOfCare.Outpatient, June));
    }

    [Fact]
    public void WithAuthorization_KeepsTheRestOfThePlacement()
    {
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed.PlusDays(3), DiscrepancyReason.PayerDecision);
        var authorized = placement.WithAuthorization(new PayerAuthorization(LevelOfCare.Outpatient, June));
        (authorized.Decision, authorized.PlacedLevel, authorized.PlacedOn, authorized.DiscrepancyReason)
            .Should().Be((IopDecision, LevelOfCare.Outpatient, Assessed.PlusDays(3), DiscrepancyReason.PayerDecision));
        authorized.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-OVERRIDE-DISCREPANCY");
    }

    [Fact]
    public void Equality_EveryMember_TakesPartInEqualsAndHash()
    {
        var authorization = new PayerAuthorization(LevelOfCare.IntensiveOutpatient, June);
        var placement = new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList, authorization);
        var otherDecision = CriteriaPlacementPolicy.Default.Decide(new Assessment(Assessed, AgeGroup.Adult) { WeeklyTreatmentHoursNeeded = Duration.FromHours(12) });
        DistinctValues.Check(
            placement,
            new ClinicalPlacement(CriteriaPlacementPolicy.Default.Decide(IopDecisionAssessment()), LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList, authorization with { }),
            new ClinicalPlacement(otherDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList, authorization),
            new ClinicalPlacement(IopDecision, LevelOfCare.PartialHospitalization, Assessed, DiscrepancyReason.WaitingList, authorization),
            new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed.PlusDays(1), DiscrepancyReason.WaitingList, authorization),
            new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.Other, authorization),
            new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList),
            new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed, DiscrepancyReason.WaitingList, authorization with { Period = new DateInterval(Assessed, Assessed.PlusDays(29)) }));
        placement.Equals(placement).Should().BeTrue();
        placement.Equals((object)"not a placement").Should().BeFalse();
        (placement == null).Should().BeFalse();
        ((ClinicalPlacement?)null != null).Should().BeFalse();
    }

    [Fact]
    public void HasErrors_IsFalse_ForWarningsOnly() =>
        new ClinicalPlacement(IopDecision, LevelOfCare.Outpatient, Assessed.PlusDays(200), DiscrepancyReason.Other)
            .WithAuthorization(new PayerAuthorization(LevelOfCare.Inpatient, June)).HasErrors.Should().BeFalse("overrides, staleness and authorization are warnings or information");

    [Fact]
    public void PayerAuthorization_Members_AreCheckedAndCompared()
    {
        var authorization = new PayerAuthorization(LevelOfCare.IntensiveOutpatient, June);
        authorization.Level.Should().Be(LevelOfCare.IntensiveOutpatient);
        authorization.Period.Equals(June).Should().BeTrue();
        authorization.ToString().Should().Be("PayerAuthorization (IntensiveOutpatient, 29 days)");
        FluentActions.Invoking(() => authorization with { Level = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Level");
        FluentActions.Invoking(() => authorization with { Period = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Period");
        FluentActions.Invoking(() => authorization with { Period = new DateInterval(Assessed, new LocalDate(2200, 1, 1)) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Period");
        FluentActions.Invoking(() => new PayerAuthorization(LevelOfCare.Outpatient, new DateInterval(new LocalDate(1899, 12, 31), Assessed))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("period");
        (authorization with { Level = LevelOfCare.Outpatient }).Level.Should().Be(LevelOfCare.Outpatient);
        ContractAssertions.Equality(authorization, authorization with { }, authorization with { Level = LevelOfCare.Outpatient }, authorization with { Period = new DateInterval(Assessed, Assessed) });
    }

    private static Assessment IopDecisionAssessment() => new(Assessed, AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WouldOtherwiseNeedInpatient = Determination.No,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(12),
        RelapsedAfterTreatment = Determination.No,
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
    };
}
