using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Matching;

/// <summary>Fictional people and programmes. The base pair matches under Medicare 2024; each test changes one thing.</summary>
internal static class MatchingFixtures
{
    public static readonly LocalDate AsOf = new(2026, 3, 2);

    public static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    public static readonly IsoDayOfWeek[] MondayTuesdayThursday = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday];

    public static Duration Hours(double hours) => Duration.FromMinutes((long)Math.Round(hours * 60));

    /// <summary>A person who works days: IOP, adult, free on weekday evenings 17:30–22:00.</summary>
    public static PersonNeeds DayWorker() =>
        new(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Weekdays.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))));

    /// <summary>An evening IOP track: Monday, Tuesday, Thursday 18:00 for 3 h = 9 h/week, exactly Medicare's minimum.</summary>
    public static ScheduleTrack EveningTrack() =>
        new(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, MondayTuesdayThursday, new LocalTime(18, 0), Hours(3));

    /// <summary>A morning IOP track: weekdays 09:00 for 3 h.</summary>
    public static ScheduleTrack MorningTrack() =>
        new(LevelOfCare.IntensiveOutpatient, TrackKind.Morning, MondayTuesdayThursday, new LocalTime(9, 0), Hours(3));

    /// <summary>An adult IOP programme with one evening track, licensed until the end of 2027.</summary>
    public static ProgrammeProfile Programme(string id = "P-1", params ScheduleTrack[] tracks) =>
        new(id, [LevelOfCare.IntensiveOutpatient], [AgeGroup.Adult], tracks.Length == 0 ? [EveningTrack()] : tracks, new LocalDate(2027, 12, 31));

    public static MatchResult Match(PersonNeeds person, params ProgrammeProfile[] programmes) =>
        ProgrammeMatching.Match(person, programmes, AsOf, IntensityRuleSet.Medicare2024);

    /// <summary>Medicare 2024's hours under a payer that counts telehealth: Medicare itself counts in-person services only (MCR-IN-PERSON-ONLY).</summary>
    public static IntensityRuleSet TelehealthCounting { get; } = IntensityRuleSet.Medicare2024 with { Telehealth = TelehealthPosition.TelehealthCounts };

    /// <summary>Matches under <see cref="TelehealthCounting"/>, for tests of the telehealth-offered criterion itself.</summary>
    public static MatchResult MatchCountingTelehealth(PersonNeeds person, params ProgrammeProfile[] programmes) =>
        ProgrammeMatching.Match(person, programmes, AsOf, TelehealthCounting);

    /// <summary>An Error finding of <paramref name="rule"/> about <paramref name="programmeId"/>, as a record read back from storage holds it.</summary>
    public static Finding About(string programmeId, Rule rule, SubjectKind kind = SubjectKind.Programme) =>
        rule.ToFinding(Severity.Error, "Missed.", FindingSubject.Part(kind, programmeId));
}
