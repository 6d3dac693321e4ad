using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>Weekly evaluation: every weekly threshold pinned by rule id, boundaries, weeks and attendance.</summary>
public sealed class SessionIntensityTests
{
    private static IntensityRuleSet RuleSet(string name) => IntensityRuleSetTests.Named(name);

    private static WeeklyIntensity OneWeek(int totalMinutes, LevelOfCare level, AgeGroup age, string ruleSet, int days = 3)
    {
        var evaluation = SessionIntensity.Evaluate(Spread(Monday, totalMinutes, days), level, age, Weeks(Monday, 1), RuleSet(ruleSet));
        evaluation.Weeks.Should().ContainSingle();
        return evaluation.Weeks[0];
    }

    // Weekly minimums: exactly at, one minute under, one minute over, for every built-in minimum.
    [Theory]
    [InlineData("Medicare CY2024", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9 * 60, "INT-IOP-MIN-HOURS")] // 42 CFR 410.44: IOP ≥ 9 h
    [InlineData("Medicare CY2024", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 9 * 60, "INT-IOP-MIN-HOURS")] // Medicare does not distinguish ages
    [InlineData("Medicare CY2024", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20 * 60, "INT-PHP-MIN-HOURS")] // 42 CFR 410.43(c)(1): PHP ≥ 20 h
    [InlineData("ASAM hour bands", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9 * 60, "INT-IOP-MIN-HOURS")] // ASAM 2.1 adults ≥ 9
    [InlineData("ASAM hour bands", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6 * 60, "INT-IOP-MIN-HOURS")] // ASAM 2.1 adolescents ≥ 6
    [InlineData("ASAM hour bands", LevelOfCare.PartialHospitalization, AgeGroup.Adolescent, 20 * 60, "INT-PHP-MIN-HOURS")] // ASAM 2.5 ≥ 20
    [InlineData("ASAM hour bands", LevelOfCare.Residential, AgeGroup.Adult, 5 * 60, "INT-MIN-HOURS")] // ASAM 3.1 ≥ 5 (medium)
    [InlineData("District of Columbia", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9 * 60, "INT-IOP-MIN-HOURS")] // 22-A DCMR 6329.1 adults 9
    [InlineData("District of Columbia", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6 * 60, "INT-IOP-MIN-HOURS")] // youth under 21: 6
    [InlineData("District of Columbia", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20 * 60, "INT-PHP-MIN-HOURS")] // 6330.1: ≥ 20
    [InlineData("Kansas", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9 * 60, "INT-IOP-MIN-HOURS")] // R03-704: 18+ ≥ 9
    [InlineData("Kansas", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6 * 60, "INT-IOP-MIN-HOURS")] // under 18 ≥ 6
    public void Evaluate_WeeklyMinimum_AtUnderAndOver(string ruleSet, LevelOfCare level, AgeGroup age, int minimumMinutes, string ruleId)
    {
        var id = new RuleId(ruleId);
        RuleSet(ruleSet).TryGetStandard(level, age, out var standard).Should().BeTrue();

        OneWeek(minimumMinutes, level, age, ruleSet).Findings.Should().NotContain(f => f.RuleId == id, "exactly the minimum meets it");
        OneWeek(minimumMinutes + 1, level, age, ruleSet).Findings.Should().NotContain(f => f.RuleId == id, "one minute over");
        var under = OneWeek(minimumMinutes - 1, level, age, ruleSet);
        var finding = under.Findings.Should().ContainSingle(f => f.RuleId == id, "one minute under").Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Source.Should().Be(standard!.Source, "a finding cites the standard applied");
        finding.Message.Should().Contain("below the minimum");
    }

