using Iop.Domain.Intensity;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>What the library derives from sessions for episode outcomes and plan validation.</summary>
public sealed class SessionsTests
{
    private static readonly Session[] Episode =
    [
        At(Monday.PlusDays(2), 60, ServiceKind.IndividualTherapy), // Wednesday: attended
        At(Monday, 60, ServiceKind.IndividualTherapy), // Monday: attended, given out of order
        At(Monday, 60, ServiceKind.SocialOrRecreationalActivity, startHour: 14), // Monday again: attended, not qualifying
        At(Monday.PlusDays(4), 60, attendance: Attendance.Missed), // Friday: a missed group
        At(Monday.PlusDays(3), 60, attendance: Attendance.Cancelled), // Thursday: a cancelled group
        At(Monday.PlusDays(9), 90, ServiceKind.SkillsGroup), // the next Wednesday: an attended skills group
    ];

    [Theory]
    [InlineData(0, 13, 4)] // the whole fortnight: four attended sessions (the outing counts: attendance, not hours)
    [InlineData(0, 0, 2)] // boundary: a one-day range, Monday's two attended sessions
    [InlineData(1, 8, 1)] // Tuesday to the next Tuesday: Wednesday only (missed and cancelled do not count)
    [InlineData(10, 13, 0)] // after the last session
    public void CountAttended_CountsAttendedSessionsInTheRange_AndIgnoresTheRest(int fromDay, int toDay, int expected) =>
        Sessions.CountAttended(Episode, new DateInterval(Monday.PlusDays(fromDay), Monday.PlusDays(toDay))).Should().Be(expected);

    [Fact]
    public void ServiceDates_AreTheDistinctAttendedDates_InOrder()
    {
        Sessions.ServiceDates(Episode).Should().Equal(Monday, Monday.PlusDays(2), Monday.PlusDays(9));
        Sessions.ServiceDates([]).Should().BeEmpty();
        Sessions.ServiceDates([At(Monday, 60, attendance: Attendance.Missed)]).Should().BeEmpty(); // a missed session is no service
    }

    [Theory]
    [InlineData(0, 4)] // the missed group on Friday is on the schedule: the plan must precede it
    [InlineData(4, 4)] // boundary: on the group's own date
    [InlineData(5, 9)] // after Friday: the skills group counts as a group
    [InlineData(10, null)] // after every group: none
    public void FirstGroupSession_IsTheFirstScheduledGroupOnOrAfterTheDate(int fromDay, int? expectedDay) =>
        Sessions.FirstGroupSession(Episode, Monday.PlusDays(fromDay)).Should().Be(expectedDay is { } d ? Monday.PlusDays(d) : null);

    [Theory]
    [InlineData(ServiceKind.GroupTherapy, true)] // a group by definition
    [InlineData(ServiceKind.SkillsGroup, true)] // a group by definition
    [InlineData(ServiceKind.IndividualTherapy, false)]
    [InlineData(ServiceKind.FamilyTherapy, false)] // one family, not a group
    [InlineData(ServiceKind.Psychoeducation, false)] // may be one-to-one: the session does not say
    [InlineData(ServiceKind.PeerSupport, false)] // may be one-to-one
    [InlineData(ServiceKind.ActivityTherapy, false)] // may be one-to-one
    [InlineData(ServiceKind.MedicationManagement, false)]
    [InlineData(ServiceKind.CaseManagement, false)]
    [InlineData(ServiceKind.OccupationalTherapy, false)]
    [InlineData(ServiceKind.DiagnosticService, false)]
    [InlineData(ServiceKind.SocialOrRecreationalActivity, false)]
    [InlineData(ServiceKind.RemoteMentalHealthService, false)] // one person at home
    public void FirstGroupSession_EveryKind_CountsOnlyGroupKinds(ServiceKind kind, bool isGroup) =>
        Sessions.FirstGroupSession([At(Monday, 60, kind)], Monday).HasValue.Should().Be(isGroup);

    [Fact]
    public void FirstGroupSession_CoversEveryKind() =>
        Enum.GetValues<ServiceKind>().Should().HaveCount(13, "the theory above lists every kind");

    [Fact]
    public void Derivations_BadInput_ThrowForSessions()
    {
        var range = Weeks(Monday, 1);
        FluentActions.Invoking(() => Sessions.CountAttended(null!, range)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
        FluentActions.Invoking(() => Sessions.CountAttended([], null!)).Should().Throw<ArgumentNullException>().WithParameterName("range");
        FluentActions.Invoking(() => Sessions.CountAttended([default], range)).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => Sessions.ServiceDates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
        FluentActions.Invoking(() => Sessions.ServiceDates([default])).Should().Throw<ArgumentException>().WithParameterName("sessions");
        FluentActions.Invoking(() => Sessions.FirstGroupSession(null!, Monday)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
        FluentActions.Invoking(() => Sessions.FirstGroupSession([default], Monday)).Should().Throw<ArgumentException>().WithParameterName("sessions");
    }

    [Fact]
    public void CountAttended_AgreesWithTheAttendanceSummary()
    {
        var range = Weeks(Monday, 2);
        Sessions.CountAttended(Episode, range).Should().Be(SessionIntensity.SummarizeAttendance(Episode, range).Attended);
    }
}
