using System.Text.Json;
using System.Text.Json.Nodes;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// Matching results are read back as the record of a match already made (decision 0073): what was written, with
/// the findings and criteria checked against the matching rules and the tracks against their programme, never
/// matched again. Bad records are JsonExceptions with the path and without the programme's id.
/// </summary>
public sealed class MatchResultJsonTests
{
    // A caller's programme ids: they must never appear in an error.
    private const string Fits = "ZQX-FITS";
    private const string Excluded = "ZQX-EXCLUDED";

    private static readonly LocalDate AsOf = new(2026, 3, 2);

    private static readonly IsoDayOfWeek[] MondayTuesdayThursday = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday];

    [Fact]
    public void Deserialize_MatchWithRejectedTrackUnmetPreferenceAndExclusion_EqualsTheResultAndItsExplanation()
    {
        var result = Match();

        var back = IopJson.Deserialize<MatchResult>(IopJson.Serialize(result));

        back.Should().Be(result);
        back.Findings.Should().Equal(result.Findings);
        back.HasErrors.Should().BeTrue();
        back.Matches[0].RejectedTracks.Should().ContainSingle().Which.TrackIndex.Should().Be(1);
        back.Matches[0].UnmetPreferences.Should().ContainSingle().Which.Modality.Should().Be(Modality.FamilyTherapy);
        back.Exclusions.Should().ContainSingle().Which.Findings.Select(f => f.RuleId.Value).Should().Equal("MATCH-LEVEL-NOT-OFFERED");
    }

    [Fact]
    public void Serialize_MatchResult_WritesItsPartsAndNotWhatFollowsFromThem()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Match()))!.AsObject();

        json.Select(p => p.Key).Should().Equal("matches", "exclusions", "standard");
        json["matches"]![0]!.AsObject().Select(p => p.Key).Should().Equal("programme", "rank", "tracks", "met", "unmetPreferences", "rejectedTracks", "preferencesMet");
        json["matches"]![0]!["met"]![0]!.AsObject().Select(p => p.Key).Should().Equal("ruleId", "strength", "modality", "aftercare");
    }

    [Fact]
    public void Deserialize_MatchesOutOfRankOrder_IsRefusedWithThePath()
    {
        var json = MatchJson();
        json["matches"]![0]!["rank"] = 2;

        var error = Read<MatchResult>(json);

        error.Message.Should().Contain("ranked 1, 2").And.Contain("Path: $").And.NotContain(Fits);
    }

    [Fact]
    public void Deserialize_ExclusionFindingOfAnotherRule_IsRefusedWithoutTheProgrammeId()
    {
        var json = MatchJson();
        json["exclusions"]![0]!["findings"]![0]!["ruleId"] = "INT-IOP-MIN-HOURS";

        var error = Read<MatchResult>(json);

        error.Message.Should().Contain("matching rules").And.Contain("Path: $.exclusions[0]").And.NotContain(Excluded);
    }

    [Fact]
    public void Deserialize_ExclusionFindingAboutAnotherProgramme_IsRefusedWithoutEitherId()
    {
        var json = MatchJson();
        json["exclusions"]![0]!["findings"]![0]!["subject"]!["id"] = Fits;

        var error = Read<MatchResult>(json);

        error.Message.Should().Contain("of this programme").And.NotContain(Fits).And.NotContain(Excluded);
    }

    [Fact]
    public void Deserialize_ExclusionWithoutFindings_IsRefused()
    {
        var json = MatchJson();
        json["exclusions"]![0]!["findings"] = new JsonArray();

        Read<MatchResult>(json).Message.Should().Contain("ProgrammeExclusion refused the value (member 'findings')");
    }

    [Fact]
    public void Deserialize_RejectedTrackThatIsNotTheProgrammes_IsRefused()
    {
        var json = MatchJson();
        json["matches"]![0]!["rejectedTracks"]![0]!["trackIndex"] = 0;

        Read<MatchResult>(json).Message.Should().Contain("one of the programme's tracks").And.Contain("Path: $.matches[0]");
    }

    [Fact]
    public void Deserialize_UnmetCriterionThatIsRequired_IsRefused()
    {
        var json = MatchJson();
        json["matches"]![0]!["unmetPreferences"]![0]!["strength"] = "Required";

        Read<MatchResult>(json).Message.Should().Contain("each unmet criterion must be a preference");
    }

    [Fact]
    public void Deserialize_PreferencesMetThatDisagreesWithTheCriteria_IsRefused()
    {
        var json = MatchJson();
        json["matches"]![0]!["preferencesMet"] = 5;

        Read<MatchResult>(json).Message.Should().Contain("member 'preferencesMet'").And.NotContain("5 ");
    }

    [Theory]
    [InlineData("MATCH-LEVEL-NOT-OFFERED", "FamilyTherapy", null, "modality")]
    [InlineData("MATCH-MODALITY-NOT-OFFERED", null, null, "modality")]
    [InlineData("MATCH-AFTERCARE-NOT-OFFERED", null, null, "aftercare")]
    [InlineData("OUT-PHQ9-ITEM9", null, null, "ruleId")]
    public void Deserialize_CriterionWhosePartsDisagreeWithItsRule_IsRefusedNamingTheMember(string ruleId, string? modality, string? aftercare, string member)
    {
        var json = new JsonObject { ["ruleId"] = ruleId, ["strength"] = "Preferred", ["modality"] = modality, ["aftercare"] = aftercare };

        Read<MatchCriterion>(json).Message.Should().Contain($"(member '{member}')");
    }

    [Fact]
    public void ValueFactory_MatchingResults_HoldEveryPartOfTheExplanation()
    {
        // The round-trip property is only as strong as its values: across its seeds they hold every part.
        var results = Enumerable.Range(0, 60).Select(seed => (MatchResult)new ValueFactory(seed).Make(typeof(MatchResult))).ToArray();

        results.Should().Contain(r => r.Matches.Any(m => m.RejectedTracks.Count > 0));
        results.Should().Contain(r => r.Matches.Any(m => m.UnmetPreferences.Count > 0));
        results.Should().Contain(r => r.Matches.Any(m => m.Met.Any(c => c.Modality != null)));
        results.Should().Contain(r => r.Exclusions.Any(e => e.RejectedTracks.Count > 0));
        results.Should().Contain(r => r.Exclusions.Any(e => e.Findings.Count > 1));
        results.Should().Contain(r => r.Matches.Count > 1);
    }

    /// <summary>
    /// An adult free on weekday evenings who prefers family therapy: one programme fits through its evening track
    /// (its morning track is rejected), and one is excluded because it offers another level.
    /// </summary>
    private static MatchResult Match()
    {
        var person = new PersonNeeds(
            LevelOfCare.IntensiveOutpatient,
            AgeGroup.Adult,
            MondayTuesdayThursday.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))))
        {
            PreferredModalities = [Modality.FamilyTherapy, Modality.GroupTherapy],
        };
        var evening = new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, MondayTuesdayThursday, new LocalTime(18, 0), Duration.FromHours(3));
        var morning = new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Morning, MondayTuesdayThursday, new LocalTime(9, 0), Duration.FromHours(3));
        var fits = new ProgrammeProfile(Fits, [LevelOfCare.IntensiveOutpatient], [AgeGroup.Adult], [evening, morning], new LocalDate(2027, 12, 31))
        {
            Modalities = [Modality.GroupTherapy],
        };
        var excluded = new ProgrammeProfile(Excluded, [LevelOfCare.PartialHospitalization], [AgeGroup.Adult], [], new LocalDate(2027, 12, 31));

        return ProgrammeMatching.Match(person, [excluded, fits], AsOf, IntensityRuleSet.Medicare2024);
    }

    private static JsonNode MatchJson() => JsonNode.Parse(IopJson.Serialize(Match()))!;

    private static JsonException Read<T>(JsonNode json)
    {
        var read = () => IopJson.Deserialize<T>(json.ToJsonString());
        return read.Should().Throw<JsonException>().Which;
    }
}
