using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

public sealed class SharedVocabularyTests
{
    [Theory]
    [InlineData(0, 1)]    // same-day admission and discharge: 1 day
    [InlineData(6, 7)]    // Monday through Sunday: a week
    [InlineData(29, 30)]  // the DC 30-day programme minimum counts the first day
    [InlineData(365, 366)]
    public void LengthOfStay_CountsBothEnds(int daysLater, int expected)
    {
        var admission = new LocalDate(2024, 2, 26); // spans the leap day
        LengthOfStay.Days(admission, admission.PlusDays(daysLater)).Should().Be(expected);
    }

    [Fact]
    public void LengthOfStay_EndBeforeStart_Throws() =>
        FluentActions.Invoking(() => LengthOfStay.Days(new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("last");

    [Fact]
    public void AttendanceRatio_Of_IsAttendedOverExpected_Exhaustively()
    {
        for (var expected = 1; expected <= 20; expected++)
        {
            for (var attended = 0; attended <= expected; attended++)
            {
                AttendanceRatio.Of(attended, expected).Value.Should().Be((decimal)attended / expected);
            }
        }
    }

    [Theory]
    [InlineData(-1, 5, "attended")]
    [InlineData(6, 5, "attended")]   // more attended than expected
    [InlineData(0, 0, "expected")]   // nothing expected: no ratio
    public void AttendanceRatio_Of_OutOfRange_Throws(int attended, int expected, string parameter) =>
        FluentActions.Invoking(() => AttendanceRatio.Of(attended, expected)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void AttendanceRatio_FromFraction_OutsideZeroToOne_Throws(double value) =>
        FluentActions.Invoking(() => AttendanceRatio.FromFraction((decimal)value)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");

    [Fact]
    public void AttendanceRatio_OrdersAndComparesByValue()
    {
        var half = AttendanceRatio.Of(1, 2);
        ContractAssertions.Equality(half, AttendanceRatio.FromFraction(0.5m), AttendanceRatio.Of(2, 3), default);
        (half < AttendanceRatio.Of(2, 3)).Should().BeTrue();
        (half <= AttendanceRatio.FromFraction(0.5m)).Should().BeTrue();
        (half > default(AttendanceRatio)).Should().BeTrue();
        (half >= AttendanceRatio.Of(3, 4)).Should().BeFalse();
        half.CompareTo(AttendanceRatio.Of(1, 4)).Should().BePositive();
        AttendanceRatio.Of(7, 8).ToString().Should().Be("87.5 %");
        default(AttendanceRatio).Value.Should().Be(0m); // documented: default is no session attended
    }
}
