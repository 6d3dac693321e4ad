namespace Iop.Domain.Matching;

/// <summary>
/// A service a programme offers after discharge, for continuing care (SAMHSA TIP 47: continuing care
/// and recovery supports after intensive outpatient treatment). In matching an aftercare service is
/// only ever a soft preference. <c>0</c> is not a member.
/// </summary>
public enum AftercareService
{
    /// <summary>Alumni groups.</summary>
    AlumniGroups = 1,

    /// <summary>Continuing-care groups (step-down groups after discharge).</summary>
    ContinuingCareGroups = 2,

    /// <summary>Linkage to recovery housing.</summary>
    RecoveryHousingLinkage = 3,

    /// <summary>Vocational support (employment services).</summary>
    VocationalSupport = 4,

    /// <summary>Educational support.</summary>
    EducationalSupport = 5,
}
