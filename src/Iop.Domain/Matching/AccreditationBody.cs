namespace Iop.Domain.Matching;

/// <summary>The body that accredits a programme. <c>0</c> is not a member.</summary>
/// <remarks>The state licence is not an accreditation: it is <see cref="ProgrammeProfile.LicenceExpires"/>.</remarks>
public enum AccreditationBody
{
    /// <summary>The Joint Commission (behavioral health care accreditation).</summary>
    TheJointCommission = 1,

    /// <summary>CARF International (Commission on Accreditation of Rehabilitation Facilities).</summary>
    Carf = 2,
}
