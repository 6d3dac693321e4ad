namespace Iop.Domain.Outcomes;

/// <summary>
/// The symptom-severity band of a PHQ-9 or GAD-7 total, from least to most severe (rules
/// <c>OUT-PHQ9-RANGE</c> and <c>OUT-GAD7-RANGE</c>).
/// </summary>
/// <remarks>
/// Ordered so that comparisons read clinically (<c>Mild &lt; Moderate</c>). The GAD-7 has no
/// "moderately severe" band. The value <c>0</c> is not a member.
/// </remarks>
public enum SeverityBand
{
    /// <summary>Minimal (PHQ-9 0–4; GAD-7 0–4).</summary>
    Minimal = 1,

    /// <summary>Mild (PHQ-9 5–9; GAD-7 5–9).</summary>
    Mild = 2,

    /// <summary>Moderate (PHQ-9 10–14; GAD-7 10–14).</summary>
    Moderate = 3,

    /// <summary>Moderately severe (PHQ-9 15–19 only).</summary>
    ModeratelySevere = 4,

    /// <summary>Severe (PHQ-9 20–27; GAD-7 15–21).</summary>
    Severe = 5,
}
