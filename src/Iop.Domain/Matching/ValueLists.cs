namespace Iop.Domain.Matching;

/// <summary>Normalises the set-like lists of the matching records (copied once, distinct, sorted) and compares lists by value.</summary>
internal static class ValueLists
{
    /// <summary>Copies <paramref name="items"/> as a sorted set of defined enum members.</summary>
    public static IReadOnlyList<T> EnumSet<T>([System.Diagnostics.CodeAnalysis.NotNull] IEnumerable<T>? items, bool nonEmpty, string? paramName)
        where T : struct, Enum
    {
        Guard.Against.Null(items, paramName);
        var set = new SortedSet<T>();
        foreach (var item in items)
        {
            if (!Enum.IsDefined(item))
            {
                throw new ArgumentException($"Every element must be a defined {typeof(T).Name} member.", paramName);
            }

            set.Add(item);
        }

        if (nonEmpty && set.Count == 0)
        {
            throw new ArgumentException("The collection must not be empty.", paramName);
        }

        return Array.AsReadOnly(set.ToArray());
    }

    /// <summary>Copies <paramref name="items"/> as a sorted set of non-blank strings under <paramref name="comparer"/>.</summary>
    public static IReadOnlyList<string> StringSet([System.Diagnostics.CodeAnalysis.NotNull] IEnumerable<string>? items, StringComparer comparer, string? paramName)
    {
        var list = Guard.Against.NullElements(items, paramName);
        var set = new SortedSet<string>(comparer);
        foreach (var item in list)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new ArgumentException("The collection must not contain empty or white-space values.", paramName);
            }

            set.Add(item);
        }

        return Array.AsReadOnly(set.ToArray());
    }

    /// <summary>The members of a set of small enum values (below 32) as a bit mask.</summary>
    public static int MaskOf<T>(IReadOnlyList<T> items)
        where T : struct, Enum
    {
        var mask = 0;
        for (var i = 0; i < items.Count; i++)
        {
            mask |= 1 << Convert.ToInt32(items[i], System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }

    public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) => left.SequenceEqual(right);

    public static bool Equal(IReadOnlyList<string> left, IReadOnlyList<string> right, StringComparer comparer) => left.SequenceEqual(right, comparer);

    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static int Hash(IReadOnlyList<string> items, StringComparer comparer)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item, comparer);
        }

        return hash.ToHashCode();
    }
}
