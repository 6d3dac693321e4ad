using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="EpisodeColumns.Slice"/>: absent columns stay absent in every slice, the start is checked against the
/// count, and the shape of the whole is checked first, with fixed texts naming <c>columns</c>.
/// </summary>
public sealed class EpisodeColumnsSliceTests
{
    private static readonly LocalDate Admission = new(2025, 3, 3);
    private static readonly LocalDate[] TwoAdmissions = [Admission, Admission.PlusDays(7)];

    [Fact]
    public void Slice_ColumnsWithOnlyAdmissions_KeepsTheOthersAbsent()
    {
        var slice = new EpisodeColumns(TwoAdmissions).Slice(1, 1);

        slice.Count.Should().Be(1);
        slice.Admissions[0].Should().Be(Admission.PlusDays(7));
        slice.Discharges.IsEmpty.Should().BeTrue();
        slice.AttendedSessions.IsEmpty.Should().BeTrue();
        slice.Scores.IsEmpty.Should().BeTrue();
        slice.ScoreCounts.IsEmpty.Should().BeTrue();
        slice.ServiceDates.IsEmpty.Should().BeTrue();
        slice.AftercareVisits.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Slice_ListColumn_TakesTheRowsOwnValues()
    {
        Measurement[] scores = [new(Admission, 18), new(Admission.PlusDays(7), 16), new(Admission.PlusDays(30), 9)];
        var slice = new EpisodeColumns(TwoAdmissions) { Scores = scores, ScoreCounts = [1, 2] }.Slice(1, 1);

        slice.Scores.ToArray().Should().Equal(scores[1], scores[2]);
        slice.ScoreCounts.ToArray().Should().Equal(2);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)] // one past the count of 2
    public void Slice_StartOutsideTheCount_ThrowsForStart(int start) =>
        FluentActions.Invoking(() => new EpisodeColumns(TwoAdmissions).Slice(start, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");

    [Fact]
    public void Slice_ColumnOfAnotherLength_IsRefused() =>
        FluentActions.Invoking(() => new EpisodeColumns(TwoAdmissions) { AttendedSessions = [3] }.Slice(0, 1))
            .Should().Throw<ArgumentException>()
            .WithMessage("Every column must be empty or hold one element per admission.*")
            .WithParameterName("columns");

    [Fact]
    public void Slice_CountsThatDoNotAddUp_AreRefused() =>
        FluentActions.Invoking(() => new EpisodeColumns(TwoAdmissions) { Scores = [new(Admission, 18)], ScoreCounts = [1, 1] }.Slice(0, 1))
            .Should().Throw<ArgumentException>()
            .WithMessage("A list column's counts must be at least 0 and add up to the number of its values.*")
            .WithParameterName("columns");

    [Fact]
    public void Slice_ANegativeCount_IsRefusedEvenWhenTheSumMatches() =>
        // -1 + 2 = 1 value, as many as there are: the negative count alone is wrong.
        FluentActions.Invoking(() => new EpisodeColumns(TwoAdmissions) { Scores = [new(Admission, 18)], ScoreCounts = [-1, 2] }.Slice(0, 1))
            .Should().Throw<ArgumentException>()
            .WithMessage("A list column's counts must be at least 0*")
            .WithParameterName("columns");
}