    // Weekly ceilings: exactly at, one minute under, one minute over; inclusive ("at most") and exclusive ("below").
    [Theory]
    [InlineData("Medicare CY2024", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 19 * 60, true, "INT-IOP-MAX-HOURS", LevelOfCare.PartialHospitalization)] // Noridian: at most 19
    [InlineData("District of Columbia", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 19 * 60, true, "INT-IOP-MAX-HOURS", LevelOfCare.PartialHospitalization)] // DCMR 6329.1: 6–19
    [InlineData("District of Columbia", LevelOfCare.Outpatient, AgeGroup.Adult, 8 * 60, true, "INT-OP-MAX-HOURS", LevelOfCare.IntensiveOutpatient)] // DCMR 6331.1: up to 8
    [InlineData("ASAM hour bands", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 20 * 60, false, "INT-IOP-MAX-HOURS", LevelOfCare.PartialHospitalization)] // below 20: 2.5 starts at 20
    [InlineData("ASAM hour bands", LevelOfCare.Outpatient, AgeGroup.Adult, 9 * 60, false, "INT-OP-MAX-HOURS", LevelOfCare.IntensiveOutpatient)] // OP below 9 adults
    [InlineData("ASAM hour bands", LevelOfCare.Outpatient, AgeGroup.Adolescent, 6 * 60, false, "INT-OP-MAX-HOURS", LevelOfCare.IntensiveOutpatient)] // OP below 6 adolescents
    public void Evaluate_WeeklyCeiling_AtUnderAndOver_SuggestsTheNextLevelUp(
        string ruleSet, LevelOfCare level, AgeGroup age, int ceilingMinutes, bool inclusive, string ruleId, LevelOfCare next)
    {
        var id = new RuleId(ruleId);
        var at = OneWeek(ceilingMinutes, level, age, ruleSet, days: 5);
        var under = OneWeek(ceilingMinutes - 1, level, age, ruleSet, days: 5);
        var over = OneWeek(ceilingMinutes + 1, level, age, ruleSet, days: 5);

        under.Findings.Should().NotContain(f => f.RuleId == id);
        under.SuggestedLevel.Should().BeNull();
        at.Findings.Any(f => f.RuleId == id).Should().Be(!inclusive, inclusive ? "'at most' allows the bound" : "'below' excludes the bound");
        var finding = over.Findings.Should().ContainSingle(f => f.RuleId == id).Subject;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("consider " + next.DisplayName());
        over.SuggestedLevel.Should().Be(next);
    }

