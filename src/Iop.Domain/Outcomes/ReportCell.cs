using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// One figure of a suppressed report: either published with its value, or withheld with the
/// <see cref="Reason"/> as a finding (<c>OUT-CELL-SMALL</c> or <c>OUT-CELL-COMPLEMENT</c>).
/// </summary>
/// <typeparam name="T">The figure's type: a count (<see cref="long"/>), a rate (<see cref="Proportion"/>?) or an estimate.</typeparam>
/// <remarks>
/// <para>A withheld cell keeps no value: there is nothing to leak. <see cref="Value"/> throws on it; use
/// <see cref="TryGetValue"/> or check <see cref="IsSuppressed"/> first.</para>
/// <para>Created by <see cref="CellSuppression"/> only. Equality compares the value and the reason. This type
/// is immutable and thread-safe when <typeparamref name="T"/> is.</para>
/// </remarks>
public sealed record ReportCell<T>
{
    private readonly T value;

    private ReportCell(T value, Finding? reason)
    {
        this.value = value;
        Reason = reason;
    }

    /// <summary>Gets a value indicating whether the figure is withheld.</summary>
    public bool IsSuppressed => Reason is not null;

    /// <summary>Gets why the figure is withheld (its rule id, message and source; the subject names the figure), or <see langword="null"/> when it is published.</summary>
    public Finding? Reason { get; }

    /// <summary>Gets the published value.</summary>
    /// <exception cref="InvalidOperationException">The figure is withheld.</exception>
    public T Value => Reason is null ? value : throw new InvalidOperationException("The figure is withheld by cell-size suppression; check IsSuppressed or use TryGetValue.");

    /// <summary>Gets the published value, if the figure is published.</summary>
    /// <param name="published">The value, or the type's default when withheld.</param>
    /// <returns>Whether the figure is published.</returns>
    public bool TryGetValue(out T published)
    {
        published = value;
        return Reason is null;
    }

    /// <summary>Formats the value, or <c>suppressed</c>.</summary>
    /// <returns>The value's own text (<c>n/a</c> for a published null), or <c>suppressed</c>.</returns>
    public override string ToString() => Reason is not null ? "suppressed" : value?.ToString() ?? "n/a";

    internal static ReportCell<T> Published(T value) => new(value, null);

    internal static ReportCell<T> Withheld(Finding reason) => new(default!, reason);

    /// <summary>The value as stored, the type's default when withheld (what a stored cell writes).</summary>
    internal T RecordedValue => value;

    /// <summary>
    /// The record of a cell already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static ReportCell<T> FromRecord(T value, Finding? reason) =>
        reason is null ? Published(value)
        : EqualityComparer<T>.Default.Equals(value, default) ? Withheld(reason)
        : throw new ArgumentException("A withheld figure carries no value.", nameof(value));
}
