using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The per-day H0015 answer (CLM-H0015-INTENSITY) and the provider-setting rules (CLM-SETTING, CLM-RHC-FQHC-PRIMARY, CLM-OTP-G0137).</summary>
public sealed class BillingSettingTests
{
    private static readonly BillingRuleSet Medicare = BillingRuleSet.Medicare2024;
    private static readonly DateInterval Week = Weeks(Monday, 1);

    [Theory]
    [InlineData(2, false)] // one under H0015's 3 programme days: each 3-hour day meets the day's hours but is not billable
    [InlineData(3, true)] // boundary: exactly 3 programme days
    [InlineData(4, true)] // one over
    public void Summarize_H0015PerDay_AnswersForEachDayFromItsWeek(int programmeDays, bool billable)
    {
        var sessions = Spread(Monday, programmeDays * 180, programmeDays);

        var summary = BillingDays.Summarize(sessions, Week, Medicare);

        summary.Days.Should().HaveCount(programmeDays).And.OnlyContain(d => d.MeetsH0015DayHours);
        summary.Days.Should().OnlyContain(d => d.BillableAsH0015 == billable);
        summary.H0015Days.Should().Be(billable ? programmeDays : 0);
    }

    [Theory]
    [InlineData(179, false)] // one minute under the H0015 day's 3 h, in a 3-day week
    [InlineData(180, true)] // boundary: exactly 3 h
    [InlineData(181, true)] // one minute over
    public void Summarize_H0015PerDay_NeedsTheDaysHours(int mondayMinutes, bool billable)
    {
        Session[] sessions = [At(Monday, mondayMinutes), At(Monday.PlusDays(2), 180), At(Monday.PlusDays(4), 180)];

        var summary = BillingDays.Summarize(sessions, Week, Medicare);

        summary.Days[0].BillableAsH0015.Should().Be(billable);
        summary.Days.Skip(1).Should().OnlyContain(d => d.BillableAsH0015 == true);
    }

    [Fact]
    public void Classify_SeesTheDayAlone_AndLeavesTheH0015AnswerOpen() =>
        BillingDays.Classify(Monday, [At(Monday, 180)], Medicare).BillableAsH0015.Should().BeNull();

