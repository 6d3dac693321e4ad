namespace Iop.Domain.Placement;

/// <summary>
/// A clinician's yes-or-no determination on one criterion of an <see cref="Assessment"/>.
/// </summary>
/// <remarks>
/// <para>Assessments hold determinations as <c>Determination?</c>: <see langword="null"/> means the
/// criterion was <em>not assessed</em>, which a placement policy reports as a finding instead of guessing.
/// There is no magic number for "unknown".</para>
/// <para>The value <c>0</c> is not a member: a <see langword="default"/> determination is invalid and
/// rejected wherever one is accepted.</para>
/// </remarks>
public enum Determination
{
    /// <summary>The clinician determined that the criterion does not apply.</summary>
    No = 1,

    /// <summary>The clinician determined that the criterion applies.</summary>
    Yes = 2,
}
