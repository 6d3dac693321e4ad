using Iop.Domain.Outcomes;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>An objective can target any instrument and be checked against a measurement series.</summary>
public sealed class MeasurableTargetTests
{
    private static readonly LocalDate Start = new(2026, 3, 2);

    // AUDIT totals on day 0, 28 and 56: 18 (zone III), 9, 6 (zone I).
    private static readonly MeasurementSeries Audit = new(Instrument.Audit, [new(Start, 18), new(Start.PlusDays(28), 9), new(Start.PlusDays(56), 6)]);

    [Theory]
    [InlineData(-1, false)] // before any score: not met
    [InlineData(0, false)] // 18 is not below 8
    [InlineData(27, false)] // the day before the second score: still 18
    [InlineData(28, false)] // 9 is not below 8
    [InlineData(56, true)] // 6 is below 8
    [InlineData(400, true)] // long after: the latest score still counts
    public void IsMetBy_AuditSeries_JudgesTheLatestScoreOnOrBeforeTheDate(int day, bool met) =>
        MeasurableTarget.ForMeasure(Instrument.Audit, TargetComparison.Below, 8).IsMetBy(Audit, Start.PlusDays(day)).Should().Be(met);

    [Fact]
    public void IsMetBy_SeriesOfAnotherInstrument_ThrowsForSeries()
    {
        var target = MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 5);
        FluentActions.Invoking(() => target.IsMetBy(Audit, Start)).Should().Throw<ArgumentException>().WithParameterName("series");
        FluentActions.Invoking(() => target.IsMetBy(null!, Start)).Should().Throw<ArgumentNullException>().WithParameterName("series");
        FluentActions.Invoking(() => MeasurableTarget.SessionsAttended(3).IsMetBy(Audit, Start)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ForMeasure_AnyInstrument_IsTargetedAndPrintedByName()
    {
        var target = MeasurableTarget.ForMeasure(Instrument.Audit, TargetComparison.Below, 8);
        target.Measure.Should().Be(Instrument.Audit);
        target.ToString().Should().Be("MeasureValue AUDIT Below 8");
        target.Should().Be(MeasurableTarget.ForMeasure(Instrument.Audit, TargetComparison.Below, 8));
        target.Should().NotBe(MeasurableTarget.ForMeasure(Instrument.AuditC, TargetComparison.Below, 8));
    }
}
