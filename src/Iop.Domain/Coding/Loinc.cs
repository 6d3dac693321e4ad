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

    /// <summary>Gets the PHQ-2 panel (55757-9).</summary>
    public static CodedValue Phq2Panel => new(CodeSystems.Loinc, "55757-9", "PHQ-2 panel");

    /// <summary>Gets the PHQ-2 total score (55758-7), unit <c>{score}</c>.</summary>
    public static CodedValue Phq2Total => new(CodeSystems.Loinc, "55758-7", "PHQ-2 total score");

    /// <summary>Gets the PHQ-9 modified for adolescents (PHQ-A) panel (89206-7).</summary>
    public static CodedValue PhqAPanel => new(CodeSystems.Loinc, "89206-7", "PHQ-A panel");

    /// <summary>Gets the PHQ-A total score (89204-2), unit <c>{score}</c>.</summary>
    public static CodedValue PhqATotal => new(CodeSystems.Loinc, "89204-2", "PHQ-A total score");

    /// <summary>Gets GAD-2 item 1, feeling nervous, anxious or on edge (69725-0). No GAD-2 total code is verified.</summary>
    public static CodedValue Gad2Item1 => new(CodeSystems.Loinc, "69725-0", "GAD-2 item 1");

    /// <summary>Gets GAD-2 item 2, not being able to stop or control worrying (68509-9).</summary>
    public static CodedValue Gad2Item2 => new(CodeSystems.Loinc, "68509-9", "GAD-2 item 2");

    /// <summary>Gets the AUDIT panel (72110-0).</summary>
    public static CodedValue AuditPanel => new(CodeSystems.Loinc, "72110-0", "AUDIT panel");

    /// <summary>Gets the AUDIT total score (75624-7), unit <c>{score}</c>.</summary>
    public static CodedValue AuditTotal => new(CodeSystems.Loinc, "75624-7", "AUDIT total score");

    /// <summary>Gets the AUDIT-C panel (72109-2).</summary>
    public static CodedValue AuditCPanel => new(CodeSystems.Loinc, "72109-2", "AUDIT-C panel");

    /// <summary>Gets the AUDIT-C total score (75626-2), unit <c>{score}</c>.</summary>
    public static CodedValue AuditCTotal => new(CodeSystems.Loinc, "75626-2", "AUDIT-C total score");

    /// <summary>Gets the PCL-5 panel (101697-1). No PCL-5 total code is verified.</summary>
    public static CodedValue Pcl5Panel => new(CodeSystems.Loinc, "101697-1", "PCL-5 panel");
}
