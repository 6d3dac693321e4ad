using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>Each exclusion reason: a programme that trips it (and only it) and one that does not.</summary>
public sealed partial class ProgrammeMatchingTests
{
    [Fact]
    public void Match_BaseFixtures_Match_SoEveryTripBelowIsCausedByTheOneChange()
    {
        var result = Match(DayWorker(), Programme());
        result.Exclusions.Should().BeEmpty();
        result.Matches.Should().ContainSingle().Which.Tracks.Should().Equal(EveningTrack());
    }

    [Fact]
    public void Match_LevelNotOffered_ExcludesWithMatchLevelNotOffered()
    {
        var php = Programme() with { Levels = [LevelOfCare.PartialHospitalization] };
        var both = Programme("P-2") with { Levels = [LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization] };

        var result = Match(DayWorker(), php, both);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-LEVEL-NOT-OFFERED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_AgeGroupNotServed_ExcludesWithMatchAgeGroupNotServed()
    {
        var adolescents = Programme() with { AgeGroups = [AgeGroup.Adolescent] };
        var both = Programme("P-2") with { AgeGroups = [AgeGroup.Adolescent, AgeGroup.Adult] };

        var result = Match(DayWorker(), adolescents, both);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-AGE-GROUP-NOT-SERVED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_LicenceExpiredTheDayBefore_Excludes_ButExpiringThatDay_Matches()
    {
        var expired = Programme() with { LicenceExpires = AsOf.PlusDays(-1) }; // boundary: last valid day was yesterday
        var lastDay = Programme("P-2") with { LicenceExpires = AsOf };         // boundary: today is the last valid day

        var result = Match(DayWorker(), expired, lastDay);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-LICENCE-EXPIRED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_AccreditationExpired_Excludes_ButCurrentOrNoneMatches()
    {
        var expired = Programme() with
        {
            Accreditations = [new Accreditation(AccreditationBody.TheJointCommission, AsOf.PlusYears(1)), new Accreditation(AccreditationBody.Carf, AsOf.PlusDays(-1))],
        };
        var current = Programme("P-2") with { Accreditations = [new Accreditation(AccreditationBody.Carf, AsOf)] }; // boundary: last valid day
        var none = Programme("P-3");

        var result = Match(DayWorker(), expired, current, none);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-ACCREDITATION-EXPIRED");
        result.Matches.Select(m => m.Programme.Id).Should().BeEquivalentTo("P-2", "P-3");
        result.Matches.Single(m => m.Programme.Id == "P-2").Met.Should().Contain(c => c.RuleId == MatchingRules.AccreditationExpired.Id);
        result.Matches.Single(m => m.Programme.Id == "P-3").Met.Should().NotContain(c => c.RuleId == MatchingRules.AccreditationExpired.Id);
    }

    [Fact]
    public void Match_ExpiredAccreditationWithARenewalListed_Matches_ButAnotherBodyExpired_Excludes()
    {
        var renewed = Programme() with
        {
            Accreditations = [new Accreditation(AccreditationBody.Carf, AsOf.PlusDays(-400)), new Accreditation(AccreditationBody.Carf, AsOf.PlusYears(2))],
        };
        var otherBodyExpired = Programme("P-2") with
        {
            Accreditations = [new Accreditation(AccreditationBody.Carf, AsOf.PlusYears(2)), new Accreditation(AccreditationBody.TheJointCommission, AsOf.PlusDays(-1))],
        };

        var result = Match(DayWorker(), renewed, otherBodyExpired);

        AssertExcludedOnlyFor(result, "P-2", "MATCH-ACCREDITATION-EXPIRED");
        result.Matches.Single().Met.Should().Contain(c => c.RuleId == MatchingRules.AccreditationExpired.Id, "the CARF renewal supersedes the expired entry");
    }

    [Fact]
    public void Match_RequiredPayerNotAccepted_ExcludesWithMatchPayerNotAccepted_ComparedOrdinally()
    {
        var person = DayWorker() with { Payer = "PAYER-A" };
        var other = Programme() with { PayersAccepted = ["PAYER-B", "payer-a"] }; // ordinal: case matters
        var accepts = Programme("P-2") with { PayersAccepted = ["PAYER-A"] };

        var result = Match(person, other, accepts);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-PAYER-NOT-ACCEPTED");
        result.Matches.Should().ContainSingle().Which.Met.Should().Contain(c => c.RuleId == MatchingRules.PayerNotAccepted.Id && c.Strength == NeedStrength.Required);
    }

    [Fact]
    public void Match_PreferredPayerNotAccepted_MatchesWithAnUnmetPreference()
    {
        var person = DayWorker() with { Payer = "PAYER-A", PayerStrength = NeedStrength.Preferred };

        var match = Match(person, Programme() with { PayersAccepted = ["PAYER-B"] }).Matches.Should().ContainSingle().Subject;

        match.UnmetPreferences.Should().ContainSingle().Which.RuleId.Should().Be(MatchingRules.PayerNotAccepted.Id);
        match.PreferencesMet.Should().Be(0);
    }

    [Fact]
    public void Match_RequiredLanguageNotOffered_ExcludesWithMatchLanguageNotOffered()
    {
        var person = DayWorker() with { Language = "es" };
        var english = Programme() with { Languages = ["en", "fr"] };
        var mexicanSpanish = Programme("P-2") with { Languages = ["en", "ES-mx"] }; // subtag prefix, any case

        var result = Match(person, english, mexicanSpanish);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-LANGUAGE-NOT-OFFERED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Theory]
    [InlineData("es", "es", true)]          // equal tags
    [InlineData("es", "ES", true)]          // BCP 47 tags are case-insensitive
    [InlineData("es", "es-MX", true)]       // the person's tag is a subtag prefix of the programme's
    [InlineData("es-MX", "es", true)]       // and the other way round
    [InlineData("es-MX", "es-ES", false)]   // siblings are different languages for matching
    [InlineData("e", "es", false)]          // a prefix must end at a subtag boundary
    [InlineData("zh-Hant", "zh-Hans", false)] // different scripts
    public void LanguagesMatch_FollowsSubtagPrefixes(string wanted, string offered, bool expected) =>
        ProgrammeMatching.LanguagesMatch(wanted, offered).Should().Be(expected);

    [Fact]
    public void Match_RequiredCoOccurringCareNotOffered_ExcludesWithMatchCoOccurringNotOffered()
    {
        var person = DayWorker() with { CoOccurringCare = NeedStrength.Required };

        var result = Match(person, Programme(), Programme("P-2") with { CoOccurringCapable = true });

        AssertExcludedOnlyFor(result, "P-1", "MATCH-CO-OCCURRING-NOT-OFFERED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");

        // 42 CFR Part 2: a finding about one person never states that they have a substance-use condition.
        result.Exclusions.Single().Findings.Single().Message.Should().NotContainAny("substance", "SUD", "addiction");
    }

    [Fact]
    public void Match_RequiredFamilyProgrammeNotOffered_ExcludesWithMatchFamilyNotOffered()
    {
        var person = DayWorker() with { FamilyInvolvement = NeedStrength.Required };

        var result = Match(person, Programme(), Programme("P-2") with { FamilyProgramme = true });

        AssertExcludedOnlyFor(result, "P-1", "MATCH-FAMILY-NOT-OFFERED");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_TrackOneMinuteBelowTheWeeklyMinimum_IsExcluded_ExactlyTheMinimumMatches()
    {
        // Medicare 2024 IOP: at least 9 h/week. Three sessions of 2 h 59 min 40 s are 8 h 59 min.
        var short1 = EveningTrack() with { SessionLength = Duration.FromHours(3) - Duration.FromSeconds(20) };
        short1.WeeklyHours.Should().Be(Duration.FromHours(9) - Duration.FromMinutes(1));
        var exact = EveningTrack(); // boundary: exactly 9 h

        var result = Match(DayWorker(), Programme("P-1", short1), Programme("P-2", exact));

        AssertExcludedOnlyFor(result, "P-1", "MATCH-TRACK-BELOW-MINIMUM");
        var exclusion = result.Exclusions.Single();
        exclusion.Findings.Single().Source.Should().Be(Citations.Cfr410Section44, "the finding cites the intensity standard's source");
        exclusion.Findings.Single().Message.Should().Contain("9 h per week");
        exclusion.RejectedTracks.Should().ContainSingle().Which.Findings.Select(f => f.RuleId.Value).Should().Equal("MATCH-TRACK-BELOW-MINIMUM");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
        result.Standard.Should().Be(IntensityRuleSet.Medicare2024.Standards[0]);
    }

    [Fact]
    public void Match_TrackAboveTheWeeklyCeiling_IsExcluded_ExactlyTheCeilingMatches()
    {
        // Medicare 2024 IOP: at most 19 h/week (inclusive). Five sessions of 4 h are 20 h; of 3 h 48 min, 19 h.
        var over = new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, Weekdays, new LocalTime(17, 30), Hours(4));
        var atCeiling = over with { SessionLength = Hours(3.8) };

        var result = Match(DayWorker(), Programme("P-1", over), Programme("P-2", atCeiling));

        AssertExcludedOnlyFor(result, "P-1", "MATCH-TRACK-ABOVE-MAXIMUM");
        result.Exclusions.Single().Findings.Single().Source.Should().Be(Citations.Cfr410Section44);
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_TrackOnTooFewDays_IsExcludedUnderH0015()
    {
        // HCPCS H0015: at least 3 h per day on at least 3 days per week. Two days of 4.5 h: too few days.
        var twoDays = EveningTrack() with { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], Start = new LocalTime(17, 30), SessionLength = Hours(4.5) };

        var result = ProgrammeMatching.Match(DayWorker(), [Programme("P-1", twoDays), Programme("P-2")], AsOf, IntensityRuleSet.HcpcsH0015);

        AssertExcludedOnlyFor(result, "P-1", "MATCH-TRACK-TOO-FEW-DAYS");
        result.Exclusions.Single().Findings.Single().Source.Should().Be(Citations.HcpcsLevelII);
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2"); // boundary: 3 days of exactly 3 h
    }

    [Fact]
    public void Match_TrackSessionShorterThanAServiceDay_IsExcludedUnderH0015()
    {
        var shortSessions = EveningTrack() with { Days = [.. Weekdays], SessionLength = Hours(3) - Duration.FromMinutes(1) }; // one minute short

        var result = ProgrammeMatching.Match(DayWorker(), [Programme("P-1", shortSessions), Programme("P-2")], AsOf, IntensityRuleSet.HcpcsH0015);

        // Through SessionIntensity, as for delivered sessions: a day shorter than a service day is not a
        // service day, so the five short days also leave the week below H0015's three service days.
        var exclusion = result.Exclusions.Should().ContainSingle().Subject;
        RuleIds(exclusion).Should().Equal("MATCH-TRACK-SESSION-TOO-SHORT", "MATCH-TRACK-TOO-FEW-DAYS");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_NoTrackInsideAvailability_ExcludesWithMatchNoTrackInAvailability()
    {
        var result = Match(DayWorker(), Programme("P-1", MorningTrack()), Programme("P-2", MorningTrack(), EveningTrack()));

        AssertExcludedOnlyFor(result, "P-1", "MATCH-NO-TRACK-IN-AVAILABILITY");
        var match = result.Matches.Should().ContainSingle().Subject;
        match.Tracks.Should().Equal(EveningTrack());
        match.RejectedTracks.Should().ContainSingle().Which.Findings.Select(f => f.Message)
            .Should().Equal(result.Exclusions[0].RejectedTracks[0].Findings.Select(f => f.Message), "the same morning track misses the same requirement in both programmes");
        match.RejectedTracks[0].Findings[0].Subject.Should().Be(FindingSubject.Part(SubjectKind.ScheduleTrack, "P-2"));
        match.RejectedTracks[0].TrackIndex.Should().Be(0);
    }

    [Theory]
    [InlineData(19, 0, true)]  // boundary: 19:00 + 3 h ends exactly at the window's end, 22:00
    [InlineData(19, 1, false)] // one minute later runs past the window
    [InlineData(17, 30, true)] // boundary: starts exactly at the window's start
    [InlineData(17, 29, false)] // one minute earlier starts before the window
    public void Match_TrackAtTheEdgesOfTheWindow_FitsOnlyInside(int hour, int minute, bool fits)
    {
        var track = EveningTrack() with { Start = new LocalTime(hour, minute) };

        Match(DayWorker(), Programme("P-1", track)).Matches.Should().HaveCount(fits ? 1 : 0);
    }

    [Fact]
    public void Match_TrackSpanningTwoTouchingWindows_Fits_BecauseWindowsAreJoined()
    {
        var split = new PersonNeeds(
            LevelOfCare.IntensiveOutpatient,
            AgeGroup.Adult,
            MondayTuesdayThursday.SelectMany(d => new[] { new AvailabilityWindow(d, new LocalTime(17, 0), new LocalTime(19, 0)), new AvailabilityWindow(d, new LocalTime(19, 0), new LocalTime(21, 0)) }));

        Match(split, Programme()).Matches.Should().ContainSingle();
    }

    [Fact]
    public void Match_WindowToTheEndOfTheDay_FitsASessionEndingAtMidnight_ButNotOneRunningPastIt()
    {
        var person = new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, MondayTuesdayThursday.Select(d => new AvailabilityWindow(d, new LocalTime(20, 0), LocalTime.MaxValue)));
        var toMidnight = EveningTrack() with { Start = new LocalTime(21, 0) };
        var pastMidnight = EveningTrack() with { Start = new LocalTime(21, 1) };

        Match(person, Programme("P-1", toMidnight), Programme("P-2", pastMidnight)).Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-1");
    }

    [Fact]
    public void Match_RequiredTelehealthNotOffered_ExcludesWithMatchTelehealthNotOffered()
    {
        var person = DayWorker() with { Telehealth = NeedStrength.Required };

        var result = MatchCountingTelehealth(person, Programme(), Programme("P-2", EveningTrack() with { Telehealth = true }));

        AssertExcludedOnlyFor(result, "P-1", "MATCH-TELEHEALTH-NOT-OFFERED");
        result.Matches.Should().ContainSingle().Which.Met.Should().Contain(c => c.RuleId == MatchingRules.TelehealthNotOffered.Id);
    }

    [Fact]
    public void Match_TelehealthTrackUnderMedicare_DoesNotCountItsHours_ExcludesWithMatchTrackBelowMinimum()
    {
        // The evening track's 9 h are exactly Medicare's IOP minimum in person; by telehealth they add nothing (MCR-IN-PERSON-ONLY).
        var telehealthEvening = Programme("P-2", EveningTrack() with { Telehealth = true });

        var medicare = Match(DayWorker(), Programme(), telehealthEvening);
        var countingTelehealth = MatchCountingTelehealth(DayWorker(), Programme(), telehealthEvening);

        AssertExcludedOnlyFor(medicare, "P-2", "MATCH-TRACK-BELOW-MINIMUM");
        countingTelehealth.Exclusions.Should().BeEmpty(); // the same track counts where the rule set counts telehealth
    }

    [Fact]
    public void Match_EachTrackMissesADifferentRequirement_ExcludesWithMatchNoTrackMeetsAll()
    {
        var person = DayWorker() with { Telehealth = NeedStrength.Required };
        var inPersonEvening = EveningTrack();
        var telehealthMorning = MorningTrack() with { Telehealth = true };

        var result = MatchCountingTelehealth(person, Programme("P-1", inPersonEvening, telehealthMorning), Programme("P-2", inPersonEvening, telehealthMorning with { Start = new LocalTime(18, 0) }));

        AssertExcludedOnlyFor(result, "P-1", "MATCH-NO-TRACK-MEETS-ALL");
        var rejected = result.Exclusions.Single().RejectedTracks;
        rejected.Select(r => r.Findings.Single().RuleId.Value).Should().Equal("MATCH-TELEHEALTH-NOT-OFFERED", "MATCH-NO-TRACK-IN-AVAILABILITY");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("P-2");
    }

    [Fact]
    public void Match_ProgrammeWithNoTrackAtTheLevel_ExcludesWithMatchNoTrackInAvailability()
    {
        var phpTrackOnly = Programme("P-1", EveningTrack() with { Level = LevelOfCare.PartialHospitalization });

        var result = Match(DayWorker(), phpTrackOnly);

        RuleIds(result.Exclusions.Single()).Should().Equal("MATCH-NO-TRACK-IN-AVAILABILITY");
        result.Exclusions.Single().RejectedTracks.Should().BeEmpty("tracks at other levels are not assessed");
    }

    [Fact]
    public void Match_ProgrammeMissingSeveralRequirements_ReportsEveryOne_InRuleIdOrder()
    {
        var person = DayWorker() with { Payer = "PAYER-A", Language = "es" };
        var bad = Programme("P-1", MorningTrack()) with { AgeGroups = [AgeGroup.Adolescent], LicenceExpires = AsOf.PlusDays(-1) };

        var exclusion = Match(person, bad).Exclusions.Single();

        RuleIds(exclusion).Should().BeEquivalentTo(
            "MATCH-AGE-GROUP-NOT-SERVED",
            "MATCH-LICENCE-EXPIRED",
            "MATCH-PAYER-NOT-ACCEPTED",
            "MATCH-LANGUAGE-NOT-OFFERED",
            "MATCH-NO-TRACK-IN-AVAILABILITY");
        RuleIds(exclusion).Should().BeInAscendingOrder(StringComparer.Ordinal);
        exclusion.Findings.Should().OnlyContain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Match_ResidentialLevel_DoesNotAssessSchedules()
    {
        var person = DayWorker() with { Level = LevelOfCare.Residential, Telehealth = NeedStrength.Required };
        var residential = new ProgrammeProfile("R-1", [LevelOfCare.Residential], [AgeGroup.Adult], [], new LocalDate(2027, 1, 1));

        var result = Match(person, residential);

        var match = result.Matches.Should().ContainSingle().Subject;
        match.Tracks.Should().BeEmpty();
        match.Met.Should().NotContain(c => c.RuleId == MatchingRules.NoTrackInAvailability.Id || c.RuleId == MatchingRules.TelehealthNotOffered.Id);
        result.Standard.Should().BeNull();
    }

    [Fact]
    public void Match_LevelWithoutAStandardInTheRuleSet_AppliesNoIntensityCheck()
    {
        // Medicare 2024 has no outpatient standard: a one-hour weekly track is fine.
        var person = DayWorker() with { Level = LevelOfCare.Outpatient };
        var op = new ProgrammeProfile("O-1", [LevelOfCare.Outpatient], [AgeGroup.Adult], [EveningTrack() with { Level = LevelOfCare.Outpatient, Days = [IsoDayOfWeek.Monday], SessionLength = Hours(1) }], new LocalDate(2027, 1, 1));

        var result = Match(person, op);

        result.Standard.Should().BeNull();
        result.Matches.Should().ContainSingle().Which.Met.Should().NotContain(c => c.RuleId.Value.StartsWith("MATCH-TRACK-", StringComparison.Ordinal));
    }

    [Fact]
    public void MatchingRules_EveryRule_HasItsOwnMatchId()
    {
        var ids = MatchRules().Select(r => r.Id.Value).ToList();

        ids.Should().OnlyContain(id => id.StartsWith("MATCH-", StringComparison.Ordinal));
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().HaveCount(Enum.GetValues<MatchCheck>().Length + 1, "one rule per check, plus the ranking");
    }

    [Theory]
    [MemberData(nameof(AllChecks))]
    public void RuleOf_EveryCheck_IsAPublicMatchingRule(int check) =>
        MatchRules().Should().Contain(MatchingRules.RuleOf((MatchCheck)check));

    public static TheoryData<int> AllChecks() => [.. Enum.GetValues<MatchCheck>().Select(c => (int)c)];

    private static IEnumerable<Rule> MatchRules() =>
        typeof(MatchingRules).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Rule))
            .Select(p => (Rule)p.GetValue(null)!);

    private static IEnumerable<string> RuleIds(IEvaluationResult result) => result.Findings.Select(f => f.RuleId.Value);

    private static void AssertExcludedOnlyFor(MatchResult result, string id, string ruleId)
    {
        var exclusion = result.Exclusions.Should().ContainSingle().Subject;
        exclusion.Programme.Id.Should().Be(id);
        var finding = exclusion.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Value.Should().Be(ruleId);
        finding.Severity.Should().Be(Severity.Error);
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Programme, id), "an exclusion's finding names its programme as data");
        result.Findings.Should().Equal(exclusion.Findings);
        result.HasErrors.Should().BeTrue();
    }
}
