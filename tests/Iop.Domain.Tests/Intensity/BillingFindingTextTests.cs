using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// What an EHR shows for each billing finding (rule id, severity, subject, message with singular and plural
/// counts), and how weeks are cut for H0015's days and the weekly add-on when the week does not start on Monday
/// or the range starts mid-week.
/// </summary>
public sealed class BillingFindingTextTests
{
    private static readonly BillingRuleSet Medicare = BillingRuleSet.Medicare2024;
    private static readonly DateInterval Week = Weeks(Monday, 1);

    private static Finding Only(BillingSummary summary, RuleId id, Severity severity, FindingSubject subject)
    {
        var finding = summary.Findings.Should().ContainSingle(f => f.RuleId == id).Subject;
        finding.Severity.Should().Be(severity);
        finding.Subject.Should().Be(subject);
        return finding;
    }

    private static Session[] FourServices(LocalDate date) => [.. Enumerable.Range(0, 4).Select(i => At(date, 60, startHour: 8 + i))];

    [Theory]
    [InlineData(1, "The service day has 1 attended session delivered by telehealth, not counted as per-diem services or hours: the rule set counts in-person services only.")]
    [InlineData(2, "The service day has 2 attended sessions delivered by telehealth, not counted as per-diem services or hours: the rule set counts in-person services only.")]
    public void Summarize_TelehealthSessionsOnADay_McrInPersonOnlyNamesTheirCount(int count, string message)
    {
        Session[] sessions = [.. FourServices(Monday), .. Enumerable.Range(0, count).Select(i => At(Monday, 30, startHour: 14 + i) with { Mode = DeliveryMode.TelehealthVideo })];

        var summary = BillingDays.Summarize(sessions, Week, Medicare);

        Only(summary, IntensityRules.InPersonOnly.Id, Severity.Warning, FindingSubject.Day(Monday)).Message.Should().Be(message);
        summary.Days.Single().Services.Should().Be(4);
        summary.Days.Single().QualifyingHours.Should().Be(Duration.FromHours(4));
    }

    [Theory]
    [InlineData(1, "The service day has 1 session furnished by a physician, PA, NP, CNS or clinical psychologist: paid outside the per diem, not per-diem services.")]
    [InlineData(2, "The service day has 2 sessions furnished by a physician, PA, NP, CNS or clinical psychologist: paid outside the per diem, not per-diem services.")]
    public void Summarize_ProfessionalSessionsOnADay_McrSeparateProNamesTheirCount(int count, string message)
    {
        Session[] sessions = [.. FourServices(Monday), .. Enumerable.Range(0, count).Select(i => At(Monday, 30, startHour: 14 + i) with { FurnishedBy = ServiceFurnisher.NursePractitioner })];

        var summary = BillingDays.Summarize(sessions, Week, Medicare);

        Only(summary, IntensityRules.SeparateProfessionalServices.Id, Severity.Information, FindingSubject.Day(Monday)).Message.Should().Be(message);
        var day = summary.Days.Single();
        day.Services.Should().Be(4);
        day.ProfessionalServices.Should().Be(count);
        day.QualifyingHours.Should().Be(Duration.FromHours(4) + Duration.FromMinutes(30 * count), "their hours count toward the H0015 day");
    }

    [Fact]
    public void Summarize_OneServiceDayAlone_NamesOneServiceAndOneProgrammeDayInTheSingular()
    {
        var summary = BillingDays.Summarize([At(Monday, 60)], Week, Medicare);

        summary.Findings.Select(f => f.Message).Should().Equal(
            "The service day has 1 h of qualifying service, less than 3 h: it cannot be billed as H0015.",
            "The service day has 1 qualifying service, fewer than 3: no per-diem tier.");
        BillingDays.Summarize([At(Monday, 180)], Week, Medicare).Findings.Select(f => f.Message).Should().Equal(
            "The service day falls in a week with 1 programme day, fewer than 3: it cannot be billed as H0015.",
            "The service day has 1 qualifying service, fewer than 3: no per-diem tier.");
    }

    [Fact]
    public void Summarize_RhcClaimWithoutAPrimaryService_MessageSaysWhatIsMissing() =>
        Only(BillingDays.Summarize(Spread(Monday, 9 * 60), Week, Medicare with { Setting = ProviderSetting.RuralHealthClinic }), IntensityRules.PrimaryService.Id, Severity.Error, FindingSubject.Dates(Week))
            .Message.Should().Be("The claim has no primary (List A) intensive outpatient service; an RHC or FQHC claim needs at least one.");

