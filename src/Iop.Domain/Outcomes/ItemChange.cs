namespace Iop.Domain.Outcomes;

/// <summary>
/// The change in one scored item of an instrument from the baseline administration to the latest one, read from
/// a <see cref="SymptomChange"/> (<see cref="SymptomChange.ItemChanges"/>).
/// </summary>
/// <remarks>
/// <para>An answer is <see langword="null"/> where the item was missing from that administration (a prorated
/// score); the change is then <see langword="null"/> too. Equality compares every value. The
/// <see langword="default"/> value is item 0 with no answers, which the library never returns. This type is an
/// immutable value type and is thread-safe.</para>
/// </remarks>
/// <param name="Number">The item's 1-based number.</param>
/// <param name="Baseline">The answer at baseline, or <see langword="null"/> when missing.</param>
/// <param name="Latest">The latest answer, or <see langword="null"/> when missing.</param>
public readonly record struct ItemChange(int Number, int? Baseline, int? Latest)
{
    /// <summary>Gets the change from baseline to latest (negative = fewer symptoms on every shipped instrument), or <see langword="null"/> when either answer is missing; a <see cref="long"/>, so that no two answers overflow it.</summary>
    public long? Change => (long?)Latest - Baseline;

    /// <summary>Describes the item's change, for example <c>Item 3: 2 → 0</c>.</summary>
    /// <returns>The item number and its two answers.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Item {Number}: {(Baseline is { } b ? b.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")} → {(Latest is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")}");
}
