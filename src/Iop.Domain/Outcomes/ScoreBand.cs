using System.Globalization;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A named band of totals of an <see cref="Instrument"/>, for example PHQ-9 10–14 "Moderate" or AUDIT
/// 8–15 "Zone II". An instrument's bands are in increasing order and cover its whole range.
/// </summary>
/// <remarks>
/// <para>The name is part of the instrument's definition (published band labels for the shipped
/// instruments), never a person's data.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScoreBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="name">The band's label, for example <c>Moderate</c>.</param>
    /// <param name="minimum">The lowest total in the band.</param>
    /// <param name="maximum">The highest total in the band, at least <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public ScoreBand(string name, int minimum, int maximum)
    {
        Name = Guard.Against.Blank(name);
        Minimum = minimum;
        Maximum = Guard.Against.EndBeforeStart(maximum, minimum);
    }

    /// <summary>Gets the band's label, for example <c>Moderate</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the lowest total in the band.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest total in the band.</summary>
    public int Maximum { get; }

    /// <summary>Returns whether a total falls in the band.</summary>
    /// <param name="total">The total.</param>
    /// <returns><see langword="true"/> when <paramref name="total"/> is in [<see cref="Minimum"/>, <see cref="Maximum"/>].</returns>
    public bool Contains(int total) => total >= Minimum && total <= Maximum;

    /// <summary>Formats the band, for example <c>Moderate (10–14)</c>.</summary>
    /// <returns>The label and range.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Minimum}–{Maximum})");
}
