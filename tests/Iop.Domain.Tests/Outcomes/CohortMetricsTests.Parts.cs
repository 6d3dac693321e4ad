using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <c>SummarizeBy</c> computes each episode once and adds that one tally to the overall summary, its level's and
/// its group's (decision 0087): each of those summaries must equal <c>Summarize</c> over exactly its episodes.
/// </summary>
public sealed partial class CohortMetricsTests
{
    [Property(MaxTest = 50)]
    public Property SummarizeBy_EachLevelAndGroup_EqualsTheSummaryOfItsEpisodes() => Prop.ForAll(
        CohortGen.Episodes.ToArbitrary(),
        episodes =>
        {
            var report = CohortMetrics.SummarizeBy(episodes, Group, CohortGen.Criteria, CohortGen.AsOf);
            var levels = episodes.GroupBy(e => e.AdmissionLevel)
                .ToDictionary(g => g.Key, g => CohortMetrics.Summarize(g, CohortGen.Criteria, CohortGen.AsOf));
            var groups = episodes.GroupBy(Group)
                .ToDictionary(g => g.Key, g => CohortMetrics.Summarize(g, CohortGen.Criteria, CohortGen.AsOf));
            return report.Overall == CohortMetrics.Summarize(episodes, CohortGen.Criteria, CohortGen.AsOf)
                && report.ByLevel.Count == levels.Count
                && levels.All(pair => report.ByLevel[pair.Key] == pair.Value)
                && report.ByGroup.Count == groups.Count
                && groups.All(pair => report.ByGroup[pair.Key] == pair.Value);
        });
}
