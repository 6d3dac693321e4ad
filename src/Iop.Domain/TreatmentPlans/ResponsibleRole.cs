namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// The role responsible for an <see cref="Intervention"/>: a role, never a person, so a plan carries
/// no staff identity. <c>0</c> is not a member.
/// </summary>
public enum ResponsibleRole
{
    /// <summary>A physician.</summary>
    Physician = 1,

    /// <summary>A psychiatrist.</summary>
    Psychiatrist = 2,

    /// <summary>A nurse practitioner, physician assistant or clinical nurse specialist.</summary>
    AdvancedPracticeClinician = 3,

    /// <summary>A psychologist.</summary>
    Psychologist = 4,

    /// <summary>A licensed therapist (for example a professional counselor or marriage and family therapist).</summary>
    Therapist = 5,

    /// <summary>An addiction or substance-use-disorder counselor.</summary>
    AddictionCounselor = 6,

    /// <summary>A social worker.</summary>
    SocialWorker = 7,

    /// <summary>A nurse.</summary>
    Nurse = 8,

    /// <summary>A case manager.</summary>
    CaseManager = 9,

    /// <summary>A certified peer specialist or recovery coach.</summary>
    PeerSpecialist = 10,

    /// <summary>An occupational therapist.</summary>
    OccupationalTherapist = 11,

    /// <summary>Other trained programme staff.</summary>
    ProgrammeStaff = 12,
}
