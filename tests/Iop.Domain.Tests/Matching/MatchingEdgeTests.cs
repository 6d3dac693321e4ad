using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>
/// The edges of matching: each guard's text and parameter, the texts of the values, the criteria's order, the
/// normalised lists, the days a window covers, and the shape cache the engine keeps per call.
/// </summary>
public sealed class MatchingEdgeTests
{
    private static readonly LocalDate Unsupported = new(2200, 1, 1);

    private static readonly RuleSource TestSource = new("Test intensity standard", "Iop.Domain tests");

    /// <summary>
    /// Medicare 2024 with an IOP standard that sets all five thresholds: at least 8 h 40 min a week (8.67 h, a figure
    /// only this test uses), at most 19 h, 3 to 5 days, and 3 h a service day. The evening track (3 × 3 h) meets them all.
    /// </summary>
    private static IntensityRuleSet AllThresholds { get; } = IntensityRuleSet.Medicare2024.WithStandard(
        new IntensityStandard(LevelOfCare.IntensiveOutpatient, TestSource)
        {
            MinimumWeeklyHours = Duration.FromMinutes(520),
            MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(19)),
            MinimumDaysPerWeek = 3,
            MaximumDaysPerWeek = 5,
            MinimumHoursPerServiceDay = Duration.FromHours(3),
        });

    private static MatchResult MatchAllThresholds(params ProgrammeProfile[] programmes) =>
        ProgrammeMatching.Match(DayWorker(), programmes, AsOf, AllThresholds);

    private static ScheduleTrack Evening(Duration length) => EveningTrack() with { SessionLength = length };

    [Fact]
    public void Dates_OutsideTheSupportedRange_AreRefusedWithTheirParameter()
    {
        FluentActions.Invoking(() => new Accreditation(AccreditationBody.Carf, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expires");
        FluentActions.Invoking(() => new Accreditation(AccreditationBody.Carf, AsOf).IsCurrentOn(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), [Programme()], Unsupported, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => new ProgrammeProfile("P-1", [LevelOfCare.IntensiveOutpatient], [AgeGroup.Adult], [EveningTrack()], Unsupported))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("licenceExpires");
    }

    [Fact]
    public void AvailabilityWindow_DayOutsideTheWeek_SaysWhichDaysAreAllowed() =>
        FluentActions.Invoking(() => new AvailabilityWindow(IsoDayOfWeek.None, new LocalTime(9, 0), new LocalTime(10, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The day must be Monday to Sunday.*").WithParameterName("day");

    [Fact]
    public void ScheduleTrack_Guards_SayWhatIsAllowed()
    {
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.None], new LocalTime(18, 0), Hours(3)))
            .Should().Throw<ArgumentException>().WithMessage("Every day must be Monday to Sunday.*").WithParameterName("days");
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [], new LocalTime(18, 0), Hours(3)))
            .Should().Throw<ArgumentException>().WithMessage("The collection must not be empty.*").WithParameterName("days");
        FluentActions.Invoking(() => EveningTrack() with { Days = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Days");
        FluentActions.Invoking(() => EveningTrack() with { SessionLength = Duration.Zero })
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The session length must be in the range (0, 24 h].*").WithParameterName("SessionLength");
        FluentActions.Invoking(() => EveningTrack() with { SessionLength = Duration.FromHours(24) + Duration.FromNanoseconds(1) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SessionLength");
    }

    [Fact]
    public void ScheduleTrack_ADayLongSession_IsAllowed() =>
        (EveningTrack() with { SessionLength = Duration.FromHours(24) }).WeeklyHours.Should().Be(Duration.FromHours(72));

    [Fact]
    public void ScheduleTrack_NewDays_RecomputeTheWeeklyHours()
    {
        var track = EveningTrack() with { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday] };

        track.WeeklyHours.Should().Be(Duration.FromHours(6));
        track.DaysPerWeek.Should().Be(2);
    }

    [Fact]
    public void ScheduleTrack_ToString_NamesTelehealth() =>
        (EveningTrack() with { Telehealth = true }).ToString().Should().Be("IntensiveOutpatient Evening track: Monday, Tuesday, Thursday 18:00 for 3 h, telehealth");

    [Fact]
    public void ScheduleTrack_ToString_GivesHoursToTwoDecimals() =>
        Evening(Duration.FromMinutes(80)).ToString().Should().Be("IntensiveOutpatient Evening track: Monday, Tuesday, Thursday 18:00 for 1.33 h");

    [Fact]
    public void ProgrammeProfile_Lists_RefuseEmptinessWhereALevelOrAgeGroupIsNeeded()
    {
        FluentActions.Invoking(() => new ProgrammeProfile("P-1", [LevelOfCare.IntensiveOutpatient], [], [EveningTrack()], AsOf))
            .Should().Throw<ArgumentException>().WithMessage("The collection must not be empty.*").WithParameterName("ageGroups");
        FluentActions.Invoking(() => Programme() with { Levels = [] }).Should().Throw<ArgumentException>().WithMessage("The collection must not be empty.*").WithParameterName("Levels");
        FluentActions.Invoking(() => Programme() with { AgeGroups = [] }).Should().Throw<ArgumentException>().WithMessage("The collection must not be empty.*").WithParameterName("AgeGroups");
        FluentActions.Invoking(() => Programme() with { Modalities = [(Modality)99] })
            .Should().Throw<ArgumentException>().WithMessage("Every element must be a defined Modality member.*").WithParameterName("Modalities");
        FluentActions.Invoking(() => Programme() with { Languages = [" "] })
            .Should().Throw<ArgumentException>().WithMessage("The collection must not contain empty or white-space values.*").WithParameterName("Languages");
    }

    [Fact]
    public void ProgrammeProfile_OptionalLists_MayBeEmpty()
    {
        var programme = Programme() with { Modalities = [], Aftercare = [], PayersAccepted = [], Languages = [], Accreditations = [] };

        programme.Modalities.Should().BeEmpty();
        programme.Aftercare.Should().BeEmpty();
    }

    [Fact]
    public void ProgrammeProfile_Accreditations_AreCheckedAndOrderedByBodyThenExpiry()
    {
        FluentActions.Invoking(() => Programme() with { Accreditations = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Accreditations");
        FluentActions.Invoking(() => Programme() with { Accreditations = [default] })
            .Should().Throw<ArgumentException>().WithMessage("Every accreditation must have a defined body.*").WithParameterName("Accreditations");

        var later = new Accreditation(AccreditationBody.TheJointCommission, new LocalDate(2027, 6, 30));
        var earlier = new Accreditation(AccreditationBody.Carf, new LocalDate(2026, 6, 30));
        var carfRenewed = new Accreditation(AccreditationBody.Carf, new LocalDate(2028, 6, 30));

        (Programme() with { Accreditations = [carfRenewed, earlier, later] }).Accreditations.Should().Equal(later, earlier, carfRenewed);
    }

    [Fact]
    public void ProgrammeProfile_ToString_CountsTracks()
    {
        Programme().ToString().Should().Be("ProgrammeProfile (IntensiveOutpatient; 1 track)");
        Programme("P-1", EveningTrack(), MorningTrack()).ToString().Should().Be("ProgrammeProfile (IntensiveOutpatient; 2 tracks)");
        (Programme() with { Levels = [LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient] }).ToString()
            .Should().Be("ProgrammeProfile (IntensiveOutpatient, PartialHospitalization; 1 track)");
    }

    [Fact]
    public void PersonNeeds_Preferences_MayBeEmpty_AndDefaultWindowsAreRefused()
    {
        var person = DayWorker() with { PreferredModalities = [], PreferredAftercare = [] };
        person.PreferredModalities.Should().BeEmpty();
        person.PreferredAftercare.Should().BeEmpty();

        FluentActions.Invoking(() => new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, [default]))
            .Should().Throw<ArgumentException>().WithMessage("The collection must not contain a default window.*").WithParameterName("availability");
    }

    [Fact]
    public void PersonNeeds_WindowsWithOneStart_AreOrderedByEnd_AndBothKept()
    {
        var shorter = new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0));
        var longer = new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0));

        new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, [longer, shorter]).Availability.Should().Equal(shorter, longer);
    }

    [Fact]
    public void PersonNeeds_ToString_CountsWindows()
    {
        DayWorker().ToString().Should().Be("PersonNeeds (IntensiveOutpatient, Adult; 5 availability windows)");
        new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, [new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0))])
            .ToString().Should().Be("PersonNeeds (IntensiveOutpatient, Adult; 1 availability window)");
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday)]
    [InlineData(IsoDayOfWeek.Tuesday)]
    [InlineData(IsoDayOfWeek.Thursday)]
    [InlineData(IsoDayOfWeek.Sunday)]
    public void Availability_EachDayIsItsOwn_AWindowOnOneDayCoversNoOther(IsoDayOfWeek missing)
    {
        // Free every evening but one; a track that meets on that day (among others) lies outside the availability.
        var days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => d != missing);
        var person = new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, days.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))));
        var track = EveningTrack() with { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday, missing] };

        var result = ProgrammeMatching.Match(person, [Programme("P-1", track)], AsOf, IntensityRuleSet.Medicare2024 with { Standards = [] });

        result.Matches.Should().BeEmpty();
        result.Exclusions.Single().Findings.Select(f => f.RuleId).Should().Equal(MatchingRules.NoTrackInAvailability.Id);
    }

    [Fact]
    public void MatchCriterion_Operators_AtEqualityAndAcross()
    {
        var a = new MatchCriterion(MatchCheck.AgeGroupNotServed, NeedStrength.Required);
        var same = new MatchCriterion(MatchCheck.AgeGroupNotServed, NeedStrength.Required);
        var b = new MatchCriterion(MatchCheck.LevelNotOffered, NeedStrength.Required);

        (a < same).Should().BeFalse();
        (a > same).Should().BeFalse();
        (a <= same).Should().BeTrue();
        (a >= same).Should().BeTrue();
        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b >= a).Should().BeTrue();
        (b < a).Should().BeFalse();
        (a > b).Should().BeFalse();
    }

    [Fact]
    public void MatchCriterion_CompareTo_ThenModality_ThenAftercare_ThenStrength()
    {
        var preferred = new MatchCriterion(MatchCheck.PayerNotAccepted, NeedStrength.Preferred);
        var required = new MatchCriterion(MatchCheck.PayerNotAccepted, NeedStrength.Required);
        preferred.CompareTo(required).Should().BeNegative();
        required.CompareTo(preferred).Should().BePositive();
        required.CompareTo(required).Should().Be(0);

        var group = new MatchCriterion(MatchCheck.ModalityNotOffered, NeedStrength.Preferred, modality: Modality.GroupTherapy);
        var family = new MatchCriterion(MatchCheck.ModalityNotOffered, NeedStrength.Preferred, modality: Modality.FamilyTherapy);
        group.CompareTo(family).Should().BeNegative();
        family.CompareTo(group).Should().BePositive();

        var alumni = new MatchCriterion(MatchCheck.AftercareNotOffered, NeedStrength.Preferred, aftercare: AftercareService.AlumniGroups);
        var housing = new MatchCriterion(MatchCheck.AftercareNotOffered, NeedStrength.Preferred, aftercare: AftercareService.RecoveryHousingLinkage);
        alumni.CompareTo(housing).Should().BeNegative();
        housing.CompareTo(alumni).Should().BePositive();
    }

    [Fact]
    public void MatchCriterion_FromRecord_NamesWhatIsWrong()
    {
        var modality = MatchingRules.RuleOf(MatchCheck.ModalityNotOffered).Id;
        var aftercare = MatchingRules.RuleOf(MatchCheck.AftercareNotOffered).Id;
        var payer = MatchingRules.PayerNotAccepted.Id;

        FluentActions.Invoking(() => MatchCriterion.FromRecord(new RuleId("INT-OTHER-RULE"), NeedStrength.Required, null, null))
            .Should().Throw<ArgumentException>().WithMessage("The criterion's rule id must be a matching rule (see MatchingRules).*").WithParameterName("ruleId");
        FluentActions.Invoking(() => MatchCriterion.FromRecord(payer, (NeedStrength)9, null, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("strength");
        FluentActions.Invoking(() => MatchCriterion.FromRecord(modality, NeedStrength.Preferred, (Modality)99, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("modality");
        FluentActions.Invoking(() => MatchCriterion.FromRecord(aftercare, NeedStrength.Preferred, null, (AftercareService)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("aftercare");
        FluentActions.Invoking(() => MatchCriterion.FromRecord(payer, NeedStrength.Preferred, Modality.GroupTherapy, null))
            .Should().Throw<ArgumentException>().WithMessage("A modality is given with MATCH-MODALITY-NOT-OFFERED, and with no other rule.*").WithParameterName("modality");
        FluentActions.Invoking(() => MatchCriterion.FromRecord(payer, NeedStrength.Preferred, null, AftercareService.AlumniGroups))
            .Should().Throw<ArgumentException>().WithMessage("An aftercare service is given with MATCH-AFTERCARE-NOT-OFFERED, and with no other rule.*").WithParameterName("aftercare");

        MatchCriterion.FromRecord(aftercare, NeedStrength.Preferred, null, AftercareService.AlumniGroups)
            .Should().Be(new MatchCriterion(MatchCheck.AftercareNotOffered, NeedStrength.Preferred, aftercare: AftercareService.AlumniGroups));
    }

    [Fact]
    public void IntensityCriteria_ListEveryThresholdTheStandardSets()
    {
        var met = MatchAllThresholds(Programme()).Matches.Single().Met.Select(c => c.RuleId).ToList();

        met.Should().Contain(
        [
            MatchingRules.RuleOf(MatchCheck.TrackBelowMinimum).Id,
            MatchingRules.RuleOf(MatchCheck.TrackAboveMaximum).Id,
            MatchingRules.RuleOf(MatchCheck.TrackTooFewDays).Id,
            MatchingRules.RuleOf(MatchCheck.TrackTooManyDays).Id,
            MatchingRules.RuleOf(MatchCheck.TrackSessionTooShort).Id,
        ]);
    }

    [Fact]
    public void IntensityFindings_CiteTheStandard_OtherFindingsTheirRule()
    {
        // Five weekday sessions of 2 h: 10 h a week, but sessions shorter than the 3 h a service day needs, so no day
        // is a service day either.
        var shortSessions = EveningTrack() with { Days = Weekdays, SessionLength = Hours(2) };
        var exclusion = MatchAllThresholds(Programme("P-1", shortSessions) with { AgeGroups = [AgeGroup.Adolescent] }).Exclusions.Single();

        var byRule = exclusion.Findings.ToDictionary(f => f.RuleId);
        byRule.Keys.Should().BeEquivalentTo(
            [MatchingRules.AgeGroupNotServed.Id, MatchingRules.RuleOf(MatchCheck.TrackTooFewDays).Id, MatchingRules.RuleOf(MatchCheck.TrackSessionTooShort).Id]);
        byRule[MatchingRules.RuleOf(MatchCheck.TrackSessionTooShort).Id].Source.Should().Be(TestSource);
        byRule[MatchingRules.RuleOf(MatchCheck.TrackTooFewDays).Id].Source.Should().Be(TestSource);
        byRule[MatchingRules.AgeGroupNotServed.Id].Source.Should().Be(MatchingRules.AgeGroupNotServed.Source);
    }

    [Fact]
    public void IntensityFindings_GiveHoursToTwoDecimals()
    {
        var exclusion = MatchAllThresholds(Programme("P-1", Evening(Hours(2)))).Exclusions.Single();

        exclusion.Findings.Single(f => f.RuleId == MatchingRules.RuleOf(MatchCheck.TrackBelowMinimum).Id).Message
            .Should().Be("No track at the person's level reaches the intensity standard's minimum of 8.67 h per week.");
        exclusion.RejectedTracks.Single().Findings.Single(f => f.RuleId == MatchingRules.RuleOf(MatchCheck.TrackBelowMinimum).Id).Message
            .Should().Be("The track's planned week falls below the intensity standard's minimum of 8.67 h.");
    }

    [Fact]
    public void RejectedTracks_AreThoseAtThePersonsLevel()
    {
        var dayTrack = new ScheduleTrack(LevelOfCare.PartialHospitalization, TrackKind.Morning, Weekdays, new LocalTime(9, 0), Hours(4));
        var programme = Programme("P-1", EveningTrack(), dayTrack) with { Levels = [LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization] };

        var match = Match(DayWorker(), programme).Matches.Single();

        match.Tracks.Should().Equal(EveningTrack());
        match.RejectedTracks.Should().BeEmpty();
    }

    [Fact]
    public void TracksOfOneDaysButAnotherLength_AreJudgedEachOnItsOwn()
    {
        // Same days and start; the engine caches each shape's intensity once per call, so the length must be part of it.
        foreach (var tracks in new[] { new[] { Evening(Hours(3)), Evening(Hours(2)) }, [Evening(Hours(2)), Evening(Hours(3))] })
        {
            var match = Match(DayWorker(), Programme("P-1", tracks)).Matches.Single();

            match.Tracks.Should().Equal(Evening(Hours(3)));
            match.RejectedTracks.Select(r => r.Track).Should().Equal(Evening(Hours(2)));
        }
    }

    [Fact]
    public void ManyTrackShapes_InOneCall_AreEachJudgedAsAlone()
    {
        // 40 lengths from 2 h 10 min to 4 h 55 min, more than the cache's first table holds, twice over in one call.
        var tracks = Enumerable.Range(0, 40).Select(i => Evening(Duration.FromMinutes(130 + (5 * i)))).ToArray();
        var programmes = new[] { Programme("P-1", tracks), Programme("P-2", [.. tracks.Reverse()]) };

        var result = ProgrammeMatching.Match(DayWorker(), programmes, AsOf, IntensityRuleSet.Medicare2024);

        foreach (var match in result.Matches)
        {
            foreach (var track in match.Tracks.Concat(match.RejectedTracks.Select(r => r.Track)))
            {
                var alone = Match(DayWorker(), Programme("P-1", track));
                (match.Tracks.Contains(track)).Should().Be(alone.Matches.Count == 1, "{0} fits alone exactly when it fits among the others", track);
            }
        }

        result.Matches.Should().HaveCount(2);
        result.Matches[0].Tracks.Should().HaveCount(tracks.Count(t => t.SessionLength >= Hours(3) && t.Start.PlusMinutes((int)t.SessionLength.TotalMinutes) <= new LocalTime(22, 0)));
    }

    [Fact]
    public void Texts_CountInTheSingularAndThePlural()
    {
        var one = Match(DayWorker(), Programme("P-1"), Programme("P-2") with { AgeGroups = [AgeGroup.Adolescent] });
        one.ToString().Should().Be("MatchResult (1 match, 1 exclusion)");
        one.Matches.Single().ToString().Should().Be("Match #1 (1 track; 0 preferences met, 0 unmet)");

        var two = Match(DayWorker() with { CoOccurringCare = NeedStrength.Preferred }, Programme("P-1", EveningTrack(), EveningTrack() with { Kind = TrackKind.Afternoon }) with { CoOccurringCapable = true }, Programme("P-2"));
        two.ToString().Should().Be("MatchResult (2 matches, 0 exclusions)");
        two.Matches[0].ToString().Should().Be("Match #1 (2 tracks; 1 preference met, 0 unmet)");
        two.Matches[1].ToString().Should().Be("Match #2 (1 track; 0 preferences met, 1 unmet)");

        Match(DayWorker()).ToString().Should().Be("MatchResult (0 matches, 0 exclusions)");
        Match(DayWorker(), Programme("P-1") with { AgeGroups = [AgeGroup.Adolescent] }, Programme("P-2") with { AgeGroups = [AgeGroup.Adolescent] })
            .ToString().Should().Be("MatchResult (0 matches, 2 exclusions)");
    }

    [Fact]
    public void ExclusionAndRejection_Texts_ListTheirRules()
    {
        var exclusion = Match(DayWorker(), Programme("P-1", Evening(Hours(2))) with { AgeGroups = [AgeGroup.Adolescent] }).Exclusions.Single();

        exclusion.ToString().Should().Be("Excluded (MATCH-AGE-GROUP-NOT-SERVED, MATCH-TRACK-BELOW-MINIMUM)");
        exclusion.RejectedTracks.Single().ToString().Should().Be("Track 0: MATCH-TRACK-BELOW-MINIMUM");

        var thrice = MatchAllThresholds(Programme("P-1", Evening(Hours(2)))).Exclusions.Single().RejectedTracks.Single();
        thrice.ToString().Should().Be("Track 0: MATCH-TRACK-BELOW-MINIMUM, MATCH-TRACK-SESSION-TOO-SHORT, MATCH-TRACK-TOO-FEW-DAYS");
    }
}
