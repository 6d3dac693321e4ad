namespace Iop.Domain.Continuum;

/// <summary>
/// The age group whose standards apply: published hour thresholds and placement criteria differ for
/// adults and adolescents. <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// The age that separates the groups is not uniform (DC uses "youth under 21", Kansas "under 18"), so
/// the caller classifies the person; the library never derives the group from a birth date.
/// </remarks>
public enum AgeGroup
{
    /// <summary>Adult standards apply.</summary>
    Adult = 1,

    /// <summary>Adolescent (youth) standards apply.</summary>
    Adolescent = 2,
}
