using Iop.Domain.Federated;
using Iop.Domain.Outcomes;
using Iop.Domain.Tests.Outcomes;

namespace Iop.Domain.Tests.Samples;

/// <summary>
/// The federated sample: three clinics exchange JSON summaries only, and the network's figures are those of one
/// pass over every episode. These tests run the sample's flow and pin that, and what it may print.
/// </summary>
public sealed class FederatedSampleTests
{
    private static readonly (FederatedResult Result, string Output) Run = RunNetwork();

    [Fact]
    public void Run_MergedSummaries_EqualOnePassOverAllEpisodes()
    {
        Run.Result.MatchesOnePass.Should().BeTrue();
        Run.Result.Merged.Should().Be(Run.Result.OnePass.Overall);
        Run.Result.Merged.Episodes.Should().Be(FederatedNetwork.Clinics.Sum(c => c.EpisodeCount), "140 + 95 + 23 episodes");
        Run.Output.Should().Contain("Check: the network's figures equal one pass");
    }

    [Fact]
    public void Run_PublishedReport_IsTheSuppressionOfOnePass()
    {
        var policy = CellSuppressionPolicy.Cms2024;
        Run.Result.Published.Should().Be(CellSuppression.Suppress(Run.Result.OnePass.ByGroup, policy, FederatedNetwork.RetentionDays));
        CohortDisclosure.Violations(Run.Result.OnePass, Run.Result.Published, policy.MinimumCellSize, FederatedNetwork.RetentionDays).Should().BeEmpty();
    }

    [Fact]
    public void Run_SmallClinic_IsWithheld()
    {
        // Lakeview has 23 episodes, 4 of them open: its open count is under 11.
        Run.Result.Published.ByGroup["Lakeview"].OpenEpisodes.Reason!.RuleId.Should().Be(OutcomeRules.CellSizeSmall.Id);
        Run.Output.Should().Contain("OUT-CELL-SMALL");
    }

    [Fact]
    public void Run_Output_PrintsNoWithheldValue()
    {
        // Every withheld figure prints as "suppressed"; Lakeview's 4 open episodes never appear as a count.
        Run.Output.Should().NotContain("open 4,");
        Run.Output.Should().Contain("open suppressed");
    }

    private static (FederatedResult, string) RunNetwork()
    {
        using var output = new StringWriter();
        var result = FederatedNetwork.Run(output);
        return (result, output.ToString());
    }
}
