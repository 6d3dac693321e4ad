namespace Iop.Domain.Coding;

/// <summary>
/// UB-04 condition codes that mark an institutional claim as partial hospitalization or intensive
/// outpatient. Code values are public in CMS instructions; display labels are the library's own.
/// </summary>
public static class ConditionCodes
{
    /// <summary>Gets condition code 41: partial hospitalization.</summary>
    public static CodedValue PartialHospitalization => new(CodeSystems.NubcConditionCodes, "41", "Partial hospitalization");

    /// <summary>Gets condition code 92: intensive outpatient program (effective 2024-01-01, CMS CR 13222).</summary>
    public static CodedValue IntensiveOutpatient => new(CodeSystems.NubcConditionCodes, "92", "Intensive outpatient program");

    /// <summary>Gets condition code 89: opioid treatment programme, marking an IOP claim from a provider-based OTP (NGS Medicare).</summary>
    public static CodedValue ProviderBasedOpioidTreatmentProgram => new(CodeSystems.NubcConditionCodes, "89", "Opioid treatment program");
}
