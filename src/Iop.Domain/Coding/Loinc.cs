namespace Iop.Domain.Coding;

/// <summary>
/// LOINC codes for instrument panels and totals, each verified against loinc.org or the US Core
/// examples (see <c>docs/rules.md</c>). LOINC® is a registered trademark of Regenstrief; codes are
/// used under the LOINC licence and the display labels are the library's own short labels.
/// </summary>
public static class Loinc
{
    /// <summary>Gets the PHQ-9 panel (44249-1).</summary>
    public static CodedValue Phq9Panel => new(CodeSystems.Loinc, "44249-1", "PHQ-9 panel");

    /// <summary>Gets the PHQ-9 total score (44261-6), unit <c>{score}</c>.</summary>
    public static CodedValue Phq9Total => new(CodeSystems.Loinc, "44261-6", "PHQ-9 total score");

    /// <summary>Gets PHQ-9 item 9 (44260-8), the item that drives the safety finding.</summary>
    public static CodedValue Phq9Item9 => new(CodeSystems.Loinc, "44260-8", "PHQ-9 item 9");

    /// <summary>Gets the GAD-7 panel (69737-5).</summary>
    public static CodedValue Gad7Panel => new(CodeSystems.Loinc, "69737-5", "GAD-7 panel");

    /// <summary>Gets the GAD-7 total score (70274-6), unit <c>{score}</c>.</summary>
    public static CodedValue Gad7Total => new(CodeSystems.Loinc, "70274-6", "GAD-7 total score");
}
