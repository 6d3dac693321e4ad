using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// Every intensity member that takes a date or range refuses one that leaves the supported dates by a single
/// day, naming its parameter, and accepts the supported range's own ends.
/// </summary>
public sealed class SupportedDateBoundaryTests
{
    private static readonly LocalDate DayBefore = SupportedDates.First.PlusDays(-1);
    private static readonly LocalDate DayAfter = SupportedDates.Last.PlusDays(1);

    /// <summary>Ranges that leave the supported dates by one day at either end.</summary>
    public static TheoryData<DateInterval> Outside() => new()
    {
        new DateInterval(DayBefore, SupportedDates.First.PlusDays(6)),
        new DateInterval(SupportedDates.Last.PlusDays(-6), DayAfter),
    };

    private static void Refused(Action call, string parameter) =>
        FluentActions.Invoking(call).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Theory]
    [MemberData(nameof(Outside))]
    public void RangeMembers_RangeLeavingTheSupportedDates_AreRefusedNamingTheRange(DateInterval range)
    {
        Refused(() => SessionIntensity.Evaluate([], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024), "range");
        Refused(() => SessionIntensity.SummarizeAttendance([], range), "range");
        Refused(() => BillingDays.Summarize([], range, BillingRuleSet.Medicare2024), "range");
        Refused(() => Sessions.CountAttended([], range), "range");
    }

    [Fact]
    public void DateMembers_DateLeavingTheSupportedDates_AreRefusedNamingTheDate()
    {
        Refused(() => BillingDays.Classify(DayBefore, [], BillingRuleSet.Medicare2024), "date");
        Refused(() => BillingDays.Classify(DayAfter, [], BillingRuleSet.Medicare2024), "date");
        Refused(() => Sessions.FirstGroupSession([], DayBefore), "onOrAfter");
        Refused(() => Sessions.FirstGroupSession([], DayAfter), "onOrAfter");
    }

    [Fact]
    public void ProgrammeLengthEvaluate_DatesLeavingTheSupportedDates_AreRefusedNamingEach()
    {
        var rules = IntensityRuleSet.DistrictOfColumbia;
        const LevelOfCare iop = LevelOfCare.IntensiveOutpatient;
        Refused(() => ProgrammeLength.Evaluate(DayBefore, null, SupportedDates.First, iop, AgeGroup.Adult, rules), "admission");
        Refused(() => ProgrammeLength.Evaluate(SupportedDates.Last, DayAfter, SupportedDates.Last, iop, AgeGroup.Adult, rules), "discharge");
        Refused(() => ProgrammeLength.Evaluate(SupportedDates.Last, null, DayAfter, iop, AgeGroup.Adult, rules), "asOf");
    }

    [Fact]
    public void RuleSets_DatesLeavingTheSupportedDates_AreRefusedNamingEach()
    {
        Refused(() => _ = new IntensityRuleSet("n", "v", DayBefore, []), "effectiveFrom");
        Refused(() => _ = IntensityRuleSet.Medicare2026 with { VerifiedThrough = DayAfter }, "VerifiedThrough");
        Refused(() => _ = new Session(DayBefore, new LocalTime(9, 0), Duration.FromHours(1), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended), "date");
        Refused(() => _ = At(Monday, 60) with { Date = DayAfter }, "Date");
    }

    [Fact]
    public void RangeMembers_TheSupportedRangesFirstAndLastWeeks_AreEvaluated()
    {
        var first = new DateInterval(SupportedDates.First, SupportedDates.First.PlusDays(6));
        var last = new DateInterval(SupportedDates.Last.PlusDays(-6), SupportedDates.Last);
        Session[] sessions = [At(SupportedDates.First, 60), At(SupportedDates.First.PlusDays(6), 60, attendance: Attendance.Missed)];

        SessionIntensity.SummarizeAttendance(sessions, first).Should().Be(new AttendanceSummary(1, 1, 0, null));
        Sessions.CountAttended(sessions, first).Should().Be(1);
        BillingDays.Summarize([At(SupportedDates.Last, 60)], last, BillingRuleSet.Medicare2024).Days.Should().ContainSingle();
        BillingDays.Classify(SupportedDates.Last, [At(SupportedDates.Last, 60)], BillingRuleSet.Medicare2024).Services.Should().Be(1);
        Sessions.FirstGroupSession([At(SupportedDates.Last, 60)], SupportedDates.Last).Should().Be(SupportedDates.Last);
    }

    [Fact]
    public void SummarizeAttendance_LongestGapFromTheFirstDayOfTheRange_IsCounted()
    {
        // boundary: the first attended session is on the range's first day (index 0): its gap to the next counts.
        Session[] sessions = [At(Monday, 60), At(Monday.PlusDays(5), 60), At(Monday.PlusDays(7), 60)];
        SessionIntensity.SummarizeAttendance(sessions, Weeks(Monday, 2)).LongestGapDays.Should().Be(5);
    }

    [Fact]
    public void Evaluate_SessionsAsAList_AreTalliedLikeAnArray()
    {
        // The tally reads an array by span and any other sequence by enumerator: both give the same evaluation.
        Session[] array = [.. Spread(Monday, 8 * 60), At(Monday.PlusDays(1), 60, attendance: Attendance.Missed), At(Monday.PlusDays(3), 60, attendance: Attendance.Cancelled)];
        var fromList = SessionIntensity.Evaluate(array.ToList(), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);
        var fromArray = SessionIntensity.Evaluate(array, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);

        fromList.Should().Be(fromArray);
        fromList.QualifyingHours.Should().Be(Duration.FromHours(8));
        fromList.ScheduledHours.Should().Be(Duration.FromHours(9));
        fromList.Weeks[0].Sessions.Should().Be(5);
        fromList.Attendance.Should().Be(new AttendanceSummary(3, 1, 1, 2));
        fromList.Findings.Should().ContainSingle().Which.RuleId.Should().Be(IntensityRules.IntensiveOutpatientMinimumHours.Id);
    }
}
