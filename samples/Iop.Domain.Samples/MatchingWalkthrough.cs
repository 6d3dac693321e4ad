using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>Matching: a fictional person who works days, matched to an evening IOP track among three fictional programmes.</summary>
internal static class MatchingWalkthrough
{
    public static void Run(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("== 3. Matching a person to a programme ==");
        output.WriteLine();

        var asOf = new LocalDate(2025, 3, 24);
        IsoDayOfWeek[] weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
        IsoDayOfWeek[] monTueThu = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday];

        // The fictional person works 08:00–17:00 on weekdays; IOP is indicated (normally from the placement decision).
        var person = new PersonNeeds(
            LevelOfCare.IntensiveOutpatient,
            AgeGroup.Adult,
            weekdays.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))))
        {
            Payer = "STATE-MEDICAID",
            CoOccurringCare = NeedStrength.Required,
            Telehealth = NeedStrength.Preferred,
            FamilyInvolvement = NeedStrength.Preferred,
            PreferredModalities = [Modality.CognitiveBehavioralTherapy, Modality.RelapsePreventionGroup],
            PreferredAftercare = [AftercareService.AlumniGroups],
        };

        var riverside = new ProgrammeProfile(
            "riverside",
            [LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization],
            [AgeGroup.Adult],
            [
                new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Morning, monTueThu, new LocalTime(9, 0), Duration.FromHours(3)),
                new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, monTueThu, new LocalTime(18, 0), Duration.FromHours(3)) { Telehealth = true },
            ],
            new LocalDate(2026, 6, 30))
        {
            Accreditations = [new Accreditation(AccreditationBody.Carf, new LocalDate(2027, 1, 31))],
            CoOccurringCapable = true,
            FamilyProgramme = true,
            Modalities = [Modality.CognitiveBehavioralTherapy, Modality.MotivationalInterviewing, Modality.RelapsePreventionGroup],
            Aftercare = [AftercareService.AlumniGroups, AftercareService.VocationalSupport],
            PayersAccepted = ["STATE-MEDICAID", "COMMERCIAL-A"],
            Languages = ["en", "es"],
        };

        var hillcrest = new ProgrammeProfile(
            "hillcrest",
            [LevelOfCare.IntensiveOutpatient],
            [AgeGroup.Adult],
            [
                new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Morning, weekdays, new LocalTime(9, 0), Duration.FromHours(2)),
                new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Afternoon, monTueThu, new LocalTime(13, 0), Duration.FromHours(3)),
            ],
            new LocalDate(2026, 12, 31))
        {
            CoOccurringCapable = true,
            PayersAccepted = ["STATE-MEDICAID"],
            Languages = ["en"],
        };

        var lakeside = new ProgrammeProfile(
            "lakeside",
            [LevelOfCare.IntensiveOutpatient],
            [AgeGroup.Adult, AgeGroup.Adolescent],
            [new ScheduleTrack(LevelOfCare.IntensiveOutpatient, TrackKind.Evening, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], new LocalTime(18, 0), Duration.FromHours(3))],
            new LocalDate(2025, 1, 31))
        {
            Accreditations = [new Accreditation(AccreditationBody.TheJointCommission, new LocalDate(2026, 9, 30))],
            CoOccurringCapable = true,
            PayersAccepted = ["COMMERCIAL-A"],
            Languages = ["en"],
        };

        var result = ProgrammeMatching.Match(person, [riverside, hillcrest, lakeside], asOf, IntensityRuleSet.Medicare2024);

        output.WriteLine($"Person: works days; placed at IOP; free weekday evenings 17:30–22:00; matched on {asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} under {IntensityRuleSet.Medicare2024}.");
        output.WriteLine($"Intensity standard applied: {result.Standard?.MinimumWeeklyHours?.TotalHours} h/week minimum, {result.Standard?.MaximumWeeklyHours} ({result.Standard?.Source.Title}).");
        output.WriteLine();

        foreach (var match in result.Matches)
        {
            output.WriteLine($"#{match.Rank} {match.Programme.Id}: fits ({match.PreferencesMet} of {match.PreferencesMet + match.UnmetPreferences.Count} preferences met)");
            foreach (var track in match.Tracks)
            {
                output.WriteLine($"   track: {track} = {track.WeeklyHours.TotalHours} h/week");
            }

            output.WriteLine($"   rules passed: {string.Join("; ", match.Met)}");
            output.WriteLine($"   preferences not met: {(match.UnmetPreferences.Count == 0 ? "nothing" : string.Join("; ", match.UnmetPreferences))}");
            foreach (var rejected in match.RejectedTracks)
            {
                output.WriteLine($"   other track: {rejected.Track.Kind} does not fit ({string.Join(", ", rejected.Findings.Select(f => f.RuleId))})");
            }
        }

        output.WriteLine();
        foreach (var exclusion in result.Exclusions)
        {
            output.WriteLine($"Excluded: {exclusion.Programme.Id}");
            foreach (var finding in exclusion.Findings)
            {
                output.WriteLine($"   {finding.RuleId}: {finding.Message}");
                output.WriteLine($"      source: {finding.Source.Title}");
            }
        }
    }
}
