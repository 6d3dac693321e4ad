namespace Iop.Domain.Coding;

/// <summary>Turns the TEDS enumerations into <see cref="CodedValue"/> values an EHR or state feed can carry.</summary>
public static class TedsCodes
{
    /// <summary>Returns the coding of a TEDS service setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The coding, with the TEDS number as its code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined value.</exception>
    public static CodedValue ToCodedValue(this TedsServiceSetting setting) => new(
        CodeSystems.TedsServiceSetting,
        ((int)Guard.Against.UndefinedMember(setting)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        setting.ToString());

    /// <summary>Returns the coding of a TEDS reason for discharge.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The coding, with the TEDS number as its code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static CodedValue ToCodedValue(this TedsDischargeReason reason) => new(
        CodeSystems.TedsDischargeReason,
        ((int)Guard.Against.UndefinedMember(reason)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        reason.ToString());
}
