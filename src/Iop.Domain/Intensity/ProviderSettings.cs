using Iop.Domain.Coding;
using Iop.Domain.Continuum;

namespace Iop.Domain.Intensity;

/// <summary>
/// What a <see cref="ProviderSetting"/> puts on a Medicare PHP or IOP institutional claim and which setting
/// rules apply to it (rule <c>CLM-SETTING</c>): the type of bill, the condition codes, whether the days are
/// paid at a per-diem service tier, whether a primary ("List A") service is required, and the weekly add-on.
/// </summary>
/// <remarks>
/// Sources: NGS Medicare, Intensive Outpatient Program (types of bill, condition code 89); CGS (types of bill,
/// condition code 92); Noridian JE (CAH at 101 % of reasonable cost); NAHRI, "CMS releases IOP requirements for
/// FQHCs and RHCs" (List A); NGS opioid treatment article (G0137). Payment amounts and APC numbers are not
/// shipped: the caller supplies them as data.
/// </remarks>
public static class ProviderSettings
{
    private static readonly IReadOnlyList<string> Hospital = Array.AsReadOnly(["13X", "12X"]);
    private static readonly IReadOnlyList<string> Cmhc = Array.AsReadOnly(["76X"]);
    private static readonly IReadOnlyList<string> Rhc = Array.AsReadOnly(["71X"]);
    private static readonly IReadOnlyList<string> Fqhc = Array.AsReadOnly(["77X"]);
    private static readonly IReadOnlyList<string> Cah = Array.AsReadOnly(["85X"]);
    private static readonly IReadOnlyList<string> Otp = Array.AsReadOnly(["87X"]);
    private static readonly IReadOnlyList<CodedValue> Iop = Array.AsReadOnly([ConditionCodes.IntensiveOutpatient]);
    private static readonly IReadOnlyList<CodedValue> OtpIop = Array.AsReadOnly([ConditionCodes.IntensiveOutpatient, ConditionCodes.ProviderBasedOpioidTreatmentProgram]);
    private static readonly IReadOnlyList<CodedValue> Php = Array.AsReadOnly([ConditionCodes.PartialHospitalization]);

    /// <summary>
    /// Returns the types of bill the setting uses for PHP and IOP, as the first two digits and <c>X</c> for the
    /// frequency digit (UB-04 form locator 4 writes them with a leading zero: <c>013X</c>), the usual one first.
    /// </summary>
    /// <param name="setting">The provider setting.</param>
    /// <returns>Hospital 13X and 12X; CMHC 76X; RHC 71X; FQHC 77X; CAH 85X; freestanding OTP 87X. Empty for a provider-based
    /// OTP, which bills on its host provider's type of bill (not given by the source read).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    public static IReadOnlyList<string> TypesOfBill(this ProviderSetting setting) => Guard.Against.UndefinedMember(setting) switch
    {
        ProviderSetting.HospitalOutpatient => Hospital,
        ProviderSetting.CommunityMentalHealthCenter => Cmhc,
        ProviderSetting.RuralHealthClinic => Rhc,
        ProviderSetting.FederallyQualifiedHealthCenter => Fqhc,
        ProviderSetting.CriticalAccessHospital => Cah,
        ProviderSetting.FreestandingOpioidTreatmentProgram => Otp,
        _ => [],
    };

    /// <summary>Returns the condition codes a claim for a level of care carries in the setting.</summary>
    /// <param name="setting">The provider setting.</param>
    /// <param name="level">The level of care billed.</param>
    /// <returns>IOP: 92, and 89 as well for a provider-based OTP; PHP: 41; any other level: none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> or <paramref name="level"/> is not defined.</exception>
    public static IReadOnlyList<CodedValue> ConditionCodesFor(this ProviderSetting setting, LevelOfCare level)
    {
        Guard.Against.UndefinedMember(setting);
        return Guard.Against.UndefinedMember(level) switch
        {
            LevelOfCare.IntensiveOutpatient when setting == ProviderSetting.ProviderBasedOpioidTreatmentProgram => OtpIop,
            LevelOfCare.IntensiveOutpatient => Iop,
            LevelOfCare.PartialHospitalization => Php,
            _ => [],
        };
    }

    /// <summary>
    /// Returns whether the setting's days are paid at a per-diem service tier (3 services, 4 or more). A critical
    /// access hospital is not: it is paid at 101 % of reasonable cost (Noridian JE), so its days are
    /// <see cref="PerDiemTier.CostBased"/>.
    /// </summary>
    /// <param name="setting">The provider setting.</param>
    /// <returns><see langword="false"/> for <see cref="ProviderSetting.CriticalAccessHospital"/> only.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    /// <remarks>RHCs and FQHCs are paid the hospital 3-service IOP rate (NAHRI); their days are still classified by
    /// their service count, which is what the claim shows.</remarks>
    public static bool HasServiceTier(this ProviderSetting setting) =>
        Guard.Against.UndefinedMember(setting) != ProviderSetting.CriticalAccessHospital;

    /// <summary>
    /// Returns whether a claim in the setting needs at least one primary ("List A") IOP service (rule
    /// <c>CLM-RHC-FQHC-PRIMARY</c>): RHCs and FQHCs do (NAHRI). Which services are List A the caller marks on each
    /// session (<see cref="Session.IsPrimaryService"/>); the library does not ship the list.
    /// </summary>
    /// <param name="setting">The provider setting.</param>
    /// <returns><see langword="true"/> for <see cref="ProviderSetting.RuralHealthClinic"/> and <see cref="ProviderSetting.FederallyQualifiedHealthCenter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    public static bool RequiresPrimaryService(this ProviderSetting setting) =>
        Guard.Against.UndefinedMember(setting) is ProviderSetting.RuralHealthClinic or ProviderSetting.FederallyQualifiedHealthCenter;

    /// <summary>
    /// Returns whether the setting bills the weekly IOP add-on G0137 (<see cref="Hcpcs.G0137"/>, rule <c>CLM-OTP-G0137</c>):
    /// opioid treatment programmes do, once per week in which they furnish IOP services (NGS).
    /// </summary>
    /// <param name="setting">The provider setting.</param>
    /// <returns><see langword="true"/> for both kinds of opioid treatment programme.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    public static bool HasWeeklyAddOn(this ProviderSetting setting) =>
        Guard.Against.UndefinedMember(setting) is ProviderSetting.FreestandingOpioidTreatmentProgram or ProviderSetting.ProviderBasedOpioidTreatmentProgram;
}
