using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>Billing days (CLM-PERDIEM-TIER, CLM-H0015-INTENSITY), claim edits (CLM-IOP-PHP-OVERLAP, CLM-IOP-7DAY) and programme length.</summary>
public sealed class BillingDaysTests
{
    private static readonly BillingRuleSet Medicare = BillingRuleSet.Medicare2024;

    [Theory]
    [InlineData(0, PerDiemTier.None)] // no services
    [InlineData(1, PerDiemTier.None)] // below 3
    [InlineData(2, PerDiemTier.None)] // one under the 3-service tier (CLM-PERDIEM-TIER)
    [InlineData(3, PerDiemTier.ThreeServices)] // exactly 3: the 3-service APC
    [InlineData(4, PerDiemTier.FourOrMoreServices)] // exactly 4: the 4-or-more APC
    [InlineData(5, PerDiemTier.FourOrMoreServices)] // more than 4
    [InlineData(12, PerDiemTier.FourOrMoreServices)] // a long day
    public void TierFor_PinsClmPerdiemTier(int services, PerDiemTier tier)
    {
        BillingDays.TierFor(services, Medicare).Should().Be(tier);
        IntensityRules.PerDiemTier.Id.Value.Should().Be("CLM-PERDIEM-TIER");
        Medicare.PerDiemMinimumServices.Should().Be(3);
        Medicare.UpperTierMinimumServices.Should().Be(4);
    }

    [Theory]
    [InlineData(1, PerDiemTier.None)] // below a payer's lower tier of 2
    [InlineData(2, PerDiemTier.ThreeServices)] // exactly the payer's lower tier
    [InlineData(4, PerDiemTier.ThreeServices)] // one under the payer's upper tier of 5
    [InlineData(5, PerDiemTier.FourOrMoreServices)] // exactly the payer's upper tier
    public void TierFor_ReadsTheTierCountsFromTheRuleSet(int services, PerDiemTier tier)
    {
        var payer = Medicare with { UpperTierMinimumServices = 5, PerDiemMinimumServices = 2 };
        BillingDays.TierFor(services, payer).Should().Be(tier);
    }

