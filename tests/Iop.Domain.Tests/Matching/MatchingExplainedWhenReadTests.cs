using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>
/// What a match records and what it builds when read (decision 0083): a result rebuilt from its public parts
/// equals it, every programme is judged as on its own however many track shapes one call meets, and the id
/// table refuses a repeat wherever it falls.
/// </summary>
public sealed class MatchingExplainedWhenReadTests
{
    private static Gen<(PersonNeeds Person, ProgrammeProfile[] Programmes)> Worlds { get; } =
        from person in MatchingGenerators.Person
        from programmes in MatchingGenerators.Programmes
        select (person, programmes);

    /// <summary>Many programmes in one call: far more track shapes than the verdict table starts with.</summary>
    private static Gen<(PersonNeeds Person, ProgrammeProfile[] Programmes)> CrowdedWorlds { get; } =
        from person in MatchingGenerators.Person
        from programmes in Gen.Choose(40, 80).SelectMany(n => MatchingGenerators.Programme.ArrayOf(n)).Select(MatchingGenerators.Numbered)
        select (person, programmes);

    [Property]
    public Property Result_RebuiltFromItsPublicParts_IsEqualAndSaysTheSame() => Prop.ForAll(Worlds.ToArbitrary(), w =>
    {
        var result = ProgrammeMatching.Match(w.Person, w.Programmes, AsOf, IntensityRuleSet.Medicare2024);
        var rebuilt = Rebuild(result);
        return rebuilt == result
            && result == rebuilt
            && rebuilt.GetHashCode() == result.GetHashCode()
            && rebuilt.Findings.SequenceEqual(result.Findings)
            && rebuilt.HasErrors == result.HasErrors
            && rebuilt.ToString() == result.ToString()
            && rebuilt.Exclusions.Zip(result.Exclusions).All(p => p.First.HasErrors == p.Second.HasErrors && p.First.ToString() == p.Second.ToString())
            && rebuilt.Exclusions.SelectMany(e => e.RejectedTracks).Select(t => t.HasErrors)
                .SequenceEqual(result.Exclusions.SelectMany(e => e.RejectedTracks).Select(t => t.HasErrors))
            && rebuilt.Matches.Select(m => m.ToString()).SequenceEqual(result.Matches.Select(m => m.ToString()));
    });

    [Property]
    public Property Result_ReadInAnyOrder_IsTheSame() => Prop.ForAll(Worlds.ToArbitrary(), w =>
    {
        // One result read findings first, the other exclusions and tracks first: what is built when read does not depend on when.
        var findingsFirst = ProgrammeMatching.Match(w.Person, w.Programmes, AsOf, IntensityRuleSet.Medicare2024);
        var tracksFirst = ProgrammeMatching.Match(w.Person, w.Programmes, AsOf, IntensityRuleSet.Medicare2024);
        var findings = findingsFirst.Findings.ToArray();
        var rejected = tracksFirst.Exclusions.SelectMany(e => e.RejectedTracks).Concat(tracksFirst.Matches.SelectMany(m => m.RejectedTracks)).ToArray();
        var met = tracksFirst.Matches.Select(m => m.Met.Count).ToArray();
        return findings.SequenceEqual(tracksFirst.Findings)
            && rejected.SequenceEqual(findingsFirst.Exclusions.SelectMany(e => e.RejectedTracks).Concat(findingsFirst.Matches.SelectMany(m => m.RejectedTracks)))
            && met.SequenceEqual(findingsFirst.Matches.Select(m => m.Met.Count))
            && findingsFirst == tracksFirst;
    });

    [Property(MaxTest = 40)]
    public Property EveryProgramme_InACrowdedCall_IsJudgedAsOnItsOwn() => Prop.ForAll(CrowdedWorlds.ToArbitrary(), w =>
    {
        var together = ProgrammeMatching.Match(w.Person, w.Programmes, AsOf, IntensityRuleSet.Medicare2024);
        var matched = together.Matches.ToDictionary(m => m.Programme.Id, StringComparer.Ordinal);
        var excluded = together.Exclusions.ToDictionary(e => e.Programme.Id, StringComparer.Ordinal);
        return w.Programmes.All(p =>
        {
            var alone = ProgrammeMatching.Match(w.Person, [p], AsOf, IntensityRuleSet.Medicare2024);
            return alone.Exclusions.Count == 1
                ? excluded.TryGetValue(p.Id, out var exclusion) && exclusion == alone.Exclusions[0]
                : matched.TryGetValue(p.Id, out var match) && SameExplanation(match, alone.Matches[0]);
        });
    });

