using System.Globalization;
using Iop.Domain.Coding;

namespace Iop.Domain.Continuum;

/// <summary>
/// A LOCUS level of care, numbered 0 (basic services) to 6 (medically managed residential). Only the
/// level numbers and names are carried: the LOCUS instrument and its placement grid are licensed and
/// not part of this package.
/// </summary>
/// <remarks>
/// <para>Equality and ordering compare <see cref="Number"/>; higher numbers are more intensive.</para>
/// <para>The <see langword="default"/> value is level 0, Basic Services, which is a real LOCUS level.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct LocusLevel : IComparable<LocusLevel>
{
    private LocusLevel(int number) => Number = number;

    /// <summary>Gets every LOCUS level, 0 to 6.</summary>
    public static IReadOnlyList<LocusLevel> All { get; } = Array.AsReadOnly(Enumerable.Range(0, 7).Select(n => new LocusLevel(n)).ToArray());

    /// <summary>Gets the level number, 0 to 6.</summary>
    public int Number { get; }

    /// <summary>Gets the level's name, for example "High Intensity Community Based Services".</summary>
    public string Name => Number switch
    {
        0 => "Basic Services",
        1 => "Recovery Maintenance and Health Management",
        2 => "Low Intensity Community Based Services",
        3 => "High Intensity Community Based Services",
        4 => "Medically Monitored Non-Residential Services",
        5 => "Medically Monitored Residential Services",
        _ => "Medically Managed Residential Services",
    };

    /// <summary>Compares two levels by number.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is less intensive.</returns>
    public static bool operator <(LocusLevel left, LocusLevel right) => left.Number < right.Number;

    /// <summary>Compares two levels by number.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is more intensive.</returns>
    public static bool operator >(LocusLevel left, LocusLevel right) => left.Number > right.Number;

    /// <summary>Compares two levels by number.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is at most as intensive.</returns>
    public static bool operator <=(LocusLevel left, LocusLevel right) => left.Number <= right.Number;

    /// <summary>Compares two levels by number.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is at least as intensive.</returns>
    public static bool operator >=(LocusLevel left, LocusLevel right) => left.Number >= right.Number;

    /// <summary>Returns the LOCUS level with the given number.</summary>
    /// <param name="number">The level number.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside [0, 6].</exception>
    public static LocusLevel FromNumber(int number) => new(Guard.Against.OutsideRange(number, 0, 6));

    /// <summary>Returns the LOCUS level with the given number, without throwing for an unknown number.</summary>
    /// <param name="number">The level number.</param>
    /// <param name="level">The level, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="number"/> is in [0, 6].</returns>
    public static bool TryFromNumber(int number, out LocusLevel level)
    {
        var known = number is >= 0 and <= 6;
        level = known ? new LocusLevel(number) : default;
        return known;
    }

    /// <inheritdoc/>
    public int CompareTo(LocusLevel other) => Number.CompareTo(other.Number);

    /// <summary>Returns the level as a coding in the library's LOCUS code system.</summary>
    /// <returns>The coding, with the level number as its code and the level name as its display.</returns>
    public CodedValue ToCodedValue() => new(CodeSystems.Locus, Number.ToString(CultureInfo.InvariantCulture), Name);

    /// <summary>Formats the level as <c>LOCUS 3</c>.</summary>
    /// <returns>The level number.</returns>
    public override string ToString() => $"LOCUS {Number}";
}
