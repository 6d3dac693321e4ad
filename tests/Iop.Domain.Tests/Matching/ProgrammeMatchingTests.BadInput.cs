using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>Bad input throws the documented exception, naming the parameter, and never echoes an id.</summary>
public sealed partial class ProgrammeMatchingTests
{
    [Fact]
    public void Match_NullPerson_Throws() =>
        FluentActions.Invoking(() => ProgrammeMatching.Match(null!, [Programme()], AsOf, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentNullException>().WithParameterName("person");

    [Fact]
    public void Match_NullProgrammes_Throws() =>
        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), null!, AsOf, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentNullException>().WithParameterName("programmes");

    [Fact]
    public void Match_NullProgrammeInTheList_Throws() =>
        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), [Programme(), null!], AsOf, IntensityRuleSet.Medicare2024))
            .Should().Throw<ArgumentException>().WithParameterName("programmes");

    [Fact]
    public void Match_NullRuleSet_Throws() =>
        FluentActions.Invoking(() => ProgrammeMatching.Match(DayWorker(), [Programme()], AsOf, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("intensityRules");

    [Fact]
    public void Match_DuplicateIds_ThrowsNamingProgrammes_WithoutEchoingTheId()
    {
        const string id = "SECRET-CLINIC-42";

        FluentActions.Invoking(() => Match(DayWorker(), Programme(id), Programme("other"), Programme(id, MorningTrack())))
            .Should().Throw<ArgumentException>().WithParameterName("programmes")
            .Which.Message.Should().NotContain(id);
    }

    [Fact]
    public void Match_IdsDifferingOnlyInCase_AreDistinct() =>
        Match(DayWorker(), Programme("abc"), Programme("ABC")).Matches.Should().HaveCount(2);

    [Fact]
    public void AvailabilityWindow_EndBeforeStart_Throws() =>
        FluentActions.Invoking(() => new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(18, 0), new LocalTime(17, 59)))
            .Should().Throw<ArgumentException>().WithParameterName("end");

    [Fact]
    public void AvailabilityWindow_NoDay_Throws() =>
        FluentActions.Invoking(() => new AvailabilityWindow(IsoDayOfWeek.None, new LocalTime(18, 0), new LocalTime(19, 0)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");

    [Fact]
    public void AvailabilityWindow_EmptyWindow_IsAllowed_AndFitsNoSession()
    {
        var empty = new AvailabilityWindow(IsoDayOfWeek.Monday, new LocalTime(18, 0), new LocalTime(18, 0)); // boundary: end equals start
        var person = new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, [empty]);

        Match(person, Programme()).Matches.Should().BeEmpty();
    }

    [Fact]
    public void PersonNeeds_NullOrEmptyAvailability_OrADefaultWindow_Throws()
    {
        FluentActions.Invoking(() => new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("availability");
        FluentActions.Invoking(() => new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, []))
            .Should().Throw<ArgumentException>().WithParameterName("availability");
        FluentActions.Invoking(() => new PersonNeeds(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, [default]))
            .Should().Throw<ArgumentException>().WithParameterName("availability");
        FluentActions.Invoking(() => DayWorker() with { Availability = [] })
            .Should().Throw<ArgumentException>().WithParameterName("Availability");
    }

    [Fact]
    public void PersonNeeds_UndefinedValues_Throw()
    {
        FluentActions.Invoking(() => new PersonNeeds(default(LevelOfCare), AgeGroup.Adult, DayWorker().Availability))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => new PersonNeeds(LevelOfCare.Outpatient, default, DayWorker().Availability))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");
        FluentActions.Invoking(() => DayWorker() with { Telehealth = default(NeedStrength) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Telehealth");
        FluentActions.Invoking(() => DayWorker() with { PayerStrength = default })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PayerStrength");
        FluentActions.Invoking(() => DayWorker() with { Payer = " " })
            .Should().Throw<ArgumentException>().WithParameterName("Payer");
        FluentActions.Invoking(() => DayWorker() with { Language = string.Empty })
            .Should().Throw<ArgumentException>().WithParameterName("Language");
        FluentActions.Invoking(() => DayWorker() with { PreferredModalities = [default] })
            .Should().Throw<ArgumentException>().WithParameterName("PreferredModalities");
        FluentActions.Invoking(() => DayWorker() with { PreferredModalities = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("PreferredModalities");
    }

    [Fact]
    public void ProgrammeProfile_BadArguments_Throw()
    {
        var date = new LocalDate(2027, 1, 1);
        FluentActions.Invoking(() => new ProgrammeProfile(" ", [LevelOfCare.Outpatient], [AgeGroup.Adult], [], date))
            .Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new ProgrammeProfile("P", null!, [AgeGroup.Adult], [], date))
            .Should().Throw<ArgumentNullException>().WithParameterName("levels");
        FluentActions.Invoking(() => new ProgrammeProfile("P", [], [AgeGroup.Adult], [], date))
            .Should().Throw<ArgumentException>().WithParameterName("levels");
        FluentActions.Invoking(() => new ProgrammeProfile("P", [LevelOfCare.Outpatient], [default], [], date))
            .Should().Throw<ArgumentException>().WithParameterName("ageGroups");
        FluentActions.Invoking(() => new ProgrammeProfile("P", [LevelOfCare.Outpatient], [AgeGroup.Adult], null!, date))
            .Should().Throw<ArgumentNullException>().WithParameterName("tracks");
        FluentActions.Invoking(() => new ProgrammeProfile("P", [LevelOfCare.Outpatient], [AgeGroup.Adult], [null!], date))
            .Should().Throw<ArgumentException>().WithParameterName("tracks");
        FluentActions.Invoking(() => Programme() with { PayersAccepted = ["A", ""] })
            .Should().Throw<ArgumentException>().WithParameterName("PayersAccepted");
        FluentActions.Invoking(() => Programme() with { Languages = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("Languages");
        FluentActions.Invoking(() => Programme() with { Accreditations = [default] })
            .Should().Throw<ArgumentException>().WithParameterName("Accreditations");
        FluentActions.Invoking(() => Programme() with { Id = string.Empty })
            .Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void ScheduleTrack_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [], new LocalTime(18, 0), Duration.FromHours(3)))
            .Should().Throw<ArgumentException>().WithParameterName("days");
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.None], new LocalTime(18, 0), Duration.FromHours(3)))
            .Should().Throw<ArgumentException>().WithParameterName("days");
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, default, [IsoDayOfWeek.Monday], new LocalTime(18, 0), Duration.FromHours(3)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.Monday], new LocalTime(18, 0), Duration.Zero))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sessionLength"); // boundary: zero is not a session
        FluentActions.Invoking(() => EveningTrack() with { SessionLength = Duration.FromHours(24) + Duration.Epsilon })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SessionLength"); // boundary: just over a day
        FluentActions.Invoking(() => EveningTrack() with { Level = default })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Level");
    }
}
