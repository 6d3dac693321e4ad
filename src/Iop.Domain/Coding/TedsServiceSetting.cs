namespace Iop.Domain.Coding;

/// <summary>
/// The SAMHSA TEDS service setting (<c>SERVICES</c> / <c>SERVICES_D</c>) of an admission or discharge.
/// Member values are the TEDS codes; <c>0</c> is not a member.
/// </summary>
public enum TedsServiceSetting
{
    /// <summary>1: detoxification, 24-hour service, hospital inpatient.</summary>
    DetoxHospitalInpatient = 1,

    /// <summary>2: detoxification, 24-hour service, free-standing residential.</summary>
    DetoxFreeStandingResidential = 2,

    /// <summary>3: rehabilitation/residential, hospital (other than detoxification).</summary>
    RehabResidentialHospital = 3,

    /// <summary>4: rehabilitation/residential, short term (30 days or fewer).</summary>
    RehabResidentialShortTerm = 4,

    /// <summary>5: rehabilitation/residential, long term (more than 30 days).</summary>
    RehabResidentialLongTerm = 5,

    /// <summary>6: ambulatory, intensive outpatient (at least 2 h/day on at least 3 days/week).</summary>
    AmbulatoryIntensiveOutpatient = 6,

    /// <summary>7: ambulatory, non-intensive outpatient.</summary>
    AmbulatoryNonIntensiveOutpatient = 7,

    /// <summary>8: ambulatory detoxification.</summary>
    AmbulatoryDetoxification = 8,
}
