using Iop.Domain.Coding;

namespace Iop.Domain.Continuum;

/// <summary>
/// The public billing codes of each level of care: plausible CMS places of service (<c>CLM-POS</c>),
/// the institutional condition code (<c>CLM-IOP-CC92</c>) and HCPCS Level II per-diem codes
/// (<c>CLM-HCPCS-PERDIEM</c>). Revenue codes are licensed and come from a caller-filled <see cref="BillingCodeMap"/>.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>level</term><description>places of service · condition code · HCPCS per diem</description></listheader>
/// <item><term>Outpatient</term><description>53, 57, 58, 19, 22, 02, 10 · none · none (billed per service)</description></item>
/// <item><term>Intensive outpatient</term><description>53, 57, 58, 19, 22, 02, 10 (no IOP-specific POS) · 92 · S9480, H0015</description></item>
/// <item><term>Partial hospitalization</term><description>52, 53 · 41 · S0201, H0035</description></item>
/// <item><term>Residential</term><description>55, 56 · none · none</description></item>
/// <item><term>Inpatient</term><description>51 · none · none</description></item>
/// </list>
/// </remarks>
public static class BillingCrosswalk
{
    private static readonly CodedValue[] Ambulatory =
    [
        PlaceOfService.CommunityMentalHealthCenter,
        PlaceOfService.NonResidentialSubstanceAbuseTreatmentFacility,
        PlaceOfService.NonResidentialOpioidTreatmentFacility,
        PlaceOfService.OffCampusOutpatientHospital,
        PlaceOfService.OnCampusOutpatientHospital,
        PlaceOfService.TelehealthOtherThanHome,
        PlaceOfService.TelehealthInHome,
    ];

    private static readonly CodedValue[][] PlacesTable =
    [
        Ambulatory,
        Ambulatory,
        [PlaceOfService.PsychiatricFacilityPartialHospitalization, PlaceOfService.CommunityMentalHealthCenter],
        [PlaceOfService.ResidentialSubstanceAbuseTreatmentFacility, PlaceOfService.PsychiatricResidentialTreatmentCenter],
        [PlaceOfService.InpatientPsychiatricFacility],
    ];

    private static readonly CodedValue[][] HcpcsTable =
    [
        [],
        [Hcpcs.S9480, Hcpcs.H0015],
        [Hcpcs.S0201, Hcpcs.H0035],
        [],
        [],
    ];

    /// <summary>Returns the plausible places of service for a level of care (a set: there is no IOP-specific code).</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>One or more place-of-service codings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static IReadOnlyList<CodedValue> PlacesOfService(this LevelOfCare level) => Array.AsReadOnly(PlacesTable[(int)Guard.Against.UndefinedMember(level) - 1]);

    /// <summary>Returns the levels of care a place of service is plausible for.</summary>
    /// <param name="placeOfService">A place-of-service coding.</param>
    /// <returns>The levels, least intensive first; empty for a code the crosswalk does not know.</returns>
    public static IReadOnlyList<LevelOfCare> LevelsForPlaceOfService(CodedValue placeOfService)
    {
        var levels = new List<LevelOfCare>(2);
        for (var i = 0; i < PlacesTable.Length; i++)
        {
            if (Array.IndexOf(PlacesTable[i], placeOfService) >= 0)
            {
                levels.Add((LevelOfCare)(i + 1));
            }
        }

        return levels.AsReadOnly();
    }

    /// <summary>Gets the institutional condition code for a level of care, where one exists.</summary>
    /// <param name="level">The level of care.</param>
    /// <param name="conditionCode">Condition code 92 for IOP or 41 for PHP, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> for the levels that have no condition code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static bool TryGetConditionCode(this LevelOfCare level, out CodedValue conditionCode)
    {
        conditionCode = Guard.Against.UndefinedMember(level) switch
        {
            LevelOfCare.IntensiveOutpatient => ConditionCodes.IntensiveOutpatient,
            LevelOfCare.PartialHospitalization => ConditionCodes.PartialHospitalization,
            _ => default,
        };
        return conditionCode != default;
    }

    /// <summary>Gets the level of care a condition code marks, without throwing for an unknown code.</summary>
    /// <param name="conditionCode">A condition-code coding.</param>
    /// <param name="level">The level, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the coding is condition code 92 or 41.</returns>
    public static bool TryFromConditionCode(CodedValue conditionCode, out LevelOfCare level)
    {
        level = conditionCode == ConditionCodes.IntensiveOutpatient ? LevelOfCare.IntensiveOutpatient
            : conditionCode == ConditionCodes.PartialHospitalization ? LevelOfCare.PartialHospitalization
            : default;
        return level != default;
    }

    /// <summary>Returns the HCPCS Level II per-diem codes used for a level of care.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>The codes; empty for levels billed otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static IReadOnlyList<CodedValue> HcpcsPerDiemCodes(this LevelOfCare level) => Array.AsReadOnly(HcpcsTable[(int)Guard.Against.UndefinedMember(level) - 1]);

    /// <summary>Gets the level of care a HCPCS per-diem code bills, without throwing for an unknown code.</summary>
    /// <param name="hcpcs">A HCPCS coding.</param>
    /// <param name="level">The level, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the coding is one of the per-diem codes of <see cref="HcpcsPerDiemCodes"/>.</returns>
    public static bool TryFromHcpcs(CodedValue hcpcs, out LevelOfCare level)
    {
        for (var i = 0; i < HcpcsTable.Length; i++)
        {
            if (Array.IndexOf(HcpcsTable[i], hcpcs) >= 0)
            {
                level = (LevelOfCare)(i + 1);
                return true;
            }
        }

        level = default;
        return false;
    }
}
