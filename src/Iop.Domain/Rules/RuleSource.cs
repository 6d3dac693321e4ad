using System.Text;

namespace Iop.Domain.Rules;

/// <summary>
/// A citation: where a rule comes from (a regulation, an instrument manual, a published practice
/// description or a code set's publisher).
/// </summary>
/// <remarks>
/// <para>Built-in sources match the rows of <c>docs/rules.md</c>. Callers may cite their own payer manuals.</para>
/// <para>Equality is by value over every property. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RuleSource
{
    /// <summary>Creates a citation.</summary>
    /// <param name="title">The title of the cited work, for example "42 CFR 410.44".</param>
    /// <param name="publisher">Who publishes it, for example "CMS".</param>
    /// <param name="year">The year of the edition cited, or <see langword="null"/> where none applies.</param>
    /// <param name="section">The section, table or paragraph, or <see langword="null"/>.</param>
    /// <param name="url">Where to read it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="publisher"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="publisher"/> is blank, or <paramref name="section"/> is
    /// blank (pass <see langword="null"/> when no section applies).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900, 2200].</exception>
    public RuleSource(string title, string publisher, int? year = null, string? section = null, Uri? url = null)
    {
        Title = Guard.Against.Blank(title);
        Publisher = Guard.Against.Blank(publisher);
        if (year is { } y)
        {
            Guard.Against.OutsideRange(y, 1900, 2200, nameof(year));
        }

        Year = year;
        Section = section is null ? null : Guard.Against.Blank(section);
        Url = url;
    }

    /// <summary>Gets the title of the cited work.</summary>
    public string Title { get; }

    /// <summary>Gets the publisher of the cited work.</summary>
    public string Publisher { get; }

    /// <summary>Gets the year of the cited edition, if any.</summary>
    public int? Year { get; }

    /// <summary>Gets the section, table or paragraph cited, if any.</summary>
    public string? Section { get; }

    /// <summary>Gets where the cited work can be read, if known.</summary>
    public Uri? Url { get; }

    /// <summary>Formats the citation, for example <c>CMS, 42 CFR 410.44 (2024), (c)(1). https://…</c>.</summary>
    /// <returns>The citation in one line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Publisher).Append(", ").Append(Title);
        if (Year is { } year)
        {
            text.Append(" (").Append(year).Append(')');
        }

        if (Section is not null)
        {
            text.Append(", ").Append(Section);
        }

        if (Url is not null)
        {
            text.Append(". ").Append(Url.OriginalString);
        }

        return text.ToString();
    }
}
