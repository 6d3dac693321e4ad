using System.Globalization;

namespace Iop.Domain.Outcomes;

/// <summary>
/// One scored item of an <see cref="Instrument"/>: the answer values it accepts, for example 0 to 3
/// (every PHQ-9 item) or only 0, 2 and 4 (AUDIT items 9 and 10). Item wording is never held.
/// </summary>
/// <remarks>
/// <para>Values are whole numbers from 0 to 1000, held sorted and without repeats. Made by
/// <see cref="Range"/> or <see cref="OneOf"/>.</para>
/// <para>Equality compares the accepted values. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class InstrumentItem : IEquatable<InstrumentItem>
{
    private const int HighestValue = 1000;
    private readonly int[] values;

    private InstrumentItem(int[] values)
    {
        this.values = values;
        Minimum = values[0];
        Maximum = values[^1];
        IsContiguous = Maximum - Minimum + 1 == values.Length;
        AllowedValues = Array.AsReadOnly(values);
    }

    /// <summary>Gets the accepted values, in increasing order.</summary>
    public IReadOnlyList<int> AllowedValues { get; }

    /// <summary>Gets the lowest accepted value.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest accepted value.</summary>
    public int Maximum { get; }

    /// <summary>Gets a value indicating whether every whole number from <see cref="Minimum"/> to <see cref="Maximum"/> is accepted.</summary>
    public bool IsContiguous { get; }

    /// <summary>Creates an item that accepts every whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    /// <param name="minimum">The lowest value, in [0, 1000].</param>
    /// <param name="maximum">The highest value, in [<paramref name="minimum"/>, 1000].</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="maximum"/> is outside [0, 1000].</exception>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public static InstrumentItem Range(int minimum, int maximum)
    {
        Guard.Against.OutsideRange(minimum, 0, HighestValue);
        Guard.Against.OutsideRange(maximum, 0, HighestValue);
        Guard.Against.EndBeforeStart(maximum, minimum);
        var values = new int[maximum - minimum + 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = minimum + i;
        }

        return new InstrumentItem(values);
    }

    /// <summary>Creates an item that accepts only the values given, for example <c>OneOf([0, 2, 4])</c> for AUDIT items 9 and 10.</summary>
    /// <param name="values">The accepted values, each in [0, 1000], in any order; repeats are merged.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside [0, 1000].</exception>
    public static InstrumentItem OneOf(IEnumerable<int> values)
    {
        var copy = Guard.Against.EmptyOrNullElements(values).Distinct().Order().ToArray();
        if (copy[0] < 0 || copy[^1] > HighestValue)
        {
            throw new ArgumentOutOfRangeException(nameof(values), "Every value must be in the range [0, 1000].");
        }

        return new InstrumentItem(copy);
    }

    /// <summary>Compares two items by their accepted values.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(InstrumentItem? left, InstrumentItem? right) => Equals(left, right);

    /// <summary>Compares two items by their accepted values.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(InstrumentItem? left, InstrumentItem? right) => !Equals(left, right);

    /// <summary>Returns whether the item accepts a value.</summary>
    /// <param name="value">The answer.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="AllowedValues"/>.</returns>
    public bool Accepts(int value) =>
        value >= Minimum && value <= Maximum && (IsContiguous || Array.BinarySearch(values, value) >= 0);

    /// <inheritdoc/>
    public bool Equals(InstrumentItem? other) =>
        other is not null && (ReferenceEquals(this, other) || values.AsSpan().SequenceEqual(other.values));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstrumentItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, values.Length);

    /// <summary>Describes the accepted values, for example <c>0–3</c> or <c>0, 2, 4</c>.</summary>
    /// <returns>The values.</returns>
    public override string ToString() => IsContiguous
        ? string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{Maximum}")
        : string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position of an accepted <paramref name="value"/> in <see cref="AllowedValues"/>.</summary>
    internal int IndexOf(int value) => IsContiguous ? value - Minimum : Array.BinarySearch(values, value);

    /// <summary>The message for an answer this item refuses (at 1-based <paramref name="number"/>); never the answer itself.</summary>
    internal string RefusalMessage(int number) => IsContiguous
        ? string.Create(CultureInfo.InvariantCulture, $"Item {number} must be in the range [{Minimum}, {Maximum}].")
        : string.Create(CultureInfo.InvariantCulture, $"Item {number} takes only the values {this}.");
}
