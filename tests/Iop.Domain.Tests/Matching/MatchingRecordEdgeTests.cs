using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>
/// Matching results read back from storage (decision 0073): each refusal's text and parameter, and the records
/// that must be accepted. The values come from a real match and are changed one thing at a time.
/// </summary>
public sealed class MatchingRecordEdgeTests
{
    private static readonly ProgrammeProfile TwoTracks = Programme("A", EveningTrack(), MorningTrack());

    private static ProgrammeMatch EngineMatch() => Match(DayWorker(), TwoTracks).Matches.Single();

    private static TrackRejection Rejection(int index, ScheduleTrack track, params Finding[] findings) => TrackRejection.FromRecord(index, track, findings);

    [Fact]
    public void Nulls_AreRefusedWithTheirParameter()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(null!, [About("A", MatchingRules.LevelNotOffered)], []))
            .Should().Throw<ArgumentNullException>().WithParameterName("programme");
        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(null!, 1, match.Tracks, match.Met, match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentNullException>().WithParameterName("programme");
        FluentActions.Invoking(() => TrackRejection.FromRecord(0, null!, [About("A", MatchingRules.NoTrackInAvailability, SubjectKind.ScheduleTrack)]))
            .Should().Throw<ArgumentNullException>().WithParameterName("track");
    }

    [Fact]
    public void Exclusion_FindingsOutOfOrder_SayTheyMustBeCanonical()
    {
        var findings = new[] { About("A", MatchingRules.AgeGroupNotServed), About("A", MatchingRules.LevelNotOffered) }
            .OrderByDescending(f => f.RuleId.Value, StringComparer.Ordinal).ToArray();

        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), findings, []))
            .Should().Throw<ArgumentException>()
            .WithMessage("The findings must be those of the matching rules that apply here, one per rule, in rule-id order.*").WithParameterName("findings");
    }

    [Theory]
    [InlineData((int)MatchCheck.ModalityNotOffered)]
    [InlineData((int)MatchCheck.AftercareNotOffered)]
    public void Exclusion_ForAPreference_IsRefused_PreferencesNeverExclude(int preference) =>
        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [About("A", MatchingRules.RuleOf((MatchCheck)preference))], []))
            .Should().Throw<ArgumentException>().WithParameterName("findings");

    [Fact]
    public void Exclusion_ForEachRequirement_IsAccepted()
    {
        foreach (var check in Enum.GetValues<MatchCheck>().Where(c => c is not MatchCheck.ModalityNotOffered and not MatchCheck.AftercareNotOffered))
        {
            ProgrammeExclusion.FromRecord(Programme("A"), [About("A", MatchingRules.RuleOf(check))], []).Findings.Should().ContainSingle();
        }
    }

    [Fact]
    public void Exclusion_RejectionAtAnIndexPastTheTracks_SaysItMustBeTheProgrammes()
    {
        var pastTheEnd = Rejection(1, EveningTrack(), About("A", MatchingRules.NoTrackInAvailability, SubjectKind.ScheduleTrack));

        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [About("A", MatchingRules.LicenceExpired)], [pastTheEnd]))
            .Should().Throw<ArgumentException>()
            .WithMessage("Each rejected track must be one of the programme's tracks, at its index, in the programme's order.*").WithParameterName("rejectedTracks")
            .Which.Should().NotBeOfType<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Exclusion_RejectionWithAFindingAboutAnotherProgramme_IsRefused()
    {
        // Two findings in rule-id order, the first about another programme and the second about this one.
        var mixed = Rejection(
            0,
            EveningTrack(),
            About("B", MatchingRules.NoTrackInAvailability, SubjectKind.ScheduleTrack),
            About("A", MatchingRules.RuleOf(MatchCheck.TrackBelowMinimum), SubjectKind.ScheduleTrack));

        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [About("A", MatchingRules.LicenceExpired)], [mixed]))
            .Should().Throw<ArgumentException>().WithMessage("Each rejected track's findings must be about this programme.*").WithParameterName("rejectedTracks");
    }

    [Fact]
    public void Match_TracksThatAreNotTheProgrammes_SaySo()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, [EveningTrack() with { Start = new LocalTime(19, 0) }], match.Met, match.UnmetPreferences, [], match.PreferencesMet))
            .Should().Throw<ArgumentException>().WithMessage("Each fitting track must be one of the programme's tracks, in the programme's order.*").WithParameterName("tracks");
    }

    [Fact]
    public void Match_ATrackThatFitsAndIsRejected_SaysItCannotBeBoth()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, [EveningTrack(), MorningTrack()], match.Met, match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentException>().WithMessage("A track cannot both fit and be rejected.*").WithParameterName("rejectedTracks");
    }

    [Fact]
    public void Match_ARequirementUnmet_SaysAMatchMeetsEveryRequirement()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, match.Met, [new MatchCriterion(MatchCheck.PayerNotAccepted, NeedStrength.Required)], match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentException>().WithMessage("A match meets every requirement: each unmet criterion must be a preference.*").WithParameterName("unmetPreferences");
    }

    [Fact]
    public void Match_AWrongCountOfPreferencesMet_SaysWhatItMustEqual()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, match.Met, match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet + 1))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The count of preferences met must equal the number of preferences among the criteria met.*").WithParameterName("preferencesMet");
    }

    [Fact]
    public void Match_ACriterionTwice_SaysEachOnce()
    {
        var match = EngineMatch();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, [match.Met[0], .. match.Met], match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentException>()
            .WithMessage("The criteria must be in order (by rule id, then modality, then aftercare service), each once.*").WithParameterName("met");
    }

    [Fact]
    public void Match_WithNoUnmetPreference_OrWithOne_IsAccepted()
    {
        var match = EngineMatch();
        var preference = new MatchCriterion(MatchCheck.ModalityNotOffered, NeedStrength.Preferred, modality: Modality.GroupTherapy);

        ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, match.Met, [], match.RejectedTracks, match.PreferencesMet).UnmetPreferences.Should().BeEmpty();
        ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, match.Met, [preference], match.RejectedTracks, match.PreferencesMet).UnmetPreferences.Should().Equal(preference);
    }

    [Fact]
    public void Result_RanksOutOfOrder_SayTheyMustBe1And2()
    {
        var match = EngineMatch();
        var second = ProgrammeMatch.FromRecord(match.Programme, 2, match.Tracks, match.Met, match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet);

        FluentActions.Invoking(() => MatchResult.FromRecord([second], [], null))
            .Should().Throw<ArgumentException>().WithMessage("The matches must be ranked 1, 2, … in order.*").WithParameterName("matches");
    }

    [Fact]
    public void Result_AnExclusionTwice_SaysEachProgrammeOnce()
    {
        var excluded = ProgrammeExclusion.FromRecord(Programme("B"), [About("B", MatchingRules.LicenceExpired)], []);

        FluentActions.Invoking(() => MatchResult.FromRecord([], [excluded, excluded], null))
            .Should().Throw<ArgumentException>().WithMessage("The exclusions must be in programme-id order (ordinal), each programme once.*").WithParameterName("exclusions");
    }

    [Fact]
    public void Result_AProgrammeMatchedAndExcluded_SaysEachProgrammeOnce()
    {
        var excluded = ProgrammeExclusion.FromRecord(TwoTracks, [About("A", MatchingRules.LicenceExpired)], []);

        FluentActions.Invoking(() => MatchResult.FromRecord([EngineMatch()], [excluded], null))
            .Should().Throw<ArgumentException>().WithMessage("Each programme must appear once, as a match or as an exclusion.*").WithParameterName("matches");
    }

    [Fact]
    public void Match_TwoProgrammesWithOneId_SaysIdsMustBeUnique() =>
        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), [Programme("A"), Programme("A")], AsOf, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentException>().WithMessage("Programme ids must be unique within one match; two programmes share an id.*").WithParameterName("programmes");
}
