namespace Iop.Domain.Tests;

/// <summary>One place to check the equality contract of a value type or record (NodaTime's TestHelper style).</summary>
internal static class ContractAssertions
{
    /// <summary>
    /// Checks <c>Equals(object)</c>, <c>IEquatable&lt;T&gt;.Equals</c>, <c>==</c>, <c>!=</c> and <c>GetHashCode</c>
    /// agree: <paramref name="value"/> equals <paramref name="equalValue"/> and differs from each of <paramref name="different"/>.
    /// </summary>
    public static void Equality<T>(T value, T equalValue, params T[] different)
        where T : notnull, IEquatable<T>
    {
        var equals = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var notEquals = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        equals.Should().NotBeNull("a type with IEquatable<T> must define ==");
        notEquals.Should().NotBeNull("a type with IEquatable<T> must define !=");

        value.Equals(equalValue).Should().BeTrue();
        value.Equals((object?)equalValue).Should().BeTrue();
        ((bool)equals!.Invoke(null, [value, equalValue])!).Should().BeTrue();
        ((bool)notEquals!.Invoke(null, [value, equalValue])!).Should().BeFalse();
        value.GetHashCode().Should().Be(equalValue!.GetHashCode());
        value.Equals((object?)null).Should().BeFalse();

        foreach (var other in different)
        {
            value!.Equals(other).Should().BeFalse();
            value.Equals((object?)other).Should().BeFalse();
            ((bool)equals!.Invoke(null, [value, other])!).Should().BeFalse();
            ((bool)notEquals!.Invoke(null, [value, other])!).Should().BeTrue();
        }
    }
}
