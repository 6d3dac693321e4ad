using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// What an EHR shows for each weekly finding: its rule id, severity, subject (the calendar week) and the
/// message text, with the singular and plural wording of every count.
/// </summary>
public sealed class WeeklyFindingTextTests
{
    private static readonly DateInterval Week = Weeks(Monday, 1);

    private static IntensityEvaluation Iop(IEnumerable<Session> sessions, IntensityRuleSet rules) =>
        SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, rules);

    private static Session[] WithExtra(int count, Func<Session, Session> change) =>
        [.. Spread(Monday, 9 * 60), .. Enumerable.Range(0, count).Select(i => change(At(Monday.PlusDays(1 + i), 60)))];

    private static Finding Only(IntensityEvaluation evaluation, RuleId id, Severity severity)
    {
        var finding = evaluation.Findings.Should().ContainSingle(f => f.RuleId == id).Subject;
        finding.Severity.Should().Be(severity);
        finding.Subject.Should().Be(FindingSubject.Week(Week));
        evaluation.Weeks[0].Findings.Should().Contain(finding);
        return finding;
    }

    [Theory]
    [InlineData(1, "Week 1: 1 attended remote mental-health service is not a PHP or IOP service and is not counted.")]
    [InlineData(2, "Week 1: 2 attended remote mental-health services are not a PHP or IOP service and are not counted.")]
    public void Evaluate_RemoteMentalHealthSessions_McrRemoteMhNamesTheirCount(int count, string message)
    {
        var evaluation = Iop(WithExtra(count, s => At(s.Date, 60, ServiceKind.RemoteMentalHealthService)), IntensityRuleSet.Medicare2024);

        Only(evaluation, IntensityRules.RemoteMentalHealth.Id, Severity.Information).Message.Should().Be(message);
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(9));
        evaluation.AttendedHours.Should().Be(Duration.FromHours(9 + count));
    }

    [Theory]
    [InlineData(1, "Week 1: 1 attended session was delivered by telehealth and adds nothing to the qualifying hours: the rule set counts in-person services only.")]
    [InlineData(2, "Week 1: 2 attended sessions were delivered by telehealth and add nothing to the qualifying hours: the rule set counts in-person services only.")]
    public void Evaluate_TelehealthSessionsUnderInPersonOnly_McrInPersonOnlyNamesTheirCount(int count, string message)
    {
        var evaluation = Iop(WithExtra(count, s => s with { Mode = DeliveryMode.TelehealthVideo }), IntensityRuleSet.Medicare2024);

        Only(evaluation, IntensityRules.InPersonOnly.Id, Severity.Warning).Message.Should().Be(message);
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(9));
    }

    [Theory]
    [InlineData(1, "Week 1: 1 attended session was furnished by a physician, PA, NP, CNS or clinical psychologist, paid outside the per diem; the rule set does not count them toward programme hours.")]
    [InlineData(2, "Week 1: 2 attended sessions were furnished by a physician, PA, NP, CNS or clinical psychologist, paid outside the per diem; the rule set does not count them toward programme hours.")]
    public void Evaluate_ProfessionalSessionsNotCounted_McrSeparateProNamesTheirCount(int count, string message)
    {
        var rules = IntensityRuleSet.Medicare2024 with { ProfessionalServicesCountTowardHours = false };
        var evaluation = Iop(WithExtra(count, s => s with { FurnishedBy = ServiceFurnisher.Physician }), rules);

        Only(evaluation, IntensityRules.SeparateProfessionalServices.Id, Severity.Information).Message.Should().Be(message);
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(9));
    }

    [Fact]
    public void Evaluate_TwoNonQualifyingSessions_McrNonqualifyingUsesThePlural()
    {
        var evaluation = Iop(WithExtra(2, s => At(s.Date, 60, ServiceKind.SocialOrRecreationalActivity)), IntensityRuleSet.Medicare2024);

        Only(evaluation, IntensityRules.NonQualifying.Id, Severity.Information).Message
            .Should().Be("Week 1: 2 attended sessions do not qualify (primarily social, recreational or diversionary) and are not counted.");
    }

    [Theory]
    [InlineData(1, "Week 1: 1 service day, below the minimum of 3.")]
    [InlineData(2, "Week 1: 2 service days, below the minimum of 3.")]
    public void Evaluate_TooFewServiceDays_IntMinDaysNamesTheCountAndTheMinimum(int days, string message)
    {
        var sessions = Enumerable.Range(0, days).Select(d => At(Monday.PlusDays(d), 180)).ToArray();
        var evaluation = Iop(sessions, IntensityRuleSet.HcpcsH0015);

        var finding = Only(evaluation, IntensityRules.MinimumDays.Id, Severity.Error);
        finding.Message.Should().Be(message);
        finding.Source.Should().Be(IntensityRuleSet.HcpcsH0015.Standards[0].Source);
        evaluation.Weeks[0].ServiceDays.Should().Be(days);
    }

    [Theory]
    [InlineData(1, "Week 1: 1 day with qualifying service below 3 h, not counted as service days.")]
    [InlineData(2, "Week 1: 2 days with qualifying service below 3 h, not counted as service days.")]
    public void Evaluate_ShortServiceDays_IntMinDayHoursNamesTheCountAndTheDayMinimum(int shortDays, string message)
    {
        Session[] sessions =
        [
            .. Enumerable.Range(0, 3).Select(d => At(Monday.PlusDays(d), 180)),
            .. Enumerable.Range(3, shortDays).Select(d => At(Monday.PlusDays(d), 179)),
        ];
        var evaluation = Iop(sessions, IntensityRuleSet.HcpcsH0015);

        var finding = Only(evaluation, IntensityRules.MinimumDayHours.Id, Severity.Warning);
        finding.Message.Should().Be(message);
        finding.Source.Should().Be(IntensityRuleSet.HcpcsH0015.Standards[0].Source);
        evaluation.Weeks[0].ServiceDays.Should().Be(3, "the short days are not service days");
        evaluation.Findings.Should().ContainSingle("three full days meet INT-MIN-DAYS");
    }

    [Fact]
    public void Evaluate_AboveTheCeiling_IntIopMaxHoursNamesTheHoursTheCeilingAndTheNextLevel()
    {
        var evaluation = Iop(Spread(Monday, (19 * 60) + 1, days: 5), IntensityRuleSet.Medicare2024);

        Only(evaluation, IntensityRules.IntensiveOutpatientMaximumHours.Id, Severity.Warning).Message
            .Should().Be("Week 1: 19 h 1 min of qualifying service, above the ceiling (at most 19 h) for intensive outpatient; consider partial hospitalization.");
    }

    [Fact]
    public void Evaluate_AboveTheCeilingAtTheMostIntensiveLevel_SuggestsNoLevel()
    {
        var rules = IntensityRuleSet.Medicare2024.WithStandard(
            new IntensityStandard(LevelOfCare.Inpatient, Citations.Tip47) { MaximumWeeklyHours = HoursCeiling.Below(Duration.FromHours(10)) });
        var evaluation = SessionIntensity.Evaluate(Spread(Monday, 10 * 60), LevelOfCare.Inpatient, AgeGroup.Adult, Week, rules);

        var finding = Only(evaluation, IntensityRules.MaximumHoursFor(LevelOfCare.Inpatient).Id, Severity.Warning);
        finding.Message.Should().Be("Week 1: 10 h of qualifying service, above the ceiling (below 10 h) for inpatient (medically managed).");
        evaluation.Weeks[0].SuggestedLevel.Should().BeNull("inpatient has no level above it");
    }

    [Theory]
    [InlineData(5, "Week 1: 5 service days, above the maximum of 4.")]
    [InlineData(6, "Week 1: 6 service days, above the maximum of 4.")]
    public void Evaluate_TooManyServiceDays_IntMaxDaysNamesTheCountAndTheMaximum(int days, string message)
    {
        var rules = IntensityRuleSet.Medicare2024.WithStandard(new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Tip47) { MaximumDaysPerWeek = 4 });
        var evaluation = Iop(Spread(Monday, 10 * 60, days), rules);

        var finding = Only(evaluation, IntensityRules.MaximumDays.Id, Severity.Warning);
        finding.Message.Should().Be(message);
        finding.Source.Should().Be(Citations.Tip47);
    }

    [Fact]
    public void Evaluate_NoStandard_IntNoStandardNamesTheLevelOnly()
    {
        var evaluation = SessionIntensity.Evaluate([], LevelOfCare.Residential, AgeGroup.Adult, Week, IntensityRuleSet.Medicare2024);

        var finding = evaluation.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(IntensityRules.NoStandard.Id);
        finding.Severity.Should().Be(Severity.Information);
        finding.Message.Should().Be("The rule set has no standard for residential and this age group; no weekly threshold was applied.");
        evaluation.Weeks[0].Findings.Should().BeEmpty("INT-NO-STANDARD concerns the whole input, not a week");
    }

    [Fact]
    public void Evaluate_PastVerifiedThrough_RulesetNotReverifiedNamesTheYearOnly()
    {
        var week = Weeks(new LocalDate(2027, 1, 4), 1);
        var evaluation = SessionIntensity.Evaluate(Spread(week.Start, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, week, IntensityRuleSet.Medicare2026);

        evaluation.Findings.Should().ContainSingle().Which.Message
            .Should().Be("The rule set was verified through 2026; dates after that were evaluated with its latest version, not re-verified for their year.");
    }

    [Fact]
    public void Evaluate_RangeStartingOnTheDateVerifiedThrough_SubjectIsTheDatesAfterIt()
    {
        // boundary: the range starts exactly on VerifiedThrough, so the unverified dates start the day after.
        var range = new DateInterval(new LocalDate(2026, 12, 31), new LocalDate(2027, 1, 2));
        var evaluation = SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2026);

        evaluation.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.NotReverified.Id)
            .Which.Subject.Should().Be(FindingSubject.Dates(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 2))));
    }

    [Fact]
    public void Evaluate_RangeStartingTheDayAfterVerifiedThrough_SubjectIsTheWholeRange()
    {
        var range = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 2));
        var evaluation = SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2026);

        evaluation.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.NotReverified.Id)
            .Which.Subject.Should().Be(FindingSubject.Dates(range));
    }

    [Theory]
    [InlineData(0, "0 h")]
    [InlineData(1, "1 min")]
    [InlineData(59, "59 min")]
    [InlineData(60, "1 h")]
    [InlineData(61, "1 h 1 min")]
    [InlineData(119, "1 h 59 min")]
    [InlineData(120, "2 h")]
    [InlineData(541, "9 h 1 min")]
    public void HoursTextFormat_WholeMinutes_PrintHoursAndMinutes(int minutes, string text) =>
        HoursText.Format(Duration.FromMinutes(minutes)).Should().Be(text);

    [Fact]
    public void HoursTextFormat_PartOfAMinute_IsDroppedNotRounded() =>
        HoursText.Format(Duration.FromMinutes(60) - Duration.FromSeconds(1)).Should().Be("59 min");

    [Theory]
    [InlineData(0, "0 days")]
    [InlineData(1, "1 day")]
    [InlineData(2, "2 days")]
    public void HoursTextCount_OneIsSingular_EveryOtherCountPlural(int count, string text) =>
        HoursText.Count(count, "day", "days").Should().Be(text);
}
