namespace Iop.Domain.Tests.Placement;

/// <summary>
/// Checks that values which differ in one member are unequal and hash differently (NodaTime's TestHelper also
/// asserts different hash codes for unequal values): a hash that leaves a member out would put every value
/// differing only in it into one bucket of a dictionary.
/// </summary>
internal static class DistinctValues
{
    /// <summary>
    /// Asserts <paramref name="value"/> equals <paramref name="equalValue"/> (the full contract) and that each of
    /// <paramref name="different"/> is unequal to it with a different hash code.
    /// </summary>
    /// <remarks>Two unequal values share a hash code with a probability of about 2^-32 per pair.</remarks>
    public static void Check<T>(T value, T equalValue, params T[] different)
        where T : notnull, IEquatable<T>
    {
        ContractAssertions.Equality(value, equalValue, different);
        for (var i = 0; i < different.Length; i++)
        {
            different[i].GetHashCode().Should().NotBe(value.GetHashCode(), "value {0} differs in one member, so its hash should too", i);
        }
    }
}