    [Fact]
    public void Summarize_RhcClaimWithNoServiceDay_HasNoPrimaryServiceFinding()
    {
        // boundary: a range with no attended session is no claim to return.
        var summary = BillingDays.Summarize([At(Monday, 180, attendance: Attendance.Missed)], Week, Medicare with { Setting = ProviderSetting.FederallyQualifiedHealthCenter });
        summary.Days.Should().BeEmpty();
        summary.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Summarize_OtpWeekBelowTheAddOnHours_MessageNamesTheHoursAndTheMinimum() =>
        Only(BillingDays.Summarize(Spread(Monday, (9 * 60) - 1), Week, Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram }), IntensityRules.WeeklyAddOn.Id, Severity.Information, FindingSubject.Week(Week))
            .Message.Should().Be("The week has 8 h 59 min of per-diem services, below the 9 h minimum of the weekly add-on G0137: no add-on this week.");

    [Theory]
    [InlineData(1, "The week has 1 per-diem service, fewer than the 9 of the weekly add-on G0137: no add-on this week.")]
    [InlineData(8, "The week has 8 per-diem services, fewer than the 9 of the weekly add-on G0137: no add-on this week.")]
    public void Summarize_OtpWeekBelowTheAddOnServices_MessageNamesTheCountAndTheMinimum(int services, string message)
    {
        var rules = Medicare with { Setting = ProviderSetting.ProviderBasedOpioidTreatmentProgram, WeeklyAddOnMinimumHours = null, WeeklyAddOnMinimumServices = 9 };
        var sessions = Enumerable.Range(0, services).Select(i => At(Monday.PlusDays(i % 5), 30, startHour: 8 + (i / 5)));

        Only(BillingDays.Summarize(sessions, Week, rules), IntensityRules.WeeklyAddOn.Id, Severity.Information, FindingSubject.Week(Week)).Message.Should().Be(message);
    }

    [Fact]
    public void Summarize_OtpWithBothAddOnMinimums_NeedsTheHoursAndTheServices()
    {
        var rules = Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram, WeeklyAddOnMinimumServices = 4 };

