using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// The edges of the intensity rules: each guard's text and parameter, bounds at equality, several findings in one
/// week or claim (none may drop another), the primary-service mark counted once however often it is given, and the
/// longest gap from the first attended day.
/// </summary>
public sealed class IntensityEdgeTests
{
    private static readonly IntensityRuleSet Medicare = IntensityRuleSet.Medicare2024;
    private static readonly BillingRuleSet Billing = BillingRuleSet.Medicare2024;
    private static readonly DateInterval Week = Weeks(Monday, 1);
    private static readonly RuleSource TestSource = new("Test intensity standard", "Iop.Domain tests");

    /// <summary>An IOP standard for these tests only: 9 h to at most 19 h a week on 3 to 5 days.</summary>
    private static IntensityRuleSet Bounded { get; } = Medicare.WithStandard(new IntensityStandard(LevelOfCare.IntensiveOutpatient, TestSource)
    {
        MinimumWeeklyHours = Duration.FromHours(9),
        MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(19)),
        MinimumDaysPerWeek = 3,
        MaximumDaysPerWeek = 5,
    });

    private static IntensityStandard Standard => new(LevelOfCare.IntensiveOutpatient, TestSource);

    private static IReadOnlyList<RuleId> WeekRules(IEnumerable<Session> sessions, IntensityRuleSet rules, LevelOfCare level = LevelOfCare.IntensiveOutpatient) =>
        [.. SessionIntensity.Evaluate(sessions, level, AgeGroup.Adult, Week, rules).Findings.Select(f => f.RuleId)];

    [Fact]
    public void Session_Guards_SayWhatIsAllowed()
    {
        FluentActions.Invoking(() => At(Monday, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The duration must be more than zero and at most one day.*").WithParameterName("duration");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([default], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, Medicare))
            .Should().Throw<ArgumentException>().WithMessage("The sessions must not include the default (invalid) session.*").WithParameterName("sessions");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([At(Monday.PlusDays(7), 60)], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, Medicare))
            .Should().Throw<ArgumentException>().WithMessage("Every session must start within the range.*").WithParameterName("sessions");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, Medicare, IsoDayOfWeek.None))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must be a day of the week, Monday to Sunday.*").WithParameterName("firstDayOfWeek");
        FluentActions.Invoking(() => SessionIntensity.SummarizeAttendance(null!, Week)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
    }

    [Fact]
    public void Billing_DefaultOrForeignSessions_AreRefusedWithTheirReason()
    {
        FluentActions.Invoking(() => BillingDays.Classify(Monday, [default], Billing))
            .Should().Throw<ArgumentException>().WithMessage("The sessions must not include the default (invalid) session.*").WithParameterName("sessions");
        FluentActions.Invoking(() => BillingDays.Classify(Monday, [At(Monday.PlusDays(1), 60)], Billing))
            .Should().Throw<ArgumentException>().WithMessage("Every session must start on the date classified.*").WithParameterName("sessions");
    }

    [Fact]
    public void CheckClaims_Nulls_AreRefusedWithTheirParameter()
    {
        FluentActions.Invoking(() => BillingDays.CheckClaims(null!, [], [], Billing)).Should().Throw<ArgumentNullException>().WithParameterName("intensiveOutpatientDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], null!, [], Billing)).Should().Throw<ArgumentNullException>().WithParameterName("partialHospitalizationDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], [], null!, Billing)).Should().Throw<ArgumentNullException>().WithParameterName("otherClaimStarts");
    }

    [Fact]
    public void UndefinedLevelsAgeGroupsAndSettings_AreRefusedWhereverTheyComeIn()
    {
        FluentActions.Invoking(() => Medicare.TryGetStandard((LevelOfCare)99, AgeGroup.Adult, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => Medicare.TryGetStandard(LevelOfCare.IntensiveOutpatient, (AgeGroup)99, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(Monday, null, Monday, (LevelOfCare)99, AgeGroup.Adult, Medicare))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => ProgrammeLength.Evaluate(Monday, null, Monday, LevelOfCare.IntensiveOutpatient, (AgeGroup)99, Medicare))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
        FluentActions.Invoking(() => ((ProviderSetting)99).ConditionCodesFor(LevelOfCare.IntensiveOutpatient))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("setting");
    }

    [Fact]
    public void HoursCeiling_Guards_SayWhatIsAllowed()
    {
        FluentActions.Invoking(() => HoursCeiling.AtMost(Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The hours must be positive.*").WithParameterName("hours");
        FluentActions.Invoking(() => default(HoursCeiling).IsExceededBy(Duration.FromHours(1))).Should().Throw<InvalidOperationException>()
            .WithMessage("The default ceiling is invalid; make one with HoursCeiling.AtMost or HoursCeiling.Below.");
    }

    [Fact]
    public void IntensityStandard_Bounds_NameTheOtherBound()
    {
        FluentActions.Invoking(() => Standard with { MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(10)), MinimumWeeklyHours = Duration.FromHours(11) })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The minimum weekly hours must not exceed MaximumWeeklyHours.*").WithParameterName("MinimumWeeklyHours");
        FluentActions.Invoking(() => Standard with { MinimumWeeklyHours = Duration.FromHours(11), MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(10)) })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The ceiling must allow MinimumWeeklyHours.*").WithParameterName("MaximumWeeklyHours");
        FluentActions.Invoking(() => Standard with { MaximumWeeklyHours = default(HoursCeiling) })
            .Should().Throw<ArgumentException>().WithMessage("The ceiling must be made with HoursCeiling.AtMost or HoursCeiling.Below; the default value is invalid.*").WithParameterName("MaximumWeeklyHours");
        FluentActions.Invoking(() => Standard with { MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(169)) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaximumWeeklyHours");

        FluentActions.Invoking(() => Standard with { MaximumDaysPerWeek = 3, MinimumDaysPerWeek = 4 })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must not be above MaximumDaysPerWeek.*").WithParameterName("MinimumDaysPerWeek");
        FluentActions.Invoking(() => Standard with { MinimumDaysPerWeek = 4, MaximumDaysPerWeek = 3 })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must not be below MinimumDaysPerWeek.*").WithParameterName("MaximumDaysPerWeek");
        FluentActions.Invoking(() => Standard with { MaximumProgrammeDays = 30, MinimumProgrammeDays = 31 })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must not be above MaximumProgrammeDays.*").WithParameterName("MinimumProgrammeDays");
        FluentActions.Invoking(() => Standard with { MinimumProgrammeDays = 31, MaximumProgrammeDays = 30 })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must not be below MinimumProgrammeDays.*").WithParameterName("MaximumProgrammeDays");
    }

    [Fact]
    public void IntensityStandard_EqualMinimumAndMaximum_AreAllowed()
    {
        var exact = Standard with { MinimumDaysPerWeek = 3, MaximumDaysPerWeek = 3, MinimumProgrammeDays = 30, MaximumProgrammeDays = 30 };
        var reversed = Standard with { MaximumDaysPerWeek = 3, MinimumDaysPerWeek = 3, MaximumProgrammeDays = 30, MinimumProgrammeDays = 30 };

        exact.Should().Be(reversed);
        exact.MinimumDaysPerWeek.Should().Be(exact.MaximumDaysPerWeek);
    }

    [Fact]
    public void RuleSets_DatesVerifiedThrough_AreCheckedAgainstEffectiveFrom()
    {
        var verified = Medicare with { VerifiedThrough = Medicare.EffectiveFrom };
        FluentActions.Invoking(() => verified with { EffectiveFrom = Medicare.EffectiveFrom.PlusDays(1) })
            .Should().Throw<ArgumentException>().WithMessage("Value must not be after VerifiedThrough.*").WithParameterName("EffectiveFrom");
        FluentActions.Invoking(() => Medicare with { VerifiedThrough = Medicare.EffectiveFrom.PlusDays(-1) })
            .Should().Throw<ArgumentException>().WithMessage("The date verified through must not be before EffectiveFrom.*").WithParameterName("VerifiedThrough");

        var billingVerified = Billing with { VerifiedThrough = Billing.EffectiveFrom };
        FluentActions.Invoking(() => billingVerified with { EffectiveFrom = Billing.EffectiveFrom.PlusDays(1) })
            .Should().Throw<ArgumentException>().WithMessage("Value must not be after VerifiedThrough.*").WithParameterName("EffectiveFrom");
        FluentActions.Invoking(() => Billing with { VerifiedThrough = Billing.EffectiveFrom.PlusDays(-1) })
            .Should().Throw<ArgumentException>().WithMessage("The date verified through must not be before EffectiveFrom.*").WithParameterName("VerifiedThrough");
    }

    [Fact]
    public void RuleSet_TwoStandardsForOneLevelAndAgeGroup_SaySo() =>
        FluentActions.Invoking(() => Medicare with { Standards = [Standard, Standard with { MinimumDaysPerWeek = 2 }] })
            .Should().Throw<ArgumentException>().WithMessage("A rule set holds at most one standard per level of care and age group.*").WithParameterName("Standards");

    [Fact]
    public void WithStandard_AppendsANewStandard_AndRefusesNull()
    {
        var adolescent = Standard with { AgeGroup = AgeGroup.Adolescent };

        Medicare.WithStandard(adolescent).Standards.Should().Equal([.. Medicare.Standards, adolescent]);
        FluentActions.Invoking(() => Medicare.WithStandard(null!)).Should().Throw<ArgumentNullException>().WithParameterName("standard");
    }

    [Fact]
    public void BillingRuleSet_ServiceCounts_AtTheirBounds()
    {
        FluentActions.Invoking(() => new BillingRuleSet("Test", "1", Monday, 100, 100, 7, Duration.FromHours(3), 3, [TestSource]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("perDiemMinimumServices");
        FluentActions.Invoking(() => new BillingRuleSet("Test", "1", Monday, 3, 101, 7, Duration.FromHours(3), 3, [TestSource]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must be at most 100.*").WithParameterName("upperTierMinimumServices");
        FluentActions.Invoking(() => new BillingRuleSet("Test", "1", Monday, 3, 3, 7, Duration.FromHours(3), 3, [TestSource]))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be above the per-diem minimum: the upper tier starts above the lower one.*").WithParameterName("upperTierMinimumServices");
        new BillingRuleSet("Test", "1", Monday, 99, 100, 7, Duration.FromHours(3), 3, [TestSource]).UpperTierMinimumServices.Should().Be(100);

        (Billing with { UpperTierMinimumServices = 100 }).UpperTierMinimumServices.Should().Be(100);
        FluentActions.Invoking(() => Billing with { UpperTierMinimumServices = 101 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must be at most 100.*");
        FluentActions.Invoking(() => Billing with { UpperTierMinimumServices = 100, PerDiemMinimumServices = 100 })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[1, 99]*").WithParameterName("PerDiemMinimumServices");
        FluentActions.Invoking(() => Billing with { PerDiemMinimumServices = Billing.UpperTierMinimumServices })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be below UpperTierMinimumServices: the lower tier starts below the upper one.*").WithParameterName("PerDiemMinimumServices");
    }

    [Fact]
    public void BillingRuleSet_Hours_SayTheirRange()
    {
        FluentActions.Invoking(() => Billing with { H0015MinimumDayHours = Duration.Zero })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The hours must be more than zero and at most one day.*").WithParameterName("H0015MinimumDayHours");
        FluentActions.Invoking(() => Billing with { WeeklyAddOnMinimumHours = Duration.Zero })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The hours must be more than zero and at most one week.*").WithParameterName("WeeklyAddOnMinimumHours");
    }

    [Fact]
    public void AWeek_WithSeveralInformationFindings_KeepsThemAll()
    {
        Session[] week =
        [
            .. Spread(Monday, 9 * 60),
            At(Monday.PlusDays(1), 60, ServiceKind.SocialOrRecreationalActivity),
            At(Monday.PlusDays(1), 60) with { Mode = DeliveryMode.TelehealthVideo, Start = new LocalTime(13, 0) },
            At(Monday.PlusDays(3), 60) with { FurnishedBy = ServiceFurnisher.Physician },
        ];

        var rules = WeekRules(week, Medicare with { ProfessionalServicesCountTowardHours = false });

        rules.Should().Contain([IntensityRules.NonQualifying.Id, IntensityRules.InPersonOnly.Id, IntensityRules.SeparateProfessionalServices.Id]);
    }

    [Fact]
    public void AWeek_BelowTheHoursAndTheDays_HasBothFindings() =>
        WeekRules([At(Monday, 60)], Bounded).Should().Contain([IntensityRules.MinimumHoursFor(LevelOfCare.IntensiveOutpatient).Id, IntensityRules.MinimumDays.Id]);

    [Fact]
    public void AWeek_AboveTheHoursAndTheDays_HasBothFindings_AndSaysTheDays()
    {
        var everyDay = Enumerable.Range(0, 7).Select(d => At(Monday.PlusDays(d), 240)).ToArray();

        var evaluation = SessionIntensity.Evaluate(everyDay, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, Bounded);

        evaluation.Findings.Select(f => f.RuleId).Should().Contain([IntensityRules.MaximumHoursFor(LevelOfCare.IntensiveOutpatient).Id, IntensityRules.MaximumDays.Id]);
        evaluation.Findings.Single(f => f.RuleId == IntensityRules.MaximumDays.Id).Message.Should().Be("Week 1: 7 service days, above the maximum of 5.");
    }

    [Fact]
    public void NoStandard_And_NotReverified_AreAddedToTheWeeksFindings()
    {
        Session[] telehealth = [At(Monday, 60) with { Mode = DeliveryMode.TelehealthVideo }];
        var unverified = Medicare with { VerifiedThrough = Medicare.EffectiveFrom };

        var rules = WeekRules(telehealth, unverified, LevelOfCare.Residential);

        rules.Should().Contain([IntensityRules.InPersonOnly.Id, IntensityRules.NoStandard.Id, IntensityRules.NotReverified.Id]);
    }

    [Fact]
    public void AClaim_KeepsTheFindingsOfEveryDay()
    {
        Session[] claim = [At(Monday, 60) with { Mode = DeliveryMode.TelehealthVideo }, At(Monday.PlusDays(2), 60) with { Mode = DeliveryMode.TelehealthVideo }];

        var summary = BillingDays.Summarize(claim, Week, Billing);

        summary.Findings.Count(f => f.RuleId == IntensityRules.InPersonOnly.Id).Should().Be(2);
    }

    [Fact]
    public void ARuralHealthClinicClaim_WithoutAPrimaryService_KeepsItsDaysFindings()
    {
        var summary = BillingDays.Summarize(Spread(Monday, 9 * 60), Week, Billing with { Setting = ProviderSetting.RuralHealthClinic });

        summary.Findings.Select(f => f.RuleId).Should().Contain([IntensityRules.PerDiemTier.Id, IntensityRules.PrimaryService.Id]);
    }

    [Theory]
    [InlineData(0, 2)] // two primary services on Monday
    [InlineData(2, 1)] // one on Monday, one on Wednesday
    [InlineData(2, 2)] // two on each of Monday and Wednesday
    public void APrimaryServiceGivenMoreThanOnce_CountsAsGiven(int secondDay, int perDay)
    {
        var sessions = new List<Session>();
        foreach (var day in new[] { 0, secondDay }.Distinct())
        {
            for (var i = 0; i < perDay; i++)
            {
                sessions.Add(At(Monday.PlusDays(day), 90, startHour: 9 + (2 * i)) with { IsPrimaryService = true });
            }
        }

        var summary = BillingDays.Summarize(sessions, Week, Billing with { Setting = ProviderSetting.RuralHealthClinic });

        summary.Findings.Should().NotContain(f => f.RuleId == IntensityRules.PrimaryService.Id);
    }

    [Theory]
    [InlineData(new[] { 3, 4 }, 1)]
    [InlineData(new[] { 2, 6 }, 4)]
    [InlineData(new[] { 5, 6 }, 1)]
    [InlineData(new[] { 1, 2, 6 }, 4)]
    public void LongestGap_IsCountedFromTheFirstAttendedDay(int[] days, int gap) =>
        SessionIntensity.SummarizeAttendance(days.Select(d => At(Monday.PlusDays(d), 60)), Week).LongestGapDays.Should().Be(gap);

    [Fact]
    public void FirstGroupSession_OfALazySequence_IsThatOfTheList()
    {
        Session[] sessions = [At(Monday.PlusDays(3), 60), At(Monday.PlusDays(1), 60), At(Monday, 60, ServiceKind.IndividualTherapy)];

        Sessions.FirstGroupSession(sessions.Where(_ => true), Monday).Should().Be(Monday.PlusDays(1));
        Sessions.FirstGroupSession(sessions, Monday).Should().Be(Monday.PlusDays(1));
        Sessions.FirstGroupSession(sessions.Where(_ => true), Monday.PlusDays(2)).Should().Be(Monday.PlusDays(3));
    }
}
