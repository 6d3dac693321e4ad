using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>How Medicare counts sessions: in person only (MCR-IN-PERSON-ONLY), professional services outside the per diem (MCR-SEPARATE-PRO), remote mental-health services (MCR-REMOTE-MH).</summary>
public sealed class MedicareDeliveryTests
{
    private static readonly IntensityRuleSet Medicare = IntensityRuleSet.Medicare2024;
    private static readonly BillingRuleSet Billing = BillingRuleSet.Medicare2024;
    private static readonly DateInterval Week = Weeks(Monday, 1);

    private static IntensityEvaluation Iop(IEnumerable<Session> sessions, IntensityRuleSet rules) =>
        SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, rules);

    [Fact]
    public void Evaluate_MedicareIopWeekOf9HoursWith3ByTelehealth_IsBelowTheMinimumWithTheDeliveryFinding()
    {
        Session[] sessions = [At(Monday, 180), At(Monday.PlusDays(2), 180), At(Monday.PlusDays(4), 180) with { Mode = DeliveryMode.TelehealthVideo }];

        var evaluation = Iop(sessions, Medicare);

        evaluation.QualifyingHours.Should().Be(Duration.FromHours(6)); // the telehealth 3 h add nothing
        evaluation.AttendedHours.Should().Be(Duration.FromHours(9));
        evaluation.Findings.Select(f => f.RuleId.Value).Should().BeEquivalentTo(["INT-IOP-MIN-HOURS", "MCR-IN-PERSON-ONLY"]);
        var delivery = evaluation.Findings.Single(f => f.RuleId == IntensityRules.InPersonOnly.Id);
        delivery.Severity.Should().Be(Severity.Warning);
        delivery.Subject.Should().Be(FindingSubject.Week(Week));
        IntensityRules.InPersonOnly.Id.Value.Should().Be("MCR-IN-PERSON-ONLY");
    }

    [Theory]
    [InlineData(TelehealthPosition.InPersonOnly, 6 * 60, true)] // Medicare: telehealth adds nothing
    [InlineData(TelehealthPosition.TelehealthCounts, 9 * 60, false)] // a source that counts telehealth
    [InlineData(TelehealthPosition.Unknown, 9 * 60, false)] // unknown: counted as before, no finding
    public void Evaluate_TheSameWeek_FollowsTheRuleSetsTelehealthPosition(TelehealthPosition position, int qualifyingMinutes, bool reported)
    {
        Session[] sessions = [At(Monday, 180), At(Monday.PlusDays(2), 180), At(Monday.PlusDays(4), 180) with { Mode = DeliveryMode.TelehealthAudio }];

        var evaluation = Iop(sessions, Medicare with { Telehealth = position });

        evaluation.QualifyingHours.Should().Be(Duration.FromMinutes(qualifyingMinutes));
        evaluation.Findings.Any(f => f.RuleId == IntensityRules.InPersonOnly.Id).Should().Be(reported);
    }

    [Theory]
    [InlineData(9 * 60 - 1, true)] // one minute under 9 h in person, plus an hour by telehealth: below
    [InlineData(9 * 60, false)] // boundary: exactly 9 h in person meets the minimum whatever telehealth adds
    [InlineData(9 * 60 + 1, false)] // one minute over
    public void Evaluate_InPersonHoursAtTheMedicareMinimum_TelehealthNeverMakesUpTheDifference(int inPersonMinutes, bool below)
    {
        var sessions = Spread(Monday, inPersonMinutes).Append(At(Monday.PlusDays(1), 60) with { Mode = DeliveryMode.TelehealthVideo });

        var evaluation = Iop(sessions, Medicare);

        evaluation.Findings.Any(f => f.RuleId == IntensityRules.IntensiveOutpatientMinimumHours.Id).Should().Be(below);
        evaluation.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.InPersonOnly.Id);
    }

    [Fact]
    public void Evaluate_TelehealthSessionThatDoesNotQualify_IsReportedAsNonqualifyingOnly()
    {
        // A recreational outing by video: MCR-NONQUALIFYING already leaves it out; it is not a second, delivery finding.
        var sessions = Spread(Monday, 9 * 60).Append(At(Monday.PlusDays(1), 60, ServiceKind.SocialOrRecreationalActivity) with { Mode = DeliveryMode.TelehealthVideo });

        Iop(sessions, Medicare).Findings.Select(f => f.RuleId.Value).Should().Equal("MCR-NONQUALIFYING");
    }

    [Fact]
    public void Summarize_TelehealthSessionsUnderMedicare_AreNotPerDiemServices()
    {
        Session[] day = [At(Monday, 60), At(Monday, 60, startHour: 10), At(Monday, 60, startHour: 11), At(Monday, 60, startHour: 12) with { Mode = DeliveryMode.TelehealthVideo }];

        var billing = BillingDays.Summarize(day, Week, Billing);
        var counting = BillingDays.Summarize(day, Week, Billing with { Telehealth = TelehealthPosition.TelehealthCounts });

        billing.Days.Single().Services.Should().Be(3); // four attended, one by telehealth
        billing.Days.Single().Tier.Should().Be(PerDiemTier.ThreeServices);
        billing.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.InPersonOnly.Id).Which.Subject.Should().Be(FindingSubject.Day(Monday));
        counting.Days.Single().Tier.Should().Be(PerDiemTier.FourOrMoreServices);
        BillingDays.Classify(Monday, day, Billing).Services.Should().Be(3);
    }

    [Fact]
    public void Classify_DayWithThreeServicesOneAPsychologists_HasTwoPerDiemServicesAndNoTier()
    {
        Session[] day = [At(Monday, 60), At(Monday, 60, startHour: 10), At(Monday, 60, ServiceKind.IndividualTherapy, startHour: 11) with { FurnishedBy = ServiceFurnisher.ClinicalPsychologist }];

        var classified = BillingDays.Classify(Monday, day, Billing);
        var summary = BillingDays.Summarize(day, Week, Billing);

        classified.Services.Should().Be(2); // MCR-SEPARATE-PRO: the psychologist's session is paid outside the per diem
        classified.ProfessionalServices.Should().Be(1);
        classified.Tier.Should().Be(PerDiemTier.None);
        classified.QualifyingHours.Should().Be(Duration.FromHours(3)); // the H0015 hours still count it
        summary.Findings.Select(f => f.RuleId.Value).Should().BeEquivalentTo(["CLM-PERDIEM-TIER", "MCR-SEPARATE-PRO", "CLM-H0015-INTENSITY"]);
        IntensityRules.SeparateProfessionalServices.Id.Value.Should().Be("MCR-SEPARATE-PRO");
    }

    [Theory]
    [InlineData(3, PerDiemTier.None)] // one under: 3 sessions, one professional → 2 per-diem services
    [InlineData(4, PerDiemTier.ThreeServices)] // boundary: 4 sessions, one professional → exactly 3
    [InlineData(5, PerDiemTier.FourOrMoreServices)] // one over: → 4
    public void Classify_OneProfessionalSession_IsLeftOutOfTheTierCount(int sessions, PerDiemTier tier)
    {
        var day = Enumerable.Range(0, sessions).Select(i => At(Monday, 50, startHour: 8 + i)).ToArray();
        day[0] = day[0] with { FurnishedBy = ServiceFurnisher.Physician };

        BillingDays.Classify(Monday, day, Billing).Tier.Should().Be(tier);
    }

    [Theory]
    [InlineData(ServiceFurnisher.ProgrammeStaff, 1, false)] // the per-diem services
    [InlineData(ServiceFurnisher.Physician, 0, true)] // 42 CFR 410.43(b)
    [InlineData(ServiceFurnisher.PhysicianAssistant, 0, true)]
    [InlineData(ServiceFurnisher.NursePractitioner, 0, true)]
    [InlineData(ServiceFurnisher.ClinicalNurseSpecialist, 0, true)]
    [InlineData(ServiceFurnisher.ClinicalPsychologist, 0, true)]
    public void IsPaidOutsidePerDiem_EveryFurnisher_FollowsMcrSeparatePro(ServiceFurnisher furnisher, int perDiemServices, bool outside)
    {
        furnisher.IsPaidOutsidePerDiem().Should().Be(outside);
        BillingDays.Classify(Monday, [At(Monday, 60) with { FurnishedBy = furnisher }], Billing).Services.Should().Be(perDiemServices);
    }

    [Fact]
    public void IsPaidOutsidePerDiem_CoversEveryFurnisher() =>
        Enum.GetValues<ServiceFurnisher>().Should().HaveCount(6, "the theory above lists every furnisher");

    [Theory]
    [InlineData(true, 9 * 60, false)] // the default (42 CFR 410.43(a)(4)(i) lists therapy with physicians or psychologists): 9 h, no finding
    [InlineData(false, 6 * 60, true)] // a payer that counts per-diem services only: 6 h, below, and MCR-SEPARATE-PRO says why
    public void Evaluate_ProfessionalHours_FollowTheRuleSetParameter(bool counts, int qualifyingMinutes, bool below)
    {
        Session[] sessions = [At(Monday, 180), At(Monday.PlusDays(2), 180), At(Monday.PlusDays(4), 180) with { FurnishedBy = ServiceFurnisher.ClinicalPsychologist }];

        var evaluation = Iop(sessions, Medicare with { ProfessionalServicesCountTowardHours = counts });

        evaluation.QualifyingHours.Should().Be(Duration.FromMinutes(qualifyingMinutes));
        evaluation.Findings.Any(f => f.RuleId == IntensityRules.IntensiveOutpatientMinimumHours.Id).Should().Be(below);
        evaluation.Findings.Any(f => f.RuleId == IntensityRules.SeparateProfessionalServices.Id).Should().Be(below);
    }

    [Theory]
    [InlineData(9 * 60, false)] // boundary: 9 h of programme services meet the minimum; the remote service is reported, not counted
    [InlineData(9 * 60 - 1, true)] // one minute under: the remote hour does not make it up
    [InlineData(9 * 60 + 1, false)] // one minute over
    public void Evaluate_RemoteMentalHealthService_IsNotCountedAndIsReported(int programmeMinutes, bool below)
    {
        var sessions = Spread(Monday, programmeMinutes).Append(At(Monday.PlusDays(1), 60, ServiceKind.RemoteMentalHealthService));

        var evaluation = Iop(sessions, Medicare);
        var billing = BillingDays.Summarize(sessions, Week, Billing);

        evaluation.Findings.Any(f => f.RuleId == IntensityRules.IntensiveOutpatientMinimumHours.Id).Should().Be(below);
        evaluation.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.RemoteMentalHealth.Id).Which.Severity.Should().Be(Severity.Information);
        evaluation.Findings.Should().NotContain(f => f.RuleId == IntensityRules.NonQualifying.Id);
        billing.Days.Single(d => d.Date == Monday.PlusDays(1)).Services.Should().Be(0);
        IntensityRules.RemoteMentalHealth.Id.Value.Should().Be("MCR-REMOTE-MH");
    }

    [Fact]
    public void Session_FurnishedByAndPrimaryService_DefaultAndValidate()
    {
        var session = At(Monday, 60);
        session.FurnishedBy.Should().Be(ServiceFurnisher.ProgrammeStaff);
        session.IsPrimaryService.Should().BeFalse();
        FluentActions.Invoking(() => session with { FurnishedBy = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FurnishedBy");
        FluentActions.Invoking(() => ServiceFurnishers.IsPaidOutsidePerDiem(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("furnisher");
        ContractAssertions.Equality(session, At(Monday, 60), session with { FurnishedBy = ServiceFurnisher.Physician }, session with { IsPrimaryService = true });
    }
}
