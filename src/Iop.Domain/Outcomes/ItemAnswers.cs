namespace Iop.Domain.Outcomes;

/// <summary>
/// The item answers of one scored administration, kept without allocating where they fit in 64 bits (every
/// shipped instrument: PCL-5's 20 items take 60): each item holds 0 when missing, otherwise 1 + the index of
/// its answer among the item's accepted values. A caller's instrument whose answers do not fit keeps them in
/// an array (one allocation per score).
/// </summary>
internal struct ItemAnswers : IEquatable<ItemAnswers>
{
    private ulong packed;
    private int[]? wide;

    public ItemAnswers(Instrument instrument)
    {
        packed = 0;
        wide = instrument.PacksAnswers ? null : new int[instrument.ItemCount];
    }

    /// <summary>Records the answer of item <paramref name="index"/> (0-based), already checked against the item.</summary>
    public void Set(Instrument instrument, int index, int value)
    {
        var code = instrument.ItemSpan[index].IndexOf(value) + 1;
        if (wide is { } array)
        {
            array[index] = code;
        }
        else
        {
            packed |= (ulong)code << (index * instrument.AnswerBits);
        }
    }

    /// <summary>The answer of item <paramref name="index"/> (0-based), or <see langword="null"/> when missing or never recorded.</summary>
    public readonly int? Get(Instrument instrument, int index)
    {
        var code = wide is { } array
            ? array[index]
            : (int)((packed >> (index * instrument.AnswerBits)) & ((1UL << instrument.AnswerBits) - 1));
        return code == 0 ? null : instrument.Items[index].AllowedValues[code - 1];
    }

    public readonly bool Equals(ItemAnswers other) =>
        packed == other.packed && (wide is null ? other.wide is null : other.wide is not null && wide.AsSpan().SequenceEqual(other.wide));

    public override readonly bool Equals(object? obj) => obj is ItemAnswers other && Equals(other);

    public override readonly int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(packed);
        if (wide is not null)
        {
            foreach (var code in wide)
            {
                hash.Add(code);
            }
        }

        return hash.ToHashCode();
    }
}
