using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>A transition review's argument checks, the discharge and hold conditions, the rendered outcomes, and equality over every member.</summary>
public sealed class TransitionDecisionContractTests
{
    private static readonly LocalDate Start = new(2025, 1, 6);
    private static readonly CriteriaPlacementPolicy Policy = CriteriaPlacementPolicy.Default;
    private static readonly TransitionRuleSet Rules = TransitionRuleSet.Default;

    private static Assessment Needs(int hours, LocalDate on) => new(on, AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        WouldOtherwiseNeedInpatient = hours >= 20 ? Determination.Yes : Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(hours),
        RelapsedAfterTreatment = Determination.No,
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
    };

    private static TransitionDecision Review(LevelOfCare current, int hours, int day = 10, ProgressSignals? progress = null) =>
        new TransitionReview(current, Start, Needs(hours, Start.PlusDays(day - 1))) { Progress = progress }.Decide(Policy, Rules, Start.PlusDays(day - 1));

    [Fact]
    public void Decide_NullRuleSet_Throws() =>
        FluentActions.Invoking(() => new TransitionReview(LevelOfCare.Outpatient, Start, Needs(1, Start)).Decide(Policy, null!, Start))
            .Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");

    [Fact]
    public void Decide_BeforeTheAssessment_Throws()
    {
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, Start.PlusDays(5)));
        FluentActions.Invoking(() => review.Decide(Policy, Rules, Start.PlusDays(4))).Should().Throw<ArgumentException>().WithParameterName("asOf");
        review.Decide(Policy, Rules, Start.PlusDays(5)).DaysAtLevel.Should().Be(6, "boundary: the review on the assessment's day");
    }

    [Fact]
    public void Decide_BeforeTheLastRecertification_Throws()
    {
        var review = new TransitionReview(LevelOfCare.PartialHospitalization, Start, Needs(24, Start)) { LastRecertifiedOn = Start.PlusDays(10) };
        review.LastRecertifiedOn.Should().Be(Start.PlusDays(10));
        FluentActions.Invoking(() => review.Decide(Policy, Rules, Start.PlusDays(9))).Should().Throw<ArgumentException>().WithParameterName("asOf");
        review.Decide(Policy, Rules, Start.PlusDays(10)).RecertificationDueOn.Should().Be(Start.PlusDays(40), "boundary: the review on the recertification day");
    }

    [Fact]
    public void Decide_OutsideTheSupportedDates_Throws() =>
        FluentActions.Invoking(() => new TransitionReview(LevelOfCare.Outpatient, Start, Needs(1, Start)).Decide(Policy, Rules, new LocalDate(2200, 1, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");

    [Fact]
    public void New_BadArguments_ThrowWithTheirNames()
    {
        FluentActions.Invoking(() => new TransitionReview(LevelOfCare.Outpatient, new LocalDate(1899, 12, 31), Needs(1, Start))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("levelStartedOn");
        FluentActions.Invoking(() => new TransitionReview(LevelOfCare.Outpatient, Start, null!)).Should().Throw<ArgumentNullException>().WithParameterName("assessment");
        var review = new TransitionReview(LevelOfCare.Outpatient, Start, Needs(1, Start));
        FluentActions.Invoking(() => review with { Assessment = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Assessment");
        FluentActions.Invoking(() => review with { LastRecertifiedOn = new LocalDate(2200, 1, 1) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LastRecertifiedOn");
        (review with { LastRecertifiedOn = Start }).LastRecertifiedOn.Should().Be(Start, "boundary: recertified on the first day");
        (review with { LastRecertifiedOn = null }).LastRecertifiedOn.Should().BeNull();
        (review with { Assessment = Needs(3, Start) }).Assessment.Should().Be(Needs(3, Start));
    }

    [Fact]
    public void New_KeepsItsArguments_AndDescribesItselfWithoutDates()
    {
        var review = new TransitionReview(LevelOfCare.PartialHospitalization, Start, Needs(24, Start));
        (review.CurrentLevel, review.LevelStartedOn, review.Assessment).Should().Be((LevelOfCare.PartialHospitalization, Start, Needs(24, Start)));
        review.ToString().Should().Be("TransitionReview (PartialHospitalization)");
    }

    [Theory]
    [InlineData(true, null)] // a relapse since the last review
    [InlineData(false, SymptomTrend.Worsened)] // worsening symptoms
    public void Decide_OutpatientNeedingNothingButProgressWorse_Continues(bool relapse, SymptomTrend? trend)
    {
        var decision = Review(LevelOfCare.Outpatient, 0, progress: new ProgressSignals { RelapsedSinceLastReview = relapse, SymptomTrend = trend });
        decision.Outcome.Should().Be(TransitionOutcome.Continue);
        decision.NextLevel.Should().Be(LevelOfCare.Outpatient);
        decision.Basis.Should().Be(PlacementRules.TransitionContinue);
    }

    [Theory]
    [InlineData(SymptomTrend.Improved)] // better: no hold
    [InlineData(SymptomTrend.Unchanged)] // unchanged: no hold
    public void Decide_ProgressNotWorse_NeitherHoldsNorPreventsDischarge(SymptomTrend trend)
    {
        var progress = new ProgressSignals { SymptomTrend = trend };
        Review(LevelOfCare.PartialHospitalization, 12, progress: progress).Basis.Should().Be(PlacementRules.TransitionStepDown);
        Review(LevelOfCare.Outpatient, 0, progress: progress).Basis.Should().Be(PlacementRules.TransitionDischarge);
    }

    [Fact]
    public void Decide_IopNeedingNoHours_StepsDownRatherThanDischarging()
    {
        var decision = Review(LevelOfCare.IntensiveOutpatient, 0);
        decision.Outcome.Should().Be(TransitionOutcome.StepDown, "discharge to continuing care is only from outpatient");
        decision.NextLevel.Should().Be(LevelOfCare.Outpatient);
    }

    [Fact]
    public void Decide_IopIndicatedByRelapseWithNoHours_ContinuesRatherThanDischarging()
    {
        var assessment = Needs(0, Start) with { RelapsedAfterTreatment = Determination.Yes };
        var decision = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, assessment).Decide(Policy, Rules, Start);
        decision.Outcome.Should().Be(TransitionOutcome.Continue, "only outpatient discharges to continuing care");
        decision.Basis.Should().Be(PlacementRules.TransitionContinue);
    }

    [Fact]
    public void Decide_HoursNotAssessed_AtOutpatient_Continues() =>
        new TransitionReview(LevelOfCare.Outpatient, Start, Needs(0, Start) with { WeeklyTreatmentHoursNeeded = null }).Decide(Policy, Rules, Start)
            .Basis.Should().Be(PlacementRules.TransitionContinue, "not assessed is not 'needs nothing'");

    [Theory]
    [InlineData(LevelOfCare.IntensiveOutpatient, 24, "Step up from intensive outpatient to partial hospitalization. [PLC-TR-STEP-UP]")]
    [InlineData(LevelOfCare.IntensiveOutpatient, 12, "Continue at intensive outpatient. [PLC-TR-CONTINUE]")]
    [InlineData(LevelOfCare.Outpatient, 0, "Discharge from outpatient to continuing care. [PLC-TR-DISCHARGE]")]
    [InlineData(LevelOfCare.PartialHospitalization, 12, "Step down from partial hospitalization to intensive outpatient. [PLC-TR-STEP-DOWN]")]
    public void Explain_EveryOutcome_OpensWithTheTransitionAndItsRule(LevelOfCare current, int hours, string opening)
    {
        var decision = Review(current, hours);
        decision.Explain().Should().StartWith($"{opening}\n{decision.Basis.Summary}\nDay 10 at this level.\n  - decisive: ");
    }

    [Fact]
    public void Explain_ListsThePlacementReasonsAndTheReviewFindings()
    {
        var decision = new TransitionReview(LevelOfCare.PartialHospitalization, Start, Needs(24, Start)).Decide(Policy, Rules, Start.PlusDays(18));
        decision.Explain().Should().Be(
            "Continue at partial hospitalization. [PLC-TR-CONTINUE]\n"
            + "The new assessment indicates the current level: continue.\n"
            + "Day 19 at this level.\n"
            + "  - decisive: Would otherwise need inpatient psychiatric care: at least partial hospitalization. [PLC-CRIT-PHP-ALTERNATIVE]\n"
            + "  - decisive: Needs at least 20 hours of treatment a week: partial hospitalization. [PLC-CRIT-PHP-HOURS]\n"
            + "To check:\n"
            + "  - Error: The first partial hospitalization recertification is 1 day overdue. [MCR-PHP-RECERT-18]\n");
    }

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, 12, "Transition StepDown PHP → IOP")]
    [InlineData(LevelOfCare.Outpatient, 0, "Transition DischargeToContinuingCare OP → continuing care")]
    [InlineData(LevelOfCare.IntensiveOutpatient, 24, "Transition StepUp IOP → PHP")]
    public void ToString_NamesTheOutcomeAndLevels(LevelOfCare current, int hours, string expected) =>
        Review(current, hours).ToString().Should().Be(expected);

    [Fact]
    public void Decide_KeepsThePlacementAndTheCurrentLevel()
    {
        var decision = Review(LevelOfCare.PartialHospitalization, 12);
        decision.CurrentLevel.Should().Be(LevelOfCare.PartialHospitalization);
        decision.Placement.Should().Be(Policy.Decide(Needs(12, Start.PlusDays(9))));
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Decide_PlacementFindings_AreCarriedIntoTheReview()
    {
        var assessment = Needs(12, Start) with { SeriousInterference = null };
        var decision = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, assessment).Decide(Policy, Rules, Start);
        decision.Findings.Should().Equal(Policy.Decide(assessment).Findings);
    }

    [Fact]
    public void Decide_StaleAssessment_IsAWarningAtTheBoundary()
    {
        var assessment = Needs(12, Start);
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, assessment);
        review.Decide(Policy, Rules, Start.PlusDays(180)).Findings.Should().NotContain(f => f.RuleId == PlacementRules.AssessmentStale.Id, "boundary: the last valid day");
        var finding = review.Decide(Policy, Rules, Start.PlusDays(181)).Findings.Single(f => f.RuleId == PlacementRules.AssessmentStale.Id);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Decide_AttendanceWithoutProgressSignals_IsNotReported()
    {
        var configured = Rules with { MinimumAttendanceRatio = AttendanceRatio.FromFraction(0.75m) };
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, Start));
        review.Decide(Policy, configured, Start).Findings.Should().BeEmpty("no attendance is known");
        (review with { Progress = new ProgressSignals() }).Decide(Policy, configured, Start).Findings.Should().BeEmpty("the attendance ratio is not known");
        var finding = (review with { Progress = new ProgressSignals { AttendanceRatio = AttendanceRatio.Of(1, 2) } }).Decide(Policy, configured, Start).Findings.Single();
        finding.RuleId.Should().Be(PlacementRules.TransitionAttendance.Id);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Decide_ExpiredAuthorization_MessageIsLibraryText()
    {
        var authorization = new PayerAuthorization(LevelOfCare.IntensiveOutpatient, new DateInterval(Start, Start.PlusDays(5)));
        var finding = (new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, Start)) { Authorization = authorization }).Decide(Policy, Rules, Start.PlusDays(6))
            .Findings.Single();
        finding.RuleId.Should().Be(PlacementRules.AuthorizationExpired.Id);
        finding.Message.Should().StartWith("The payer's authorization ended before the review date");
    }

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, 18)] // PHP: the first recertification by day 18
    [InlineData(LevelOfCare.IntensiveOutpatient, 60)] // IOP: two calendar months from 6 January end on 6 March, day 60
    public void Decide_RecertificationDueOn_IsTheCadencesDate(LevelOfCare level, int dueDay)
    {
        var decision = new TransitionReview(level, Start, Needs(level == LevelOfCare.PartialHospitalization ? 24 : 12, Start)).Decide(Policy, Rules, Start);
        decision.RecertificationDueOn.Should().Be(Start.PlusDays(dueDay - 1));
    }

    [Fact]
    public void Equality_EveryMember_TakesPartInEqualsAndHash()
    {
        var decision = Review(LevelOfCare.PartialHospitalization, 12, day: 15);
        DistinctValues.Check(
            decision,
            Review(LevelOfCare.PartialHospitalization, 12, day: 15),
            Review(LevelOfCare.PartialHospitalization, 12, day: 15, progress: new ProgressSignals { RelapsedSinceLastReview = true }), // outcome and next level
            Review(LevelOfCare.PartialHospitalization, 12, day: 16), // days at level
            Review(LevelOfCare.Residential, 12, day: 15), // current level
            Review(LevelOfCare.PartialHospitalization, 3, day: 15)); // placement and next level

        // Same outcome, levels and placement; they differ in the findings and the recertification date alone.
        var assessment = Needs(24, Start);
        var onTime = new TransitionReview(LevelOfCare.PartialHospitalization, Start, assessment).Decide(Policy, Rules, Start.PlusDays(17));
        var recertified = new TransitionReview(LevelOfCare.PartialHospitalization, Start, assessment) { LastRecertifiedOn = Start.PlusDays(17) }.Decide(Policy, Rules, Start.PlusDays(17));
        var late = new TransitionReview(LevelOfCare.PartialHospitalization, Start, assessment) { Authorization = new PayerAuthorization(LevelOfCare.PartialHospitalization, new DateInterval(Start, Start.PlusDays(10))) }
            .Decide(Policy, Rules, Start.PlusDays(17));
        DistinctValues.Check(onTime, new TransitionReview(LevelOfCare.PartialHospitalization, Start, assessment).Decide(Policy, Rules, Start.PlusDays(17)), recertified, late);

        decision.Equals(decision).Should().BeTrue();
        decision.Equals((object)"not a decision").Should().BeFalse();
        (decision == null).Should().BeFalse();
    }

    [Fact]
    public void ProgressSignals_UndefinedTrend_ThrowsWithPropertyName()
    {
        FluentActions.Invoking(() => new ProgressSignals { SymptomTrend = (SymptomTrend)0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SymptomTrend");
        new ProgressSignals { SymptomTrend = null }.SymptomTrend.Should().BeNull();
    }

    [Fact]
    public void RuleSet_DefaultsAndChecks()
    {
        Rules.Name.Should().Be("Iop.Domain transition review");
        Rules.Version.Should().Be("2024.1");
        Rules.Sources.Should().Equal(Citations.Cfr424Section24, Citations.Tip47, CriteriaPlacementRuleSet.Default.Sources[6]);
        Rules.MinimumAttendanceRatio.Should().BeNull();
        FluentActions.Invoking(() => Rules with { Name = "" }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => Rules with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => Rules with { EffectiveTo = new LocalDate(2024, 6, 1), EffectiveFrom = new LocalDate(2024, 6, 2) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        DistinctValues.Check(
            Rules,
            Rules with { Sources = [.. Rules.Sources] },
            Rules with { Name = "other" },
            Rules with { Version = "other" },
            Rules with { EffectiveFrom = new LocalDate(2024, 1, 2) },
            Rules with { EffectiveTo = new LocalDate(2030, 1, 1) },
            Rules with { Sources = [Citations.Tip47] },
            Rules with { Recertification = RecertificationCadence.Medicare with { PhpFirstRecertificationDay = 17 } },
            Rules with { MinimumAttendanceRatio = AttendanceRatio.FromFraction(0.5m) });
    }
}
