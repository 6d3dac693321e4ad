using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

public sealed class SessionTests
{
    [Theory]
    [InlineData(ServiceKind.IndividualTherapy, true)] // 410.43(a)(4): individual therapy
    [InlineData(ServiceKind.GroupTherapy, true)] // group therapy
    [InlineData(ServiceKind.FamilyTherapy, true)] // family counselling for the condition
    [InlineData(ServiceKind.Psychoeducation, true)] // patient training and education
    [InlineData(ServiceKind.SkillsGroup, true)] // a therapeutic group
    [InlineData(ServiceKind.MedicationManagement, true)] // drugs and biologicals not self-administered
    [InlineData(ServiceKind.CaseManagement, true)] // services of trained staff (payer may differ: caller marks)
    [InlineData(ServiceKind.PeerSupport, true)] // trained staff (payer may differ: caller marks)
    [InlineData(ServiceKind.OccupationalTherapy, true)] // occupational therapy
    [InlineData(ServiceKind.ActivityTherapy, true)] // individualized activity therapy, not primarily recreational
    [InlineData(ServiceKind.DiagnosticService, true)] // diagnostic services
    [InlineData(ServiceKind.SocialOrRecreationalActivity, false)] // MCR-NONQUALIFYING: primarily social, recreational or diversionary
    [InlineData(ServiceKind.RemoteMentalHealthService, false)] // MCR-REMOTE-MH: C7900-C7902 are not PHP/IOP services
    public void QualifiesByDefault_EveryKind_FollowsMcrNonqualifying(ServiceKind kind, bool qualifies)
    {
        kind.QualifiesByDefault().Should().Be(qualifies);
        SessionFixtures.At(SessionFixtures.Monday, 60, kind).Qualifies.Should().Be(qualifies);
    }

    [Fact]
    public void QualifiesByDefault_CoversEveryKind() =>
        Enum.GetValues<ServiceKind>().Should().HaveCount(13, "the theory above lists every kind");

    [Fact]
    public void With_CallerMarksASessionNotQualifying()
    {
        var session = SessionFixtures.At(SessionFixtures.Monday, 60) with { Qualifies = false };
        session.Qualifies.Should().BeFalse();
        session.IsAttendedQualifying.Should().BeFalse();
        (session with { Attendance = Attendance.Missed }).Attendance.Should().Be(Attendance.Missed);
    }

    [Fact]
    public void CrossesMidnight_SessionEndingAfterMidnight_EndsOnTheNextDate()
    {
        var late = SessionFixtures.At(new LocalDate(2024, 3, 10), 180, startHour: 22); // 22:00 + 3 h
        late.CrossesMidnight.Should().BeTrue();
        late.End.Should().Be(new LocalDateTime(2024, 3, 11, 1, 0));
        SessionFixtures.At(new LocalDate(2024, 3, 10), 120, startHour: 22).CrossesMidnight.Should().BeFalse(); // boundary: ends exactly at midnight
        SessionFixtures.At(new LocalDate(2024, 3, 10), 120, startHour: 22).End.Should().Be(new LocalDateTime(2024, 3, 11, 0, 0));
    }

    [Theory]
    [InlineData(0)] // zero duration
    [InlineData(-1)] // negative
    [InlineData(24 * 60 + 1)] // one minute over a day
    public void Ctor_BadDuration_ThrowsForDuration(int minutes)
    {
        FluentActions.Invoking(() => SessionFixtures.At(SessionFixtures.Monday, minutes)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        FluentActions.Invoking(() => SessionFixtures.At(SessionFixtures.Monday, 60) with { Duration = Duration.FromMinutes(minutes) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Duration");
    }

    [Fact]
    public void Ctor_ExactlyOneDay_IsAllowed() => SessionFixtures.At(SessionFixtures.Monday, 24 * 60).Duration.Should().Be(Duration.FromDays(1));

    [Fact]
    public void Ctor_UndefinedEnums_ThrowWithParameterName()
    {
        var date = SessionFixtures.Monday;
        var nine = new LocalTime(9, 0);
        var hour = Duration.FromHours(1);
        FluentActions.Invoking(() => new Session(date, nine, hour, 0, DeliveryMode.InPerson, Attendance.Attended)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new Session(date, nine, hour, ServiceKind.GroupTherapy, 0, Attendance.Attended)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mode");
        FluentActions.Invoking(() => new Session(date, nine, hour, ServiceKind.GroupTherapy, DeliveryMode.InPerson, (Attendance)4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attendance");
        FluentActions.Invoking(() => SessionFixtures.At(date, 60) with { Mode = (DeliveryMode)9 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Mode");
    }

    [Fact]
    public void Equality_ComparesEveryProperty() =>
        ContractAssertions.Equality(
            SessionFixtures.At(SessionFixtures.Monday, 60),
            SessionFixtures.At(SessionFixtures.Monday, 60),
            SessionFixtures.At(SessionFixtures.Monday, 61),
            SessionFixtures.At(SessionFixtures.Monday, 60) with { Mode = DeliveryMode.TelehealthAudio },
            SessionFixtures.At(SessionFixtures.Monday, 60) with { Qualifies = false });
}
