using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The small intensity values: what they print, what they refuse, and their derived answers over every case.</summary>
public sealed class IntensityValueTextTests
{
    [Theory]
    [InlineData(Attendance.Attended, true, true)]
    [InlineData(Attendance.Attended, false, false)]
    [InlineData(Attendance.Missed, true, false)]
    [InlineData(Attendance.Missed, false, false)]
    [InlineData(Attendance.Cancelled, true, false)]
    [InlineData(Attendance.Cancelled, false, false)]
    public void IsAttendedQualifying_EveryAttendanceAndQualifies_IsTrueOnlyWhenAttendedAndQualifying(Attendance attendance, bool qualifies, bool expected) =>
        (At(Monday, 60, attendance: attendance) with { Qualifies = qualifies }).IsAttendedQualifying.Should().Be(expected);

    [Fact]
    public void IsAttendedQualifying_CoversEveryAttendance() =>
        Enum.GetValues<Attendance>().Should().HaveCount(3, "the theory above lists every attendance");

    [Theory]
    [InlineData(22, 0, 119, false)] // ends one minute before midnight
    [InlineData(22, 0, 120, false)] // boundary: ends exactly at midnight
    [InlineData(22, 0, 121, true)] // one minute past
    [InlineData(0, 0, 24 * 60, false)] // a whole day from midnight ends at the next midnight
    [InlineData(0, 1, 24 * 60, true)]
    public void CrossesMidnight_AtAndAroundMidnight(int hour, int minute, int minutes, bool crosses)
    {
        var session = new Session(Monday, new LocalTime(hour, minute), Duration.FromMinutes(minutes), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);
        session.CrossesMidnight.Should().Be(crosses);
        session.End.Should().Be(Monday.At(new LocalTime(hour, minute)).PlusMinutes(minutes));
    }

    [Fact]
    public void Session_ToString_PrintsKindMinutesModeAndAttendance() =>
        (At(Monday, 45, ServiceKind.FamilyTherapy, Attendance.Missed) with { Mode = DeliveryMode.TelehealthVideo }).ToString()
            .Should().Be("Session (FamilyTherapy, 45 min, TelehealthVideo, Missed)");

    [Fact]
    public void Session_WithUndefinedAttendance_ThrowsForAttendance() =>
        FluentActions.Invoking(() => At(Monday, 60) with { Attendance = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Attendance");

    [Fact]
    public void Session_Ctor_KeepsEveryArgument()
    {
        var session = new Session(Monday, new LocalTime(10, 30), Duration.FromMinutes(50), ServiceKind.SocialOrRecreationalActivity, DeliveryMode.TelehealthAudio, Attendance.Cancelled);
        session.Date.Should().Be(Monday);
        session.Start.Should().Be(new LocalTime(10, 30));
        session.Duration.Should().Be(Duration.FromMinutes(50));
        session.Kind.Should().Be(ServiceKind.SocialOrRecreationalActivity);
        session.Mode.Should().Be(DeliveryMode.TelehealthAudio);
        session.Attendance.Should().Be(Attendance.Cancelled);
        session.Qualifies.Should().BeFalse("a recreational activity does not qualify by default");
        session.FurnishedBy.Should().Be(ServiceFurnisher.ProgrammeStaff);
        session.IsValid.Should().BeTrue();
        default(Session).IsValid.Should().BeFalse();
    }

    [Fact]
    public void BillingDay_ToString_PrintsServicesHoursAndTier() =>
        BillingDays.Classify(Monday, [At(Monday, 90), At(Monday, 60, startHour: 11), At(Monday, 60, startHour: 13)], BillingRuleSet.Medicare2024).ToString()
            .Should().Be("BillingDay (3 services, 3.5 h, ThreeServices)");

    [Fact]
    public void BillingDay_Ctor_KeepsEveryArgument()
    {
        var day = new BillingDay(Monday, 4, Duration.FromHours(5), PerDiemTier.FourOrMoreServices, meetsH0015DayHours: true, professionalServices: 2, billableAsH0015: false);
        day.Date.Should().Be(Monday);
        day.Services.Should().Be(4);
        day.QualifyingHours.Should().Be(Duration.FromHours(5));
        day.Tier.Should().Be(PerDiemTier.FourOrMoreServices);
        day.MeetsH0015DayHours.Should().BeTrue();
        day.ProfessionalServices.Should().Be(2);
        day.BillableAsH0015.Should().BeFalse();
    }

    [Fact]
    public void AttendanceSummary_NegativeCounts_ThrowNamingTheCount()
    {
        FluentActions.Invoking(() => new AttendanceSummary(-1, 0, 0, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attended");
        FluentActions.Invoking(() => new AttendanceSummary(0, -1, 0, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("missed");
        FluentActions.Invoking(() => new AttendanceSummary(0, 0, -1, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cancelled");
        FluentActions.Invoking(() => new AttendanceSummary(0, 0, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("longestGapDays");
    }

    [Fact]
    public void AttendanceSummary_ZeroCounts_AreAccepted()
    {
        var summary = new AttendanceSummary(0, 0, 0, 0);
        summary.LongestGapDays.Should().Be(0);
        (summary.Attended, summary.Missed, summary.Cancelled).Should().Be((0, 0, 0));
    }

    [Theory]
    [InlineData(0, 3, 0)]
    [InlineData(1, 3, 0.25)]
    [InlineData(3, 0, 1)]
    public void AttendanceSummary_Ratio_IsAttendedOverAttendedAndMissed(int attended, int missed, double ratio) =>
        new AttendanceSummary(attended, missed, 7, null).AttendanceRatio.Should().Be(AttendanceRatio.FromFraction((decimal)ratio), "cancelled sessions count on neither side");

    [Fact]
    public void AttendanceSummary_NothingAttendedOrMissed_HasNoRatio() =>
        new AttendanceSummary(0, 0, 7, null).AttendanceRatio.Should().BeNull();

    [Fact]
    public void AttendanceSummary_LargestCounts_RatioDoesNotOverflow() =>
        new AttendanceSummary(int.MaxValue, int.MaxValue, 0, null).AttendanceRatio.Should().Be(AttendanceRatio.Of(1, 2));

    [Theory]
    [InlineData(true, 19 * 60, "at most 19 h")]
    [InlineData(false, 9 * 60, "below 9 h")]
    [InlineData(true, (7 * 60) + 30, "at most 7.5 h")]
    [InlineData(false, (6 * 60) + 20, "below 6.33 h")]
    public void HoursCeiling_ToString_NamesTheBoundAndItsKind(bool inclusive, int minutes, string text)
    {
        var hours = Duration.FromMinutes(minutes);
        var ceiling = inclusive ? HoursCeiling.AtMost(hours) : HoursCeiling.Below(hours);
        ceiling.ToString().Should().Be(text);
        ceiling.IsInclusive.Should().Be(inclusive);
        ceiling.Hours.Should().Be(hours);
    }

    [Fact]
    public void HoursCeiling_Default_PrintsNoneAndRefusesToJudge()
    {
        default(HoursCeiling).ToString().Should().Be("none (default)");
        FluentActions.Invoking(() => default(HoursCeiling).IsExceededBy(Duration.FromHours(1))).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void HoursCeiling_BelowNotPositive_ThrowsForHours(int minutes) =>
        FluentActions.Invoking(() => HoursCeiling.Below(Duration.FromMinutes(minutes))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours");

    [Fact]
    public void HoursCeiling_SmallestPositive_IsAccepted() =>
        HoursCeiling.AtMost(Duration.FromNanoseconds(1)).IsExceededBy(Duration.FromNanoseconds(2)).Should().BeTrue();
}
