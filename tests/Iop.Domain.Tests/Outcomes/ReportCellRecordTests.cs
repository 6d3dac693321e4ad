using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="ReportCell{T}"/> read back from its record: a cell without a reason is published with its value,
/// a cell with one is withheld and keeps no value, and a withheld cell's value is refused with a fixed text.
/// </summary>
public sealed class ReportCellRecordTests
{
    private static readonly Finding Small = OutcomeRules.CellSizeSmall.ToFinding(Severity.Information, "Withheld: a small cell.");

    [Fact]
    public void FromRecord_WithoutReason_IsPublished()
    {
        var cell = ReportCell<long>.FromRecord(42, null);

        cell.IsSuppressed.Should().BeFalse();
        cell.Value.Should().Be(42);
        cell.ToString().Should().Be("42");
    }

    [Fact]
    public void FromRecord_WithReasonAndNoValue_IsWithheld()
    {
        var cell = ReportCell<long>.FromRecord(0, Small);

        cell.IsSuppressed.Should().BeTrue();
        cell.Reason.Should().Be(Small);
        cell.TryGetValue(out var value).Should().BeFalse();
        value.Should().Be(0);
        cell.ToString().Should().Be("suppressed");
    }

    [Fact]
    public void FromRecord_WithReasonAndAValue_IsRefusedNamingValue() =>
        FluentActions.Invoking(() => ReportCell<long>.FromRecord(42, Small))
            .Should().Throw<ArgumentException>().WithMessage("A withheld figure carries no value.*").WithParameterName("value");

    [Fact]
    public void Value_OfAWithheldCell_ThrowsWithItsText() =>
        FluentActions.Invoking(() => ReportCell<long>.FromRecord(0, Small).Value)
            .Should().Throw<InvalidOperationException>()
            .WithMessage("The figure is withheld by cell-size suppression; check IsSuppressed or use TryGetValue.");
}
