using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// An episode outcome read back from its record (decision 0073) keeps every part as written and refuses what
/// cannot be (a stay under one day, negative sessions, a completed open episode); and the evaluation checks its
/// arguments before it reads the episode.
/// </summary>
public sealed class EpisodeOutcomeRecordTests
{
    private static readonly LocalDate Admission = new(2026, 1, 5);

    [Fact]
    public void FromRecord_KeepsEveryPartAsWritten()
    {
        var outcome = EpisodeOutcome.FromRecord(
            lengthOfStay: 43, isCensored: false, isCompleted: true, steppedDown: true, steppedUp: false,
            followUpShort: true, followUpLong: null, initiated: false, engaged: null, attendedSessions: 18, change: null);
        outcome.LengthOfStay.Should().Be(43);
        outcome.IsCensored.Should().BeFalse();
        outcome.IsCompleted.Should().BeTrue();
        outcome.SteppedDown.Should().BeTrue();
        outcome.SteppedUp.Should().BeFalse();
        outcome.FollowUpShort.Should().BeTrue();
        outcome.FollowUpLong.Should().BeNull();
        outcome.Initiated.Should().BeFalse();
        outcome.Engaged.Should().BeNull();
        outcome.AttendedSessions.Should().Be(18);
        outcome.Change.Should().BeNull();
        outcome.Findings.Should().BeEmpty();
        outcome.ToString().Should().Be("Episode outcome (43 days, completed)");
    }

    [Fact]
    public void FromRecord_DischargedNotCompleted_IsNotCompleted()
    {
        var outcome = EpisodeOutcome.FromRecord(10, isCensored: false, isCompleted: false, false, false, null, null, null, null, 0, null);
        outcome.IsCompleted.Should().BeFalse();
        outcome.IsCensored.Should().BeFalse();
        outcome.ToString().Should().Be("Episode outcome (10 days, not completed)");
    }

    [Fact]
    public void FromRecord_Open_IsCensored()
    {
        var outcome = EpisodeOutcome.FromRecord(1, isCensored: true, isCompleted: false, false, false, null, null, null, null, 0, null);
        outcome.IsCensored.Should().BeTrue();
        outcome.IsCompleted.Should().BeFalse();
        outcome.RetainedAt(2).Should().BeNull("still open on day 1, so day 2 is not yet known");
        outcome.ToString().Should().Be("Episode outcome (1 day, open)");
    }

    [Fact]
    public void FromRecord_EqualsTheEvaluatedOutcome()
    {
        var history = LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient).Discharge(Admission.PlusDays(42));
        var evaluated = EpisodeOutcomes.Evaluate(new Episode<int>(1, history, TedsDischargeReason.TreatmentCompleted, 18), EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, new LocalDate(2026, 12, 31));
        var read = EpisodeOutcome.FromRecord(
            evaluated.LengthOfStay, evaluated.IsCensored, evaluated.IsCompleted, evaluated.SteppedDown, evaluated.SteppedUp, evaluated.FollowUpShort,
            evaluated.FollowUpLong, evaluated.Initiated, evaluated.Engaged, evaluated.AttendedSessions, evaluated.Change);
        read.Should().Be(evaluated);
    }

    [Fact]
    public void FromRecord_OutOfRangeCounts_ThrowForTheParameter()
    {
        // One below each minimum: a stay of 0 days, -1 sessions.
        FluentActions.Invoking(() => EpisodeOutcome.FromRecord(0, false, false, false, false, null, null, null, null, 0, null))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("lengthOfStay");
        FluentActions.Invoking(() => EpisodeOutcome.FromRecord(1, false, false, false, false, null, null, null, null, -1, null))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("attendedSessions");
    }

    [Fact]
    public void FromRecord_CompletedWhileOpen_IsRefusedWithTheMessage() =>
        FluentActions.Invoking(() => EpisodeOutcome.FromRecord(5, isCensored: true, isCompleted: true, false, false, null, null, null, null, 0, null))
            .Should().Throw<ArgumentException>().WithMessage("An open (censored) episode cannot be completed.*")
            .Which.ParamName.Should().Be("isCompleted");

    [Fact]
    public void Evaluate_NullArguments_ThrowForTheParameter()
    {
        var episode = new Episode<int>(1, LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient));
        var asOf = Admission.PlusDays(10);
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate<int>(null!, EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, asOf))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("episode");
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate(episode, null!, ChangeCriteria.Phq9, asOf))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("windows");
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.HedisStyle2025, null!, asOf))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("change");
    }

    [Fact]
    public void Evaluate_UnsupportedReportDate_IsRefusedBeforeTheOtherArguments() =>
        // 2200-01-01 is one day past the supported dates; the report date is checked first, so a null episode beside it is not what is reported.
        FluentActions.Invoking(() => EpisodeOutcomes.Evaluate<int>(null!, EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, new LocalDate(2200, 1, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
}
