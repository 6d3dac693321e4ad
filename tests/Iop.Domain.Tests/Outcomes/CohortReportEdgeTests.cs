using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="CohortReport{TGroup}"/> at its edges: a merge with null is refused naming <c>other</c>, a stored
/// report with a null part is refused with a fixed text, and two reports differ when one has a group the other lacks.
/// </summary>
public sealed class CohortReportEdgeTests
{
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private static readonly LocalDate Admission = new(2025, 3, 3);

    private static CohortSummary Summary() =>
        CohortMetrics.Summarize([new Episode<int>(1, LevelOfCareHistory.Admit(Admission, LevelOfCare.IntensiveOutpatient))], Criteria, AsOf);

    private static CohortReport<string> Report(params string[] groups) =>
        CohortReport<string>.FromRecord(
            Summary(),
            new Dictionary<LevelOfCare, CohortSummary> { [LevelOfCare.IntensiveOutpatient] = Summary() },
            groups.ToDictionary(g => g, _ => Summary()));

    [Fact]
    public void Merge_Null_ThrowsForOther() =>
        FluentActions.Invoking(() => Report("A").Merge(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");

    [Fact]
    public void FromRecord_NullPart_IsRefusedWithItsText_NamingItsDictionary()
    {
        FluentActions.Invoking(() => CohortReport<string>.FromRecord(Summary(), new Dictionary<LevelOfCare, CohortSummary>(), new Dictionary<string, CohortSummary> { ["A"] = null! }))
            .Should().Throw<ArgumentException>().WithMessage("No part may be null.*").Which.ParamName.Should().Be("byGroup");
        FluentActions.Invoking(() => CohortReport<string>.FromRecord(Summary(), new Dictionary<LevelOfCare, CohortSummary> { [LevelOfCare.Outpatient] = null! }, new Dictionary<string, CohortSummary>()))
            .Should().Throw<ArgumentException>().WithMessage("No part may be null.*").Which.ParamName.Should().Be("byLevel");
    }

    [Fact]
    public void Equality_AReportWithOneGroupMore_Differs()
    {
        // Every group of the first is in the second, with an equal summary: only the number of groups differs.
        var one = Report("A");
        var two = Report("A", "B");

        one.Equals(two).Should().BeFalse();
        two.Equals(one).Should().BeFalse();
        one.Equals(Report("A")).Should().BeTrue();
    }
}
