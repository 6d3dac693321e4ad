namespace Iop.Domain.Rules;

/// <summary>How much a <see cref="Finding"/> matters, from least to most.</summary>
/// <remarks>
/// Ordered so that comparisons read naturally (<c>Warning &lt; Error</c>). The value <c>0</c> is not a
/// member: a <see langword="default"/> severity is invalid and rejected wherever one is accepted.
/// </remarks>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong (for example, which crosswalk entry was the default).</summary>
    Information = 1,

    /// <summary>Something a clinician or biller should look at; the result is still usable.</summary>
    Warning = 2,

    /// <summary>
    /// A rule is not met (for example, a week below the level's minimum hours), or a finding that must be
    /// acted on before the result is relied on (for example a PHQ-9 item 9 above 0, which calls for a
    /// suicide-risk assessment now). The result's value may still be well formed.
    /// </summary>
    Error = 3,
}
