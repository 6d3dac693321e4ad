using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The shapes of sequence the object path reads: arrays and lists are read as spans, in blocks read ahead
/// (decision 0086), any other sequence one episode at a time. Each shape gives the same summary, and a null
/// episode anywhere, inside a block or at its edges, is refused naming the episodes.
/// </summary>
public sealed partial class CohortMetricsTests
{
    /// <summary>Positions around the edges of the read-ahead blocks.</summary>
    public static TheoryData<int> NullPositions() =>
    [
        0, 1, CohortAccumulator.ReadAheadBlock - 1, CohortAccumulator.ReadAheadBlock, CohortAccumulator.ReadAheadBlock + 1,
        (2 * CohortAccumulator.ReadAheadBlock) + 3, 40,
    ];

    [Property(MaxTest = 50)]
    public Property Summarize_ArrayListAndLazySequence_AreEqual() => Prop.ForAll(
        CohortGen.Episodes.ToArbitrary(),
        episodes =>
        {
            var summary = CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf);
            var report = CohortMetrics.SummarizeBy(episodes, Group, CohortGen.Criteria, CohortGen.AsOf);
            return summary == CohortMetrics.Summarize(episodes.ToList(), CohortGen.Criteria, CohortGen.AsOf)
                && summary == CohortMetrics.Summarize(episodes.Select(e => e), CohortGen.Criteria, CohortGen.AsOf)
                && report == CohortMetrics.SummarizeBy(episodes.ToList(), Group, CohortGen.Criteria, CohortGen.AsOf)
                && report == CohortMetrics.SummarizeBy(episodes.Select(e => e), Group, CohortGen.Criteria, CohortGen.AsOf)
                && report.Overall == summary;
        });

    [Theory]
    [MemberData(nameof(NullPositions))]
    public void Summarize_NullEpisodeInAnyShape_ThrowsForEpisodes(int position)
    {
        foreach (var episodes in WithNullAt(position))
        {
            var summarize = () => CohortMetrics.Summarize(episodes, Criteria, AsOf);
            var summarizeBy = () => CohortMetrics.SummarizeBy(episodes, e => e.Key, Criteria, AsOf);
            summarize.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("episodes");
            summarizeBy.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("episodes");
        }
    }

    /// <summary>41 episodes, one of them null, as an array, a list and a lazy sequence.</summary>
    private static IEnumerable<Episode<int>>[] WithNullAt(int position)
    {
        var episodes = Enumerable.Range(0, 41).Select(i => i == position ? null! : Closed(i, 0, 2)).ToArray();
        return [episodes, episodes.ToList(), episodes.Select(e => e)];
    }
}
