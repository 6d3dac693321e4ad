namespace Iop.Domain.Coding;

/// <summary>
/// A code from a code system, shaped like a FHIR <c>Coding</c>: the <see cref="System"/> URI, the
/// <see cref="Code"/> and a human-readable <see cref="Display"/>.
/// </summary>
/// <remarks>
/// <para>Equality compares <see cref="System"/> and <see cref="Code"/> ordinally and ignores
/// <see cref="Display"/>, as FHIR does: two codings with the same system and code mean the same thing
/// whatever label they carry.</para>
/// <para>Displays of built-in codings are the library's own short labels (not licensed descriptors).</para>
/// <para>The <see langword="default"/> value has empty strings everywhere and is never returned by the library.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct CodedValue
{
    private readonly string? system;
    private readonly string? code;
    private readonly string? display;

    /// <summary>Creates a coding.</summary>
    /// <param name="system">The code system URI, for example <see cref="CodeSystems.Loinc"/>.</param>
    /// <param name="code">The code within that system.</param>
    /// <param name="display">A human-readable label; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="system"/> or <paramref name="code"/> is blank.</exception>
    public CodedValue(string system, string code, string display)
    {
        Guard.Against.Null(display);
        this.system = Guard.Against.Blank(system);
        this.code = Guard.Against.Blank(code);
        this.display = display;
    }

    /// <summary>Gets the code system URI.</summary>
    public string System => system ?? string.Empty;

    /// <summary>Gets the code.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Gets the human-readable label (not part of equality).</summary>
    public string Display => display ?? string.Empty;

    /// <summary>Compares system and code ordinally; the display is ignored.</summary>
    /// <param name="other">The coding to compare with.</param>
    /// <returns>Whether both name the same code in the same system.</returns>
    public bool Equals(CodedValue other) =>
        string.Equals(System, other.System, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(System),
        StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Formats the coding as <c>system|code</c>, the FHIR search token form.</summary>
    /// <returns>The token, for example <c>http://loinc.org|44261-6</c>.</returns>
    public override string ToString() => $"{System}|{Code}";
}