        BillingDays.Summarize(Spread(Monday, 9 * 60), Week, rules).WeeklyAddOnWeeks.Should().BeEmpty("9 h but only 3 services");
        BillingDays.Summarize(Spread(Monday, 9 * 60, days: 4), Week, rules).WeeklyAddOnWeeks.Should().Equal(Week);
    }

    [Fact]
    public void Summarize_OtpProfessionalHours_DoNotCountTowardTheAddOn()
    {
        // 8 h by programme staff and 1 h by a physician: the physician's hour is paid outside the per diem.
        Session[] sessions = [.. Spread(Monday, 8 * 60), At(Monday.PlusDays(1), 60) with { FurnishedBy = ServiceFurnisher.Physician }];
        var summary = BillingDays.Summarize(sessions, Week, Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram });

        summary.WeeklyAddOnWeeks.Should().BeEmpty();
        Only(summary, IntensityRules.WeeklyAddOn.Id, Severity.Information, FindingSubject.Week(Week)).Message.Should().StartWith("The week has 8 h of per-diem services");
    }

    [Fact]
    public void Summarize_OtpWeekWithoutServices_HasNeitherAddOnNorFinding()
    {
        var range = Weeks(Monday, 2);
        var summary = BillingDays.Summarize(Spread(Monday, 9 * 60), range, Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram });

        summary.WeeklyAddOnWeeks.Should().Equal(Week);
        summary.Findings.Should().NotContain(f => f.RuleId == IntensityRules.WeeklyAddOn.Id, "the second week has no service to add on to");
    }

    [Fact]
    public void Summarize_RangeStartingMidWeek_AddOnWeekIsTheWholeCalendarWeek()
    {
        var wednesday = Monday.PlusDays(2);
        var range = new DateInterval(wednesday, Monday.PlusDays(6));
        var sessions = Enumerable.Range(0, 5).Select(d => At(wednesday.PlusDays(d), 120)).ToArray(); // 10 h, Wednesday to Sunday

        var summary = BillingDays.Summarize(sessions, range, Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram });

        summary.WeeklyAddOnWeeks.Should().Equal(Week);
        summary.Range.Equals(range).Should().BeTrue();
    }

    [Fact]
    public void Summarize_SundayWeeks_CountH0015ProgrammeDaysPerSundayWeek()
    {
        // Friday, Saturday and Sunday, 3 h each: one Monday week of 3 programme days, but two Sunday weeks of 2 and 1.
        Session[] sessions = [At(Monday.PlusDays(4), 180), At(Monday.PlusDays(5), 180), At(Monday.PlusDays(6), 180)];

        var monday = BillingDays.Summarize(sessions, Week, Medicare);
        var sunday = BillingDays.Summarize(sessions, Week, Medicare, IsoDayOfWeek.Sunday);

        monday.H0015Days.Should().Be(3);
        monday.Days.Should().OnlyContain(d => d.BillableAsH0015 == true);
        sunday.H0015Days.Should().Be(0);
        sunday.Days.Should().OnlyContain(d => d.BillableAsH0015 == false);
        sunday.Findings.Where(f => f.RuleId == IntensityRules.H0015Intensity.Id).Select(f => (f.Message, f.Subject)).Should().Equal(
            ("The service day falls in a week with 1 programme day, fewer than 3: it cannot be billed as H0015.", FindingSubject.Day(Monday.PlusDays(6))),
            ("The service day falls in a week with 2 programme days, fewer than 3: it cannot be billed as H0015.", FindingSubject.Day(Monday.PlusDays(4))),
            ("The service day falls in a week with 2 programme days, fewer than 3: it cannot be billed as H0015.", FindingSubject.Day(Monday.PlusDays(5))));
    }

    [Fact]
    public void Summarize_SundayWeeks_AddOnWeeksStartOnSunday()
    {
        var rules = Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram, WeeklyAddOnMinimumHours = Duration.FromHours(1) };
        Session[] sessions = [At(Monday, 60), At(Monday.PlusDays(6), 60)];

        BillingDays.Summarize(sessions, Week, rules, IsoDayOfWeek.Sunday).WeeklyAddOnWeeks.Should().Equal(
            new DateInterval(Monday.PlusDays(-1), Monday.PlusDays(5)),
            new DateInterval(Monday.PlusDays(6), Monday.PlusDays(12)));
    }

    [Fact]
    public void Summarize_CancelledSessions_AreNoProgrammeDay()
    {
        // Two attended 3-hour days and a cancelled one: two programme days, so no day is billable as H0015.
        Session[] sessions = [At(Monday, 180), At(Monday.PlusDays(2), 180), At(Monday.PlusDays(4), 180, attendance: Attendance.Cancelled)];
        var summary = BillingDays.Summarize(sessions, Week, Medicare);

        summary.Days.Should().HaveCount(2);
        summary.H0015Days.Should().Be(0);
        BillingDays.Summarize([.. sessions, At(Monday.PlusDays(4), 60, attendance: Attendance.Missed)], Week, Medicare).H0015Days.Should().Be(2, "a missed session keeps the day on the schedule");
    }

    [Fact]
    public void Summarize_SessionsAsAList_AreTheSameAsAnArray()
    {
        var sessions = Spread(Monday, 9 * 60);
        BillingDays.Summarize(sessions.ToList(), Week, Medicare).Should().Be(BillingDays.Summarize(sessions, Week, Medicare));
    }

    [Fact]
    public void Classify_TelehealthUnderInPersonOnly_AddsNothing_OtherPositionsCountIt()
    {
        Session[] day = [.. FourServices(Monday).Take(2), At(Monday, 60, startHour: 14) with { Mode = DeliveryMode.TelehealthAudio }];

        BillingDays.Classify(Monday, day, Medicare).Services.Should().Be(2);
        BillingDays.Classify(Monday, day, Medicare).QualifyingHours.Should().Be(Duration.FromHours(2));
        BillingDays.Classify(Monday, day, Medicare with { Telehealth = TelehealthPosition.TelehealthCounts }).Services.Should().Be(3);
        BillingDays.Classify(Monday, day, Medicare with { Telehealth = TelehealthPosition.TelehealthCounts }).Tier.Should().Be(PerDiemTier.ThreeServices);
    }
}