    [Theory]
    [InlineData("HCPCS H0015", 180)] // H0015: ≥ 3 h a day, ≥ 3 days a week
    [InlineData("TEDS intensive outpatient", 120)] // TEDS: ≥ 2 h a day on ≥ 3 days a week
    public void Evaluate_DayStandards_PinIntMinDayHoursAndIntMinDays(string ruleSet, int dayMinutes)
    {
        var set = RuleSet(ruleSet);
        var range = Weeks(Monday, 1);
        Session[] ThreeDays(int firstDayMinutes) =>
            [At(Monday, firstDayMinutes), At(Monday.PlusDays(2), dayMinutes), At(Monday.PlusDays(4), dayMinutes)];

        var exactly = SessionIntensity.Evaluate(ThreeDays(dayMinutes), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, set).Weeks[0];
        exactly.ServiceDays.Should().Be(3); // boundary: each day exactly at the day minimum, exactly 3 days
        exactly.Findings.Should().BeEmpty();

        var short1 = SessionIntensity.Evaluate(ThreeDays(dayMinutes - 1), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, set).Weeks[0];
        short1.ServiceDays.Should().Be(2); // one minute under on one day: that day is not a service day
        short1.Findings.Select(f => f.RuleId.Value).Should().Equal("INT-MIN-DAY-HOURS", "INT-MIN-DAYS");
        short1.Findings.Should().OnlyContain(f => f.Source == set.Standards[0].Source);
        short1.Findings[0].Severity.Should().Be(Severity.Warning);
        short1.Findings[1].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Evaluate_MaximumDaysPerWeek_PinsIntMaxDays()
    {
        var fiveDays = IntensityRuleSet.Medicare2024.WithStandard(new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Tip47) { MaximumDaysPerWeek = 4 });
        var week = SessionIntensity.Evaluate(Spread(Monday, 10 * 60, days: 5), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), fiveDays).Weeks[0];
        week.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.MaximumDays.Id);
        SessionIntensity.Evaluate(Spread(Monday, 10 * 60, days: 4), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), fiveDays)
            .Findings.Should().BeEmpty(); // boundary: exactly the maximum
    }

    [Fact]
    public void Evaluate_WeekWithNoSessions_ReportsIntMissingWeek_InsteadOfItsMinimums()
    {
        Session[] sessions = [.. Spread(Monday, 9 * 60), .. Spread(Monday.PlusDays(14), 9 * 60)];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 3), IntensityRuleSet.Medicare2024);

        evaluation.Weeks.Select(w => w.Findings.Count).Should().Equal(0, 1, 0);
        var empty = evaluation.Weeks[1];
        empty.Sessions.Should().Be(0);
        empty.QualifyingHours.Should().Be(Duration.Zero);
        empty.Findings[0].RuleId.Should().Be(IntensityRules.MissingWeek.Id);
        empty.Findings[0].Message.Should().Be("Week 2: no attended session.");
        evaluation.Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        evaluation.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_WeekWithOnlyMissedSessions_IsAMissingWeek()
    {
        var missed = Spread(Monday, 9 * 60).Select(s => s with { Attendance = Attendance.Missed }).ToArray();
        var week = SessionIntensity.Evaluate(missed, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024).Weeks[0];
        week.ScheduledHours.Should().Be(Duration.FromHours(9));
        week.AttendedHours.Should().Be(Duration.Zero);
        week.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.MissingWeek.Id);
    }

    [Fact]
    public void Evaluate_PartialFirstAndLastWeeks_AreFlagged_AndMinimumsAreNotApplied()
    {
        // Wednesday 6 March to Tuesday 19 March: 5 days of the first ISO week, one full week, 2 days of the last.
        var range = new DateInterval(new LocalDate(2024, 3, 6), new LocalDate(2024, 3, 19));
        Session[] sessions = [At(new LocalDate(2024, 3, 6), 60), .. Spread(new LocalDate(2024, 3, 11), 9 * 60)];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);

        evaluation.Weeks.Select(w => w.IsPartial).Should().Equal(true, false, true);
        (evaluation.Weeks[0].Week == new DateInterval(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 10))).Should().BeTrue();
        (evaluation.Weeks[0].DaysInRange == new DateInterval(new LocalDate(2024, 3, 6), new LocalDate(2024, 3, 10))).Should().BeTrue();
        evaluation.Weeks[2].DaysInRange.Length.Should().Be(2);
        evaluation.Findings.Should().BeEmpty("1 h in a partial first week and nothing in a partial last week are not judged against the weekly minimum");
    }

    [Fact]
    public void Evaluate_PartialWeekAboveTheCeiling_IsStillReported()
    {
        var range = new DateInterval(Monday, Monday.PlusDays(3)); // four days only
        var sessions = Enumerable.Range(0, 4).Select(d => At(Monday.PlusDays(d), 5 * 60)).ToArray(); // 20 h in 4 days
        var week = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024).Weeks.Single();
        week.IsPartial.Should().BeTrue();
        week.Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.IntensiveOutpatientMaximumHours.Id);
    }

    [Fact]
    public void Evaluate_SessionCrossingMidnight_CountsOnItsStartDate()
    {
        // Sunday 10 March 22:00 for 3 h ends Monday 11 March 01:00: all 3 h count in the week of 4 March.
        var late = At(new LocalDate(2024, 3, 10), 180, startHour: 22);
        var evaluation = SessionIntensity.Evaluate([late], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 2), IntensityRuleSet.Medicare2024);
        evaluation.Weeks[0].QualifyingHours.Should().Be(Duration.FromHours(3));
        evaluation.Weeks[0].ServiceDays.Should().Be(1);
        evaluation.Weeks[1].QualifyingHours.Should().Be(Duration.Zero);
        evaluation.Weeks[1].Findings.Should().ContainSingle(f => f.RuleId == IntensityRules.MissingWeek.Id);
    }

    [Fact]
    public void Evaluate_SessionOnTheLastDayCrossingPastTheRange_IsInRange()
    {
        var lastDay = Monday.PlusDays(6);
        var evaluation = SessionIntensity.Evaluate([At(lastDay, 240, startHour: 23)], LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(4)); // attributed to its start date, inside the range
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, 2024, 12, 30)] // ISO week 1 of 2025 starts Monday 30 December 2024
    [InlineData(IsoDayOfWeek.Sunday, 2024, 12, 29)] // a Sunday-start week spans the same New Year
    public void Evaluate_WeekCrossingTheYearBoundary_IsOneWeek(IsoDayOfWeek firstDay, int year, int month, int day)
    {
        var start = new LocalDate(year, month, day);
        Session[] sessions = [At(new LocalDate(2024, 12, 31), 4 * 60), At(new LocalDate(2025, 1, 2), 5 * 60)];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(start, 1), IntensityRuleSet.Medicare2024, firstDay);
        var week = evaluation.Weeks.Should().ContainSingle().Subject;
        week.Week.Start.Should().Be(start);
        week.IsPartial.Should().BeFalse();
        week.QualifyingHours.Should().Be(Duration.FromHours(9));
        week.ServiceDays.Should().Be(2);
        week.Findings.Should().BeEmpty();
        evaluation.FirstDayOfWeek.Should().Be(firstDay);
    }

    [Fact]
    public void Evaluate_HoursByAttendance_CountScheduledAttendedAndQualifyingSeparately()
    {
        Session[] sessions =
        [
            At(Monday, 180), // attended, qualifying
            At(Monday.PlusDays(1), 120, ServiceKind.SocialOrRecreationalActivity), // attended, not qualifying
            At(Monday.PlusDays(2), 60, attendance: Attendance.Missed), // scheduled, not attended
            At(Monday.PlusDays(3), 90, attendance: Attendance.Cancelled), // off the schedule
        ];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);
        var week = evaluation.Weeks[0];
        week.Sessions.Should().Be(4);
        week.ScheduledHours.Should().Be(Duration.FromHours(6));
        week.AttendedHours.Should().Be(Duration.FromHours(5));
        week.QualifyingHours.Should().Be(Duration.FromHours(3));
        week.ServiceDays.Should().Be(1); // the recreational day is not a service day
        evaluation.Findings.Select(f => f.RuleId.Value).Should().Equal("INT-IOP-MIN-HOURS", "MCR-NONQUALIFYING");
        evaluation.Findings[1].Severity.Should().Be(Severity.Information);
        evaluation.Findings[1].Source.Should().Be(Citations.Cfr410Section43);
        evaluation.Findings[1].Message.Should().Be("Week 1: 1 attended session does not qualify (primarily social, recreational or diversionary) and is not counted.");
        week.Findings.Should().Equal(evaluation.Findings, "both findings concern the one week");
    }

    [Fact]
    public void Evaluate_WeekFindings_CarryTheWholeCalendarWeekAsSubject_RangeFindingsNone()
    {
        // Wednesday 6 March to Sunday 24 March: a partial first week (4–10 March), then two full weeks.
        // Week 1 is above the ceiling (20 h), week 2 below the minimum, week 3 has no attended session.
        var range = new DateInterval(new LocalDate(2024, 3, 6), new LocalDate(2024, 3, 24));
        Session[] sessions = [.. Enumerable.Range(0, 4).Select(d => At(new LocalDate(2024, 3, 6).PlusDays(d), 5 * 60)), .. Spread(new LocalDate(2024, 3, 11), 8 * 60)];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);

        evaluation.Findings.Select(f => (f.RuleId.Value, f.Subject)).Should().Equal(
            ("INT-IOP-MAX-HOURS", FindingSubject.Week(new DateInterval(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 10)))), // the whole week, not only the days in range
            ("INT-IOP-MIN-HOURS", FindingSubject.Week(new DateInterval(new LocalDate(2024, 3, 11), new LocalDate(2024, 3, 17)))),
            ("INT-MISSING-WEEK", FindingSubject.Week(new DateInterval(new LocalDate(2024, 3, 18), new LocalDate(2024, 3, 24)))));
        evaluation.Findings.Should().OnlyContain(f => f.Subject!.Kind == SubjectKind.Week);
        SessionIntensity.Evaluate(sessions, LevelOfCare.Inpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024)
            .Findings.Single().Subject.Should().BeNull("INT-NO-STANDARD concerns the whole input");
    }

    [Fact]
    public void McrNonqualifying_IsReportedExactlyOnceForOneInput_ByTheWeeklyEvaluation()
    {
        // Two recreational outings in week 1, one in week 2: the weekly evaluation reports one finding per
        // week, and the billing summary of the same sessions none (it leaves them out of its services).
        var range = Weeks(Monday, 2);
        Session[] sessions =
        [
            .. Spread(Monday, 9 * 60), .. Spread(Monday.PlusDays(7), 9 * 60),
            At(Monday, 120, ServiceKind.SocialOrRecreationalActivity, startHour: 14),
            At(Monday.PlusDays(2), 120, ServiceKind.SocialOrRecreationalActivity, startHour: 14),
            At(Monday.PlusDays(8), 120, ServiceKind.SocialOrRecreationalActivity),
        ];
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);
        var billing = BillingDays.Summarize(sessions, range, BillingRuleSet.Medicare2024);

        var reported = evaluation.Findings.Concat(billing.Findings).Where(f => f.RuleId == IntensityRules.NonQualifying.Id).ToList();
        reported.Select(f => f.Subject).Should().Equal(FindingSubject.Week(evaluation.Weeks[0].Week), FindingSubject.Week(evaluation.Weeks[1].Week));
        reported[0].Message.Should().Be("Week 1: 2 attended sessions do not qualify (primarily social, recreational or diversionary) and are not counted.");
        billing.Findings.Should().NotContain(f => f.RuleId == IntensityRules.NonQualifying.Id);
        billing.Days.Single(d => d.Date == Monday.PlusDays(8)).Services.Should().Be(0, "the outing is no service");
    }

    [Fact]
    public void Evaluate_NoStandardForTheLevel_ReportsIntNoStandard_AndStillCountsHours()
    {
        var evaluation = SessionIntensity.Evaluate(Spread(Monday, 60), LevelOfCare.Inpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);
        evaluation.Standard.Should().BeNull();
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(1));
        evaluation.Findings.Should().ContainSingle().Which.RuleId.Should().Be(IntensityRules.NoStandard.Id);
        evaluation.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_Messages_NameWeeksByNumber_NotByDate()
    {
        var evaluation = SessionIntensity.Evaluate(Spread(Monday, 8 * 60 + 59), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 1), IntensityRuleSet.Medicare2024);
        evaluation.Findings.Single().Message.Should().Be("Week 1: 8 h 59 min of qualifying service, below the minimum of 9 h for intensive outpatient.");
        evaluation.ToString().Should().NotContain("2024");
        evaluation.Weeks[0].ToString().Should().Be("Week 1: 8 h 59 min qualifying, 3 service days, 1 finding");
    }

    [Fact]
    public void SummarizeAttendance_CountsRatioAndLongestGap()
    {
        Session[] sessions =
        [
            At(Monday, 60),
            At(Monday, 60), // same day: no gap
            At(Monday.PlusDays(3), 60), // gap of 3 days
            At(Monday.PlusDays(4), 60, attendance: Attendance.Missed),
            At(Monday.PlusDays(10), 60), // gap of 7 days: the longest
            At(Monday.PlusDays(11), 60, attendance: Attendance.Cancelled),
        ];
        var summary = SessionIntensity.SummarizeAttendance(sessions, Weeks(Monday, 2));
        summary.Should().Be(new AttendanceSummary(4, 1, 1, 7));
        summary.AttendanceRatio.Should().Be(AttendanceRatio.Of(4, 5)); // 4 ÷ (4 + 1): cancelled counts on neither side
        summary.AttendanceRatio!.Value.Value.Should().Be(0.8m);
        SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 2), IntensityRuleSet.Medicare2024).Attendance.Should().Be(summary);
    }

    [Fact]
    public void SummarizeAttendance_EdgeCases()
    {
        var range = Weeks(Monday, 1);
        SessionIntensity.SummarizeAttendance([], range).Should().Be(new AttendanceSummary(0, 0, 0, null));
        SessionIntensity.SummarizeAttendance([], range).AttendanceRatio.Should().BeNull(); // nothing attended or missed
        SessionIntensity.SummarizeAttendance([At(Monday, 60)], range).LongestGapDays.Should().BeNull(); // one session: no gap
        SessionIntensity.SummarizeAttendance([At(Monday, 60), At(Monday, 30)], range).LongestGapDays.Should().Be(0); // same date
        SessionIntensity.SummarizeAttendance([At(Monday, 60, attendance: Attendance.Missed)], range).AttendanceRatio.Should().Be(AttendanceRatio.FromFraction(0m));
    }

    [Fact]
    public void Evaluate_BadInput_ThrowsWithParameterName()
    {
        var range = Weeks(Monday, 1);
        var medicare = IntensityRuleSet.Medicare2024;
        const LevelOfCare iop = LevelOfCare.IntensiveOutpatient;
        FluentActions.Invoking(() => SessionIntensity.Evaluate(null!, iop, AgeGroup.Adult, range, medicare)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], iop, AgeGroup.Adult, null!, medicare)).Should().Throw<ArgumentNullException>().WithParameterName("range");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], iop, AgeGroup.Adult, range, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], 0, AgeGroup.Adult, range, medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], iop, 0, range, medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([], iop, AgeGroup.Adult, range, medicare, IsoDayOfWeek.None)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstDayOfWeek");
        FluentActions.Invoking(() => SessionIntensity.Evaluate([At(Monday.PlusDays(-1), 60)], iop, AgeGroup.Adult, range, medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions"); // the day before the range
        FluentActions.Invoking(() => SessionIntensity.Evaluate([At(Monday.PlusDays(7), 60)], iop, AgeGroup.Adult, range, medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions"); // the day after
        FluentActions.Invoking(() => SessionIntensity.Evaluate([default(Session)], iop, AgeGroup.Adult, range, medicare)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => SessionIntensity.SummarizeAttendance([At(Monday.PlusDays(8), 60)], range)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => new DateInterval(Monday, Monday.PlusDays(-1))).Should().Throw<ArgumentException>().WithParameterName("end"); // end before start is rejected by NodaTime's DateInterval
    }

    [Fact]
    public void Evaluate_LongRange_UsesTheHeapTally_AndStillAddsUp()
    {
        var range = Weeks(Monday, 40); // 280 days: beyond the stack tally
        var sessions = Enumerable.Range(0, 40).SelectMany(w => Spread(Monday.PlusDays(7 * w), 9 * 60)).ToArray();
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, IntensityRuleSet.Medicare2024);
        evaluation.Weeks.Should().HaveCount(40);
        evaluation.Findings.Should().BeEmpty();
        evaluation.QualifyingHours.Should().Be(Duration.FromHours(360));
    }

    [Fact]
    public void Evaluate_IsAValue_EqualInputsGiveEqualResults()
    {
        IntensityEvaluation Run() => SessionIntensity.Evaluate(Spread(Monday, 8 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 2), IntensityRuleSet.Medicare2024);
        ContractAssertions.Equality(
            Run(),
            Run(),
            SessionIntensity.Evaluate(Spread(Monday, 9 * 60), LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weeks(Monday, 2), IntensityRuleSet.Medicare2024));
        ContractAssertions.Equality(Run().Weeks[0], Run().Weeks[0], Run().Weeks[1]);
    }
}
