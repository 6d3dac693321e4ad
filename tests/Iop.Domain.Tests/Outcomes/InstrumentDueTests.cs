using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// A schedule entry read back from its record (decision 0073) keeps its parts as written and refuses what cannot
/// be: a null instrument, unsupported dates, an undefined occasion, a window ending before it starts, due and overdue at once.
/// </summary>
public sealed class InstrumentDueTests
{
    private static readonly LocalDate Last = new(2026, 3, 2);
    private static readonly LocalDate From = new(2026, 3, 9);
    private static readonly LocalDate By = new(2026, 3, 11);

    // One day before the supported dates begin (1900-01-01).
    private static readonly LocalDate Unsupported = new(1899, 12, 31);

    [Fact]
    public void FromRecord_KeepsEveryPartAsWritten()
    {
        var entry = InstrumentDue.FromRecord(Instrument.Phq9, Last, MeasurementOccasion.Repeat, From, By, isDue: true, isOverdue: false);
        entry.Instrument.Should().BeSameAs(Instrument.Phq9);
        entry.LastAdministered.Should().Be(Last);
        entry.NextOccasion.Should().Be(MeasurementOccasion.Repeat);
        entry.NextDue.Should().Be(From);
        entry.DueBy.Should().Be(By);
        entry.IsDue.Should().BeTrue();
        entry.IsOverdue.Should().BeFalse();
        entry.ToString().Should().Be("PHQ-9: repeat due");
    }

    [Fact]
    public void FromRecord_Overdue_IsKeptAndDescribed()
    {
        var entry = InstrumentDue.FromRecord(Instrument.Gad7, null, MeasurementOccasion.Admission, From, By, isDue: false, isOverdue: true);
        entry.IsDue.Should().BeFalse();
        entry.IsOverdue.Should().BeTrue();
        entry.ToString().Should().Be("GAD-7: admission overdue");
    }

    [Fact]
    public void FromRecord_NothingScheduled_IsAccepted()
    {
        var entry = InstrumentDue.FromRecord(Instrument.Gad7, Last, null, null, null, isDue: false, isOverdue: false);
        entry.NextOccasion.Should().BeNull();
        entry.ToString().Should().Be("GAD-7: nothing scheduled");
    }

    [Fact]
    public void FromRecord_OneDayWindow_IsAccepted() =>
        InstrumentDue.FromRecord(Instrument.Phq9, null, MeasurementOccasion.Discharge, By, By, false, false).DueBy.Should().Be(By);

    [Fact]
    public void FromRecord_BadArguments_ThrowForTheParameter()
    {
        FluentActions.Invoking(() => InstrumentDue.FromRecord(null!, Last, MeasurementOccasion.Repeat, From, By, false, false))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("instrument");
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Unsupported, MeasurementOccasion.Repeat, From, By, false, false))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("lastAdministered");
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Last, MeasurementOccasion.Repeat, Unsupported, By, false, false))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("nextDue");
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Last, MeasurementOccasion.Repeat, null, Unsupported, false, false))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("dueBy");
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Last, MeasurementOccasion.Repeat, From, From.PlusDays(-1), false, false))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("dueBy"); // the window ends the day before it starts
    }

    [Fact]
    public void FromRecord_UndefinedOccasion_IsRefused() =>
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Last, (MeasurementOccasion)99, From, By, false, false))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("nextOccasion");

    [Fact]
    public void FromRecord_DueAndOverdue_IsRefusedWithTheMessage() =>
        FluentActions.Invoking(() => InstrumentDue.FromRecord(Instrument.Phq9, Last, MeasurementOccasion.Repeat, From, By, isDue: true, isOverdue: true))
            .Should().Throw<ArgumentException>().WithMessage("An entry cannot be both due and overdue.*")
            .Which.ParamName.Should().Be("isOverdue");
}
