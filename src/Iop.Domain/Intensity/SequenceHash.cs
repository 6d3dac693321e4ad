namespace Iop.Domain.Intensity;

/// <summary>Adds every element of a list to a hash code, so results that compare lists element by element hash them the same way.</summary>
internal static class SequenceHash
{
    public static void AddAll<T>(ref this HashCode hash, IReadOnlyList<T> items)
    {
        hash.Add(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            hash.Add(items[i]);
        }
    }
}
