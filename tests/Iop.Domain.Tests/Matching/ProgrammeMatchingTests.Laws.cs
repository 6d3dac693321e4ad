using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>The laws of matching, as FsCheck properties over generated people and programmes.</summary>
public sealed partial class ProgrammeMatchingTests
{
    [Property]
    public Property AddingAProgramme_NeverRemovesAnotherFromTheMatches() => Prop.ForAll(
        (from person in MatchingGenerators.Person
         from programmes in MatchingGenerators.Programmes
         from extra in MatchingGenerators.Programme
         select (person, programmes, extra: extra with { Id = "X" })).ToArbitrary(),
        w =>
        {
            var before = MatchedIds(ProgrammeMatching.Match(w.person, w.programmes, AsOf, IntensityRuleSet.Medicare2024));
            var after = MatchedIds(ProgrammeMatching.Match(w.person, [.. w.programmes, w.extra], AsOf, IntensityRuleSet.Medicare2024));
            return before.IsSubsetOf(after) && after.Count - before.Count <= 1;
        });

    [Property]
    public Property WideningAvailability_NeverShrinksTheMatches() => Prop.ForAll(
        (from person in MatchingGenerators.Person
         from programmes in MatchingGenerators.Programmes
         from extra in MatchingGenerators.Window
         from earlier in Gen.Choose(0, 3)
         from later in Gen.Choose(0, 3)
         select (person, programmes, extra, earlier, later)).ToArbitrary(),
        w =>
        {
            // Widen every window (start earlier, end later, clamped to the day) and add one more.
            var widened = w.person with
            {
                Availability = [.. w.person.Availability.Select(a => Widen(a, w.earlier, w.later)), w.extra],
            };
            var narrow = MatchedIds(ProgrammeMatching.Match(w.person, w.programmes, AsOf, IntensityRuleSet.Medicare2024));
            var wide = MatchedIds(ProgrammeMatching.Match(widened, w.programmes, AsOf, IntensityRuleSet.Medicare2024));
            return narrow.IsSubsetOf(wide);
        });

    [Property]
    public Property Result_IsIndependentOfInputOrder() => Prop.ForAll(
        (from person in MatchingGenerators.Person
         from programmes in MatchingGenerators.Programmes
         from shuffled in Gen.Shuffle(programmes)
         select (person, programmes, shuffled)).ToArbitrary(),
        w => ProgrammeMatching.Match(w.person, w.programmes, AsOf, IntensityRuleSet.AsamHourBands)
            == ProgrammeMatching.Match(w.person, w.shuffled, AsOf, IntensityRuleSet.AsamHourBands));

    [Property]
    public Property EveryProgramme_IsMatchedOrExcluded_ExactlyOnce_AndExclusionFindingsNameTheirProgramme() => Prop.ForAll(
        (from person in MatchingGenerators.Person
         from programmes in MatchingGenerators.Programmes
         select (person, programmes)).ToArbitrary(),
        w =>
        {
            var result = ProgrammeMatching.Match(w.person, w.programmes, AsOf, IntensityRuleSet.Medicare2024);
            var ids = result.Matches.Select(m => m.Programme.Id).Concat(result.Exclusions.Select(e => e.Programme.Id)).Order(StringComparer.Ordinal);
            return ids.SequenceEqual(w.programmes.Select(p => p.Id).Order(StringComparer.Ordinal))
                && result.Exclusions.All(e => e.Findings.Count > 0 && e.Findings.All(f => f.Subject == FindingSubject.Part(SubjectKind.Programme, e.Programme.Id)))
                && result.Findings.Order(FindingOrder.Instance).SequenceEqual(result.Exclusions.SelectMany(e => e.Findings).Order(FindingOrder.Instance))
                && result.Findings.Zip(result.Findings.Skip(1)).All(p => FindingOrder.Instance.Compare(p.First, p.Second) <= 0)
                && result.HasErrors == result.Findings.Any(f => f.Severity == Severity.Error)
                && result.Exclusions.All(e => e.HasErrors && e.RejectedTracks.All(t => t.HasErrors && t.Findings.Count > 0))
                && result.Matches.All(m => m.Tracks.Count > 0 && m.UnmetPreferences.All(c => c.IsPreference));
        });

    [Fact]
    public void Generators_ProduceMatchesAndExclusions_SoTheLawsAreNotVacuous()
    {
        var worlds = (from person in MatchingGenerators.Person
                      from programmes in MatchingGenerators.Programmes
                      select ProgrammeMatching.Match(person, programmes, AsOf, IntensityRuleSet.Medicare2024)).Sample(100, 100);

        // About one programme in ten matches (71 of 625 on the run that tuned the generators).
        worlds.Sum(r => r.Matches.Count).Should().BeGreaterThan(20);
        worlds.Sum(r => r.Exclusions.Count).Should().BeGreaterThan(100);
        worlds.Count(r => r.Matches.Count > 1).Should().BeGreaterThan(0, "ranking needs several matches");
    }

    private static HashSet<string> MatchedIds(MatchResult result) => [.. result.Matches.Select(m => m.Programme.Id)];

    private static AvailabilityWindow Widen(AvailabilityWindow window, int earlier, int later)
    {
        var start = window.Start.Hour - earlier < 0 ? LocalTime.Midnight : window.Start.PlusHours(-earlier);
        var end = window.End.Hour + later > 23 ? LocalTime.MaxValue : window.End.PlusHours(later);
        return new AvailabilityWindow(window.Day, start, end);
    }
}