    [Theory]
    [InlineData(ProviderSetting.RuralHealthClinic)]
    [InlineData(ProviderSetting.FederallyQualifiedHealthCenter)]
    public void Summarize_RhcOrFqhcClaimWithoutAPrimaryService_ReportsClmRhcFqhcPrimary(ProviderSetting setting)
    {
        var claim = Spread(Monday, 9 * 60);

        var summary = BillingDays.Summarize(claim, Week, Medicare with { Setting = setting });

        var finding = summary.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.PrimaryService.Id).Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Subject.Should().Be(FindingSubject.Dates(Week)); // the claim's dates
        summary.HasErrors.Should().BeTrue();
        IntensityRules.PrimaryService.Id.Value.Should().Be("CLM-RHC-FQHC-PRIMARY");
    }

    [Theory]
    [InlineData(ProviderSetting.RuralHealthClinic, true, DeliveryMode.InPerson, false)] // one List A service marked by the caller: no finding
    [InlineData(ProviderSetting.RuralHealthClinic, true, DeliveryMode.TelehealthVideo, true)] // the only List A service was by telehealth: not counted
    [InlineData(ProviderSetting.HospitalOutpatient, false, DeliveryMode.InPerson, false)] // a hospital claim needs no List A service
    [InlineData(ProviderSetting.CommunityMentalHealthCenter, false, DeliveryMode.InPerson, false)]
    public void Summarize_PrimaryService_IsRequiredOnlyOfRhcAndFqhcClaims(ProviderSetting setting, bool marked, DeliveryMode mode, bool reported)
    {
        var claim = Spread(Monday, 9 * 60);
        claim[0] = claim[0] with { IsPrimaryService = marked, Mode = mode };

        var summary = BillingDays.Summarize(claim, Week, Medicare with { Setting = setting });

        summary.Findings.Any(f => f.RuleId == IntensityRules.PrimaryService.Id).Should().Be(reported);
    }

    [Fact]
    public void Summarize_CriticalAccessHospital_HasNoServiceTier()
    {
        // A CAH is paid at 101 % of reasonable cost: a 2-service day is not "no tier", it is not tiered at all.
        Session[] sessions = [At(Monday, 60), At(Monday, 60, startHour: 10), At(Monday.PlusDays(1), 60), At(Monday.PlusDays(1), 60, startHour: 10), At(Monday.PlusDays(1), 60, startHour: 11), At(Monday.PlusDays(1), 60, startHour: 12)];

        var summary = BillingDays.Summarize(sessions, Week, Medicare with { Setting = ProviderSetting.CriticalAccessHospital });

        summary.Days.Should().OnlyContain(d => d.Tier == PerDiemTier.CostBased);
        summary.CostBasedDays.Should().Be(2);
        (summary.NoTierDays + summary.ThreeServiceDays + summary.FourOrMoreServiceDays).Should().Be(0);
        summary.Findings.Should().NotContain(f => f.RuleId == IntensityRules.PerDiemTier.Id);
    }

    [Theory]
    [InlineData(9 * 60 - 1, false)] // one minute under the default 9 h minimum: no add-on, CLM-OTP-G0137 says why
    [InlineData(9 * 60, true)] // boundary: exactly 9 h
    [InlineData(9 * 60 + 1, true)] // one minute over
    public void Summarize_OpioidTreatmentProgramme_BillsTheWeeklyAddOnFromItsMinimumHours(int minutes, bool addOn)
    {
        var summary = BillingDays.Summarize(Spread(Monday, minutes), Week, Medicare with { Setting = ProviderSetting.FreestandingOpioidTreatmentProgram });

        summary.WeeklyAddOnWeeks.Should().HaveCount(addOn ? 1 : 0);
        summary.Findings.Any(f => f.RuleId == IntensityRules.WeeklyAddOn.Id && f.Subject == FindingSubject.Week(Week)).Should().Be(!addOn);
        IntensityRules.WeeklyAddOn.Id.Value.Should().Be("CLM-OTP-G0137");
    }

    [Theory]
    [InlineData(8, false)] // one under a minimum of 9 services
    [InlineData(9, true)] // boundary
    [InlineData(10, true)] // one over
    public void Summarize_OpioidTreatmentProgramme_CanCountServicesInstead(int services, bool addOn)
    {
        // Whether G0137's minimum is nine services or nine hours was not confirmed: the rule set says which.
        var rules = Medicare with { Setting = ProviderSetting.ProviderBasedOpioidTreatmentProgram, WeeklyAddOnMinimumHours = null, WeeklyAddOnMinimumServices = 9 };
        var sessions = Enumerable.Range(0, services).Select(i => At(Monday.PlusDays(i % 5), 30, startHour: 8 + (i / 5)));

        BillingDays.Summarize(sessions, Week, rules).WeeklyAddOnWeeks.Should().HaveCount(addOn ? 1 : 0);
    }

    [Fact]
    public void Summarize_WithoutAnOtpSetting_NeverBillsTheAddOn() =>
        BillingDays.Summarize(Spread(Monday, 20 * 60), Week, Medicare).WeeklyAddOnWeeks.Should().BeEmpty();

    [Theory]
    [InlineData(ProviderSetting.HospitalOutpatient, "13X,12X", "92", true, false, false)] // CGS, NGS
    [InlineData(ProviderSetting.CommunityMentalHealthCenter, "76X", "92", true, false, false)]
    [InlineData(ProviderSetting.RuralHealthClinic, "71X", "92", true, true, false)] // NAHRI: List A
    [InlineData(ProviderSetting.FederallyQualifiedHealthCenter, "77X", "92", true, true, false)]
    [InlineData(ProviderSetting.CriticalAccessHospital, "85X", "92", false, false, false)] // Noridian: 101 % of cost
    [InlineData(ProviderSetting.FreestandingOpioidTreatmentProgram, "87X", "92", true, false, true)] // NGS: G0137
    [InlineData(ProviderSetting.ProviderBasedOpioidTreatmentProgram, "", "92,89", true, false, true)] // NGS: condition code 89; the host's type of bill
    public void ProviderSettings_EverySetting_PinsClmSetting(ProviderSetting setting, string typesOfBill, string iopConditionCodes, bool tiered, bool primary, bool addOn)
    {
        string.Join(",", setting.TypesOfBill()).Should().Be(typesOfBill);
        string.Join(",", setting.ConditionCodesFor(LevelOfCare.IntensiveOutpatient).Select(c => c.Code)).Should().Be(iopConditionCodes);
        setting.ConditionCodesFor(LevelOfCare.PartialHospitalization).Should().Equal(ConditionCodes.PartialHospitalization);
        setting.ConditionCodesFor(LevelOfCare.Outpatient).Should().BeEmpty();
        setting.HasServiceTier().Should().Be(tiered);
        setting.RequiresPrimaryService().Should().Be(primary);
        setting.HasWeeklyAddOn().Should().Be(addOn);
        IntensityRules.Setting.Id.Value.Should().Be("CLM-SETTING");
    }

    [Fact]
    public void ProviderSettings_CoversEverySetting() =>
        Enum.GetValues<ProviderSetting>().Should().HaveCount(7, "the theory above lists every setting");

    [Fact]
    public void BillingRuleSet_NewParameters_AreBoundedAndCompared()
    {
        FluentActions.Invoking(() => Medicare with { Setting = (ProviderSetting)0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Setting");
        FluentActions.Invoking(() => Medicare with { Telehealth = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Telehealth");
        FluentActions.Invoking(() => Medicare with { WeeklyAddOnMinimumHours = Duration.Zero }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WeeklyAddOnMinimumHours");
        FluentActions.Invoking(() => Medicare with { WeeklyAddOnMinimumHours = Duration.FromHours(168) + Duration.FromNanoseconds(1) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WeeklyAddOnMinimumHours");
        (Medicare with { WeeklyAddOnMinimumHours = Duration.FromHours(168) }).WeeklyAddOnMinimumHours.Should().Be(Duration.FromHours(168)); // boundary: a whole week
        FluentActions.Invoking(() => Medicare with { WeeklyAddOnMinimumServices = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WeeklyAddOnMinimumServices");
        FluentActions.Invoking(() => Medicare with { WeeklyAddOnMinimumServices = 101 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WeeklyAddOnMinimumServices");
        ContractAssertions.Equality(
            Medicare,
            Medicare with { },
            Medicare with { Setting = ProviderSetting.RuralHealthClinic },
            Medicare with { Telehealth = TelehealthPosition.Unknown },
            Medicare with { WeeklyAddOnMinimumHours = null },
            Medicare with { WeeklyAddOnMinimumServices = 9 },
            Medicare with { VerifiedThrough = new LocalDate(2024, 12, 31) });
    }
}
