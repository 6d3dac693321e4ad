using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The scored result of one administration of an <see cref="Outcomes.Instrument"/>: the total, its band or
/// zone, the positive-screen flag, how the total was obtained (items, prorated items or a total alone),
/// the PHQ-9 item 9 and difficulty answers, and the findings (the item-9 safety finding above all).
/// </summary>
/// <remarks>
/// <para>Made by <see cref="Instruments.Score"/>, <see cref="Instruments.TryScore"/> or
/// <see cref="Instruments.FromTotal"/>; scoring allocates nothing (this is a value type and the findings
/// are shared, pre-built lists).</para>
/// <para>For a FHIR Observation use <see cref="Code"/> (LOINC), <see cref="Instruments.ObservationUnit"/>
/// (<c>{score}</c>) and <see cref="Instruments.ObservationCategory"/> (<c>survey</c>).</para>
/// <para>Equality compares every stored value. The <see langword="default"/> value has an undefined
/// instrument and is never returned by the library. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct InstrumentScore
{
    internal InstrumentScore(Instrument instrument, int total, bool? positiveScreen, int answeredItems, bool isProrated, int? phq9Item9, int? difficulty)
    {
        Instrument = instrument;
        Total = total;
        PositiveScreen = positiveScreen;
        AnsweredItems = answeredItems;
        IsProrated = isProrated;
        Phq9Item9 = phq9Item9;
        Difficulty = difficulty;
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the total score, in [0, <see cref="Instruments.MaximumTotal"/>].</summary>
    public int Total { get; }

    /// <summary>Gets the PHQ-9 or GAD-7 severity band of the total, or <see langword="null"/> for the AUDIT and AUDIT-C.</summary>
    public SeverityBand? Severity => Instruments.SeverityOf(Instrument, Total);

    /// <summary>Gets the WHO risk zone of an AUDIT total, or <see langword="null"/> for other instruments.</summary>
    public AuditRiskZone? AuditZone => Instrument == Instrument.Audit ? Instruments.AuditZoneOf(Total) : null;

    /// <summary>
    /// Gets whether the total is a positive screen (PHQ-9 and GAD-7 at 10 or more, AUDIT at 8 or more,
    /// AUDIT-C at the policy's threshold for the person's sex), or <see langword="null"/> for an AUDIT-C
    /// scored without a sex.
    /// </summary>
    public bool? PositiveScreen { get; }

    /// <summary>Gets how many items were answered; 0 when only a total was supplied.</summary>
    public int AnsweredItems { get; }

    /// <summary>Gets a value indicating whether the score came from a total alone, without items.</summary>
    public bool IsTotalOnly => AnsweredItems == 0;

    /// <summary>Gets a value indicating whether the total was prorated from fewer items than the instrument has.</summary>
    public bool IsProrated { get; }

    /// <summary>Gets the answer to PHQ-9 item 9 (0–3), or <see langword="null"/> when it is unanswered, only a total was given, or the instrument is not the PHQ-9.</summary>
    public int? Phq9Item9 { get; }

    /// <summary>Gets a value indicating whether PHQ-9 item 9 is above 0: a safety finding whatever the total (<c>OUT-PHQ9-ITEM9</c>).</summary>
    public bool SafetyConcern => Phq9Item9 > 0;

    /// <summary>Gets the PHQ-9 difficulty item (0–3), carried but never summed, or <see langword="null"/> when not given.</summary>
    public int? Difficulty { get; }

    /// <summary>Gets the LOINC code of the total, or <see langword="null"/> where the library ships none (AUDIT, AUDIT-C).</summary>
    public CodedValue? Code => Instruments.TryGetTotalCode(Instrument, out var code) ? code : null;

    /// <summary>
    /// Gets the findings: <c>OUT-PHQ9-ITEM9</c> when item 9 is above 0 or was left unanswered, and
    /// <c>OUT-PHQ9-PRORATE</c> when the total was prorated. Empty otherwise. Reading it allocates nothing.
    /// </summary>
    public IReadOnlyList<Finding> Findings => ScoreFindings.For(SafetyConcern, Instrument == Instrument.Phq9 && !IsTotalOnly && Phq9Item9 is null, IsProrated);

    /// <summary>Formats the score without caller data, for example <c>PHQ-9 12 (Moderate)</c>.</summary>
    /// <returns>The instrument, total and band or zone.</returns>
    public override string ToString()
    {
        var name = Enum.IsDefined(Instrument) ? Instrument.DisplayName() : "Undefined";
        var detail = Severity is { } band ? $" ({band})" : AuditZone is { } zone ? $" ({zone})" : string.Empty;
        return $"{name} {Total}{detail}{(IsProrated ? ", prorated" : string.Empty)}";
    }
}
