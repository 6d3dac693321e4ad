using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Placement;

/// <summary>
/// One reason that contributed to a <see cref="PlacementDecision"/>: a <see cref="Rules.Finding"/> of the rule
/// that applied (its rule id, an information severity, the one-sentence explanation as its message, and its
/// source), the level of care the rule requires at least, and whether the reason was decisive.
/// </summary>
/// <remarks>
/// <para>A reason is a finding plus two placement facts, so one renderer and one alert map, keyed on
/// <see cref="Finding.RuleId"/>, serve reasons and findings of every namespace alike (decision record 0012).</para>
/// <para>A reason is <em>decisive</em> when its required level is the recommended level: it alone would
/// have produced the recommendation. Explanations are policy text (for the built-in policies, library
/// text only) and never contain caller-supplied free text or identifiers.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlacementReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="finding">The rule that applied, as a finding whose message is the one-sentence explanation (no caller-supplied text).</param>
    /// <param name="requiredLevel">The least intensive level the rule allows.</param>
    /// <param name="isDecisive">Whether the reason determined the recommendation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requiredLevel"/> is not defined.</exception>
    public PlacementReason(Finding finding, LevelOfCare requiredLevel, bool isDecisive)
    {
        Finding = Guard.Against.Null(finding);
        RequiredLevel = Guard.Against.UndefinedMember(requiredLevel);
        IsDecisive = isDecisive;
    }

    /// <summary>Gets the rule that applied, as a finding: rule id, severity, explanation (the message) and source.</summary>
    public Finding Finding { get; }

    /// <summary>Gets the least intensive level the rule allows.</summary>
    public LevelOfCare RequiredLevel { get; }

    /// <summary>Gets a value indicating whether the reason determined the recommendation.</summary>
    public bool IsDecisive { get; }

    /// <summary>Formats the reason, for example <c>PLC-CRIT-IOP-HOURS → IOP (decisive)</c>.</summary>
    /// <returns>The reason in one line.</returns>
    public override string ToString() => $"{Finding.RuleId} → {RequiredLevel.Abbreviation()}{(IsDecisive ? " (decisive)" : string.Empty)}";
}
