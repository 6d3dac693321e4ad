namespace Iop.Domain.Matching;

/// <summary>
/// How much a person's need matters in matching. <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// Ordered so that <c>Preferred &lt; Required</c>. Some needs are always required and take no
/// strength: the level of care, the age group, the availability, a current licence and accreditation,
/// and the level's intensity standard.
/// </remarks>
public enum NeedStrength
{
    /// <summary>A soft preference: a programme that does not meet it still matches, and is ranked lower.</summary>
    Preferred = 1,

    /// <summary>A hard requirement: a programme that does not meet it is excluded.</summary>
    Required = 2,
}
