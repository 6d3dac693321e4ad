namespace Iop.Domain.Intensity;

/// <summary>Who furnished a <see cref="Session"/>. <c>0</c> is not a member.</summary>
/// <remarks>
/// Physician, physician-assistant, nurse-practitioner, clinical-nurse-specialist and clinical-psychologist
/// services are paid outside the Medicare PHP/IOP per diem, on professional claims (42 CFR 410.43(b), rule
/// <c>MCR-SEPARATE-PRO</c>): they are never per-diem services, see <see cref="ServiceFurnishers.IsPaidOutsidePerDiem"/>.
/// Whether they count toward weekly programme hours is a rule-set parameter,
/// <see cref="IntensityRuleSet.ProfessionalServicesCountTowardHours"/>.
/// </remarks>
public enum ServiceFurnisher
{
    /// <summary>Programme staff (social workers, psychiatric nurses, counsellors, therapists and other trained staff): the per-diem services. The default of a session.</summary>
    ProgrammeStaff = 1,

    /// <summary>A physician.</summary>
    Physician = 2,

    /// <summary>A physician assistant (PA).</summary>
    PhysicianAssistant = 3,

    /// <summary>A nurse practitioner (NP).</summary>
    NursePractitioner = 4,

    /// <summary>A clinical nurse specialist (CNS).</summary>
    ClinicalNurseSpecialist = 5,

    /// <summary>A clinical psychologist.</summary>
    ClinicalPsychologist = 6,
}
