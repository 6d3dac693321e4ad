using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The edges of a score series: the default measurement's unsupported date, the exact refusal messages, the
/// null instrument of an empty administration list, the shared empty score list, and a hash that reads the
/// instrument and every score.
/// </summary>
public sealed class MeasurementSeriesEdgeTests
{
    private static readonly LocalDate First = new(2026, 1, 5);

    [Fact]
    public void Constructor_DefaultMeasurement_IsRefusedForItsDate() =>
        // default(Measurement) is dated 0001-01-01 with a score of 0, inside the PHQ-9's range: only its date is refused.
        FluentActions.Invoking(() => new MeasurementSeries(Instrument.Phq9, [default]))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("measurements");

    [Fact]
    public void Constructor_TwoScoresOnOneDate_IsRefusedWithTheMessage() =>
        FluentActions.Invoking(() => new MeasurementSeries(Instrument.Phq9, [new(First, 12), new(First, 10)]))
            .Should().Throw<ArgumentException>().WithMessage("Measurements must be in date order with at most one score per date.*")
            .Which.ParamName.Should().Be("measurements");

    [Fact]
    public void FromAdministrations_NullInstrument_ThrowsForTheParameter() =>
        FluentActions.Invoking(() => MeasurementSeries.FromAdministrations(null!, []))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("instrument");

    [Fact]
    public void FromAdministrations_ScoreOfAnotherInstrument_IsRefusedWithTheMessage()
    {
        var gad7 = Instruments.Score(Instrument.Gad7, [1, 1, 1, 1, 1, 1, 1], ScoringPolicy.Default);
        FluentActions.Invoking(() => MeasurementSeries.FromAdministrations(Instrument.Phq9, [new Administration(First, gad7)]))
            .Should().Throw<ArgumentException>().WithMessage("Every score must be of the series' instrument.*")
            .Which.ParamName.Should().Be("administrations");
    }

    [Fact]
    public void Scores_OfSeriesMadeFromTotals_AreOneSharedEmptyList()
    {
        var first = new MeasurementSeries(Instrument.Phq9, [new(First, 12)]);
        var second = new MeasurementSeries(Instrument.Gad7, []);
        first.Scores.Should().BeEmpty().And.BeSameAs(second.Scores);
    }

    [Fact]
    public void GetHashCode_ReadsTheInstrumentAndEveryScore()
    {
        new MeasurementSeries(Instrument.Phq9, []).GetHashCode().Should().NotBe(new MeasurementSeries(Instrument.Gad7, []).GetHashCode());
        new MeasurementSeries(Instrument.Phq9, [new(First, 12)]).GetHashCode().Should().NotBe(new MeasurementSeries(Instrument.Phq9, [new(First, 13)]).GetHashCode());
    }
}
