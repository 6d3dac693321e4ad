using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The three subscales of the Brief Addiction Monitor (rule <c>OUT-BAM-SUBSCALES</c>): use, risk
/// factors and protective factors. The BAM has no validated total, so none is offered, and for that
/// reason it is not an <see cref="Instrument"/> (which sums to one total).
/// </summary>
/// <remarks>
/// <para>Made by <see cref="Instruments.ScoreBam"/> from item scores on the 0–4 scale (the scale that
/// gives the published 0–24 range of the six-item subscales). Higher <see cref="Use"/> and
/// <see cref="Risk"/> are worse; higher <see cref="Protective"/> is better. The BAM is a US Department of
/// Veterans Affairs work (VISN 4 MIRECC and CESATE), free to use; item wording is not shipped.</para>
/// <para>Scoring the BAM raises no findings, so <see cref="Findings"/> is always empty.</para>
/// <para>Equality compares every value. The <see langword="default"/> value is all zeros. This type is an
/// immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct BamScore : IEvaluationResult
{
    /// <summary>The number of item entries (items 1 to 17).</summary>
    internal const int ItemCount = 17;

    /// <summary>Item 7 (7a–g), which elaborates item 6 and is not scored.</summary>
    internal const int UnscoredItem = 7;

    /// <summary>Item 17, satisfaction with progress, carried outside the subscales.</summary>
    internal const int SatisfactionItem = 17;

    private static readonly IReadOnlyList<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

    internal BamScore(int use, int risk, int protective, int satisfaction)
    {
        Use = use;
        Risk = risk;
        Protective = protective;
        Satisfaction = satisfaction;
    }

    /// <summary>
    /// The record of a score already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static BamScore FromRecord(int use, int risk, int protective, int satisfaction) =>
        new(Guard.Against.OutsideRange(use, 0, 12), Guard.Against.OutsideRange(risk, 0, 24), Guard.Against.OutsideRange(protective, 0, 24), Guard.Against.OutsideRange(satisfaction, 0, 4));

    /// <summary>Gets the use subscale, items 4 + 5 + 6, in [0, 12].</summary>
    public int Use { get; }

    /// <summary>Gets the risk-factor subscale, items 1 + 2 + 3 + 8 + 11 + 15, in [0, 24].</summary>
    public int Risk { get; }

    /// <summary>Gets the protective-factor subscale, items 9 + 10 + 12 + 13 + 14 + 16, in [0, 24].</summary>
    public int Protective { get; }

    /// <summary>Gets item 17 (satisfaction with progress), carried but not part of any subscale, in [0, 4].</summary>
    public int Satisfaction { get; }

    /// <summary>Gets the findings: always empty (scoring the BAM raises none).</summary>
    public IReadOnlyList<Finding> Findings => NoFindings;

    /// <summary>Gets a value indicating whether any finding is an Error: always <see langword="false"/>.</summary>
    public bool HasErrors => false;

    /// <summary>Gets what the score reveals for 42 CFR Part 2 labelling: always <see cref="Sensitivity.SubstanceUseDisorder"/> (the Brief Addiction Monitor is an SUD-treatment measure).</summary>
    /// <value>Always <see cref="Sensitivity.SubstanceUseDisorder"/> (<c>OUT-BAM-SUBSCALES</c>; 42 CFR Part 2, 89 FR 12472).</value>
    public Sensitivity Sensitivity => Part2Sensitivity.Max(Sensitivity.SubstanceUseDisorder, Part2Sensitivity.Of(this));

    /// <summary>Formats the subscales, for example <c>BAM use 2, risk 9, protective 15</c>.</summary>
    /// <returns>The three subscales.</returns>
    public override string ToString() => $"BAM use {Use}, risk {Risk}, protective {Protective}";
}
