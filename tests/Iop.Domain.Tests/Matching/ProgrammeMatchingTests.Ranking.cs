using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>Ranking (MATCH-RANK) and the reasons a match fits.</summary>
public sealed partial class ProgrammeMatchingTests
{
    [Fact]
    public void Match_RanksByPreferencesMet_ThenTracksThatFit_ThenIdOrdinally()
    {
        var person = DayWorker() with
        {
            Telehealth = NeedStrength.Preferred,
            PreferredModalities = [Modality.CognitiveBehavioralTherapy, Modality.DialecticalBehaviorTherapy],
        };
        var twoPreferences = Programme("D") with { Modalities = [Modality.CognitiveBehavioralTherapy, Modality.DialecticalBehaviorTherapy] };
        var onePreferenceTwoTracks = Programme("C", EveningTrack(), EveningTrack() with { Start = new LocalTime(18, 30) }) with { Modalities = [Modality.CognitiveBehavioralTherapy] };
        var onePreferenceOneTrackB = Programme("B") with { Modalities = [Modality.DialecticalBehaviorTherapy] };
        var onePreferenceOneTrackA = Programme("a", EveningTrack() with { Telehealth = true }); // lower-case sorts after upper-case ordinally
        var none = Programme("A");

        var result = MatchCountingTelehealth(person, none, onePreferenceOneTrackA, onePreferenceOneTrackB, onePreferenceTwoTracks, twoPreferences);

        result.Matches.Select(m => m.Programme.Id).Should().Equal("D", "C", "B", "a", "A");
        result.Matches.Select(m => m.Rank).Should().Equal(1, 2, 3, 4, 5);
        result.Matches.Select(m => m.PreferencesMet).Should().Equal(2, 1, 1, 1, 0);
    }

    [Fact]
    public void Match_ListsEveryRequirementMetAndEveryPreference_MetOrNot()
    {
        var person = DayWorker() with
        {
            Telehealth = NeedStrength.Preferred,
            CoOccurringCare = NeedStrength.Required,
            FamilyInvolvement = NeedStrength.Preferred,
            Payer = "PAYER-A",
            Language = "en",
            LanguageStrength = NeedStrength.Preferred,
            PreferredModalities = [Modality.MotivationalInterviewing, Modality.TraumaInformedCare],
            PreferredAftercare = [AftercareService.AlumniGroups],
        };
        var programme = Programme() with
        {
            CoOccurringCapable = true,
            PayersAccepted = ["PAYER-A"],
            Languages = ["en-US"],
            Modalities = [Modality.TraumaInformedCare],
            Aftercare = [AftercareService.AlumniGroups, AftercareService.RecoveryHousingLinkage],
            Accreditations = [new Accreditation(AccreditationBody.Carf, AsOf.PlusYears(2))],
        };

        var match = Match(person, programme).Matches.Single();

        // Ordered by rule id: each criterion is named by the rule that would have excluded or ranked the programme down.
        match.Met.Select(c => c.ToString()).Should().Equal(
            "MATCH-ACCREDITATION-EXPIRED (required)",
            "MATCH-AFTERCARE-NOT-OFFERED AlumniGroups (preferred)",
            "MATCH-AGE-GROUP-NOT-SERVED (required)",
            "MATCH-CO-OCCURRING-NOT-OFFERED (required)",
            "MATCH-LANGUAGE-NOT-OFFERED (preferred)",
            "MATCH-LEVEL-NOT-OFFERED (required)",
            "MATCH-LICENCE-EXPIRED (required)",
            "MATCH-MODALITY-NOT-OFFERED TraumaInformedCare (preferred)",
            "MATCH-NO-TRACK-IN-AVAILABILITY (required)",
            "MATCH-PAYER-NOT-ACCEPTED (required)",
            "MATCH-TRACK-ABOVE-MAXIMUM (required)",  // Medicare 2024 IOP sets a ceiling (19 h) …
            "MATCH-TRACK-BELOW-MINIMUM (required)"); // … and a minimum (9 h): one criterion per threshold the standard sets
        match.UnmetPreferences.Select(c => c.ToString()).Should().Equal(
            "MATCH-FAMILY-NOT-OFFERED (preferred)",
            "MATCH-MODALITY-NOT-OFFERED MotivationalInterviewing (preferred)",
            "MATCH-TELEHEALTH-NOT-OFFERED (preferred)");
        match.PreferencesMet.Should().Be(3);
        match.ToString().Should().Be("Match #1 (1 track; 3 preferences met, 3 unmet)");
    }

    [Fact]
    public void MatchCriterion_OrdersByRuleIdThenDetail()
    {
        var person = DayWorker() with { PreferredModalities = [Modality.MedicationManagement, Modality.CognitiveBehavioralTherapy] };
        var unmet = Match(person, Programme()).Matches.Single().UnmetPreferences;

        unmet[0].Should().BeLessThan(unmet[1]);
        (unmet[0] < unmet[1]).Should().BeTrue();
        (unmet[0] <= unmet[1]).Should().BeTrue();
        (unmet[1] > unmet[0]).Should().BeTrue();
        (unmet[1] >= unmet[0]).Should().BeTrue();
        unmet[0].Modality.Should().Be(Modality.CognitiveBehavioralTherapy);
        unmet[0].Aftercare.Should().BeNull();
        ContractAssertions.Equality(unmet[0], Match(person, Programme()).Matches.Single().UnmetPreferences[0], unmet[1]);
    }

    [Fact]
    public void Match_EveryProgrammeAppearsExactlyOnce_ExclusionsOrderedById()
    {
        var programmes = new[] { Programme("z"), Programme("B", MorningTrack()), Programme("A", MorningTrack()), Programme("m") };

        var result = Match(DayWorker(), programmes);

        result.Matches.Select(m => m.Programme.Id).Concat(result.Exclusions.Select(e => e.Programme.Id)).Should().BeEquivalentTo(programmes.Select(p => p.Id));
        result.Exclusions.Select(e => e.Programme.Id).Should().Equal("A", "B");
        result.ToString().Should().Be("MatchResult (2 matches, 2 exclusions)");
    }

    [Fact]
    public void Match_EmptyProgrammeList_ReturnsAnEmptyResult()
    {
        var result = ProgrammeMatching.Match(DayWorker(), [], AsOf, IntensityRuleSet.Medicare2024);

        result.Matches.Should().BeEmpty();
        result.Exclusions.Should().BeEmpty();
    }

    [Fact]
    public void Match_SameInputs_GiveEqualResults()
    {
        var a = Match(DayWorker(), Programme("P-1"), Programme("P-2", MorningTrack()));
        var b = Match(DayWorker(), Programme("P-1"), Programme("P-2", MorningTrack()));
        var c = Match(DayWorker(), Programme("P-1"));

        ContractAssertions.Equality(a, b, c);
        ContractAssertions.Equality(a.Matches[0], b.Matches[0]);
        ContractAssertions.Equality(a.Exclusions[0], b.Exclusions[0]);
        ContractAssertions.Equality(a.Exclusions[0].RejectedTracks[0], b.Exclusions[0].RejectedTracks[0]);
    }
}
