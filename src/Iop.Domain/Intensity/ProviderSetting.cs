namespace Iop.Domain.Intensity;

/// <summary>
/// The kind of provider that bills Medicare PHP or IOP services: it fixes the type of bill, the condition
/// codes and the setting's own billing rules (<see cref="ProviderSettings"/>). <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// The IOP settings are those CMS lists: hospital outpatient departments, critical access hospitals, community
/// mental health centres, rural health clinics, federally qualified health centres and opioid treatment programmes
/// (FCSO; CGS; NGS). PHP is furnished by hospital outpatient departments and CMHCs.
/// </remarks>
public enum ProviderSetting
{
    /// <summary>A hospital outpatient department (type of bill 13X, also 12X).</summary>
    HospitalOutpatient = 1,

    /// <summary>A community mental health centre, CMHC (type of bill 76X).</summary>
    CommunityMentalHealthCenter = 2,

    /// <summary>A rural health clinic, RHC (type of bill 71X).</summary>
    RuralHealthClinic = 3,

    /// <summary>A federally qualified health centre, FQHC (type of bill 77X).</summary>
    FederallyQualifiedHealthCenter = 4,

    /// <summary>A critical access hospital, CAH (type of bill 85X; paid at cost, no per-diem tier).</summary>
    CriticalAccessHospital = 5,

    /// <summary>A freestanding opioid treatment programme, OTP (type of bill 87X; weekly IOP add-on G0137).</summary>
    FreestandingOpioidTreatmentProgram = 6,

    /// <summary>A provider-based opioid treatment programme (condition code 89; weekly IOP add-on G0137).</summary>
    ProviderBasedOpioidTreatmentProgram = 7,
}
