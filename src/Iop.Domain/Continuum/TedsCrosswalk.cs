using Iop.Domain.Coding;

namespace Iop.Domain.Continuum;

/// <summary>The crosswalk between <see cref="LevelOfCare"/> and TEDS service settings (rule <c>CONT-TEDS-SERVICES</c>).</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>level</term><description>TEDS settings (default first)</description></listheader>
/// <item><term>Outpatient</term><description>7 ambulatory non-intensive outpatient, 8 ambulatory detoxification</description></item>
/// <item><term>Intensive outpatient</term><description>6 ambulatory intensive outpatient</description></item>
/// <item><term>Partial hospitalization</term><description>6 ambulatory intensive outpatient (TEDS has no PHP setting; PHP meets its definition of at least 2 h/day on at least 3 days/week)</description></item>
/// <item><term>Residential</term><description>4 short-term, 5 long-term, 2 free-standing residential detoxification</description></item>
/// <item><term>Inpatient</term><description>3 hospital rehabilitation, 1 hospital inpatient detoxification</description></item>
/// </list>
/// In the reverse direction every setting maps to one level; setting 6 maps to intensive outpatient.
/// </remarks>
public static class TedsCrosswalk
{
    private static readonly TedsServiceSetting[][] Table =
    [
        [TedsServiceSetting.AmbulatoryNonIntensiveOutpatient, TedsServiceSetting.AmbulatoryDetoxification],
        [TedsServiceSetting.AmbulatoryIntensiveOutpatient],
        [TedsServiceSetting.AmbulatoryIntensiveOutpatient],
        [TedsServiceSetting.RehabResidentialShortTerm, TedsServiceSetting.RehabResidentialLongTerm, TedsServiceSetting.DetoxFreeStandingResidential],
        [TedsServiceSetting.RehabResidentialHospital, TedsServiceSetting.DetoxHospitalInpatient],
    ];

    /// <summary>Returns the default TEDS service setting for a level of care.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>The default setting (see the type remarks).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static TedsServiceSetting ToTedsSetting(this LevelOfCare level) => Table[(int)Guard.Against.UndefinedMember(level) - 1][0];

    /// <summary>Returns every TEDS service setting a level of care covers, the default first.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>One or more settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static IReadOnlyList<TedsServiceSetting> ToTedsSettings(this LevelOfCare level) => Array.AsReadOnly(Table[(int)Guard.Against.UndefinedMember(level) - 1]);

    /// <summary>Returns the level of care of a TEDS service setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The level of care; setting 6 gives intensive outpatient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    public static LevelOfCare FromTeds(TedsServiceSetting setting) => Guard.Against.UndefinedMember(setting) switch
    {
        TedsServiceSetting.AmbulatoryNonIntensiveOutpatient or TedsServiceSetting.AmbulatoryDetoxification => LevelOfCare.Outpatient,
        TedsServiceSetting.AmbulatoryIntensiveOutpatient => LevelOfCare.IntensiveOutpatient,
        TedsServiceSetting.RehabResidentialShortTerm or TedsServiceSetting.RehabResidentialLongTerm or TedsServiceSetting.DetoxFreeStandingResidential => LevelOfCare.Residential,
        _ => LevelOfCare.Inpatient,
    };

    /// <summary>Gets the level of care of a TEDS service-setting code, without throwing for an unknown code.</summary>
    /// <param name="code">The TEDS <c>SERVICES</c> code, 1 to 8.</param>
    /// <param name="level">The level of care, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the code is a TEDS service setting.</returns>
    public static bool TryFromTeds(int code, out LevelOfCare level)
    {
        var setting = (TedsServiceSetting)code;
        var known = Enum.IsDefined(setting);
        level = known ? FromTeds(setting) : default;
        return known;
    }
}
