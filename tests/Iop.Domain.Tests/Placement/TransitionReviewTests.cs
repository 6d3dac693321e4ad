using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Coding;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class TransitionReviewTests
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

    /// <summary>Assessments indicating outpatient (1 h), IOP (12 h), PHP (24 h), residential, inpatient, and no further treatment (0 h).</summary>
    private static readonly Func<LocalDate, Assessment>[] TargetAssessments =
    [
        on => Needs(1, on),
        on => Needs(12, on),
        on => Needs(24, on),
        on => Needs(12, on) with { Needs24HourSupervision = Determination.Yes },
        on => Needs(12, on) with { Needs24HourSupervision = Determination.Yes, Needs24HourMedicalManagement = Determination.Yes },
        on => Needs(0, on),
    ];

    private static TransitionDecision ReviewTo(LevelOfCare current, int target)
    {
        var asOf = Start.PlusDays(9);
        return new TransitionReview(current, Start, TargetAssessments[target](asOf)).Decide(Policy, Rules, asOf);
    }

    private static TransitionDecision Review(LevelOfCare current, int hours, int day, ProgressSignals? progress = null, LocalDate? recertified = null)
    {
        var asOf = Start.PlusDays(day - 1);
        return new TransitionReview(current, Start, Needs(hours, asOf)) { Progress = progress, LastRecertifiedOn = recertified }.Decide(Policy, Rules, asOf);
    }

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, 12, TransitionOutcome.StepDown, LevelOfCare.IntensiveOutpatient)] // PHP → IOP
    [InlineData(LevelOfCare.IntensiveOutpatient, 3, TransitionOutcome.StepDown, LevelOfCare.Outpatient)] // IOP → OP
    [InlineData(LevelOfCare.IntensiveOutpatient, 24, TransitionOutcome.StepUp, LevelOfCare.PartialHospitalization)] // IOP → PHP
    [InlineData(LevelOfCare.IntensiveOutpatient, 12, TransitionOutcome.Continue, LevelOfCare.IntensiveOutpatient)] // still needs IOP
    [InlineData(LevelOfCare.Outpatient, 1, TransitionOutcome.Continue, LevelOfCare.Outpatient)] // still needs some treatment
    public void Decide_NamedCases(LevelOfCare current, int hours, TransitionOutcome outcome, LevelOfCare next)
    {
        var decision = Review(current, hours, 10);
        decision.Outcome.Should().Be(outcome);
        decision.NextLevel.Should().Be(next);
    }

    [Fact]
    public void Decide_OutpatientNeedingNoMoreTreatment_DischargesToContinuingCare()
    {
        var decision = Review(LevelOfCare.Outpatient, 0, 30);
        decision.Outcome.Should().Be(TransitionOutcome.DischargeToContinuingCare);
        decision.NextLevel.Should().BeNull();
        decision.Basis.Id.Value.Should().Be("PLC-TR-DISCHARGE");
    }

    [Theory]
    [InlineData(true, null)] // relapse since the last review
    [InlineData(false, SymptomTrend.Worsened)] // worsening symptoms
    public void Decide_StepDownIndicated_ButProgressSignalHolds(bool relapse, SymptomTrend? change)
    {
        var decision = Review(LevelOfCare.PartialHospitalization, 12, 10, new ProgressSignals { RelapsedSinceLastReview = relapse, SymptomTrend = change });
        decision.Outcome.Should().Be(TransitionOutcome.Continue);
        decision.NextLevel.Should().Be(LevelOfCare.PartialHospitalization);
        decision.Basis.Id.Value.Should().Be("PLC-TR-HOLD");
    }

    [Theory]
    [InlineData(18, false)] // boundary: day 18 is the last day for the first recertification
    [InlineData(19, true)] // one day late
    public void Decide_PhpFirstRecertification_ByDay18(int day, bool overdue)
    {
        var decision = Review(LevelOfCare.PartialHospitalization, 24, day);
        decision.RecertificationDueOn.Should().Be(Start.PlusDays(17));
        decision.DaysAtLevel.Should().Be(day);
        decision.Findings.Any(f => f.RuleId.Value == "MCR-PHP-RECERT-18").Should().Be(overdue);
    }

    [Theory]
    [InlineData(30, false)] // boundary: exactly 30 days after the last recertification
    [InlineData(31, true)] // one day late
    public void Decide_PhpLaterRecertifications_Every30Days(int daysAfterRecert, bool overdue)
    {
        var recertified = Start.PlusDays(16);
        var decision = Review(LevelOfCare.PartialHospitalization, 24, 17 + daysAfterRecert, recertified: recertified);
        decision.RecertificationDueOn.Should().Be(recertified.PlusDays(30));
        decision.Findings.Any(f => f.RuleId.Value == "MCR-PHP-RECERT-30").Should().Be(overdue);
    }

    [Fact]
    public void Decide_IopRecertification_EveryOtherCalendarMonth()
    {
        var start = new LocalDate(2024, 12, 31);
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, start, Needs(12, new LocalDate(2025, 2, 28)));
        var onTime = review.Decide(Policy, Rules, new LocalDate(2025, 2, 28));
        onTime.RecertificationDueOn.Should().Be(new LocalDate(2025, 2, 28), "two calendar months from 31 December end on the last day of February, not after 60 days");
        onTime.Findings.Should().NotContain(f => f.RuleId.Value == "MCR-IOP-RECERT");
        review.Decide(Policy, Rules, new LocalDate(2025, 3, 1)).Findings.Should().ContainSingle(f => f.RuleId.Value == "MCR-IOP-RECERT");
    }

    [Fact]
    public void Decide_RecertificationClock_IsTheRuleSetsCadence()
    {
        Rules.Recertification.Should().BeSameAs(RecertificationCadence.Medicare);
        var start = new LocalDate(2025, 1, 1);
        var sixtyDays = Rules with { Recertification = RecertificationCadence.Medicare with { IopRecertificationInterval = Period.FromDays(60) } };
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, start, Needs(12, new LocalDate(2025, 3, 2)));

        review.Decide(Policy, sixtyDays, new LocalDate(2025, 3, 2)).RecertificationDueOn.Should().Be(new LocalDate(2025, 3, 2), "the 60-day reading");
        review.Decide(Policy, Rules, new LocalDate(2025, 3, 2)).Findings.Single(f => f.RuleId.Value == "MCR-IOP-RECERT")
            .Message.Should().Be("The intensive outpatient recertification is 1 day overdue.", "two calendar months from 1 January end on 1 March");
    }

    [Theory]
    [InlineData(19, "The first partial hospitalization recertification is 1 day overdue.")] // day 19: one day past day 18
    [InlineData(25, "The first partial hospitalization recertification is 7 days overdue.")] // a week late
    public void Decide_OverdueRecertification_MessageGivesTheDaysOverdue(int day, string message)
    {
        var finding = Review(LevelOfCare.PartialHospitalization, 24, day).Findings.Single(f => f.RuleId.Value == "MCR-PHP-RECERT-18");

        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be(message);
    }

    [Fact]
    public void Decide_OutpatientHasNoRecertificationClock() =>
        Review(LevelOfCare.Outpatient, 3, 400).RecertificationDueOn.Should().BeNull();

    [Fact]
    public void Decide_Attendance_IsCheckedOnlyWhenConfigured()
    {
        var low = new ProgressSignals { AttendanceRatio = AttendanceRatio.Of(1, 2) };
        Review(LevelOfCare.IntensiveOutpatient, 12, 10, low).Findings.Should().NotContain(f => f.RuleId.Value == "PLC-TR-ATTENDANCE", "no minimum is shipped");
        var asOf = Start.PlusDays(9);
        var configured = Rules with { MinimumAttendanceRatio = AttendanceRatio.FromFraction(0.75m) };
        new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, asOf)) { Progress = low }.Decide(Policy, configured, asOf)
            .Findings.Should().ContainSingle(f => f.RuleId.Value == "PLC-TR-ATTENDANCE");
    }

    [Fact]
    public void Decide_StaleAssessment_IsAFinding()
    {
        var old = Needs(12, Start.PlusDays(-200));
        new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, old).Decide(Policy, Rules, Start.PlusDays(10))
            .Findings.Should().Contain(f => f.RuleId.Value == "PLC-ASSESSMENT-STALE");
    }

    [Fact]
    public void Decide_InvertedDates_Throw()
    {
        var review = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, Start));
        FluentActions.Invoking(() => review.Decide(Policy, Rules, Start.PlusDays(-1))).Should().Throw<ArgumentException>().WithParameterName("asOf");
        FluentActions.Invoking(() => review with { LastRecertifiedOn = Start.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("LastRecertifiedOn");
        FluentActions.Invoking(() => review.Decide(null!, Rules, Start)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => new TransitionReview((LevelOfCare)0, Start, Needs(1, Start))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("currentLevel");
        FluentActions.Invoking(() => Rules with { Recertification = Rules.Recertification with { PhpFirstRecertificationDay = 0 } }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpFirstRecertificationDay");
        FluentActions.Invoking(() => Rules with { Recertification = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Recertification");
    }

    [Theory]
    [InlineData(0, false)] // boundary: the authorization ends on the review date, still in force
    [InlineData(1, true)] // it ended the day before the review
    [InlineData(30, true)] // long expired
    public void Decide_AuthorizationEndedBeforeTheReview_IsAFinding(int daysEndedBefore, bool expired)
    {
        var asOf = Start.PlusDays(20);
        var authorization = new PayerAuthorization(LevelOfCare.IntensiveOutpatient, new DateInterval(Start.PlusDays(-40), asOf.PlusDays(-daysEndedBefore)));
        var decision = new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, asOf)) { Authorization = authorization }.Decide(Policy, Rules, asOf);

        var found = decision.Findings.Where(f => f.RuleId.Value == "PLC-AUTH-EXPIRED").ToList();
        found.Should().HaveCount(expired ? 1 : 0);
        found.All(f => f.Severity == Severity.Warning && f.Subject == FindingSubject.Dates(authorization.Period) && !f.Message.Contains("2025", StringComparison.Ordinal))
            .Should().BeTrue("a warning about the authorization period, without dates in the message");
    }

    [Fact]
    public void Decide_NoAuthorizationKnown_ReportsNoAuthorizationFinding() =>
        Review(LevelOfCare.IntensiveOutpatient, 12, 400).Findings.Should().NotContain(f => f.RuleId.Value.StartsWith("PLC-AUTH-", StringComparison.Ordinal));

    [Theory]
    [InlineData(1, 2, true)] // half attended, minimum three quarters
    [InlineData(3, 4, false)] // boundary: exactly the minimum is enough
    public void Decide_AttendanceBelowTheMinimum_IsAFinding(int attended, int expected, bool below)
    {
        var asOf = Start.PlusDays(9);
        var configured = Rules with { MinimumAttendanceRatio = AttendanceRatio.FromFraction(0.75m) };
        new TransitionReview(LevelOfCare.IntensiveOutpatient, Start, Needs(12, asOf)) { Progress = new ProgressSignals { AttendanceRatio = AttendanceRatio.Of(attended, expected) } }
            .Decide(Policy, configured, asOf).Findings.Any(f => f.RuleId.Value == "PLC-TR-ATTENDANCE").Should().Be(below);
    }

    [Theory]
    [InlineData(1, 1)] // boundary: the review on the level's first day is day 1
    [InlineData(7, 7)] // a week in, counting the first day
    public void Decide_DaysAtLevel_AreTheLengthOfStayConvention(int day, int expected) =>
        Review(LevelOfCare.IntensiveOutpatient, 12, day).DaysAtLevel.Should().Be(expected).And.Be(LengthOfStay.Days(Start, Start.PlusDays(day - 1)));

    /// <summary>Every current level reviewed against every level an assessment can indicate, and the discharge case.</summary>
    public static TheoryData<LevelOfCare, int> EveryTransition()
    {
        var data = new TheoryData<LevelOfCare, int>();
        foreach (var current in LevelsOfCare.All)
        {
            for (var target = 0; target < TargetAssessments.Length; target++)
            {
                data.Add(current, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public void ToTedsDischargeReason_FollowsTheOutcomeAndTheTedsSetting(LevelOfCare current, int target)
    {
        var decision = ReviewTo(current, target);
        TedsDischargeReason? expected = decision.Outcome switch
        {
            TransitionOutcome.Continue => null,
            TransitionOutcome.DischargeToContinuingCare => TedsDischargeReason.TreatmentCompleted,
            _ => current.ToTedsSetting() == decision.NextLevel!.Value.ToTedsSetting() ? null : TedsDischargeReason.Transferred,
        };
        decision.ToTedsDischargeReason().Should().Be(expected);
    }

    [Fact]
    public void ToTedsDischargeReason_EveryOutcomeIsReached_AndPhpToIopIsNoTedsDischarge()
    {
        var outcomes = EveryTransition().Select(row => ReviewTo((LevelOfCare)row[0], (int)row[1]).Outcome).Distinct();
        outcomes.Should().BeEquivalentTo(Enum.GetValues<TransitionOutcome>(), "the mapping is tested for every outcome");
        Review(LevelOfCare.PartialHospitalization, 12, 10).ToTedsDischargeReason().Should().BeNull("PHP and IOP share TEDS setting 6");
        Review(LevelOfCare.IntensiveOutpatient, 3, 10).ToTedsDischargeReason().Should().Be(TedsDischargeReason.Transferred, "IOP (6) to outpatient (7) changes the TEDS setting");
        Review(LevelOfCare.Outpatient, 0, 10).ToTedsDischargeReason().Should().Be(TedsDischargeReason.TreatmentCompleted);
    }

    [Fact]
    public void Equality_IsByValue_OverEveryMember()
    {
        var decision = Review(LevelOfCare.PartialHospitalization, 12, 15);
        ContractAssertions.Equality(
            decision,
            Review(LevelOfCare.PartialHospitalization, 12, 15),
            Review(LevelOfCare.PartialHospitalization, 12, 16),
            Review(LevelOfCare.PartialHospitalization, 24, 15),
            Review(LevelOfCare.IntensiveOutpatient, 12, 15),
            Review(LevelOfCare.PartialHospitalization, 12, 15, new ProgressSignals { RelapsedSinceLastReview = true }));
        decision.HasErrors.Should().BeFalse();
        Review(LevelOfCare.PartialHospitalization, 24, 19).HasErrors.Should().BeTrue("an overdue recertification is an error");
    }

    [Fact]
    public void RuleSet_IsARuleSet_AndRefusesContradictions()
    {
        IRuleSet rules = Rules;
        rules.Sources.Should().Contain(Citations.Cfr424Section24);
        rules.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1), "the Medicare IOP benefit and its recertification rule began 2024-01-01");
        FluentActions.Invoking(() => Rules with { EffectiveTo = Rules.EffectiveFrom.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => Rules with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        ContractAssertions.Equality(Rules, Rules with { }, Rules with { MinimumAttendanceRatio = AttendanceRatio.FromFraction(0.5m) }, Rules with { Version = "x" });
    }

    [Fact]
    public void Explain_DescribesTheTransitionInLibraryText()
    {
        var text = Review(LevelOfCare.PartialHospitalization, 12, 15).Explain();
        text.Should().StartWith("Step down from partial hospitalization to intensive outpatient. [PLC-TR-STEP-DOWN]");
        text.Should().Contain("Day 15 at this level.");
        text.Should().NotContain("2025");
    }
}
