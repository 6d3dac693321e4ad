namespace Iop.Domain.Rules;

/// <summary>
/// The stable identifier of a rule, such as <c>INT-IOP-MIN-HOURS</c>. EHR integrations map rule ids to
/// alerts, so an id never changes meaning once published.
/// </summary>
/// <remarks>
/// <para>An id is one or more groups of upper-case ASCII letters and digits joined by single hyphens
/// (for example <c>CONT-ASAM3-CROSSWALK</c>). Equality is ordinal on the text.</para>
/// <para>The <see langword="default"/> value has an empty <see cref="Value"/> and is never returned by the library.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct RuleId
{
    private readonly string? value;

    /// <summary>Creates a rule id.</summary>
    /// <param name="value">The id text: upper-case letters and digits in hyphen-separated groups.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the form <c>ABC-12-DEF</c>.</exception>
    public RuleId(string value)
    {
        Guard.Against.Null(value);
        if (!IsWellFormed(value))
        {
            throw new ArgumentException(
                "A rule id is upper-case ASCII letters and digits in groups joined by single hyphens.",
                nameof(value));
        }

        this.value = value;
    }

    /// <summary>Gets the id text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text, for example <c>INT-IOP-MIN-HOURS</c>.</returns>
    public override string ToString() => Value;

    private static bool IsWellFormed(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
