using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>Medicare by date of service: the PHP standard before 2024, the CY2024–CY2026 versions, and RULESET-NOT-REVERIFIED after the last verified year.</summary>
public sealed class MedicareVersionTests
{
    /// <summary>Monday 2023-06-05: a full ISO week before the IOP benefit.</summary>
    private static readonly LocalDate Monday2023 = new(2023, 6, 5);

    [Theory]
    [InlineData(20 * 60 - 1, true)] // one minute under 20 h (MLN SE1607; 42 CFR 410.43(c)(1))
    [InlineData(20 * 60, false)] // boundary: exactly 20 h
    [InlineData(20 * 60 + 1, false)] // one minute over
    public void Evaluate_A2023PhpWeekUnderMedicare_AppliesThePre2024PhpStandard(int minutes, bool below)
    {
        var rules = IntensityRuleSet.Medicare.InForceOn(Monday2023);
        var evaluation = SessionIntensity.Evaluate(Spread(Monday2023, minutes, days: 5), LevelOfCare.PartialHospitalization, AgeGroup.Adult, Weeks(Monday2023, 1), rules);

        rules.Should().Be(IntensityRuleSet.MedicareBefore2024);
        evaluation.Standard!.MinimumWeeklyHours.Should().Be(Duration.FromHours(20));
        evaluation.Findings.Any(f => f.RuleId == IntensityRules.PartialHospitalizationMinimumHours.Id).Should().Be(below);
        evaluation.Findings.Should().NotContain(f => f.RuleId == IntensityRules.NoStandard.Id);
        IntensityRules.PartialHospitalizationMinimumHours.Id.Value.Should().Be("INT-PHP-MIN-HOURS");
    }

    [Fact]
    public void Evaluate_A2023IopWeekUnderMedicare_HasNoStandard()
    {
        // Medicare had no IOP benefit before 2024-01-01.
        var rules = IntensityRuleSet.Medicare.InForceOn(Monday2023);
        var evaluation = SessionIntensity.Evaluate(Spread(Monday2023, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday2023, 1), rules);

        evaluation.Standard.Should().BeNull();
        evaluation.Findings.Should().ContainSingle().Which.RuleId.Should().Be(IntensityRules.NoStandard.Id);
    }

    [Theory]
    [InlineData(2026, 12, 28, 2027, 1, 1)] // Monday 2026-12-28: its week runs into 2027, after the last verified year; the subject is the 2027 days only
    [InlineData(2027, 1, 4, 2027, 1, 4)] // a week wholly in 2027
    public void Evaluate_AfterTheLastVerifiedYear_AppliesTheLatestVersionAndReportsRulesetNotReverified(int year, int month, int day, int fromYear, int fromMonth, int fromDay)
    {
        var week = Weeks(new LocalDate(year, month, day), 1);
        var rules = IntensityRuleSet.Medicare.InForceOn(week.End);
        var evaluation = SessionIntensity.Evaluate(Spread(week.Start, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, week, rules);
        var billing = BillingDays.Summarize(Spread(week.Start, 9 * 60), week, BillingRuleSet.Medicare.InForceOn(week.End));

        rules.Should().Be(IntensityRuleSet.Medicare2026);
        var expected = FindingSubject.Dates(new DateInterval(new LocalDate(fromYear, fromMonth, fromDay), week.End));
        var finding = evaluation.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.NotReverified.Id).Subject;
        finding.Severity.Should().Be(Severity.Information);
        finding.Subject.Should().Be(expected);
        billing.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.NotReverified.Id).Which.Subject.Should().Be(expected);
        IntensityRules.NotReverified.Id.Value.Should().Be("RULESET-NOT-REVERIFIED");
    }

    [Fact]
    public void Evaluate_TheLastWeekWithinTheVerifiedYear_DoesNotReportRulesetNotReverified()
    {
        // boundary: the week of Monday 2026-12-21 ends on 2026-12-27, inside the year verified.
        var week = Weeks(new LocalDate(2026, 12, 21), 1);
        var evaluation = SessionIntensity.Evaluate(Spread(week.Start, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, week, IntensityRuleSet.Medicare.InForceOn(week.End));
        var lastDay = new DateInterval(new LocalDate(2026, 12, 31), new LocalDate(2026, 12, 31));
        var onLastDay = SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, lastDay, IntensityRuleSet.Medicare2026);

        evaluation.Findings.Should().BeEmpty();
        onLastDay.Findings.Should().NotContain(f => f.RuleId == IntensityRules.NotReverified.Id); // boundary: exactly the date verified through
    }

    [Fact]
    public void Evaluate_ARuleSetWithoutVerifiedThrough_NeverReportsRulesetNotReverified()
    {
        var week = Weeks(new LocalDate(2031, 3, 3), 1);
        var evaluation = SessionIntensity.Evaluate(Spread(week.Start, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, week, IntensityRuleSet.AsamHourBands);
        evaluation.Findings.Should().NotContain(f => f.RuleId == IntensityRules.NotReverified.Id);
    }

    [Fact]
    public void MedicareWeeklyMinimums_AreTheSameInEveryVersion()
    {
        foreach (var version in IntensityRuleSet.Medicare.Versions)
        {
            version.TryGetStandard(LevelOfCare.PartialHospitalization, AgeGroup.Adult, out var php).Should().BeTrue();
            php!.MinimumWeeklyHours.Should().Be(MedicareWeeklyHours.PartialHospitalizationMinimum);
        }

        foreach (var version in IntensityRuleSet.Medicare.Versions.Skip(1))
        {
            version.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out var iop).Should().BeTrue();
            iop!.MinimumWeeklyHours.Should().Be(MedicareWeeklyHours.IntensiveOutpatientMinimum);
        }
    }
}
