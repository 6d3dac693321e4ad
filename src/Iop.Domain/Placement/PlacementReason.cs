using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Placement;

/// <summary>
/// One reason that contributed to a <see cref="PlacementDecision"/>: the rule that applied, the level of
/// care it requires at least, where the rule comes from, whether it was decisive, and a one-sentence
/// explanation written by the policy.
/// </summary>
/// <remarks>
/// <para>A reason is <em>decisive</em> when its required level is the recommended level: it alone would
/// have produced the recommendation. Explanations are policy text (for the built-in policies, library
/// text only) and never contain caller-supplied free text or identifiers.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlacementReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="ruleId">The id of the rule that applied.</param>
    /// <param name="requiredLevel">The least intensive level the rule allows.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="isDecisive">Whether the reason determined the recommendation.</param>
    /// <param name="explanation">One plain sentence, with no caller-supplied text.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is the default value, or <paramref name="explanation"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requiredLevel"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="explanation"/> is null.</exception>
    public PlacementReason(RuleId ruleId, LevelOfCare requiredLevel, RuleSource source, bool isDecisive, string explanation)
    {
        if (ruleId.Value.Length == 0)
        {
            throw new ArgumentException("The rule id must not be the default value.", nameof(ruleId));
        }

        Guard.Against.Null(source);
        RuleId = ruleId;
        RequiredLevel = Guard.Against.UndefinedMember(requiredLevel);
        Source = source;
        IsDecisive = isDecisive;
        Explanation = Guard.Against.Blank(explanation);
    }

    /// <summary>Gets the id of the rule that applied.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the least intensive level the rule allows.</summary>
    public LevelOfCare RequiredLevel { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>Gets a value indicating whether the reason determined the recommendation.</summary>
    public bool IsDecisive { get; }

    /// <summary>Gets the one-sentence explanation (policy text, never caller text).</summary>
    public string Explanation { get; }

    /// <summary>Formats the reason, for example <c>PLC-CRIT-IOP-HOURS → IOP (decisive)</c>.</summary>
    /// <returns>The reason in one line.</returns>
    public override string ToString() => $"{RuleId} → {RequiredLevel.Abbreviation()}{(IsDecisive ? " (decisive)" : string.Empty)}";
}
