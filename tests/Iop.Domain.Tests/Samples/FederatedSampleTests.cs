using Iop.Domain.Federated;
using Iop.Domain.Outcomes;
using Iop.Domain.Tests.Outcomes;
using NodaTime;

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

    [Fact]
    public void Run_WarehouseClinic_SummarisesColumns()
    {
        FederatedNetwork.Clinics.Where(c => c.FromWarehouse).Select(c => c.Name).Should().Equal("Riverside");
        Run.Output.Should().Contain("Riverside summarised the columns of its warehouse query");
        Run.Output.Should().Contain("Northside summarised its episode objects");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Columns_OfEveryClinic_DescribeItsEpisodeObjects(int clinicIndex)
    {
        var clinic = FederatedNetwork.Clinics[clinicIndex];
        var episodes = clinic.Episodes();
        var columns = clinic.Columns();

        columns.Admissions.Should().Equal(episodes.Select(e => e.Admission));
        columns.Discharges.Should().Equal(episodes.Select(e => e.Discharge));
        columns.Reasons.Should().Equal(episodes.Select(e => e.DischargeReason));
        columns.StepDowns.Should().Equal(episodes.Select(e => e.History.Entries.Count > 1 ? e.History.Entries[1].Date : (LocalDate?)null));
        columns.AttendedSessions.Should().Equal(episodes.Select(e => e.AttendedSessions));
        columns.Scores.Should().Equal(episodes.SelectMany(e => e.Measurements.Single().Measurements));
        columns.ScoreCounts.Should().Equal(episodes.Select(e => e.Measurements.Single().Measurements.Count));
        columns.ServiceDates.Should().Equal(episodes.SelectMany(e => e.ServiceDates));
        columns.ServiceDateCounts.Should().Equal(episodes.Select(e => e.ServiceDates.Count));
        columns.AftercareVisits.Should().Equal(episodes.SelectMany(e => e.AftercareVisits));
        columns.AftercareVisitCounts.Should().Equal(episodes.Select(e => e.AftercareVisits.Count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Summarize_FromColumns_EqualsTheSummaryOfTheEpisodeObjects(int clinicIndex)
    {
        var clinic = FederatedNetwork.Clinics[clinicIndex];
        var criteria = CohortCriteria.Phq9HedisStyle.InForceOn(Clinic.AsOf);
        var fromObjects = CohortMetrics.Summarize(clinic.Episodes(), criteria, Clinic.AsOf);

        // One of the two calls reads the clinic's columns, the other its episode objects.
        clinic.Summarize(criteria).Should().Be(fromObjects);
        (clinic with { FromWarehouse = !clinic.FromWarehouse }).Summarize(criteria).Should().Be(fromObjects);
    }

    private static (FederatedResult, string) RunNetwork()
    {
        using var output = new StringWriter();
        var result = FederatedNetwork.Run(output);
        return (result, output.ToString());
    }
}
