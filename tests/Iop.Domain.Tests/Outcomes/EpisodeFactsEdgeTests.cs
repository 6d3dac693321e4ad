using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The facts of one episode on the report date itself, through <see cref="EpisodeOutcomes.Evaluate"/> with the
/// HEDIS-style windows (follow-up 7 and 30 days, initiation 14 days, engagement 2 services within 34 days): an
/// admission, a step down, a service or a visit dated on the report date is known on it, and a window still open
/// on it is unknown.
/// </summary>
public sealed class EpisodeFactsEdgeTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);
    private static readonly EpisodeCriteria Windows = EpisodeCriteria.HedisStyle2025;

    private static LevelOfCareHistory Iop => LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient);

    private static EpisodeOutcome Evaluate(Episode<string> episode, int asOfDay) =>
        EpisodeOutcomes.Evaluate(episode, Windows, ChangeCriteria.Phq9, Admission.PlusDays(asOfDay));

    private static Episode<string> Open(params int[] serviceDays) =>
        new("fictional-1", Iop, serviceDates: serviceDays.Select(d => Admission.PlusDays(d)));

    [Fact]
    public void Evaluate_AdmittedOnTheReportDate_IsOneDayOpen()
    {
        var outcome = Evaluate(Open(), 0);

        outcome.LengthOfStay.Should().Be(1, "the admission date is day 1");
        outcome.IsCensored.Should().BeTrue();
        outcome.Initiated.Should().BeNull("the 14-day initiation window is still open");
    }

    [Fact]
    public void Evaluate_AdmittedAfterTheReportDate_IsRefusedNamingAsOf() =>
        FluentActions.Invoking(() => Evaluate(Open(), -1))
            .Should().Throw<ArgumentException>()
            .WithMessage("Every episode must be admitted on or before the report date.*")
            .WithParameterName("asOf");

    [Theory]
    [InlineData(9, false)] // the day before the step down
    [InlineData(10, true)] // the step-down date itself
    public void Evaluate_StepDownOnTheReportDate_IsKnownOnIt(int asOfDay, bool steppedDown)
    {
        var history = LevelOfCareHistory.Admit(Admission, LevelOfCare.PartialHospitalization)
            .Append(Admission.PlusDays(10), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);

        Evaluate(new Episode<string>("fictional-1", history), asOfDay).SteppedDown.Should().Be(steppedDown);
    }

    [Fact]
    public void Evaluate_FirstServiceOnTheReportDate_IsInitiation() =>
        Evaluate(Open(3), 3).Initiated.Should().BeTrue();

    [Fact]
    public void Evaluate_FirstServiceAfterTheReportDateWhileTheWindowIsOpen_IsUnknown()
    {
        // Day 3 of a 14-day window: the service on day 5 is not yet known.
        var outcome = Evaluate(Open(5), 3);

        outcome.Initiated.Should().BeNull();
        outcome.Engaged.Should().BeNull();
    }

    [Fact]
    public void Evaluate_FirstServiceAfterTheInitiationWindow_IsNeitherInitiationNorEngagement()
    {
        // Day 20 is past the window's last day (day 13 after admission); the episode is discharged, so both are known.
        var episode = new Episode<string>("fictional-1", Iop.Discharge(Admission.PlusDays(40)), serviceDates: [Admission.PlusDays(20), Admission.PlusDays(22), Admission.PlusDays(24)]);
        var outcome = Evaluate(episode, 60);

        outcome.Initiated.Should().BeFalse();
        outcome.Engaged.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_SecondEngagementServiceOnTheReportDate_IsEngagement()
    {
        var outcome = Evaluate(Open(0, 3, 5), 5);

        outcome.Initiated.Should().BeTrue();
        outcome.Engaged.Should().BeTrue("days 3 and 5 are two services after initiation on day 0");
    }

    [Theory]
    [InlineData(10, null)] // the engagement window (through day 34) is still open
    [InlineData(33, null)] // its last day is tomorrow
    [InlineData(34, false)] // its last day: one service is all there will be
    public void Evaluate_OneEngagementService_IsUnknownUntilTheWindowCloses(int asOfDay, bool? engaged)
    {
        var outcome = Evaluate(Open(0, 3), asOfDay);

        outcome.Initiated.Should().BeTrue();
        outcome.Engaged.Should().Be(engaged);
    }

    [Fact]
    public void Evaluate_AftercareVisitOnTheReportDate_IsFollowUp()
    {
        var episode = new Episode<string>("fictional-1", Iop.Discharge(Admission.PlusDays(10)), aftercareVisits: [Admission.PlusDays(12)]);
        var outcome = Evaluate(episode, 12);

        outcome.FollowUpShort.Should().BeTrue();
        outcome.FollowUpLong.Should().BeTrue();
    }
}
