using FluentAssertions;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>Each entry point of <see cref="CohortMetrics"/> refuses a null argument and an unsupported report date, naming the parameter.</summary>
public sealed partial class CohortMetricsTests
{
    private static readonly LocalDate Unsupported = new(2200, 1, 1);

    [Fact]
    public void Empty_BadArguments_ThrowForTheParameter()
    {
        FluentActions.Invoking(() => CohortMetrics.Empty(Criteria, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
        FluentActions.Invoking(() => CohortMetrics.Empty(null!, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("criteria");
    }

    [Fact]
    public void Summarize_BadArguments_ThrowForTheParameter()
    {
        Episode<int>[] episodes = [Closed(1, 0, 2)];
        FluentActions.Invoking(() => CohortMetrics.Summarize(episodes, Criteria, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
        FluentActions.Invoking(() => CohortMetrics.Summarize((IEnumerable<Episode<int>>)null!, Criteria, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("episodes");
        FluentActions.Invoking(() => CohortMetrics.Summarize(episodes, null!, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("criteria");
        FluentActions.Invoking(() => CohortMetrics.Summarize(new EpisodeColumns([Start]), null!, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("criteria");
        FluentActions.Invoking(() => CohortMetrics.Summarize(new EpisodeColumns([Start]), Criteria, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
    }

    [Fact]
    public void SummarizeBy_BadArguments_ThrowForTheParameter()
    {
        Episode<int>[] episodes = [Closed(1, 0, 2)];
        FluentActions.Invoking(() => CohortMetrics.SummarizeBy(episodes, Group, Criteria, Unsupported)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("asOf");
        FluentActions.Invoking(() => CohortMetrics.SummarizeBy((IEnumerable<Episode<int>>)null!, Group, Criteria, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("episodes");
        FluentActions.Invoking(() => CohortMetrics.SummarizeBy(episodes, (Func<Episode<int>, int>)null!, Criteria, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("groupOf");
        FluentActions.Invoking(() => CohortMetrics.SummarizeBy(episodes, Group, null!, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("criteria");
        FluentActions.Invoking(() => CohortMetrics.SummarizeBy(episodes, _ => (string)null!, Criteria, AsOf)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("groupOf");
    }
}