    [Fact]
    public void TierFor_BadArguments_Throw()
    {
        FluentActions.Invoking(() => BillingDays.TierFor(-1, Medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("services");
        FluentActions.Invoking(() => BillingDays.TierFor(3, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
    }

    [Fact]
    public void Classify_CountsOnlyAttendedQualifyingServices()
    {
        Session[] day =
        [
            At(Monday, 60),
            At(Monday, 60, ServiceKind.IndividualTherapy, startHour: 10),
            At(Monday, 60, ServiceKind.SocialOrRecreationalActivity, startHour: 11), // MCR-NONQUALIFYING
            At(Monday, 60, ServiceKind.Psychoeducation, Attendance.Missed, startHour: 12),
            At(Monday, 60, ServiceKind.SkillsGroup, startHour: 13),
        ];
        var classified = BillingDays.Classify(Monday, day, Medicare);
        classified.Services.Should().Be(3);
        classified.Tier.Should().Be(PerDiemTier.ThreeServices);
        classified.QualifyingHours.Should().Be(Duration.FromHours(3));
        classified.MeetsH0015DayHours.Should().BeTrue(); // boundary: exactly 3 h (CLM-H0015-INTENSITY)
        BillingDays.Classify(Monday, [.. day, At(Monday, 30, ServiceKind.CaseManagement, startHour: 14)], Medicare).Tier.Should().Be(PerDiemTier.FourOrMoreServices);
    }

    [Theory]
    [InlineData(179, false)] // one minute under H0015's 3 h
    [InlineData(180, true)] // exactly 3 h
    [InlineData(181, true)] // one minute over
    public void Classify_H0015DayHours_PinsClmH0015Intensity(int minutes, bool meets)
    {
        BillingDays.Classify(Monday, [At(Monday, minutes)], Medicare).MeetsH0015DayHours.Should().Be(meets);
        IntensityRules.H0015Intensity.Id.Value.Should().Be("CLM-H0015-INTENSITY");
        Medicare.H0015MinimumDayHours.Should().Be(Duration.FromHours(3)); // H0015 descriptor: at least 3 h a day
        Medicare.H0015MinimumDaysPerWeek.Should().Be(3); // and at least 3 days a week
    }

    [Fact]
    public void Classify_BadSessions_ThrowForSessions()
    {
        FluentActions.Invoking(() => BillingDays.Classify(Monday, [At(Monday.PlusDays(1), 60)], Medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => BillingDays.Classify(Monday, [default], Medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => BillingDays.Classify(Monday, [], null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
    }

    [Fact]
    public void Summarize_CountsDaysByTier_AndH0015NeedsThreeProgrammeDaysInTheWeek()
    {
        static Session[] Services(LocalDate date, int count) =>
            [.. Enumerable.Range(0, count).Select(i => At(date, 60, startHour: 9 + i))];

        Session[] sessions =
        [
            // Week 1: four programme days; 4, 3 and 2 services, and one missed day.
            .. Services(Monday, 4), .. Services(Monday.PlusDays(1), 3), .. Services(Monday.PlusDays(2), 2),
            At(Monday.PlusDays(3), 180, attendance: Attendance.Missed),
            // Week 2: two programme days of 3 services: 3 h each, but fewer than 3 programme days.
            .. Services(Monday.PlusDays(7), 3), .. Services(Monday.PlusDays(9), 3),
        ];
        var summary = BillingDays.Summarize(sessions, Weeks(Monday, 2), Medicare);

        summary.Days.Select(d => d.Tier).Should().Equal(PerDiemTier.FourOrMoreServices, PerDiemTier.ThreeServices, PerDiemTier.None, PerDiemTier.ThreeServices, PerDiemTier.ThreeServices);
        summary.FourOrMoreServiceDays.Should().Be(1);
        summary.ThreeServiceDays.Should().Be(3);
        summary.NoTierDays.Should().Be(1);
        summary.H0015Days.Should().Be(2, "week 1's 4 h and 3 h days qualify; week 2 ran on only 2 days");
        summary.HasErrors.Should().BeFalse();
        summary.Findings.Should().OnlyContain(f => f.Severity == Severity.Warning);

        // One finding per service day, each with the day as its subject: Wednesday of week 1 has 2 services
        // in 2 h (no tier, short of H0015's 3 h); both days of week 2 fall in a week of 2 programme days.
        var wednesday = Monday.PlusDays(2);
        summary.Findings.Select(f => (f.RuleId.Value, f.Subject)).Should().Equal(
            ("CLM-H0015-INTENSITY", FindingSubject.Day(Monday.PlusDays(7))),
            ("CLM-H0015-INTENSITY", FindingSubject.Day(Monday.PlusDays(9))),
            ("CLM-H0015-INTENSITY", FindingSubject.Day(wednesday)),
            ("CLM-PERDIEM-TIER", FindingSubject.Day(wednesday)));
        summary.Findings[0].Message.Should().Be("The service day falls in a week with 2 programme days, fewer than 3: it cannot be billed as H0015.");
        summary.Findings[2].Message.Should().Be("The service day has 2 h of qualifying service, less than 3 h: it cannot be billed as H0015.");
        summary.Findings[3].Message.Should().Be("The service day has 2 qualifying services, fewer than 3: no per-diem tier.");
        summary.ToString().Should().Be("5 service days: 1 with 4+ services, 3 with 3, 1 in no tier; 2 H0015 days");
    }

    [Fact]
    public void Summarize_BadInput_ThrowsWithParameterName()
    {
        var range = Weeks(Monday, 1);
        FluentActions.Invoking(() => BillingDays.Summarize(null!, range, Medicare)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
        FluentActions.Invoking(() => BillingDays.Summarize([], null!, Medicare)).Should().Throw<ArgumentNullException>().WithParameterName("range");
        FluentActions.Invoking(() => BillingDays.Summarize([], range, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
        FluentActions.Invoking(() => BillingDays.Summarize([At(Monday.PlusDays(7), 60)], range, Medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => BillingDays.Summarize([], range, Medicare, (IsoDayOfWeek)8)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstDayOfWeek");
    }

    [Fact]
    public void CheckClaims_IopDayOnAPhpDay_PinsClmIopPhpOverlap()
    {
        var check = BillingDays.CheckClaims([Monday, Monday.PlusDays(1), Monday.PlusDays(1)], [Monday.PlusDays(1), Monday.PlusDays(5)], [], Medicare);
        check.OverlappingPartialHospitalization.Should().Equal(Monday.PlusDays(1));
        var finding = check.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Value.Should().Be("CLM-IOP-PHP-OVERLAP");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("The intensive outpatient date is also a partial hospitalization date; the claim would be returned.");
        finding.Subject.Should().Be(FindingSubject.Day(Monday.PlusDays(1)), "the claim edit carries the line date it concerns");
        check.HasErrors.Should().BeTrue();
    }

    [Theory]
    [InlineData(-8, false)] // 8 days before the other claim's start: outside the window
    [InlineData(-7, true)] // exactly 7 days before (CLM-IOP-7DAY)
    [InlineData(-1, true)] // the day before
    [InlineData(0, false)] // the start date itself is not "before"
    [InlineData(1, false)] // after the start
    public void CheckClaims_IopDateBeforeAnotherClaim_PinsClmIop7Day(int offset, bool flagged)
    {
        var otherStart = new LocalDate(2024, 4, 1);
        var line = otherStart.PlusDays(offset);
        var check = BillingDays.CheckClaims([line], [], [otherStart], Medicare);
        check.BeforeAnotherClaim.Should().HaveCount(flagged ? 1 : 0);
        check.Findings.Select(f => (f.RuleId.Value, f.Subject)).Should().Equal(flagged ? [("CLM-IOP-7DAY", FindingSubject.Day(line))] : []);
        check.HasErrors.Should().Be(flagged);
        Medicare.ClaimLookbackDays.Should().Be(7);
    }

    [Theory]
    [InlineData(-4, false)] // outside a payer's 3-day look-back
    [InlineData(-3, true)] // exactly 3 days before
    public void CheckClaims_ReadsTheLookbackFromTheRuleSet(int offset, bool flagged)
    {
        var otherStart = new LocalDate(2024, 4, 1);
        var check = BillingDays.CheckClaims([otherStart.PlusDays(offset)], [], [otherStart], Medicare with { ClaimLookbackDays = 3 });
        check.BeforeAnotherClaim.Should().HaveCount(flagged ? 1 : 0);
    }

    [Fact]
    public void CheckClaims_OneFindingPerEditAndLineDate()
    {
        // Two IOP lines on PHP days, one of them also the day before another claim starts.
        var check = BillingDays.CheckClaims([Monday, Monday.PlusDays(1)], [Monday, Monday.PlusDays(1)], [Monday.PlusDays(2)], Medicare);
        check.Findings.Select(f => (f.RuleId.Value, f.Subject)).Should().Equal(
            ("CLM-IOP-7DAY", FindingSubject.Day(Monday)),
            ("CLM-IOP-7DAY", FindingSubject.Day(Monday.PlusDays(1))),
            ("CLM-IOP-PHP-OVERLAP", FindingSubject.Day(Monday)),
            ("CLM-IOP-PHP-OVERLAP", FindingSubject.Day(Monday.PlusDays(1))));
    }

    [Fact]
    public void CheckClaims_NullInput_Throws()
    {
        FluentActions.Invoking(() => BillingDays.CheckClaims(null!, [], [], Medicare)).Should().Throw<ArgumentNullException>().WithParameterName("intensiveOutpatientDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], null!, [], Medicare)).Should().Throw<ArgumentNullException>().WithParameterName("partialHospitalizationDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], [], null!, Medicare)).Should().Throw<ArgumentNullException>().WithParameterName("otherClaimStarts");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], [], [], null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
        BillingDays.CheckClaims([], [], [], Medicare).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void CheckClaims_IsAValue_EqualInputsGiveEqualResults() =>
        ContractAssertions.Equality(
            BillingDays.CheckClaims([Monday], [Monday], [], Medicare),
            BillingDays.CheckClaims([Monday], [Monday], [], Medicare),
            BillingDays.CheckClaims([Monday.PlusDays(1)], [Monday.PlusDays(1)], [], Medicare),
            BillingDays.CheckClaims([Monday], [], [], Medicare));

    [Fact]
    public void Summarize_IsAValue_EqualInputsGiveEqualResults()
    {
        BillingSummary Run(int minutes) => BillingDays.Summarize([At(Monday, minutes), At(Monday, 60, startHour: 13)], Weeks(Monday, 1), Medicare);
        ContractAssertions.Equality(Run(60), Run(60), Run(61), BillingDays.Summarize([], Weeks(Monday, 1), Medicare));
    }

    [Theory]
    [InlineData(29, "INT-PROGRAMME-TOO-SHORT")] // DC 6329.2: one day under 30
    [InlineData(30, null)] // exactly 30 days, both ends counted
    [InlineData(60, null)] // exactly 60
    [InlineData(61, "INT-PROGRAMME-TOO-LONG")] // one day over 60
    public void ProgrammeLength_DischargedEpisode_PinsDcProgrammeDays(int days, string? ruleId)
    {
        var admission = new LocalDate(2024, 3, 1);
        var result = ProgrammeLength.Evaluate(admission, admission.PlusDays(days - 1), admission, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, IntensityRuleSet.DistrictOfColumbia);
        result.Value.Should().Be(days);
        result.Findings.Select(f => f.RuleId.Value).Should().Equal(ruleId is null ? [] : [ruleId]);
        result.Findings.Where(f => f.Source != Citations.DcmrLevel21).Should().BeEmpty();
        result.Findings.Select(f => f.Severity).Should().Equal(ruleId is null ? [] : [Severity.Warning], "6329.2: 2.1 \"generally lasts\" 30 to 60 days, a norm rather than a limit");
        result.Findings.Select(f => f.Subject).Should().Equal(ruleId is null ? [] : [FindingSubject.Dates(new DateInterval(admission, admission.PlusDays(days - 1)))]);
        result.Value.Should().Be(LengthOfStay.Days(admission, admission.PlusDays(days - 1)), "programme length counts days by the library's one convention");
    }

    [Fact]
    public void ProgrammeLength_OpenEpisode_CanRunTooLongButNotEndTooShort()
    {
        var admission = new LocalDate(2024, 3, 1);
        ProgrammeLength.Evaluate(admission, null, admission.PlusDays(9), LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, IntensityRuleSet.DistrictOfColumbia)
            .Findings.Should().BeEmpty(); // day 10 of an open episode: not "too short"
        var long61 = ProgrammeLength.Evaluate(admission, null, admission.PlusDays(60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, IntensityRuleSet.DistrictOfColumbia);
        long61.Value.Should().Be(61);
        long61.Findings.Single().Message.Should().Be("The episode at intensive outpatient has lasted 61 days, past the maximum of 60.");
        ProgrammeLength.Evaluate(admission, null, admission.PlusDays(200), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, IntensityRuleSet.Medicare2024)
            .Findings.Should().BeEmpty(); // Medicare sets no programme length
        ProgrammeLength.Evaluate(admission, null, admission, LevelOfCare.Inpatient, AgeGroup.Adult, IntensityRuleSet.Medicare2024)
            .Findings.Single().RuleId.Should().Be(IntensityRules.NoStandard.Id);
    }

    [Fact]
    public void ProgrammeLength_BadInput_ThrowsWithParameterName()
    {
        var day = new LocalDate(2024, 3, 1);
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(day, day.PlusDays(-1), day, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, IntensityRuleSet.Medicare2024)).Should().Throw<ArgumentException>().WithParameterName("discharge");
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(day, null, day.PlusDays(-1), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, IntensityRuleSet.Medicare2024)).Should().Throw<ArgumentException>().WithParameterName("asOf");
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(day, null, day, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(day, null, day, 0, AgeGroup.Adult, IntensityRuleSet.Medicare2024)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }
}
