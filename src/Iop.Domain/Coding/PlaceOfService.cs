namespace Iop.Domain.Coding;

/// <summary>
/// CMS place-of-service codes (professional claims) for behavioural-health settings. There is no
/// IOP-specific code: intensive outpatient care is billed with the setting's code.
/// </summary>
public static class PlaceOfService
{
    /// <summary>Gets POS 02: telehealth provided other than in the patient's home.</summary>
    public static CodedValue TelehealthOtherThanHome => new(CodeSystems.PlaceOfService, "02", "Telehealth other than in patient's home");

    /// <summary>Gets POS 10: telehealth provided in the patient's home.</summary>
    public static CodedValue TelehealthInHome => new(CodeSystems.PlaceOfService, "10", "Telehealth in patient's home");

    /// <summary>Gets POS 19: off-campus outpatient hospital.</summary>
    public static CodedValue OffCampusOutpatientHospital => new(CodeSystems.PlaceOfService, "19", "Off campus-outpatient hospital");

    /// <summary>Gets POS 22: on-campus outpatient hospital.</summary>
    public static CodedValue OnCampusOutpatientHospital => new(CodeSystems.PlaceOfService, "22", "On campus-outpatient hospital");

    /// <summary>Gets POS 51: inpatient psychiatric facility.</summary>
    public static CodedValue InpatientPsychiatricFacility => new(CodeSystems.PlaceOfService, "51", "Inpatient psychiatric facility");

    /// <summary>Gets POS 52: psychiatric facility, partial hospitalization.</summary>
    public static CodedValue PsychiatricFacilityPartialHospitalization => new(CodeSystems.PlaceOfService, "52", "Psychiatric facility-partial hospitalization");

    /// <summary>Gets POS 53: community mental health center.</summary>
    public static CodedValue CommunityMentalHealthCenter => new(CodeSystems.PlaceOfService, "53", "Community mental health center");

    /// <summary>Gets POS 55: residential substance abuse treatment facility.</summary>
    public static CodedValue ResidentialSubstanceAbuseTreatmentFacility => new(CodeSystems.PlaceOfService, "55", "Residential substance abuse treatment facility");

    /// <summary>Gets POS 56: psychiatric residential treatment center.</summary>
    public static CodedValue PsychiatricResidentialTreatmentCenter => new(CodeSystems.PlaceOfService, "56", "Psychiatric residential treatment center");

    /// <summary>Gets POS 57: non-residential substance abuse treatment facility.</summary>
    public static CodedValue NonResidentialSubstanceAbuseTreatmentFacility => new(CodeSystems.PlaceOfService, "57", "Non-residential substance abuse treatment facility");

    /// <summary>Gets POS 58: non-residential opioid treatment facility (from 2020-01-01, CMS CR 11353).</summary>
    public static CodedValue NonResidentialOpioidTreatmentFacility => new(CodeSystems.PlaceOfService, "58", "Non-residential opioid treatment facility");

    /// <summary>Gets every place-of-service code this class names, ordered by code.</summary>
    public static IReadOnlyList<CodedValue> All { get; } =
    [
        TelehealthOtherThanHome,
        TelehealthInHome,
        OffCampusOutpatientHospital,
        OnCampusOutpatientHospital,
        InpatientPsychiatricFacility,
        PsychiatricFacilityPartialHospitalization,
        CommunityMentalHealthCenter,
        ResidentialSubstanceAbuseTreatmentFacility,
        PsychiatricResidentialTreatmentCenter,
        NonResidentialSubstanceAbuseTreatmentFacility,
        NonResidentialOpioidTreatmentFacility,
    ];
}
