namespace Iop.Domain.Intensity;

/// <summary>
/// What kind of service a <see cref="Session"/> delivers. <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// <para>The kinds follow the services 42 CFR 410.43(a)(4) and 410.44 list for partial hospitalization and
/// intensive outpatient (individual and group therapy, occupational therapy, activity therapies that are
/// not primarily recreational, family counselling, patient education, diagnostic services, drugs and
/// biologicals) and the core services of SAMHSA TIP 47 (case management, psychoeducation, medication
/// management, peer and recovery support).</para>
/// <para>Whether a kind counts toward programme hours by default is given by
/// <see cref="ServiceKinds.QualifiesByDefault"/>: every kind except
/// <see cref="SocialOrRecreationalActivity"/> (rule <c>MCR-NONQUALIFYING</c>) and <see cref="RemoteMentalHealthService"/>
/// (rule <c>MCR-REMOTE-MH</c>). Payers differ on case
/// management and peer support; mark a session with <c>session with { Qualifies = false }</c> where yours does.</para>
/// </remarks>
public enum ServiceKind
{
    /// <summary>Individual psychotherapy or counselling.</summary>
    IndividualTherapy = 1,

    /// <summary>Group psychotherapy or counselling.</summary>
    GroupTherapy = 2,

    /// <summary>Family counselling or therapy for the person's condition.</summary>
    FamilyTherapy = 3,

    /// <summary>Patient training and education closely tied to the person's care.</summary>
    Psychoeducation = 4,

    /// <summary>A skills group (for example coping or relapse-prevention skills).</summary>
    SkillsGroup = 5,

    /// <summary>Medication management, including drugs and biologicals that are not self-administered.</summary>
    MedicationManagement = 6,

    /// <summary>Case management by programme staff.</summary>
    CaseManagement = 7,

    /// <summary>Peer or recovery support.</summary>
    PeerSupport = 8,

    /// <summary>Occupational therapy.</summary>
    OccupationalTherapy = 9,

    /// <summary>An individualized activity therapy that is not primarily recreational.</summary>
    ActivityTherapy = 10,

    /// <summary>A diagnostic service (assessment, screening, testing).</summary>
    DiagnosticService = 11,

    /// <summary>An activity that is primarily social, recreational or diversionary: it never qualifies by default (<c>MCR-NONQUALIFYING</c>).</summary>
    SocialOrRecreationalActivity = 12,

    /// <summary>
    /// An OPPS remote mental-health service (HCPCS C7900–C7902: hospital staff to a person at home). It is billed
    /// apart from the PHP/IOP per diem and is not a PHP or IOP service: it never qualifies by default (rule
    /// <c>MCR-REMOTE-MH</c>; CY 2023 OPPS final rule).
    /// </summary>
    RemoteMentalHealthService = 13,
}
