namespace Iop.Domain.Continuum;

/// <summary>
/// An ASAM level mapped to another edition (<see cref="AsamCrosswalk.ToEdition"/>): the target levels, default first,
/// and whether the mapping is lossy (rule <c>CONT-ASAM-EDITIONS</c>).
/// </summary>
/// <remarks>
/// <para>A mapping is <em>lossy</em> when the target edition cannot say what the source level says: the level has no
/// counterpart (3rd-edition 0.5, 4th-edition 1.0), was dropped and merged into a neighbour (3rd-edition 3.3), or
/// withdrawal management changes shape (a 3rd-edition WM service folded into a 4th-edition level, or a 4th-edition
/// withdrawal-capable level split into a 3rd-edition level and a WM service). A lossless mapping maps back to the source
/// level as its default.</para>
/// <para>Equality is by value (targets compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AsamEditionMapping
{
    internal AsamEditionMapping(AsamLevel source, AsamEdition edition, AsamLevel[] targets, bool isLossy)
    {
        Source = source;
        Edition = edition;
        Targets = Array.AsReadOnly(targets);
        IsLossy = isLossy;
    }

    /// <summary>
    /// The record of a mapping already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static AsamEditionMapping FromRecord(AsamLevel source, AsamEdition edition, IReadOnlyList<AsamLevel> targets, bool isLossy)
    {
        Guard.Against.Null(source);
        Guard.Against.UndefinedMember(edition);
        var levels = Guard.Against.NullElements(targets);
        if (levels.Any(l => l.Edition != edition))
        {
            throw new ArgumentException("Every target must be a level of the edition mapped to.", nameof(targets));
        }

        return new(source, edition, [.. levels], isLossy);
    }

    /// <summary>Gets the level that was mapped.</summary>
    public AsamLevel Source { get; }

    /// <summary>Gets the edition mapped to.</summary>
    public AsamEdition Edition { get; }

    /// <summary>Gets the levels of <see cref="Edition"/> that correspond, default first; empty when there is none (3rd-edition 0.5).</summary>
    public IReadOnlyList<AsamLevel> Targets { get; }

    /// <summary>Gets the default target, or <see langword="null"/> when there is none.</summary>
    public AsamLevel? Default => Targets.Count == 0 ? null : Targets[0];

    /// <summary>Gets a value indicating whether the mapping loses meaning (see the type remarks).</summary>
    public bool IsLossy { get; }

    /// <inheritdoc/>
    public bool Equals(AsamEditionMapping? other) =>
        other is not null && Source == other.Source && Edition == other.Edition && IsLossy == other.IsLossy && Targets.SequenceEqual(other.Targets);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Source);
        hash.Add(Edition);
        hash.Add(IsLossy);
        foreach (var target in Targets)
        {
            hash.Add(target);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the mapping as <c>ASAM 3.3 (3rd ed.) → ASAM 3.5 (4th ed.), lossy</c>.</summary>
    /// <returns>The source, the default target (or "none") and the loss.</returns>
    public override string ToString() =>
        $"{Source} → {(Default is { } d ? d.ToString() : "none")}{(IsLossy ? ", lossy" : string.Empty)}";
}
