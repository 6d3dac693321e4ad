using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Where one scheduled instrument stands in an episode on the evaluation date: its latest administration, its
/// next occasion with the window in which it is due, and whether it is due or overdue (rules
/// <c>OUT-SCHEDULE-DUE</c>, <c>OUT-SCHEDULE-OVERDUE</c>).
/// </summary>
/// <remarks>
/// <para>The next occasion is the earliest one not yet given (an overdue one comes before one still to come).
/// <see cref="NextDue"/> is <see langword="null"/> when nothing more is scheduled: every occasion is done, the
/// repeat would fall after discharge, or the only occasion left is the discharge one and no discharge date is known.</para>
/// <para>Holds dates of a person's care: <see cref="ToString"/> prints none of them. Equality is by value. This type
/// is immutable and thread-safe.</para>
/// </remarks>
public sealed record InstrumentDue
{
    internal InstrumentDue(Instrument instrument, LocalDate? lastAdministered, MeasurementOccasion? nextOccasion, LocalDate? nextDue, LocalDate? dueBy, LocalDate asOf)
    {
        Instrument = instrument;
        LastAdministered = lastAdministered;
        NextOccasion = nextOccasion;
        NextDue = nextDue;
        DueBy = dueBy;
        IsDue = nextDue is { } from && dueBy is { } by && from <= asOf && asOf <= by;
        IsOverdue = dueBy is { } last && asOf > last;
    }

    private InstrumentDue(Instrument instrument, LocalDate? lastAdministered, MeasurementOccasion? nextOccasion, LocalDate? nextDue, LocalDate? dueBy, bool isDue, bool isOverdue)
    {
        Instrument = instrument;
        LastAdministered = lastAdministered;
        NextOccasion = nextOccasion;
        NextDue = nextDue;
        DueBy = dueBy;
        IsDue = isDue;
        IsOverdue = isOverdue;
    }

    /// <summary>
    /// The record of an entry already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static InstrumentDue FromRecord(Instrument instrument, LocalDate? lastAdministered, MeasurementOccasion? nextOccasion, LocalDate? nextDue, LocalDate? dueBy, bool isDue, bool isOverdue)
    {
        Guard.Against.Null(instrument);
        Guard.Against.UnsupportedDate(lastAdministered);
        Guard.Against.UnsupportedDate(nextDue);
        Guard.Against.UnsupportedDate(dueBy);
        if (nextOccasion is { } occasion)
        {
            Guard.Against.UndefinedMember(occasion, nameof(nextOccasion));
        }

        if (nextDue is { } from && dueBy is { } by)
        {
            Guard.Against.EndBeforeStart(by, from, nameof(dueBy));
        }

        if (isDue && isOverdue)
        {
            throw new ArgumentException("An entry cannot be both due and overdue.", nameof(isOverdue));
        }

        return new(instrument, lastAdministered, nextOccasion, nextDue, dueBy, isDue, isOverdue);
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the date of the latest administration in the episode on or before the evaluation date, or <see langword="null"/>.</summary>
    public LocalDate? LastAdministered { get; }

    /// <summary>Gets the next occasion not yet given, or <see langword="null"/> when none is scheduled.</summary>
    public MeasurementOccasion? NextOccasion { get; }

    /// <summary>Gets the first date of the next occasion's window (the next due date), or <see langword="null"/>.</summary>
    public LocalDate? NextDue { get; }

    /// <summary>Gets the last date of the next occasion's window, after which it is overdue, or <see langword="null"/>.</summary>
    public LocalDate? DueBy { get; }

    /// <summary>Gets a value indicating whether the evaluation date is inside the next occasion's window.</summary>
    public bool IsDue { get; }

    /// <summary>Gets a value indicating whether the next occasion's window closed before the evaluation date (<c>OUT-SCHEDULE-OVERDUE</c>).</summary>
    public bool IsOverdue { get; }

    /// <summary>Describes the entry without dates.</summary>
    /// <returns>For example <c>PHQ-9: repeat due</c> or <c>GAD-7: nothing scheduled</c>.</returns>
    public override string ToString() => NextOccasion is { } occasion
        ? $"{Instrument.Name}: {occasion.ToString().ToLowerInvariant()} {(IsOverdue ? "overdue" : IsDue ? "due" : "upcoming")}"
        : $"{Instrument.Name}: nothing scheduled";
}