    [Property]
    public Property Matches_RankByWhatTheyList() => Prop.ForAll(Worlds.ToArbitrary(), w =>
    {
        var matches = ProgrammeMatching.Match(w.Person, w.Programmes, AsOf, IntensityRuleSet.Medicare2024).Matches;
        return matches.Select((m, i) => m.PreferencesMet == m.Met.Count(c => c.IsPreference) && m.Rank == i + 1).All(ok => ok)
            && matches.Zip(matches.Skip(1)).All(p =>
                p.First.PreferencesMet > p.Second.PreferencesMet
                || (p.First.PreferencesMet == p.Second.PreferencesMet && p.First.Tracks.Count > p.Second.Tracks.Count)
                || (p.First.PreferencesMet == p.Second.PreferencesMet && p.First.Tracks.Count == p.Second.Tracks.Count
                    && string.CompareOrdinal(p.First.Programme.Id, p.Second.Programme.Id) < 0));
    });

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Match_RepeatedIdAtTheEnd_ThrowsNamingProgrammes(int count)
    {
        ProgrammeProfile[] programmes = [.. Enumerable.Range(0, count).Select(i => Programme($"ID-{i}")), Programme("ID-0", MorningTrack())];

        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), programmes, AsOf, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentException>().WithParameterName("programmes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Match_DistinctIds_JudgesEveryProgrammeOnce(int count)
    {
        var result = ProgrammeMatching.Match(DayWorker(), [.. Enumerable.Range(0, count).Select(i => Programme($"ID-{i}"))], AsOf, IntensityRuleSet.Medicare2024);

        result.Matches.Should().HaveCount(count);
    }

    [Fact]
    public void FromRecord_ExclusionFindingsOutOfOrderOrOfAnotherRule_AreRefused()
    {
        var level = About("A", MatchingRules.LevelNotOffered);
        var payer = About("A", MatchingRules.PayerNotAccepted);
        var foreign = IntensityRules.MinimumDays.ToFinding(Severity.Error, "Foreign.", FindingSubject.Part(SubjectKind.Programme, "A"));
        var ordered = new[] { level, payer }.OrderBy(f => f.RuleId.Value, StringComparer.Ordinal).ToArray();

        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [ordered[1], ordered[0]], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [level, foreign], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("A"), [MatchingRules.LevelNotOffered.ToFinding(Severity.Warning, "Missed.", FindingSubject.Part(SubjectKind.Programme, "A"))], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme("B"), [level], []))
            .Should().Throw<ArgumentException>().WithMessage("*of this programme*");
    }

    [Fact]
    public void Findings_OfExclusionsReadBackFromTheEngines_AreThoseOfTheEngine()
    {
        var engine = Match(DayWorker() with { Payer = "X" }, Programme("A") with { Levels = [LevelOfCare.PartialHospitalization] }, Programme("B"));
        var rebuilt = MatchResult.FromRecord([], [.. engine.Exclusions.Select(e => ProgrammeExclusion.FromRecord(e.Programme, e.Findings, e.RejectedTracks))], engine.Standard);

        rebuilt.Findings.Should().Equal(engine.Findings).And.HaveCount(3);
        rebuilt.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void FromRecord_ExclusionOrRejectionWithoutFindings_IsRefused()
    {
        FluentActions.Invoking(() => ProgrammeExclusion.FromRecord(Programme(), [], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
        FluentActions.Invoking(() => TrackRejection.FromRecord(0, EveningTrack(), [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
    }

    [Fact]
    public void FromRecord_RejectionWithAProgrammeFinding_IsRefused()
    {
        var finding = MatchingRules.NoTrackInAvailability.ToFinding(Severity.Error, "Missed.", FindingSubject.Part(SubjectKind.Programme, "A"));

        FluentActions.Invoking(() => TrackRejection.FromRecord(0, EveningTrack(), [finding])).Should().Throw<ArgumentException>().WithMessage("*ScheduleTrack*");
    }

    [Fact]
    public void FromRecord_RejectionOfAProgrammeOnlyRule_IsRefused()
    {
        var finding = MatchingRules.LevelNotOffered.ToFinding(Severity.Error, "Missed.", FindingSubject.Part(SubjectKind.ScheduleTrack, "A"));

        FluentActions.Invoking(() => TrackRejection.FromRecord(0, EveningTrack(), [finding])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("findings");
    }

    [Fact]
    public void FromRecord_RejectionWithANegativeIndex_IsRefused()
    {
        var finding = MatchingRules.NoTrackInAvailability.ToFinding(Severity.Error, "Missed.", FindingSubject.Part(SubjectKind.ScheduleTrack, "A"));

        FluentActions.Invoking(() => TrackRejection.FromRecord(-1, EveningTrack(), [finding])).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("trackIndex");
    }

    [Fact]
    public void FromRecord_MatchWhoseTracksAreNotTheProgrammes_IsRefused()
    {
        var match = Match(DayWorker(), Programme("A", EveningTrack(), MorningTrack())).Matches.Single();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, [MorningTrack() with { Start = new LocalTime(7, 0) }], match.Met, match.UnmetPreferences, [], match.PreferencesMet))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("tracks");
        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, match.Met, match.UnmetPreferences, [match.RejectedTracks[0] with { }, match.RejectedTracks[0]], match.PreferencesMet))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rejectedTracks");
        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 0, match.Tracks, match.Met, match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("rank");
    }

    [Fact]
    public void FromRecord_MatchWithCriteriaOutOfOrder_IsRefused()
    {
        var match = Match(DayWorker(), Programme("A")).Matches.Single();

        FluentActions.Invoking(() => ProgrammeMatch.FromRecord(match.Programme, 1, match.Tracks, [.. match.Met.Reverse()], match.UnmetPreferences, match.RejectedTracks, match.PreferencesMet))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("met");
    }

    [Fact]
    public void FromRecord_ResultWithAProgrammeTwiceOrExclusionsOutOfOrder_IsRefused()
    {
        var engine = Match(DayWorker(), Programme("A"), Programme("B") with { Levels = [LevelOfCare.PartialHospitalization] }, Programme("C") with { Levels = [LevelOfCare.PartialHospitalization] });
        var excludedA = ProgrammeExclusion.FromRecord(Programme("A") with { Levels = [LevelOfCare.PartialHospitalization] }, [About("A", MatchingRules.LevelNotOffered)], []);

        FluentActions.Invoking(() => MatchResult.FromRecord(engine.Matches, [excludedA], null))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("matches");
        FluentActions.Invoking(() => MatchResult.FromRecord(engine.Matches, [.. engine.Exclusions.Reverse()], null))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("exclusions");
    }

    [Fact]
    public void HasErrors_OfAResultReadBackWithoutExclusions_IsFalse() =>
        MatchResult.FromRecord([], [], null).HasErrors.Should().BeFalse();

    [Fact]
    public void RejectedTracks_OfAnExclusionWhoseTracksAreNotAssessed_AreEmpty()
    {
        var residential = new PersonNeeds(LevelOfCare.Residential, AgeGroup.Adult, DayWorker().Availability);
        var result = Match(residential, Programme("A", MorningTrack()) with { Levels = [LevelOfCare.Residential], AgeGroups = [AgeGroup.Adolescent] });

        result.Exclusions.Single().RejectedTracks.Should().BeEmpty();
    }

    [Fact]
    public void RejectedTracks_OfAnExclusionThatDoesNotOfferTheLevel_AreEmpty()
    {
        var result = Match(DayWorker(), Programme("A", MorningTrack()) with { Levels = [LevelOfCare.PartialHospitalization] });

        result.Exclusions.Single().RejectedTracks.Should().BeEmpty();
    }

    [Fact]
    public void RejectedTracks_OfAnExclusion_AreTheTracksThatMiss_InTrackOrder_SkippingOtherLevels()
    {
        var otherLevel = EveningTrack() with { Level = LevelOfCare.PartialHospitalization };
        var programme = Programme("A", MorningTrack(), otherLevel, EveningTrack(), MorningTrack() with { Start = new LocalTime(10, 0) })
            with { Levels = [LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization], LicenceExpires = AsOf.PlusDays(-1) };

        var rejected = Match(DayWorker(), programme).Exclusions.Single().RejectedTracks;

        rejected.Select(r => r.TrackIndex).Should().Equal(0, 3);
        rejected.Should().AllSatisfy(r => r.Findings.Select(f => f.RuleId).Should().Equal(MatchingRules.NoTrackInAvailability.Id));
    }

    [Fact]
    public void ToString_OfAMatch_CountsItsFittingTracks()
    {
        var match = Match(DayWorker(), Programme("A", EveningTrack(), MorningTrack(), EveningTrack() with { Start = new LocalTime(18, 30) })).Matches.Single();

        match.ToString().Should().StartWith("Match #1 (2 tracks;");
    }

    private static bool SameExplanation(ProgrammeMatch a, ProgrammeMatch b) =>
        a.Programme == b.Programme
        && a.PreferencesMet == b.PreferencesMet
        && a.Tracks.SequenceEqual(b.Tracks)
        && a.Met.SequenceEqual(b.Met)
        && a.UnmetPreferences.SequenceEqual(b.UnmetPreferences)
        && a.RejectedTracks.SequenceEqual(b.RejectedTracks);

    private static MatchResult Rebuild(MatchResult result) => MatchResult.FromRecord(
        [.. result.Matches.Select(m => ProgrammeMatch.FromRecord(
            m.Programme,
            m.Rank,
            [.. m.Tracks],
            [.. m.Met.Select(c => MatchCriterion.FromRecord(c.RuleId, c.Strength, c.Modality, c.Aftercare))],
            [.. m.UnmetPreferences.Select(c => MatchCriterion.FromRecord(c.RuleId, c.Strength, c.Modality, c.Aftercare))],
            [.. m.RejectedTracks.Select(Rebuild)],
            m.PreferencesMet))],
        [.. result.Exclusions.Select(e => ProgrammeExclusion.FromRecord(e.Programme, [.. e.Findings], [.. e.RejectedTracks.Select(Rebuild)]))],
        result.Standard);

    private static TrackRejection Rebuild(TrackRejection rejection) => TrackRejection.FromRecord(rejection.TrackIndex, rejection.Track, [.. rejection.Findings]);
}
