using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The edges of an episode's invariants: the exact refusal messages, service dates and after-care visits at and
/// just past their order and discharge bounds, the shared empty lists, the open description, and which series the
/// cohort fold reads for an instrument.
/// </summary>
public sealed class EpisodeEdgeTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);

    // Discharged on day 31 of stay (30 days after admission).
    private static readonly LocalDate Discharge = Admission.PlusDays(30);

    private static LevelOfCareHistory Open => LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient);

    private static LevelOfCareHistory Closed => Open.Discharge(Discharge);

    [Fact]
    public void Constructor_ReasonWithoutDischarge_SaysWhy() =>
        FluentActions.Invoking(() => new Episode<string>("k", Open, TedsDischargeReason.TreatmentCompleted))
            .Should().Throw<ArgumentException>().WithMessage("A discharge reason needs a discharged level-of-care history.*")
            .Which.ParamName.Should().Be("dischargeReason");

    [Fact]
    public void Constructor_TwoSeriesOfOneInstrument_SaysWhy()
    {
        var first = new MeasurementSeries(Instrument.Phq9, [new(Admission, 12)]);
        var second = new MeasurementSeries(Instrument.Phq9, [new(Admission.PlusDays(7), 9)]);
        FluentActions.Invoking(() => new Episode<string>("k", Open, measurements: [first, second]))
            .Should().Throw<ArgumentException>().WithMessage("An episode holds at most one series per instrument.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_ServiceDatesOutOfOrder_AreRefusedWithTheMessage() =>
        // Both dates lie inside the stay: only their order is wrong.
        FluentActions.Invoking(() => new Episode<string>("k", Closed, serviceDates: [Admission.PlusDays(2), Admission.PlusDays(1)]))
            .Should().Throw<ArgumentException>().WithMessage("Service dates must be in date order, within the episode.*")
            .Which.ParamName.Should().Be("serviceDates");

    [Fact]
    public void Constructor_ServiceDatesAtTheEndsOfTheStay_AreAccepted() =>
        // The admission date, a repeated date (two services on one day) and the discharge date are all within the episode.
        new Episode<string>("k", Closed, serviceDates: [Admission, Admission, Discharge]).ServiceDates
            .Should().Equal(Admission, Admission, Discharge);

    [Fact]
    public void Constructor_ServiceDateAfterDischarge_IsRefused() =>
        FluentActions.Invoking(() => new Episode<string>("k", Closed, serviceDates: [Discharge.PlusDays(1)]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("serviceDates");

    [Fact]
    public void Constructor_NoAftercareVisitsOnAnOpenEpisode_IsAccepted() =>
        // An empty list needs no discharge: there is no visit to place after one.
        new Episode<string>("k", Open, aftercareVisits: []).AftercareVisits.Should().BeEmpty();

    [Fact]
    public void Constructor_AftercareVisitsWithoutDischarge_SayWhy() =>
        FluentActions.Invoking(() => new Episode<string>("k", Open, aftercareVisits: [Admission.PlusDays(40)]))
            .Should().Throw<ArgumentException>().WithMessage("After-care visits need a discharge date.*")
            .Which.ParamName.Should().Be("aftercareVisits");

    [Fact]
    public void Constructor_AftercareVisitBeforeDischarge_IsRefusedWithTheMessage() =>
        // The day before discharge: one day too early.
        FluentActions.Invoking(() => new Episode<string>("k", Closed, aftercareVisits: [Discharge.PlusDays(-1)]))
            .Should().Throw<ArgumentException>().WithMessage("After-care visits must be in date order, on or after discharge.*")
            .Which.ParamName.Should().Be("aftercareVisits");

    [Fact]
    public void Constructor_AftercareVisitsOutOfOrder_AreRefused() =>
        // Both after the discharge date: only their order is wrong.
        FluentActions.Invoking(() => new Episode<string>("k", Closed, aftercareVisits: [Discharge.PlusDays(7), Discharge.PlusDays(3)]))
            .Should().Throw<ArgumentException>().WithMessage("After-care visits must be in date order, on or after discharge.*")
            .Which.ParamName.Should().Be("aftercareVisits");

    [Fact]
    public void Constructor_AftercareVisitsInOrderFromTheDischargeDate_AreAccepted() =>
        // The discharge date itself, a second visit that day, and one a week later.
        new Episode<string>("k", Closed, aftercareVisits: [Discharge, Discharge, Discharge.PlusDays(7)]).AftercareVisits
            .Should().Equal(Discharge, Discharge, Discharge.PlusDays(7));

    [Fact]
    public void Lists_OfEpisodesWithoutThem_AreOneSharedEmptyList()
    {
        var first = new Episode<string>("a", Open);
        var second = new Episode<string>("b", Closed, measurements: [], serviceDates: [], aftercareVisits: []);
        first.Measurements.Should().BeEmpty().And.BeSameAs(second.Measurements);
        first.ServiceDates.Should().BeEmpty().And.BeSameAs(second.ServiceDates);
        first.AftercareVisits.Should().BeEmpty().And.BeSameAs(second.AftercareVisits);
        first.ServiceDates.Should().BeSameAs(first.AftercareVisits, "one empty list of dates serves both");
    }

    [Fact]
    public void ToString_OpenEpisode_SaysOpen() =>
        new Episode<string>("MRN-fictional", Open).ToString().Should().Be("Episode (IOP, open)");

    [Fact]
    public void ToRecord_ReadsTheSeriesOfTheInstrumentAsked()
    {
        Measurement[] phq9 = [new(Admission, 19), new(Admission.PlusDays(14), 11)];
        Measurement[] gad7 = [new(Admission, 15)];
        var episode = new Episode<string>("k", Open, measurements: [new MeasurementSeries(Instrument.Phq9, phq9), new MeasurementSeries(Instrument.Gad7, gad7)]);

        episode.ToRecord(Instrument.Phq9).Scores.ToArray().Should().Equal(phq9);
        episode.ToRecord(Instrument.Gad7).Scores.ToArray().Should().Equal(gad7, "the second series is found by its instrument");
        episode.ToRecord(Instrument.Pcl5).Scores.IsEmpty.Should().BeTrue("the episode has no PCL-5 series");
        episode.ToRecord(instrument: null).Scores.IsEmpty.Should().BeTrue("no instrument reads no scores");
    }
}
