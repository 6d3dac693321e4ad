using Ardalis.GuardClauses;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

public sealed class SupportedDatesTests
{
    [Theory]
    [InlineData(1899, 12, 31, false)] // the day before the first
    [InlineData(1900, 1, 1, true)]    // the first
    [InlineData(2199, 12, 31, true)]  // the last
    [InlineData(2200, 1, 1, false)]   // the day after the last
    [InlineData(9999, 12, 31, false)] // the claims convention for "no end date": the library uses null
    public void Contains_IsInclusiveOfBothEnds(int year, int month, int day, bool expected) =>
        SupportedDates.Contains(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void UnsupportedDate_RefusalSaysAnOpenEndIsNull() =>
        FluentActions.Invoking(() => Guard.Against.UnsupportedDate(new LocalDate(9999, 12, 31), "end"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end").WithMessage("*an open end is null*");
}
