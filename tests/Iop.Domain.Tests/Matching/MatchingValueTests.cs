using Iop.Domain.Intensity;
using Iop.Domain.Continuum;
using Iop.Domain.Matching;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>The value types of matching: normalisation, equality and printing without caller text.</summary>
public sealed class MatchingValueTests
{
    [Fact]
    public void ScheduleTrack_DaysAreASet_MondayFirst_AndWeeklyHoursAreDaysTimesSession()
    {
        var track = new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.Thursday, IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday], new LocalTime(18, 0), Duration.FromHours(3));

        track.Days.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday);
        track.DaysPerWeek.Should().Be(2);
        track.WeeklyHours.Should().Be(Duration.FromHours(6));
        track.ToString().Should().Be("IntensiveOutpatient Evening track: Monday, Thursday 18:00 for 3 h");
    }

    [Fact]
    public void ScheduleTrack_Equality_IsByValue()
    {
        var track = EveningTrack();
        ContractAssertions.Equality(
            track,
            new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.Thursday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Monday], new LocalTime(18, 0), Duration.FromHours(3)),
            track with { Telehealth = true },
            track with { Days = [IsoDayOfWeek.Monday] },
            track with { Start = new LocalTime(18, 1) },
            track with { Kind = TrackKind.Afternoon });
    }

    [Fact]
    public void AvailabilityWindow_Equality_AndToString()
    {
        var window = new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(17, 30), new LocalTime(22, 0));
        ContractAssertions.Equality(window, new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(17, 30), new LocalTime(22, 0)), new AvailabilityWindow(IsoDayOfWeek.Tuesday, new LocalTime(17, 30), new LocalTime(22, 0)));
        window.ToString().Should().Be("Monday 17:30–22:00");
    }

    [Fact]
    public void Accreditation_IsCurrentThroughItsExpiryDay()
    {
        var carf = new Accreditation(AccreditationBody.Carf, AsOf);
        carf.IsCurrentOn(AsOf).Should().BeTrue();             // boundary: the last valid day
        carf.IsCurrentOn(AsOf.PlusDays(1)).Should().BeFalse(); // the day after
        carf.ToString().Should().Be("Carf until 2026-03-02");
        FluentActions.Invoking(() => new Accreditation(default, AsOf)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("body");
    }

    [Fact]
    public void ProgrammeProfile_NormalisesSets_AndComparesByValue()
    {
        var profile = Programme("P-1") with
        {
            Levels = [LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.IntensiveOutpatient],
            PayersAccepted = ["b", "A", "b"],
            Languages = ["es", "EN", "en"],
            Modalities = [Modality.TraumaInformedCare, Modality.CognitiveBehavioralTherapy],
        };

        profile.Levels.Should().Equal(LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization);
        profile.PayersAccepted.Should().Equal("A", "b");
        profile.Languages.Should().HaveCount(2);
        profile.Modalities.Should().Equal(Modality.CognitiveBehavioralTherapy, Modality.TraumaInformedCare);

        ContractAssertions.Equality(
            profile,
            profile with { PayersAccepted = ["A", "b"] },
            profile with { Id = "P-2" },
            profile with { PayersAccepted = ["a", "b"] },
            profile with { CoOccurringCapable = true },
            profile with { Tracks = [] });
    }

    [Fact]
    public void PersonNeeds_ComparesByValue_IgnoringWindowOrder()
    {
        var person = DayWorker() with { Payer = "PAYER-A", Language = "es" };
        ContractAssertions.Equality(
            person,
            person with { Availability = [.. person.Availability.Reverse()], Language = "ES" },
            person with { Payer = "payer-a" },
            person with { Telehealth = NeedStrength.Preferred },
            person with { Availability = [person.Availability[0]] });
    }

    [Fact]
    public void ToString_NeverPrintsIdsPayersOrLanguages()
    {
        const string secret = "Sunrise-Clinic-Jane-Doe";
        var person = DayWorker() with { Payer = secret, Language = "es", PayerStrength = NeedStrength.Preferred };
        var programme = Programme(secret) with { PayersAccepted = [secret], Languages = ["es"] };
        var excluded = Programme(secret + "-2", MorningTrack()) with { PayersAccepted = [secret], Languages = ["es"] };

        var result = Match(person, programme, excluded);
        var texts = new[]
        {
            person.ToString(),
            programme.ToString(),
            result.ToString(),
            result.Matches[0].ToString(),
            result.Exclusions[0].ToString(),
            result.Exclusions[0].RejectedTracks[0].ToString(),
        }.Concat(result.Findings.Concat(result.Exclusions[0].RejectedTracks[0].Findings).Select(f => f.ToString() + f.Message + f.Subject));

        texts.Should().OnlyContain(t => !t.Contains(secret, StringComparison.Ordinal));
        programme.ToString().Should().Be("ProgrammeProfile (IntensiveOutpatient; 1 track)");
        person.ToString().Should().Be("PersonNeeds (IntensiveOutpatient, Adult; 5 availability windows)");
        result.Exclusions[0].ToString().Should().Be("Excluded (MATCH-NO-TRACK-IN-AVAILABILITY)");
        result.Exclusions[0].RejectedTracks[0].ToString().Should().Be("Track 0: MATCH-NO-TRACK-IN-AVAILABILITY");
    }
}
