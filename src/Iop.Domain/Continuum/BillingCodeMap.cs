using Iop.Domain.Coding;
namespace Iop.Domain.Continuum;

/// <summary>
/// A caller-filled map from levels of care to billing codes the library may not ship, such as UB-04
/// revenue codes (rule <c>CLM-REVCODE</c>) or CPT codes. Build one with <see cref="Empty"/> and
/// <see cref="With"/>; each call returns a new map.
/// </summary>
/// <remarks>
/// <para>A code belongs to at most one level, so the reverse lookup <see cref="TryGetLevel"/> is unambiguous.
/// Codes of a level keep the order they were added in.</para>
/// <para>This type is immutable and thread-safe; it has reference equality.</para>
/// </remarks>
public sealed class BillingCodeMap
{
    private readonly Dictionary<CodedValue, LevelOfCare> levelByCode;
    private readonly CodedValue[][] codesByLevel;

    private BillingCodeMap(Dictionary<CodedValue, LevelOfCare> levelByCode, CodedValue[][] codesByLevel)
    {
        this.levelByCode = levelByCode;
        this.codesByLevel = codesByLevel;
    }

    /// <summary>Gets a map with no codes.</summary>
    public static BillingCodeMap Empty { get; } = new([], [.. LevelsOfCare.All.Select(_ => Array.Empty<CodedValue>())]);

    /// <summary>Gets the number of codes in the map.</summary>
    public int Count => levelByCode.Count;

    /// <summary>Returns a new map that also maps <paramref name="code"/> to <paramref name="level"/>.</summary>
    /// <param name="level">The level of care the code bills.</param>
    /// <param name="code">The code, for example <c>RevenueCodes.Create("…")</c>.</param>
    /// <returns>A new map; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default coding, or is already mapped.</exception>
    public BillingCodeMap With(LevelOfCare level, CodedValue code)
    {
        Guard.Against.UndefinedMember(level);
        if (code == default)
        {
            throw new ArgumentException("The code must not be the default coding.", nameof(code));
        }

        if (levelByCode.ContainsKey(code))
        {
            throw new ArgumentException("The code is already mapped; a code belongs to one level of care.", nameof(code));
        }

        var levels = new Dictionary<CodedValue, LevelOfCare>(levelByCode) { [code] = level };
        var codes = (CodedValue[][])codesByLevel.Clone();
        codes[(int)level - 1] = [.. codes[(int)level - 1], code];
        return new BillingCodeMap(levels, codes);
    }

    /// <summary>Returns the codes mapped to a level of care, in the order they were added.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>The codes; empty when none were added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public IReadOnlyList<CodedValue> CodesFor(LevelOfCare level) => Array.AsReadOnly(codesByLevel[(int)Guard.Against.UndefinedMember(level) - 1]);

    /// <summary>Gets the level of care a code is mapped to, without throwing for an unknown code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="level">The level, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the code is in the map.</returns>
    public bool TryGetLevel(CodedValue code, out LevelOfCare level) => levelByCode.TryGetValue(code, out level);

    /// <summary>Summarises the map without listing the codes.</summary>
    /// <returns>For example <c>BillingCodeMap (3 codes)</c>.</returns>
    public override string ToString() => $"BillingCodeMap ({Count} code{(Count == 1 ? string.Empty : "s")})";
}
