namespace Iop.Domain.Rules;

/// <summary>
/// What a piece of data reveals about a person's treatment, for the confidentiality rules that attach to it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SubstanceUseDisorder"/> marks data that identifies a person as having, or having had, a
/// substance-use disorder diagnosis or treatment: in a federally assisted programme such records fall under
/// 42 CFR Part 2 (the 2024 final rule, 89 FR 12472, enforced since the compliance date 2026-02-16).
/// <see cref="Part2Sensitivity"/> says which rule ids, instruments and levels carry this mark.
/// </para>
/// <para>
/// The library marks data; it does not decide disclosure. Whether a record may be disclosed depends on the
/// programme (whether it is a Part 2 programme), the person's consent and the recipient, none of which the
/// library knows. Ordered: <c>General &lt; SubstanceUseDisorder</c>, so the sensitivity of a composite is the
/// maximum of its parts. The value <c>0</c> is not a member: a <see langword="default"/> sensitivity is invalid.
/// </para>
/// </remarks>
public enum Sensitivity
{
    /// <summary>Reveals nothing about substance-use-disorder treatment by itself (for example a PHQ-9 total).</summary>
    General = 1,

    /// <summary>
    /// Reveals substance-use-disorder diagnosis or treatment (for example an AUDIT total, an ASAM level, an
    /// H0015 billing finding): a 42 CFR Part 2 record when a Part 2 programme holds it.
    /// </summary>
    SubstanceUseDisorder = 2,
}
