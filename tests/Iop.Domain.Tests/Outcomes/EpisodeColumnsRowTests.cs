using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// Each row rule of <see cref="EpisodeColumns"/>, read by <see cref="CohortMetrics.Summarize(EpisodeColumns, CohortCriteria, LocalDate)"/>:
/// the text of its refusal (naming <c>columns</c>) and the row exactly at its edge, which is accepted.
/// </summary>
public sealed class EpisodeColumnsRowTests
{
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;
    private static readonly LocalDate Start = new(2025, 3, 3);
    private static readonly LocalDate End = new(2025, 4, 28);
    private static readonly LocalDate AsOf = new(2025, 12, 31);

    private static CohortSummary Summarize(
        LocalDate[] admissions,
        LocalDate?[]? discharges = null,
        TedsDischargeReason?[]? reasons = null,
        LocalDate?[]? stepDowns = null,
        int[]? sessions = null,
        Measurement[]? scores = null,
        LocalDate[]? services = null,
        LocalDate[]? visits = null,
        LocalDate? asOf = null) =>
        CohortMetrics.Summarize(
            new EpisodeColumns(admissions)
            {
                Discharges = discharges,
                DischargeReasons = reasons,
                FirstStepDowns = stepDowns,
                AttendedSessions = sessions,
                Scores = scores,
                ScoreCounts = scores is null ? null : [scores.Length],
                ServiceDates = services,
                ServiceDateCounts = services is null ? null : [services.Length],
                AftercareVisits = visits,
                AftercareVisitCounts = visits is null ? null : [visits.Length],
            },
            Criteria,
            asOf ?? AsOf);

    private static void Refused(Action act, string message) =>
        act.Should().Throw<ArgumentException>().WithMessage(message + "*").WithParameterName("columns");

    [Fact]
    public void Dates_OutsideTheSupportedRange_AreRefused_AndItsEndsAccepted()
    {
        const string message = "Every date must lie in the supported range [1900-01-01, 2199-12-31].";
        var last = new LocalDate(2199, 12, 31);

        Refused(() => Summarize([new LocalDate(1899, 12, 31)]), message);
        Refused(() => Summarize([Start], [new LocalDate(2200, 1, 1)], asOf: last), message);
        Summarize([new LocalDate(1900, 1, 1)]).Episodes.Should().Be(1);
        Summarize([Start], [last], asOf: last).DischargedEpisodes.Should().Be(1);
    }

    [Fact]
    public void Discharges_AndTheirReasons()
    {
        Refused(() => Summarize([End], [Start]), "Every discharge must be on or after its admission.");
        Refused(() => Summarize([Start], [null], [TedsDischargeReason.DroppedOut]), "A discharge reason needs a discharge date.");
        FluentActions.Invoking(() => Summarize([Start], [End], [(TedsDischargeReason)0])).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Value must be a defined TedsDischargeReason member.*").WithParameterName("columns");
        Summarize([Start], [Start], [TedsDischargeReason.Other]).DischargesBy(TedsDischargeReason.Other).Should().Be(1);
    }

    [Fact]
    public void StepsAndSessions()
    {
        Refused(() => Summarize([Start], [End], stepDowns: [End.PlusDays(1)]), "A first step down or up must lie within its episode.");
        FluentActions.Invoking(() => Summarize([Start], sessions: [-1])).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Attended sessions must be at least 0.*").WithParameterName("columns");
        Summarize([Start], [End], stepDowns: [End], sessions: [0]).AttendedSessions.Should().Be(0);
    }

    [Fact]
    public void Scores_InRange_InDateOrder_OnePerDate()
    {
        FluentActions.Invoking(() => Summarize([Start], scores: [new(Start, 28)])).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Every score must be in the instrument's range.*").WithParameterName("columns");
        Refused(() => Summarize([Start], scores: [new(Start, 12), new(Start, 10)]), "An episode's scores must be in date order with at most one per date.");
        Refused(() => Summarize([Start], scores: [new(Start.PlusDays(1), 12), new(Start, 10)]), "An episode's scores must be in date order with at most one per date.");
        Summarize([Start], scores: [new(Start, 27), new(Start.PlusDays(1), 0)]).Episodes.Should().Be(1);
    }

    [Fact]
    public void ServiceDates_InOrder_WithinTheEpisode_SameDayAllowed()
    {
        const string message = "An episode's service dates must be in date order, within the episode.";

        Refused(() => Summarize([Start], [End], services: [Start.PlusDays(2), Start.PlusDays(1)]), message);
        Refused(() => Summarize([Start], [End], services: [End.PlusDays(1)]), message);
        Summarize([Start], [End], services: [Start, Start, End]).Episodes.Should().Be(1);
    }

    [Fact]
    public void AftercareVisits_NeedADischarge_InOrder_OnOrAfterIt_SameDayAllowed()
    {
        const string message = "An episode's after-care visits need a discharge and must be in date order, on or after it.";

        Refused(() => Summarize([Start], [null], visits: [End]), message);
        Refused(() => Summarize([Start], [End], visits: [End.PlusDays(-1)]), message);
        Refused(() => Summarize([Start], [End], visits: [End.PlusDays(5), End.PlusDays(2)]), message);
        Summarize([Start], [End], visits: [End, End, End.PlusDays(7)]).DischargedEpisodes.Should().Be(1);
    }
}
