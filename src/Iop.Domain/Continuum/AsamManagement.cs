namespace Iop.Domain.Continuum;

/// <summary>
/// How an ASAM level is staffed and managed, as its edition names it (see <see cref="AsamLevel.Management"/>).
/// <c>0</c> is not a member.
/// </summary>
public enum AsamManagement
{
    /// <summary>Clinically managed: services directed by clinical (non-physician) staff, for example 3rd-edition 3.1 and 3.5.</summary>
    ClinicallyManaged = 1,

    /// <summary>Medically monitored: 24-hour nursing with physician availability, the 3rd edition's 3.7 and 3.7-WM.</summary>
    MedicallyMonitored = 2,

    /// <summary>Medically managed: physician-directed services, for example 3rd-edition 4 and the 4th edition's 1.7, 2.7, 3.7 and 4.0.</summary>
    MedicallyManaged = 3,
}
