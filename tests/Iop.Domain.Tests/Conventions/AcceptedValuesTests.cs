using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// Values a constructor accepts never throw later, and the <see langword="default"/> of every public struct
/// is either meaningful or refused with a documented exception (issue 13, item 3).
/// </summary>
public sealed class AcceptedValuesTests
{
    // A ref struct (EpisodeColumns) cannot be boxed; its default is covered by its own tests (the empty cohort).
    public static TheoryData<Type> PublicStructs { get; } = [.. LibraryTypes.Public.Where(t => t.IsValueType && !t.IsEnum && !t.IsByRefLike)];

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void Default_ToStringGetHashCodeAndEquals_DoNotThrow(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        var other = Activator.CreateInstance(type)!;

        FluentActions.Invoking(() => value.ToString()).Should().NotThrow();
        FluentActions.Invoking(() => value.GetHashCode()).Should().NotThrow();
        FluentActions.Invoking(() => value.Equals(other)).Should().NotThrow();
        value.Equals(other).Should().BeTrue("two default values are equal");
    }

    [Fact]
    public void PublicStructs_AreFound() => LibraryTypes.Public.Where(t => t.IsValueType && !t.IsEnum).Should().Contain([typeof(AttendanceSummary), typeof(HoursCeiling), typeof(AsamLevel), typeof(RecertificationDue)]);

    [Fact]
    public void AttendanceSummary_LargestCounts_PrintAndGiveTheRatio()
    {
        var summary = new AttendanceSummary(int.MaxValue, int.MaxValue, 0, null);

        FluentActions.Invoking(() => summary.ToString()).Should().NotThrow();
        summary.AttendanceRatio.Should().Be(AttendanceRatio.FromFraction(0.5m));
        new AttendanceSummary(int.MaxValue, 1, int.MaxValue, int.MaxValue).AttendanceRatio!.Value.Value.Should().BeLessThan(1m);
        new AttendanceSummary(int.MaxValue, 0, 0, null).AttendanceRatio.Should().Be(AttendanceRatio.FromFraction(1m));
        new AttendanceSummary(0, int.MaxValue, 0, null).AttendanceRatio.Should().Be(AttendanceRatio.FromFraction(0m));
        new AttendanceSummary(3, 1, 0, null).AttendanceRatio.Should().Be(AttendanceRatio.Of(3, 4));
    }

    [Fact]
    public void Session_OnTheCalendarsLastDate_IsRefusedByTheConstructorAndTheDateSetter()
    {
        FluentActions.Invoking(() => new Session(LocalDate.MaxIsoValue, new LocalTime(23, 0), Duration.FromHours(2), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date")
            .Which.Message.Should().NotContain("9999");
        var session = new Session(new LocalDate(2024, 3, 11), new LocalTime(23, 0), Duration.FromHours(2), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);
        FluentActions.Invoking(() => session with { Date = LocalDate.MaxIsoValue })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
    }

    [Fact]
    public void Session_OnTheLastSupportedDate_EndsAndCrossesMidnightWithoutThrowing()
    {
        var lastDate = Iop.Domain.Rules.SupportedDates.Last;
        var late = new Session(lastDate, new LocalTime(23, 59, 59), Duration.FromDays(1), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

        late.CrossesMidnight.Should().BeTrue();
        late.End.Should().Be(lastDate.PlusDays(1).At(new LocalTime(23, 59, 59)));
        var firstDate = global::Iop.Domain.Rules.SupportedDates.First;
        var early = new Session(firstDate, LocalTime.Midnight, Duration.FromDays(1), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);
        early.CrossesMidnight.Should().BeFalse("ending exactly at midnight does not cross it");
        early.End.Should().Be(firstDate.PlusDays(1).AtMidnight());
    }

    [Fact]
    public void RecertificationDue_Default_IsRefusedByEveryMemberThatReadsItsDate()
    {
        var asOf = new LocalDate(2024, 3, 11);
        var due = default(RecertificationDue);

        FluentActions.Invoking(() => due.IsOverdueOn(asOf)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => due.DaysOverdueOn(asOf)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => due.ToOverdueFinding(asOf)).Should().Throw<InvalidOperationException>();
        new RecertificationDue(ContinuumRules.IopRecertification, asOf).DaysOverdueOn(asOf.PlusDays(3)).Should().Be(3);
    }

    [Fact]
    public void HoursCeiling_Default_IsRefused()
    {
        FluentActions.Invoking(() => default(HoursCeiling).IsExceededBy(Duration.Zero)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => new IntensityStandard(LevelOfCare.IntensiveOutpatient, Iop.Domain.Rules.Citations.AsamHourBands) { MaximumWeeklyHours = default(HoursCeiling) })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(IntensityStandard.MaximumWeeklyHours));
        HoursCeiling.Below(Duration.FromHours(9)).IsExceededBy(Duration.FromHours(8)).Should().BeFalse();
    }

    [Fact]
    public void AsamLevel_Default_IsRefused()
    {
        FluentActions.Invoking(() => default(AsamLevel).ToCodedValue()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => AsamCrosswalk.FromAsam(default)).Should().Throw<ArgumentException>().WithParameterName("asamLevel");
        AsamLevel.Parse("2.1", AsamEdition.Third).ToCodedValue().Code.Should().Be("2.1");
    }
}
