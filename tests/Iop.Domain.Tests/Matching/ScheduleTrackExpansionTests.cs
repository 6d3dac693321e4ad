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

/// <summary>A track expands to the sessions it plans, and matching judges that week with the intensity code that judges delivered sessions.</summary>
public sealed class ScheduleTrackExpansionTests
{
    // The week of AsOf (Monday 2 March 2026), which matching plans the tracks in.
    private static readonly DateInterval Week = new(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 8));

    private static readonly IntensityRuleSet[] RuleSets =
        [IntensityRuleSet.Medicare2024, IntensityRuleSet.AsamHourBands, IntensityRuleSet.HcpcsH0015, IntensityRuleSet.TedsIntensiveOutpatient, IntensityRuleSet.Kansas];

    // The intensity rule each matching track rule stands for, written out independently of the engine.
    private static readonly Dictionary<string, string> MatchRuleOf = new(StringComparer.Ordinal)
    {
        ["INT-IOP-MIN-HOURS"] = "MATCH-TRACK-BELOW-MINIMUM",
        ["INT-PHP-MIN-HOURS"] = "MATCH-TRACK-BELOW-MINIMUM",
        ["INT-MIN-HOURS"] = "MATCH-TRACK-BELOW-MINIMUM",
        ["INT-IOP-MAX-HOURS"] = "MATCH-TRACK-ABOVE-MAXIMUM",
        ["INT-OP-MAX-HOURS"] = "MATCH-TRACK-ABOVE-MAXIMUM",
        ["INT-MAX-HOURS"] = "MATCH-TRACK-ABOVE-MAXIMUM",
        ["INT-MIN-DAYS"] = "MATCH-TRACK-TOO-FEW-DAYS",
        ["INT-MAX-DAYS"] = "MATCH-TRACK-TOO-MANY-DAYS",
        ["INT-MIN-DAY-HOURS"] = "MATCH-TRACK-SESSION-TOO-SHORT",
    };

    [Fact]
    public void PlannedSessions_EveningTrack_EqualsTheSessionsWrittenByHand()
    {
        Session Evening(int day) => new(new LocalDate(2026, 3, day), new LocalTime(18, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

        // Monday, Tuesday and Thursday of the week; nothing on the other four days.
        EveningTrack().PlannedSessions(Week).Should().Equal(Evening(2), Evening(3), Evening(5));
    }

    [Fact]
    public void PlannedSessions_TwoWeeksFromAWednesday_PlansOnlyTheTrackDaysInside()
    {
        var dates = new DateInterval(new LocalDate(2026, 3, 4), new LocalDate(2026, 3, 17)); // Wednesday to the Tuesday two weeks on

        var sessions = EveningTrack().PlannedSessions(dates);

        sessions.Select(s => s.Date.Day).Should().Equal(5, 9, 10, 12, 16, 17);
        sessions.Should().OnlyContain(s => s.Start == new LocalTime(18, 0) && s.Duration == Duration.FromHours(3) && s.IsAttendedQualifying);
    }

    [Fact]
    public void PlannedSessions_DatesOnNoTrackDay_IsEmpty_AndNullThrows()
    {
        EveningTrack().PlannedSessions(new DateInterval(new LocalDate(2026, 3, 4), new LocalDate(2026, 3, 4))).Should().BeEmpty(); // a Wednesday
        FluentActions.Invoking(() => EveningTrack().PlannedSessions(null!)).Should().Throw<ArgumentNullException>().WithParameterName("dates");
    }

    [Fact]
    public void PlannedSessions_OfATrackPastMidnight_CountOnTheStartDay_AsDeliveredSessionsDo()
    {
        var late = EveningTrack() with { Start = new LocalTime(22, 0) };

        var sessions = late.PlannedSessions(Week);

        sessions.Select(s => s.Date.Day).Should().Equal(2, 3, 5);
        sessions.Should().OnlyContain(s => s.CrossesMidnight);
        SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Week, IntensityRuleSet.Medicare2024)
            .Weeks.Single().QualifyingHours.Should().Be(late.WeeklyHours);
    }

    [Property]
    public Property WeeklyHours_AreThePlannedWeeksQualifyingHours() => Prop.ForAll(
        MatchingGenerators.TrackAt([LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization]).ToArbitrary(),
        track => SessionIntensity.Evaluate(track.PlannedSessions(Week), track.Level, AgeGroup.Adult, Week, IntensityRuleSet.Medicare2024)
            .QualifyingHours == track.WeeklyHours);

    [Property]
    public Property TrackIntensityInMatching_AgreesWithSessionIntensityOnTheHandWrittenWeek() => Prop.ForAll(
        (from track in MatchingGenerators.TrackAt([LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization])
         from age in Gen.Elements(Enum.GetValues<AgeGroup>())
         from rules in Gen.Elements(RuleSets)
         select (track, age, rules)).ToArbitrary(),
        w =>
        {
            // The week written by hand: one session on each of the track's days, as a delivered week would be recorded.
            // A telehealth track under an in-person-only rule set (Medicare) is recorded as delivered by telehealth.
            var mode = w.track.Telehealth && w.rules.Telehealth == TelehealthPosition.InPersonOnly ? DeliveryMode.TelehealthVideo : DeliveryMode.InPerson;
            var sessions = w.track.Days.Select(d => new Session(Week.Start.PlusDays((int)d - 1), w.track.Start, w.track.SessionLength, ServiceKind.GroupTherapy, mode, Attendance.Attended));
            var expected = SessionIntensity.Evaluate(sessions, w.track.Level, w.age, Week, w.rules).Findings
                .Select(f => MatchRuleOf.GetValueOrDefault(f.RuleId.Value))
                .OfType<string>()
                .Distinct()
                .Order(StringComparer.Ordinal);

            // Anyone, any time: only the intensity rules can reject the track.
            var anyone = new PersonNeeds(w.track.Level, w.age, Enumerable.Range(1, 7).Select(d => new AvailabilityWindow((IsoDayOfWeek)d, LocalTime.Midnight, LocalTime.MaxValue)));
            var programme = new ProgrammeProfile("P", [w.track.Level], [w.age], [w.track], AsOf.PlusYears(1));
            var result = ProgrammeMatching.Match(anyone, [programme], AsOf, w.rules);
            var actual = result.Exclusions.SelectMany(e => e.RejectedTracks).SelectMany(r => r.Findings).Select(f => f.RuleId.Value).Order(StringComparer.Ordinal);

            return actual.SequenceEqual(expected) && (result.Matches.Count == 1) == !expected.Any();
        });

    [Fact]
    public void TrackRejection_Findings_NameTheTrackOfTheirProgramme()
    {
        var result = Match(DayWorker(), Programme("P-1", MorningTrack(), EveningTrack()));

        var rejection = result.Matches.Single().RejectedTracks.Should().ContainSingle().Subject;
        rejection.TrackIndex.Should().Be(0);
        rejection.HasErrors.Should().BeTrue();
        rejection.Findings.Should().ContainSingle().Which.Subject.Should().Be(FindingSubject.Part(SubjectKind.ScheduleTrack, "P-1"));
        result.Findings.Should().BeEmpty("a matched programme's rejected tracks do not make the result's findings");
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Findings_ReadTwice_AreOneList_BuiltWhenFirstRead()
    {
        var result = Match(DayWorker(), Programme("P-1", MorningTrack()));
        var exclusion = result.Exclusions.Single();

        result.Findings.Should().BeSameAs(result.Findings);
        exclusion.Findings.Should().BeSameAs(exclusion.Findings);
        exclusion.RejectedTracks[0].Findings.Should().BeSameAs(exclusion.RejectedTracks[0].Findings);
        result.Findings.Should().Equal(exclusion.Findings);
        exclusion.RejectedTracks[0].Findings.Single().Message.Should().NotBe(exclusion.Findings.Single().Message, "a track's finding speaks of the track, the programme's of every track");
    }

    [Fact]
    public void Match_TrackOnMoreDaysThanTheStandardAllows_IsExcludedWithMatchTrackTooManyDays()
    {
        // No built-in rule set caps days per week; a caller's may. Four days allowed: five evenings are one too many.
        var standard = IntensityRuleSet.Medicare2024.Standards[0] with { MaximumDaysPerWeek = 4 };
        var capped = new IntensityRuleSet("Capped days (test)", "1", AsOf, [standard]);
        var fiveEvenings = EveningTrack() with { Days = [.. Weekdays], Start = new LocalTime(18, 30), SessionLength = Hours(2) }; // 10 h, inside 9–19 h
        var fourEvenings = fiveEvenings with { Days = [.. Weekdays.Take(4)], SessionLength = Hours(3) };                            // boundary: exactly four days, 12 h

        var result = ProgrammeMatching.Match(DayWorker(), [Programme("P-1", fiveEvenings), Programme("P-2", fourEvenings)], AsOf, capped);

        var finding = result.Exclusions.Should().ContainSingle().Subject.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(MatchingRules.TrackTooManyDays.Id);
        finding.Source.Should().Be(standard.Source);
        result.Matches.Should().ContainSingle().Which.Met.Should().Contain(c => c.RuleId == MatchingRules.TrackTooManyDays.Id);
    }
}
