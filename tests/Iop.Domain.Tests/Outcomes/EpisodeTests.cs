using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class EpisodeTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);
    private static readonly LocalDate AsOf = new(2026, 12, 31);

    private static LevelOfCareSpan[] Iop => [new(LevelOfCare.IntensiveOutpatient, Admission)];

    [Fact]
    public void Constructor_DischargeBeforeAdmission_ThrowsForDischarge() =>
        FluentActions.Invoking(() => new Episode<string>("fictional-1", Admission, Iop, Admission.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("discharge");

    [Fact]
    public void Constructor_ReasonWithoutDischarge_ThrowsForDischargeReason() =>
        FluentActions.Invoking(() => new Episode<string>("fictional-1", Admission, Iop, null, TedsDischargeReason.DroppedOut))
            .Should().Throw<ArgumentException>().WithParameterName("dischargeReason");

    [Fact]
    public void Constructor_BadLevels_ThrowForLevels()
    {
        FluentActions.Invoking(() => new Episode<string>("k", Admission, [new LevelOfCareSpan(LevelOfCare.Outpatient, Admission.PlusDays(1))]))
            .Should().Throw<ArgumentException>().WithParameterName("levels");
        FluentActions.Invoking(() => new Episode<string>("k", Admission, [new LevelOfCareSpan(LevelOfCare.Outpatient, Admission), new LevelOfCareSpan(LevelOfCare.Residential, Admission)]))
            .Should().Throw<ArgumentException>().WithParameterName("levels");
        FluentActions.Invoking(() => new Episode<string>("k", Admission, [new LevelOfCareSpan(0, Admission)]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("levels");
        FluentActions.Invoking(() => new Episode<string>("k", Admission, []))
            .Should().Throw<ArgumentException>().WithParameterName("levels");
    }

    [Fact]
    public void Constructor_OtherBadArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new Episode<string>("k", Admission, Iop, attendedSessions: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attendedSessions");
        var series = new MeasurementSeries(Instrument.Phq9, []);
        FluentActions.Invoking(() => new Episode<string>("k", Admission, Iop, measurements: [series, series]))
            .Should().Throw<ArgumentException>().WithParameterName("measurements");
        FluentActions.Invoking(() => new Episode<string>("k", Admission, Iop, serviceDates: [Admission.PlusDays(-1)]))
            .Should().Throw<ArgumentException>().WithParameterName("serviceDates");
        FluentActions.Invoking(() => new Episode<string>("k", Admission, Iop, aftercareVisits: [Admission]))
            .Should().Throw<ArgumentException>().WithParameterName("aftercareVisits");
        FluentActions.Invoking(() => new Episode<string>(null!, Admission, Iop))
            .Should().Throw<ArgumentNullException>().WithParameterName("key");
    }

    [Fact]
    public void ToString_NeverPrintsTheKey()
    {
        var episode = new Episode<string>("MRN-0042-fictional", Admission, Iop, Admission.PlusDays(30), TedsDischargeReason.TreatmentCompleted);
        episode.ToString().Should().Be("Episode (IOP, closed)").And.NotContain("MRN");
    }

    [Fact]
    public void Evaluate_CompletedEpisode_HasLengthOfStayAndRetention()
    {
        var episode = new Episode<int>(1, Admission, Iop, Admission.PlusDays(42), TedsDischargeReason.TreatmentCompleted, attendedSessions: 18);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        outcome.LengthOfStay.Should().Be(42);
        outcome.IsCompleted.Should().BeTrue();
        outcome.IsCensored.Should().BeFalse();
        outcome.RetainedAt(42).Should().BeTrue("the stay reached day 42");
        outcome.RetainedAt(43).Should().BeFalse();
        outcome.AttendedSessions.Should().Be(18);
        outcome.Change.Should().BeNull();
    }

    [Theory]
    [InlineData(TedsDischargeReason.DroppedOut)]
    [InlineData(TedsDischargeReason.Transferred)] // a transfer is not a completion (TEDS reason 1 only)
    public void Evaluate_OtherReasons_AreNotCompleted(TedsDischargeReason reason)
    {
        var episode = new Episode<int>(1, Admission, Iop, Admission.PlusDays(10), reason);
        EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf).IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_OpenEpisode_IsCensoredAtTheReportDate()
    {
        var episode = new Episode<int>(1, Admission, Iop);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, Admission.PlusDays(20));
        outcome.LengthOfStay.Should().Be(20);
        outcome.IsCensored.Should().BeTrue();
        outcome.RetainedAt(20).Should().BeTrue();
        outcome.RetainedAt(30).Should().BeNull("the stay has not been observed that long");
        outcome.FollowUpShort.Should().BeNull();
    }

    [Fact]
    public void Evaluate_DischargeAfterTheReportDate_CountsAsOpen()
    {
        var episode = new Episode<int>(1, Admission, Iop, Admission.PlusDays(50), TedsDischargeReason.TreatmentCompleted);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, Admission.PlusDays(30));
        outcome.IsCensored.Should().BeTrue();
        outcome.IsCompleted.Should().BeFalse();
        outcome.LengthOfStay.Should().Be(30);
    }

    [Fact]
    public void Evaluate_AdmittedAfterTheReportDate_ThrowsForAsOf() =>
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate(new Episode<int>(1, Admission, Iop), EpisodeCriteria.Default, ChangeCriteria.Phq9, Admission.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");

    [Fact]
    public void Evaluate_LevelChanges_AreSteppedDownAndUp()
    {
        LevelOfCareSpan[] levels =
        [
            new(LevelOfCare.PartialHospitalization, Admission),
            new(LevelOfCare.IntensiveOutpatient, Admission.PlusDays(14)),
        ];
        var down = EpisodeOutcomes.Evaluate(new Episode<int>(1, Admission, levels), EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        down.SteppedDown.Should().BeTrue();
        down.SteppedUp.Should().BeFalse();
        var flat = EpisodeOutcomes.Evaluate(new Episode<int>(1, Admission, Iop), EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        flat.SteppedDown.Should().BeFalse();
    }

    [Theory]
    [InlineData(0, false, false)] // a visit on the discharge date does not count by default
    [InlineData(7, true, true)] // the last day of the 7-day window
    [InlineData(8, false, true)] // one day late for 7, inside 30
    [InlineData(30, false, true)] // the last day of the 30-day window
    [InlineData(31, false, false)] // outside both
    public void Evaluate_FollowUpWindows_CountDaysAfterDischarge(int day, bool within7, bool within30)
    {
        var discharge = Admission.PlusDays(30);
        var episode = new Episode<int>(1, Admission, Iop, discharge, TedsDischargeReason.TreatmentCompleted, aftercareVisits: [discharge.PlusDays(day)]);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        outcome.FollowUpShort.Should().Be(within7);
        outcome.FollowUpLong.Should().Be(within30);
    }

    [Fact]
    public void Evaluate_FollowUpWindowStillOpen_IsUnknown()
    {
        var discharge = Admission.PlusDays(30);
        var episode = new Episode<int>(1, Admission, Iop, discharge, TedsDischargeReason.TreatmentCompleted);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, discharge.PlusDays(3));
        outcome.FollowUpShort.Should().BeNull();
    }

    [Theory]
    [InlineData(13, true)] // the 14th day counting admission as day 1
    [InlineData(14, false)] // one day late
    public void Evaluate_Initiation_IsWithin14Days(int day, bool initiated)
    {
        var episode = new Episode<int>(1, Admission, Iop, serviceDates: [Admission.PlusDays(day)]);
        EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf).Initiated.Should().Be(initiated);
    }

    [Theory]
    [InlineData(34, true)] // second engagement service on the last day (initiation + 34)
    [InlineData(35, false)] // one day late
    public void Evaluate_Engagement_NeedsTwoServicesWithin34DaysOfInitiation(int secondDay, bool engaged)
    {
        var episode = new Episode<int>(1, Admission, Iop, serviceDates: [Admission, Admission, Admission.PlusDays(10), Admission.PlusDays(secondDay)]);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        outcome.Initiated.Should().BeTrue();
        outcome.Engaged.Should().Be(engaged, "a same-day service on the initiation date does not count toward engagement");
    }

    [Theory]
    [InlineData(0, false)] // same-day admission is not a readmission
    [InlineData(1, true)]
    [InlineData(30, true)] // the last day of a 30-day window
    [InlineData(31, false)]
    public void ReadmittedWithin_CountsDaysAfterDischarge(int day, bool readmitted)
    {
        var discharge = Admission.PlusDays(20);
        var first = new Episode<int>(1, Admission, Iop, discharge, TedsDischargeReason.TreatmentCompleted);
        var second = new Episode<int>(2, discharge.PlusDays(day), [new LevelOfCareSpan(LevelOfCare.Outpatient, discharge.PlusDays(day))]);
        EpisodeOutcomes.ReadmittedWithin(first, second, 30).Should().Be(readmitted);
    }

    [Fact]
    public void Evaluate_WithSeries_EvaluatesTheCriteriaInstrument()
    {
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission, 19), new(Admission.PlusDays(35), 8)]);
        var episode = new Episode<int>(1, Admission, Iop, measurements: [series]);
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.Default, ChangeCriteria.Phq9, AsOf);
        outcome.Change!.Response.Should().BeTrue();
        outcome.ToString().Should().Be($"Episode outcome ({Period.DaysBetween(Admission, AsOf)} days, open)");
    }
}
