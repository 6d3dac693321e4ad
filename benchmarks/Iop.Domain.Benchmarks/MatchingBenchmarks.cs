using BenchmarkDotNet.Attributes;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Matching one person against 10,000 programmes. Baseline: the LINQ filter a user would otherwise write
/// (level, age, licence, payer, an evening track inside the availability with enough weekly hours, ordered
/// by modalities), which explains nothing. The programmes arrive in a shuffled order (fixed seed), as from
/// a directory query, not sorted by id; the setup throws unless LINQ finds the same programmes.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 3, 2);

    private readonly PersonNeeds person = new(
        LevelOfCare.IntensiveOutpatient,
        AgeGroup.Adult,
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))))
    {
        Payer = "PAYER-1",
        Telehealth = NeedStrength.Preferred,
        PreferredModalities = [Modality.CognitiveBehavioralTherapy, Modality.RelapsePreventionGroup],
    };

    private ProgrammeProfile[] programmes = [];

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic variety: every programme differs in level, tracks, payers, licence and modalities by its index.
        // Session length varies with i / 4 and the payer with i % 4, so that both vary independently and a few
        // hundred programmes match (keyed on the same i % 4, no programme matched and only exclusions were timed).
        IsoDayOfWeek[][] dayPatterns = [[IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], [IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]];
        programmes = [.. Enumerable.Range(0, 10_000).Select(i =>
        {
            var level = i % 5 == 0 ? LevelOfCare.PartialHospitalization : LevelOfCare.IntensiveOutpatient;
            var evening = new ScheduleTrack(level, TrackKind.Evening, dayPatterns[i % 3], new LocalTime(17 + (i % 3), 30), Duration.FromMinutes(150 + ((i / 4) % 4 * 15))) { Telehealth = i % 2 == 0 };
            var morning = evening with { Kind = TrackKind.Morning, Start = new LocalTime(9, 0) };
            return new ProgrammeProfile($"PRG-{i:D5}", [level], i % 7 == 0 ? [AgeGroup.Adolescent] : [AgeGroup.Adult], [morning, evening], AsOf.PlusDays((i % 50) - 5))
            {
                PayersAccepted = [$"PAYER-{i % 4}", "PAYER-9"],
                Modalities = [(Modality)(1 + (i % 8)), (Modality)(1 + ((i / 8) % 8))],
            };
        })];
        new Random(20260302).Shuffle(programmes);

        var library = ProgrammeMatching.Match(person, programmes, AsOf, IntensityRuleSet.Medicare2024).Matches.Select(m => m.Programme.Id).Order(StringComparer.Ordinal);
        var linq = LinqMatches().Select(p => p.Id).Order(StringComparer.Ordinal);
        if (!library.SequenceEqual(linq, StringComparer.Ordinal))
        {
            throw new InvalidOperationException("The LINQ baseline and ProgrammeMatching find different programmes.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq_10000() => LinqMatches().Count();

    private IEnumerable<ProgrammeProfile> LinqMatches()
    {
        var minimum = Duration.FromHours(9);
        return programmes
            .Where(p => p.Levels.Contains(person.Level) && p.AgeGroups.Contains(person.AgeGroup) && AsOf <= p.LicenceExpires)
            .Where(p => p.PayersAccepted.Contains(person.Payer))
            .Where(p => p.Tracks.Any(t =>
                t.Level == person.Level
                && t.WeeklyHours >= minimum
                && t.Days.All(d => person.Availability.Any(w => w.Day == d && w.Start <= t.Start && t.Start.PlusMinutes((long)t.SessionLength.TotalMinutes) <= w.End))))
            .OrderByDescending(p => p.Modalities.Count(person.PreferredModalities.Contains))
            .ThenBy(p => p.Id, StringComparer.Ordinal);
    }

    [Benchmark]
    public int Match_10000() =>
        ProgrammeMatching.Match(person, programmes, AsOf, IntensityRuleSet.Medicare2024).Matches.Count;

    /// <summary>The same match, then every finding read: the result's (one per missed requirement of every excluded programme) and every rejected track's.</summary>
    [Benchmark]
    public int Match_10000_ReadEveryFinding()
    {
        var result = ProgrammeMatching.Match(person, programmes, AsOf, IntensityRuleSet.Medicare2024);
        var count = result.Findings.Count;
        foreach (var exclusion in result.Exclusions)
        {
            foreach (var track in exclusion.RejectedTracks)
            {
                count += track.Findings.Count;
            }
        }

        foreach (var match in result.Matches)
        {
            foreach (var track in match.RejectedTracks)
            {
                count += track.Findings.Count;
            }
        }

        return count;
    }
}
