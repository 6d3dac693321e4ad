using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>
/// The library's 42 CFR Part 2 sensitivity classification: which rule ids reveal substance-use-disorder
/// (SUD) treatment, so that an adapter (FHIR, a warehouse export) can label what it writes without keeping a
/// table of its own. Instruments and levels carry their own mark (<c>Instrument.Sensitivity</c>,
/// <c>InstrumentScore.Sensitivity</c>, <c>AsamLevel.Sensitivity</c>, <c>TreatmentPlan.Sensitivity</c>);
/// a finding carries its rule's (<see cref="Finding.Sensitivity"/>).
/// </summary>
/// <remarks>
/// <para>
/// A rule id is SUD-sensitive when a finding under it says, by its id alone, that the person is assessed or
/// treated for substance use: the AUDIT and AUDIT-C (<c>OUT-AUDIT-RANGE</c>, <c>OUT-AUDITC-POSITIVE</c>), the
/// Brief Addiction Monitor (<c>OUT-BAM-SUBSCALES</c>), the HEDIS initiation and engagement of SUD treatment
/// windows (<c>OUT-IET-INITIATION</c>, <c>OUT-IET-ENGAGEMENT</c>), the H0015 alcohol-and/or-drug per diem
/// (<c>CLM-H0015-INTENSITY</c>), the opioid treatment programme's weekly add-on (<c>CLM-OTP-G0137</c>), the ASAM
/// crosswalks (<c>CONT-ASAM3-CROSSWALK</c>, <c>CONT-ASAM4-CROSSWALK</c>), withdrawal management
/// (<c>CONT-ASAM-WM</c>, <c>CONT-ASAM4-WITHDRAWAL</c>) and the relapse-prevention check that fires only for a substance-use
/// diagnosis (<c>PLAN-NO-RELAPSE-PREVENTION</c>). Every other built-in rule is <see cref="Sensitivity.General"/>.
/// </para>
/// <para>
/// The classification marks data; it does not decide disclosure. A record held by a Part 2 programme is a
/// Part 2 record whatever it contains (a PHQ-9 total from an SUD programme included): the caller, who knows
/// the programme, labels such records too. Immutable and thread-safe.
/// </para>
/// </remarks>
public static class Part2Sensitivity
{
    private static readonly RuleId[] SubstanceUseRuleIds =
    [
        new("CONT-ASAM3-CROSSWALK"),
        new("CONT-ASAM4-CROSSWALK"),
        new("CONT-ASAM-WM"),
        new("CONT-ASAM4-WITHDRAWAL"),
        new("CLM-H0015-INTENSITY"),
        new("CLM-OTP-G0137"),
        new("OUT-AUDIT-RANGE"),
        new("OUT-AUDITC-POSITIVE"),
        new("OUT-BAM-SUBSCALES"),
        new("OUT-IET-INITIATION"),
        new("OUT-IET-ENGAGEMENT"),
        new("PLAN-NO-RELAPSE-PREVENTION"),
    ];

    /// <summary>Gets the date from which the 2024 Part 2 final rule is enforced.</summary>
    /// <value>2026-02-16, the compliance date of the 2024 final rule (89 FR 12472, effective 2024-04-16).</value>
    public static LocalDate EnforcedFrom { get; } = new(2026, 2, 16);

    /// <summary>Gets the source of the classification: the 2024 Part 2 final rule (89 FR 12472).</summary>
    public static RuleSource Source => Citations.Part2FinalRule2024;

    /// <summary>Gets the built-in rule ids whose findings reveal substance-use-disorder treatment, in id order.</summary>
    /// <value>The twelve ids listed in the type remarks; every other built-in rule id is <see cref="Sensitivity.General"/>.</value>
    public static IReadOnlyList<RuleId> RuleIds { get; } = Array.AsReadOnly(SubstanceUseRuleIds.OrderBy(id => id.Value, StringComparer.Ordinal).ToArray());

    /// <summary>Returns the sensitivity of the data a finding under <paramref name="ruleId"/> reveals.</summary>
    /// <param name="ruleId">The rule id; a caller's own id is <see cref="Sensitivity.General"/> unless it is one of <see cref="RuleIds"/>.</param>
    /// <returns><see cref="Sensitivity.SubstanceUseDisorder"/> for the ids of <see cref="RuleIds"/>, else <see cref="Sensitivity.General"/>.</returns>
    public static Sensitivity Of(RuleId ruleId) =>
        Array.IndexOf(SubstanceUseRuleIds, ruleId) >= 0 ? Sensitivity.SubstanceUseDisorder : Sensitivity.General;

    /// <summary>Returns the sensitivity of a result: the highest of its findings' (<see cref="Sensitivity.General"/> when it has none).</summary>
    /// <param name="result">The evaluation result.</param>
    /// <returns>The highest sensitivity among the result's findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <remarks>A result whose value itself is sensitive (an AUDIT score) says so on its own type as well.</remarks>
    public static Sensitivity Of(IEvaluationResult result)
    {
        Guard.Against.Null(result);
        var highest = Sensitivity.General;
        foreach (var finding in result.Findings)
        {
            highest = Max(highest, finding.Sensitivity);
        }

        return highest;
    }

    /// <summary>Returns the higher of two sensitivities (the sensitivity of data that holds both).</summary>
    /// <param name="first">One sensitivity.</param>
    /// <param name="second">The other.</param>
    /// <returns>The higher of the two.</returns>
    /// <exception cref="ArgumentException"><paramref name="first"/> or <paramref name="second"/> is not a defined <see cref="Sensitivity"/>.</exception>
    public static Sensitivity Max(Sensitivity first, Sensitivity second) =>
        Guard.Against.UndefinedMember(first) >= Guard.Against.UndefinedMember(second) ? first : second;
}
