namespace Iop.Domain.Outcomes;

/// <summary>
/// The terms under which an <see cref="Instrument"/> may be used in software, as its publisher states them.
/// The library ships only instruments that are <see cref="PublicDomain"/> or <see cref="Free"/>; instruments
/// that need permission (DAST-10, WHODAS 2.0 electronic use, PROMIS in technology, ORS/SRS, BASIS-24,
/// C-SSRS) are not shipped (see <c>docs/rules.md</c>, "Instruments not shipped"). <c>0</c> is not a member.
/// </summary>
public enum InstrumentLicence
{
    /// <summary>In the public domain (a WHO or US-government work): use and reproduce without permission.</summary>
    PublicDomain = 1,

    /// <summary>Copyrighted, but the holder states it is free to use and reproduce without permission.</summary>
    Free = 2,

    /// <summary>Use in software needs the holder's permission or a licence. A caller who holds one may define the instrument.</summary>
    PermissionNeeded = 3,
}
