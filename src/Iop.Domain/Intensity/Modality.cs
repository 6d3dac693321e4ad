namespace Iop.Domain.Intensity;

/// <summary>
/// A treatment modality: the one vocabulary in which a treatment-plan intervention says what it delivers and a
/// programme profile says what it offers, so matching and plans never translate. <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// The list follows the services named for intensive outpatient treatment (SAMHSA TIP 47) and the
/// services that qualify for Medicare PHP and IOP (42 CFR 410.43(a)(4), 410.44). Members are appended,
/// never renumbered.
/// </remarks>
public enum Modality
{
    /// <summary>Individual therapy or counseling.</summary>
    IndividualTherapy = 1,

    /// <summary>Group therapy or counseling.</summary>
    GroupTherapy = 2,

    /// <summary>Family therapy or family counseling.</summary>
    FamilyTherapy = 3,

    /// <summary>Cognitive behavioral therapy (CBT).</summary>
    CognitiveBehavioralTherapy = 4,

    /// <summary>Dialectical behavior therapy (DBT).</summary>
    DialecticalBehaviorTherapy = 5,

    /// <summary>Motivational interviewing.</summary>
    MotivationalInterviewing = 6,

    /// <summary>A relapse-prevention group.</summary>
    RelapsePreventionGroup = 7,

    /// <summary>Psychoeducation.</summary>
    Psychoeducation = 8,

    /// <summary>Twelve-step facilitation.</summary>
    TwelveStepFacilitation = 9,

    /// <summary>Life-skills training.</summary>
    LifeSkillsTraining = 10,

    /// <summary>Trauma-informed education.</summary>
    TraumaInformedEducation = 11,

    /// <summary>Vocational or educational support.</summary>
    VocationalEducationalSupport = 12,

    /// <summary>Medication management.</summary>
    MedicationManagement = 13,

    /// <summary>Case management.</summary>
    CaseManagement = 14,

    /// <summary>Peer support.</summary>
    PeerSupport = 15,

    /// <summary>Occupational therapy (a qualifying PHP/IOP service, 42 CFR 410.43(a)(4)).</summary>
    OccupationalTherapy = 16,

    /// <summary>Individualized activity therapy that is not primarily recreational (42 CFR 410.43(a)(4)).</summary>
    ActivityTherapy = 17,

    /// <summary>Trauma-informed care offered across the programme (a programme feature rather than one session type).</summary>
    TraumaInformedCare = 18,
}
