using System.Runtime.CompilerServices;

namespace Iop.Domain.TreatmentPlans;

/// <summary>Checks and equality helpers shared by the plan's parts. Messages never echo ids or text.</summary>
internal static class PlanParts
{
    /// <summary>Copies <paramref name="items"/>, rejecting nulls and two items with the same id.</summary>
    public static IReadOnlyList<T> UniqueIds<T>(IEnumerable<T>? items, Func<T, string> id, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(items, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (!seen.Add(id(item)))
            {
                throw new ArgumentException("Two parts have the same id; ids must be unique.", paramName);
            }
        }

        return list;
    }

    /// <summary>Copies a list of free-text entries, rejecting null and blank entries.</summary>
    public static IReadOnlyList<string> Texts(IEnumerable<string>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(items, paramName);
        foreach (var item in list)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new ArgumentException("The collection must not contain blank text.", paramName);
            }
        }

        return list;
    }

    public static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static void AddAll<T>(ref HashCode hash, IReadOnlyList<T> items)
    {
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
