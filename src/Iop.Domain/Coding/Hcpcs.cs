namespace Iop.Domain.Coding;

/// <summary>
/// HCPCS Level II codes (CMS, public) used to bill behavioural-health levels of care. The display
/// labels are the library's own short labels. Sources are listed in <c>docs/rules.md</c>.
/// </summary>
public static class Hcpcs
{
    /// <summary>Gets H0015: alcohol and/or drug services, intensive outpatient (at least 3 h/day, at least 3 days/week).</summary>
    public static CodedValue H0015 => new(CodeSystems.Hcpcs, "H0015", "Alcohol and/or drug intensive outpatient");

    /// <summary>Gets S9480: intensive outpatient psychiatric services, per diem (not payable by Medicare).</summary>
    public static CodedValue S9480 => new(CodeSystems.Hcpcs, "S9480", "Intensive outpatient psychiatric, per diem");

    /// <summary>Gets S0201: partial hospitalization services, less than 24 hours, per diem (not payable by Medicare).</summary>
    public static CodedValue S0201 => new(CodeSystems.Hcpcs, "S0201", "Partial hospitalization, per diem");

    /// <summary>Gets H0035: mental health partial hospitalization, treatment, less than 24 hours (single weak source: see docs/rules.md).</summary>
    public static CodedValue H0035 => new(CodeSystems.Hcpcs, "H0035", "Mental health partial hospitalization");

    /// <summary>Gets G0410: group psychotherapy (not multi-family) in a PHP or IOP.</summary>
    public static CodedValue G0410 => new(CodeSystems.Hcpcs, "G0410", "Group psychotherapy in PHP/IOP");

    /// <summary>Gets G0411: interactive group psychotherapy in a PHP or IOP.</summary>
    public static CodedValue G0411 => new(CodeSystems.Hcpcs, "G0411", "Interactive group psychotherapy in PHP/IOP");

    /// <summary>Gets G0137: the weekly add-on an opioid treatment programme bills once per week in which it furnishes intensive outpatient services (NGS Medicare).</summary>
    public static CodedValue G0137 => new(CodeSystems.Hcpcs, "G0137", "OTP intensive outpatient weekly add-on");
}
