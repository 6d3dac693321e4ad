using System.Diagnostics.CodeAnalysis;

namespace Iop.Domain.Continuum;

/// <summary>
/// A US state, the District of Columbia or an inhabited territory, by its USPS two-letter code ("IL", "WA"): the
/// jurisdiction that chooses, among other things, which ASAM edition is in force (<see cref="AsamEditionRuleSet"/>).
/// </summary>
/// <remarks>
/// <para>Valid codes are the 50 states, DC and the five inhabited territories (AS, GU, MP, PR, VI) of the USPS
/// abbreviation list (<see cref="All"/>); military "states" (AA, AE, AP) are not jurisdictions and are refused.
/// Parsing ignores case and surrounding white space; <see cref="Code"/> is upper case. Messages never repeat the
/// refused text.</para>
/// <para>Equality and ordering compare the code ordinally. The <see langword="default"/> value has no code, is never
/// returned by the library and is refused where a state is required. This type is an immutable value type and is
/// thread-safe.</para>
/// </remarks>
public readonly record struct UsState : IComparable<UsState>
{
    private static readonly string[] Codes =
    [
        "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID", "IL", "IN", "KS", "KY",
        "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK",
        "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
    ];

    private readonly string? code;

    private UsState(string code) => this.code = code;

    /// <summary>Gets Illinois (IL).</summary>
    public static UsState Illinois { get; } = new("IL");

    /// <summary>Gets Washington (WA).</summary>
    public static UsState Washington { get; } = new("WA");

    /// <summary>Gets every valid jurisdiction, in code order (56: 50 states, DC, 5 territories).</summary>
    public static IReadOnlyList<UsState> All { get; } = Array.AsReadOnly(Array.ConvertAll(Codes, c => new UsState(c)));

    /// <summary>Gets the USPS two-letter code, upper case; empty for the <see langword="default"/> value.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Gets a value indicating whether this is a valid jurisdiction (not the <see langword="default"/> value).</summary>
    public bool IsValid => code is not null;

    /// <summary>Compares two states by code.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(UsState left, UsState right) => left.CompareTo(right) < 0;

    /// <summary>Compares two states by code.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(UsState left, UsState right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two states by code.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(UsState left, UsState right) => left.CompareTo(right) > 0;

    /// <summary>Compares two states by code.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(UsState left, UsState right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a USPS two-letter code.</summary>
    /// <param name="text">The code, for example "IL" or "wa".</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not the code of a state, DC or an inhabited territory (the message does not repeat it).</exception>
    public static UsState Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var state)
            ? state
            : throw new ArgumentException("The text is not the USPS code of a US state, DC or an inhabited territory.", nameof(text));
    }

    /// <summary>Parses a USPS two-letter code without throwing for unknown text.</summary>
    /// <param name="text">The code.</param>
    /// <param name="state">The state, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UsState state)
    {
        var span = text.AsSpan().Trim();
        if (span.Length == 2)
        {
            for (var i = 0; i < Codes.Length; i++)
            {
                if (span.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
                {
                    state = All[i];
                    return true;
                }
            }
        }

        state = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(UsState other) => string.CompareOrdinal(code, other.code);

    /// <summary>Formats the state as its code, for example <c>IL</c> (a code from the fixed list, never free text).</summary>
    /// <returns>The code; empty for the <see langword="default"/> value.</returns>
    public override string ToString() => Code;
}
