using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// Value equality of the intensity results, member by member: two results that differ in only one member
/// are unequal and hash differently, so an EHR that caches or de-duplicates results never merges two that differ.
/// </summary>
public sealed class IntensityResultEqualityTests
{
    private static readonly DateInterval Week = Weeks(Monday, 1);
    private static readonly DateInterval NextWeek = Weeks(Monday.PlusDays(7), 1);
    private static readonly Finding Finding1 = IntensityRules.MissingWeek.ToFinding(Severity.Error, "m", FindingSubject.Week(Week));
    private static readonly Finding Finding2 = IntensityRules.MinimumDays.ToFinding(Severity.Error, "m", FindingSubject.Week(Week));

    private static void EachMemberCounts<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        ContractAssertions.Equality(value, equal, different);
        for (var i = 0; i < different.Length; i++)
        {
            different[i].GetHashCode().Should().NotBe(value.GetHashCode(), $"variant {i} differs in one member, which is part of the hash");
        }
    }

    private static WeeklyIntensity WeekOf(
        int number = 1, DateInterval? week = null, DateInterval? daysInRange = null, int sessions = 3, int scheduled = 10, int attended = 9,
        int qualifying = 8, int serviceDays = 3, LevelOfCare? suggested = LevelOfCare.PartialHospitalization, Finding[]? findings = null) =>
        new(number, week ?? Week, daysInRange ?? Week, sessions, Duration.FromHours(scheduled), Duration.FromHours(attended),
            Duration.FromHours(qualifying), serviceDays, suggested, findings ?? [Finding1]);

    [Fact]
    public void WeeklyIntensity_EveryMember_TakesPartInEqualityAndHash() =>
        EachMemberCounts(
            WeekOf(),
            WeekOf(),
            WeekOf(number: 2),
            WeekOf(week: NextWeek),
            WeekOf(daysInRange: new DateInterval(Monday.PlusDays(1), Week.End)),
            WeekOf(sessions: 4),
            WeekOf(scheduled: 11),
            WeekOf(attended: 8),
            WeekOf(qualifying: 7),
            WeekOf(serviceDays: 2),
            WeekOf(suggested: null),
            WeekOf(findings: [Finding2]),
            WeekOf(findings: []));

    [Fact]
    public void WeeklyIntensity_HasErrors_FollowsItsFindings()
    {
        WeekOf(findings: [Finding1]).HasErrors.Should().BeTrue();
        WeekOf(findings: [IntensityRules.MaximumDays.ToFinding(Severity.Warning, "m")]).HasErrors.Should().BeFalse();
        WeekOf(findings: []).HasErrors.Should().BeFalse();
    }

    [Theory]
    [InlineData(7, false, "Week 1: 8 h qualifying, 3 service days, 1 finding")]
    [InlineData(6, true, "Week 1 (partial): 8 h qualifying, 3 service days, 1 finding")] // boundary: six days in range is partial
    public void WeeklyIntensity_ToString_MarksPartialWeeks(int daysInRange, bool partial, string text)
    {
        var week = WeekOf(daysInRange: new DateInterval(Monday, Monday.PlusDays(daysInRange - 1)));
        week.IsPartial.Should().Be(partial);
        week.ToString().Should().Be(text);
    }

    [Fact]
    public void WeeklyIntensity_ToString_OneServiceDayAndTwoFindings() =>
        WeekOf(serviceDays: 1, findings: [Finding1, Finding2]).ToString().Should().Be("Week 1: 8 h qualifying, 1 service day, 2 findings");

    private static IntensityEvaluation EvaluationOf(
        LevelOfCare level = LevelOfCare.IntensiveOutpatient, AgeGroup age = AgeGroup.Adult, DateInterval? range = null, IsoDayOfWeek firstDay = IsoDayOfWeek.Monday,
        bool noStandard = false, WeeklyIntensity[]? weeks = null, AttendanceSummary? attendance = null, int scheduled = 10, int attended = 9, int qualifying = 8,
        Finding[]? findings = null) =>
        new(level, age, range ?? Week, firstDay, noStandard ? null : IntensityRuleSet.Medicare2024.Standards[0], weeks ?? [WeekOf()],
            attendance ?? new AttendanceSummary(3, 1, 0, 2), Duration.FromHours(scheduled), Duration.FromHours(attended), Duration.FromHours(qualifying), findings ?? [Finding1]);

    [Fact]
    public void IntensityEvaluation_EveryMember_TakesPartInEqualityAndHash() =>
        EachMemberCounts(
            EvaluationOf(),
            EvaluationOf(),
            EvaluationOf(level: LevelOfCare.PartialHospitalization),
            EvaluationOf(age: AgeGroup.Adolescent),
            EvaluationOf(range: NextWeek),
            EvaluationOf(firstDay: IsoDayOfWeek.Sunday),
            EvaluationOf(noStandard: true),
            EvaluationOf(weeks: [WeekOf(sessions: 4)]),
            EvaluationOf(weeks: []),
            EvaluationOf(attendance: new AttendanceSummary(3, 1, 0, 3)),
            EvaluationOf(scheduled: 11),
            EvaluationOf(attended: 8),
            EvaluationOf(qualifying: 7),
            EvaluationOf(findings: [Finding2]),
            EvaluationOf(findings: []));

    [Fact]
    public void IntensityEvaluation_ToString_CountsWeeksHoursAndFindings()
    {
        EvaluationOf().ToString().Should().Be("IntensiveOutpatient, 1 week, 8 h qualifying, 1 finding");
        EvaluationOf(weeks: [WeekOf(), WeekOf(number: 2)], findings: [Finding1, Finding2]).ToString().Should().Be("IntensiveOutpatient, 2 weeks, 8 h qualifying, 2 findings");
    }

    private static BillingDay DayOf(int services = 3) =>
        new(Monday, services, Duration.FromHours(3), PerDiemTier.ThreeServices, meetsH0015DayHours: true, professionalServices: 0, billableAsH0015: true);

    private static BillingSummary SummaryOf(
        DateInterval? range = null, BillingDay[]? days = null, int noTier = 1, int three = 2, int four = 3, int h0015 = 4, Finding[]? findings = null,
        int costBased = 5, DateInterval[]? addOnWeeks = null) =>
        new(range ?? Week, days ?? [DayOf()], noTier, three, four, h0015, findings ?? [Finding1], costBased, addOnWeeks ?? [Week]);

    [Fact]
    public void BillingSummary_EveryMember_TakesPartInEqualityAndHash() =>
        EachMemberCounts(
            SummaryOf(),
            SummaryOf(),
            SummaryOf(range: NextWeek),
            SummaryOf(days: [DayOf(services: 4)]),
            SummaryOf(days: []),
            SummaryOf(noTier: 0),
            SummaryOf(three: 0),
            SummaryOf(four: 0),
            SummaryOf(h0015: 0),
            SummaryOf(findings: [Finding2]),
            SummaryOf(findings: []),
            SummaryOf(costBased: 0),
            SummaryOf(addOnWeeks: [NextWeek]),
            SummaryOf(addOnWeeks: []));

    [Fact]
    public void BillingSummary_ToString_CountsDaysByTier() =>
        SummaryOf().ToString().Should().Be("1 service days: 3 with 4+ services, 2 with 3, 1 in no tier; 4 H0015 days");

    [Fact]
    public void BillingSummary_HasErrors_FollowsItsFindings()
    {
        SummaryOf().HasErrors.Should().BeTrue();
        SummaryOf(findings: []).HasErrors.Should().BeFalse();
    }
}
