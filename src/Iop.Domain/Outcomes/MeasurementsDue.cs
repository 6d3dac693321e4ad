using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The result of applying a <see cref="MeasurementSchedule"/> to an episode on a date: one entry per scheduled
/// instrument, the instrument due next, and an <c>OUT-SCHEDULE-OVERDUE</c> Warning for every occasion whose window
/// closed without an administration.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="MeasurementSchedules.Evaluate"/>. Each overdue finding's subject is the missed window
/// (<see cref="FindingSubject.Dates"/>); the entry with <see cref="InstrumentDue.IsOverdue"/> names the instrument.
/// Messages never name an instrument (a caller's instrument name is the caller's text).</para>
/// <para>Equality compares the entries and the findings element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MeasurementsDue : IEvaluationResult, IEquatable<MeasurementsDue>
{
    internal MeasurementsDue(IReadOnlyList<InstrumentDue> instruments, IReadOnlyList<Finding> findings)
    {
        Instruments = instruments;
        Findings = findings;
        InstrumentDue? next = null;
        foreach (var entry in instruments)
        {
            if (entry.NextDue is { } due && (next is null || due < next.NextDue!.Value))
            {
                next = entry;
            }
        }

        Next = next;
    }

    /// <summary>
    /// The record of a schedule's reading already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static MeasurementsDue FromRecord(IReadOnlyList<InstrumentDue> instruments, IReadOnlyList<Finding> findings) =>
        new(Guard.Against.NullElements(instruments), Guard.Against.NullElements(findings));

    /// <summary>Gets one entry per scheduled instrument, in the schedule's order.</summary>
    public IReadOnlyList<InstrumentDue> Instruments { get; }

    /// <summary>
    /// Gets the entry whose next due date is earliest (an overdue one first; ties go to the earlier entry of the
    /// schedule), or <see langword="null"/> when nothing more is scheduled.
    /// </summary>
    public InstrumentDue? Next { get; }

    /// <summary>Gets the findings: an <c>OUT-SCHEDULE-OVERDUE</c> Warning per missed occasion, in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an Error (never: an overdue measure is a Warning).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MeasurementsDue? left, MeasurementsDue? right) => Equals(left, right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MeasurementsDue? left, MeasurementsDue? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(MeasurementsDue? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Instruments.SequenceEqual(other.Instruments) && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasurementsDue);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in Instruments)
        {
            hash.Add(entry);
        }

        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the result without dates.</summary>
    /// <returns>For example <c>3 instruments scheduled, 1 due, 1 overdue</c>.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Instruments.Count} instrument{(Instruments.Count == 1 ? string.Empty : "s")} scheduled, {Instruments.Count(i => i.IsDue)} due, {Instruments.Count(i => i.IsOverdue)} overdue");
}
