using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// Guards at their boundaries and equality member by member for measurement series, scheduled instruments,
/// measurement schedules, episode criteria and cohort criteria.
/// </summary>
public sealed class ScheduleAndCriteriaContractTests
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    private static readonly RuleSource OtherSource = new("Another source", "Iop.Domain tests");

    [Theory]
    [InlineData(0)] // the PHQ-9 minimum total
    [InlineData(27)] // the maximum total
    public void MeasurementSeries_ScoreAtTheEdgesOfTheRange_IsAccepted(int score) =>
        new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, score)]).Measurements.Single().Score.Should().Be(score);

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    public void MeasurementSeries_ScoreOutsideTheRange_IsRefusedForMeasurements(int score) =>
        FluentActions.Invoking(() => new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, score)]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("measurements");

    [Fact]
    public void MeasurementSeries_ConsecutiveDays_AreAcceptedInOrder()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, 10), new Measurement(Day.PlusDays(1), 9), new Measurement(Day.PlusDays(2), 8)]);
        series.Measurements.Select(m => m.Score).Should().Equal(10, 9, 8);
        series.Instrument.Should().Be(Instrument.Phq9);
        series.Scores.Should().BeEmpty("a series of totals keeps no item scores");
        series.ToString().Should().Be("PHQ-9 series (3 scores)");
        new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, 10)]).ToString().Should().Be("PHQ-9 series (1 score)");
        FluentActions.Invoking(() => new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, 10), new Measurement(Day.PlusDays(2), 9), new Measurement(Day.PlusDays(1), 8)]))
            .Should().Throw<ArgumentException>().WithParameterName("measurements");
        FluentActions.Invoking(() => new MeasurementSeries(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Fact]
    public void MeasurementSeries_TryGetLatestOnOrBefore_FindsTheLatestNotAfterTheDate()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new Measurement(Day, 10), new Measurement(Day.PlusDays(7), 6)]);
        series.TryGetLatestOnOrBefore(Day.PlusDays(7), out var onTheDay).Should().BeTrue();
        onTheDay.Score.Should().Be(6); // a score dated on the day counts
        series.TryGetLatestOnOrBefore(Day.PlusDays(6), out var before).Should().BeTrue();
        before.Score.Should().Be(10);
        series.TryGetLatestOnOrBefore(Day, out var first).Should().BeTrue();
        first.Score.Should().Be(10);
        series.TryGetLatestOnOrBefore(Day.PlusDays(-1), out var none).Should().BeFalse();
        none.Should().Be(default(Measurement));
        FluentActions.Invoking(() => series.TryGetLatestOnOrBefore(new LocalDate(2200, 1, 1), out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
    }

    [Fact]
    public void MeasurementSeries_Equality_ComparesInstrumentAndEveryMeasurement()
    {
        Measurement[] two = [new(Day, 10), new(Day.PlusDays(7), 6)];
        ContractAssertions.Equality(
            new MeasurementSeries(Instrument.Phq9, two),
            new MeasurementSeries(Instrument.Phq9, [.. two]),
            new MeasurementSeries(Instrument.PhqA, two),
            new MeasurementSeries(Instrument.Phq9, [new(Day, 10), new(Day.PlusDays(7), 7)]),
            new MeasurementSeries(Instrument.Phq9, [new(Day, 10), new(Day.PlusDays(8), 6)]),
            new MeasurementSeries(Instrument.Phq9, [new(Day, 10)]));
    }

    [Fact]
    public void Measurement_Guards_AndDescription()
    {
        FluentActions.Invoking(() => new Measurement(new LocalDate(1899, 12, 31), 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
        FluentActions.Invoking(() => new Measurement(Day, 3) with { Date = new LocalDate(2200, 1, 1) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
        (new Measurement(Day, 3) with { Date = Day.PlusDays(1) }).Date.Should().Be(Day.PlusDays(1));
        new Measurement(Day, 3).ToString().Should().Be("Measurement (score 3)");
        var score = Instruments.ScoreTotal(Instrument.Phq9, 12, ScoringPolicy.Default);
        Measurement.From(Day, score).Should().Be(new Measurement(Day, 12));
        FluentActions.Invoking(() => Measurement.From(new LocalDate(2200, 1, 1), score)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(366)]
    public void ScheduledInstrument_WindowsAtTheirEdges_AreAccepted(int days)
    {
        var entry = new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = days, EveryDays = days, DischargeWithinDays = days };
        entry.AdmissionWithinDays.Should().Be(days);
        entry.EveryDays.Should().Be(days);
        entry.DischargeWithinDays.Should().Be(days);
        entry.HasOccasion.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void ScheduledInstrument_WindowsOutsideTheirRange_AreRefused(int days)
    {
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AdmissionWithinDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { EveryDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EveryDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DischargeWithinDays");
    }

    [Fact]
    public void ScheduledInstrument_GraceDays_MustBeFewerThanTheInterval()
    {
        // Grace 6 with a 7-day interval is the most allowed; 7 would overlap the next occasion.
        new ScheduledInstrument(Instrument.Phq9) { EveryDays = 7, GraceDays = 6 }.GraceDays.Should().Be(6);
        new ScheduledInstrument(Instrument.Phq9) { GraceDays = 6, EveryDays = 7 }.EveryDays.Should().Be(7);
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { EveryDays = 7, GraceDays = 7 }).Should().Throw<ArgumentException>().WithParameterName("GraceDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = 7, EveryDays = 7 }).Should().Throw<ArgumentException>().WithParameterName("EveryDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("GraceDays");
        FluentActions.Invoking(() => new ScheduledInstrument(Instrument.Phq9) { GraceDays = 366 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("GraceDays");
        new ScheduledInstrument(Instrument.Phq9) { GraceDays = 365 }.GraceDays.Should().Be(365); // no interval: only the range applies
        new ScheduledInstrument(Instrument.Phq9) { GraceDays = 0, EveryDays = 1 }.EveryDays.Should().Be(1);
        FluentActions.Invoking(() => new ScheduledInstrument(null!)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Fact]
    public void ScheduledInstrument_HasOccasion_WhenAnyOneOccasionIsSet()
    {
        new ScheduledInstrument(Instrument.Phq9).HasOccasion.Should().BeFalse();
        new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3 }.HasOccasion.Should().BeTrue();
        new ScheduledInstrument(Instrument.Phq9) { EveryDays = 14 }.HasOccasion.Should().BeTrue();
        new ScheduledInstrument(Instrument.Phq9) { DischargeWithinDays = 3 }.HasOccasion.Should().BeTrue();
        (new ScheduledInstrument(Instrument.Phq9) { EveryDays = 14 } with { EveryDays = null }).HasOccasion.Should().BeFalse();
    }

    [Fact]
    public void ScheduledInstrument_ToString_ListsItsOccasions()
    {
        new ScheduledInstrument(Instrument.Phq9).ToString().Should().Be("PHQ-9: no occasion");
        new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3, EveryDays = 30, DischargeWithinDays = 7 }.ToString()
            .Should().Be("PHQ-9: admission within 3 days, every 30 days, discharge within 7 days");
        new ScheduledInstrument(Instrument.Gad7) { EveryDays = 30 }.ToString().Should().Be("GAD-7: every 30 days");
        new ScheduledInstrument(Instrument.Gad7) { DischargeWithinDays = 7 }.ToString().Should().Be("GAD-7: discharge within 7 days");
    }

    [Fact]
    public void MeasurementSchedule_EachMemberDiffering_IsUnequal()
    {
        var value = Schedule();
        ContractAssertions.Equality(
            value,
            Schedule(),
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = Day.PlusDays(1) },
            value with { EffectiveTo = Day.PlusDays(1) },
            value with { Sources = [OtherSource] },
            value with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { EveryDays = 14 }] },
            value with { Instruments = [new ScheduledInstrument(Instrument.Phq9) { EveryDays = 30 }, new ScheduledInstrument(Instrument.Gad7) { EveryDays = 30 }] });
        value.Sources.Should().Equal(OutcomeRules.ScheduleDue.Source);
        value.ToString().Should().Be("Clinic schedule 1");
        value.EffectiveTo.Should().BeNull();
    }

    [Fact]
    public void MeasurementSchedule_Guards_NameTheParameter()
    {
        ScheduledInstrument[] one = [new ScheduledInstrument(Instrument.Phq9) { EveryDays = 30 }];
        FluentActions.Invoking(() => new MeasurementSchedule(" ", "1", Day, one)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new MeasurementSchedule("S", " ", Day, one)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new MeasurementSchedule("S", "1", new LocalDate(1899, 12, 31), one)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => new MeasurementSchedule("S", "1", Day, [])).Should().Throw<ArgumentException>().WithParameterName("instruments");
        FluentActions.Invoking(() => new MeasurementSchedule("S", "1", Day, [new ScheduledInstrument(Instrument.Phq9)])).Should().Throw<ArgumentException>().WithParameterName("instruments");
        FluentActions.Invoking(() => new MeasurementSchedule("S", "1", Day, [one[0], new ScheduledInstrument(Instrument.Gad7) { EveryDays = 30 }, new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 3 }]))
            .Should().Throw<ArgumentException>().WithParameterName("instruments"); // the PHQ-9 twice, not next to each other
        FluentActions.Invoking(() => Schedule() with { Instruments = [new ScheduledInstrument(Instrument.Gad7), ..one] }).Should().Throw<ArgumentException>().WithParameterName("Instruments");
        FluentActions.Invoking(() => Schedule() with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => Schedule() with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => Schedule() with { Sources = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Sources");
        FluentActions.Invoking(() => Schedule() with { EffectiveTo = Day.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => (Schedule() with { EffectiveTo = Day }) with { EffectiveFrom = Day.PlusDays(1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        new MeasurementSchedule("S", "1", Day, [one[0], new ScheduledInstrument(Instrument.Gad7) { AdmissionWithinDays = 3 }]).Instruments.Should().HaveCount(2);
    }

    [Fact]
    public void EpisodeCriteria_EachMemberDiffering_IsUnequal()
    {
        var value = EpisodeCriteria.HedisStyle2025;
        ContractAssertions.Equality(
            value,
            value with { },
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = new LocalDate(2024, 1, 1) },
            value with { EffectiveTo = new LocalDate(2025, 12, 31) },
            value with { Sources = [OtherSource] },
            value with { FollowUpShortDays = 6 },
            value with { FollowUpLongDays = 31 },
            value with { FollowUpCountsDischargeDate = true },
            value with { InitiationDays = 13 },
            value with { EngagementDays = 33 },
            value with { EngagementServices = 3 });
        value.ToString().Should().Be("HEDIS-style episode windows MY 2025");
        value.FollowUpCountsDischargeDate.Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void EpisodeCriteria_DaysAtTheirEdges_AreAccepted(int days)
    {
        var edge = new EpisodeCriteria("E", "1", Day, [OtherSource], days, days, days, days, 1);
        edge.FollowUpShortDays.Should().Be(days);
        edge.FollowUpLongDays.Should().Be(days);
        edge.InitiationDays.Should().Be(days);
        edge.EngagementDays.Should().Be(days);
        edge.EngagementServices.Should().Be(1);
        (edge with { InitiationDays = days, EngagementDays = days, EngagementServices = 100 }).EngagementServices.Should().Be(100);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void EpisodeCriteria_DaysOutsideTheirRange_AreRefused(int days)
    {
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [OtherSource], 7, 30, days, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("initiationDays");
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [OtherSource], 7, 30, 14, days, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("engagementDays");
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [OtherSource], 7, days, 14, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("followUpLongDays");
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [OtherSource], days, 30, 14, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("followUpShortDays");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { InitiationDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("InitiationDays");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { EngagementDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EngagementDays");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { FollowUpShortDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpShortDays");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FollowUpLongDays");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void EpisodeCriteria_EngagementServicesOutsideOneToAHundred_AreRefused(int services)
    {
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [OtherSource], 7, 30, 14, 34, services)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("engagementServices");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { EngagementServices = services }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EngagementServices");
    }

    [Fact]
    public void EpisodeCriteria_NamesAndSources_AreChecked()
    {
        FluentActions.Invoking(() => new EpisodeCriteria(" ", "1", Day, [OtherSource], 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new EpisodeCriteria("E", " ", Day, [OtherSource], 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", Day, [], 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new EpisodeCriteria("E", "1", new LocalDate(2200, 1, 1), [OtherSource], 7, 30, 14, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { Name = "" }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => (EpisodeCriteria.HedisStyle2025 with { EffectiveTo = new LocalDate(2025, 6, 1) }) with { EffectiveFrom = new LocalDate(2025, 6, 2) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
    }

    [Fact]
    public void CohortCriteria_EachMemberDiffering_IsUnequal()
    {
        var value = CohortCriteria.Phq9HedisStyle2025;
        ContractAssertions.Equality(
            value,
            value with { },
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = new LocalDate(2024, 1, 1) },
            value with { EffectiveTo = new LocalDate(2025, 12, 31) },
            value with { Sources = [OtherSource] },
            value with { Change = ChangeCriteria.Phq9DrrE },
            value with { Windows = EpisodeCriteria.HedisStyle2025 with { InitiationDays = 13 } },
            value with { HorizonDays = 364 });
        value.ToString().Should().Be("PHQ-9 cohort outcomes with HEDIS-style windows 2025");
        value.Sources.Should().Equal(OutcomeRules.KaplanMeier1958, OutcomeRules.Newcombe1998);
        value.HorizonDays.Should().Be(365);
        value.EffectiveTo.Should().BeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3650)]
    public void CohortCriteria_HorizonAtItsEdges_IsAccepted(int days)
    {
        new CohortCriteria("C", "1", Day, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, days).HorizonDays.Should().Be(days);
        (CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = days }).HorizonDays.Should().Be(days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public void CohortCriteria_HorizonOutsideItsRange_IsRefused(int days)
    {
        FluentActions.Invoking(() => new CohortCriteria("C", "1", Day, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, days)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("horizonDays");
        FluentActions.Invoking(() => CohortCriteria.Phq9HedisStyle2025 with { HorizonDays = days }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("HorizonDays");
    }

    [Fact]
    public void CohortCriteria_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => new CohortCriteria(" ", "1", Day, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new CohortCriteria("C", " ", Day, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new CohortCriteria("C", "1", new LocalDate(1899, 12, 31), ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => new CohortCriteria("C", "1", Day, null!, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentNullException>().WithParameterName("change");
        FluentActions.Invoking(() => new CohortCriteria("C", "1", Day, ChangeCriteria.Phq9, null!, 365)).Should().Throw<ArgumentNullException>().WithParameterName("windows");
        var value = CohortCriteria.Phq9HedisStyle2025;
        FluentActions.Invoking(() => value with { Change = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Change");
        FluentActions.Invoking(() => value with { Windows = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Windows");
        FluentActions.Invoking(() => value with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        FluentActions.Invoking(() => value with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => value with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => value with { EffectiveTo = new LocalDate(2024, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => (value with { EffectiveTo = new LocalDate(2025, 6, 1) }) with { EffectiveFrom = new LocalDate(2025, 6, 2) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
    }

    private static MeasurementSchedule Schedule() =>
        new("Clinic schedule", "1", Day, [new ScheduledInstrument(Instrument.Phq9) { EveryDays = 30 }]);
}
