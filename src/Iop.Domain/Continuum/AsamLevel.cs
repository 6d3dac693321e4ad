using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Continuum;

/// <summary>
/// A level of care numbered by the ASAM Criteria in a given <see cref="AsamEdition"/>, such as 2.1
/// (intensive outpatient). Only the level numbers and names are carried: the criteria themselves are
/// licensed and not part of this package.
/// </summary>
/// <remarks>
/// <para>Valid levels are listed in <see cref="ThirdEdition"/>, <see cref="ThirdEditionWithdrawalManagement"/> and
/// <see cref="FourthEdition"/>. Parsing accepts the decimal notation ("2.1", "4", "4.0", "Level 2.1"), the older
/// Roman-numeral notation ("II.1", "IV") and, for the 3rd edition's withdrawal-management levels, the suffix "-WM"
/// ("3.2-WM", "III.2-WM", "Level 4-WM"; also "3.2 WM", and the older "-D" for detoxification, "III.2-D").</para>
/// <para>A withdrawal-management level (<see cref="IsWithdrawalManagement"/>) is a <em>service beside</em> a level of care,
/// not a level of its own: <see cref="ThirdEdition"/> and <see cref="AsamCrosswalk.ToAsamLevels"/> never list one,
/// <see cref="AsamCrosswalk.FromAsam"/> gives the level of care it is delivered beside, and
/// <see cref="AsamCrosswalk.WithdrawalManagementBeside"/> the services a level can have beside it (decision record 0015).
/// The 4th edition has no such levels: withdrawal management is folded into 1.7, 2.7 and 3.7
/// (<see cref="IsWithdrawalCapable"/>).</para>
/// <para>Equality compares edition, level number and whether it is a withdrawal-management level (2-WM is not 2.1 or 2.5). The <see langword="default"/> value is not a valid level
/// (its <see cref="Code"/> and <see cref="Name"/> are empty) and is never returned by the library. It is refused:
/// <see cref="ToCodedValue"/> throws <see cref="InvalidOperationException"/> for it, and <see cref="AsamCrosswalk.FromAsam"/>
/// an <see cref="ArgumentException"/> naming its parameter (<see cref="AsamCrosswalk.TryFromAsam"/> returns
/// <see langword="false"/>); <see cref="Code"/>, <see cref="Name"/>, <c>ToString()</c>, equality and hashing accept it.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct AsamLevel
{
    private static readonly int[] ThirdTenths = [5, 10, 21, 25, 31, 33, 35, 37, 40];
    private static readonly int[] ThirdWithdrawalTenths = [10, 20, 32, 37, 40];
    private static readonly int[] FourthTenths = [10, 15, 17, 21, 25, 27, 31, 35, 37, 40];
    private static readonly int[] FourthWithdrawalCapableTenths = [17, 27, 37];

    private AsamLevel(AsamEdition edition, int tenths, bool withdrawalManagement = false)
    {
        Edition = edition;
        Tenths = tenths;
        IsWithdrawalManagement = withdrawalManagement;
    }

    /// <summary>Gets every 3rd-edition level, from least to most intensive: 0.5, 1, 2.1, 2.5, 3.1, 3.3, 3.5, 3.7, 4 (the
    /// withdrawal-management services beside them are in <see cref="ThirdEditionWithdrawalManagement"/>).</summary>
    public static IReadOnlyList<AsamLevel> ThirdEdition { get; } = Array.AsReadOnly(Array.ConvertAll(ThirdTenths, t => new AsamLevel(AsamEdition.Third, t)));

    /// <summary>Gets every 4th-edition level, from least to most intensive: 1.0, 1.5, 1.7, 2.1, 2.5, 2.7, 3.1, 3.5, 3.7, 4.0.</summary>
    public static IReadOnlyList<AsamLevel> FourthEdition { get; } = Array.AsReadOnly(Array.ConvertAll(FourthTenths, t => new AsamLevel(AsamEdition.Fourth, t)));

    /// <summary>Gets the 3rd edition's withdrawal-management levels, from least to most intensive: 1-WM, 2-WM, 3.2-WM, 3.7-WM, 4-WM.</summary>
    /// <value>Five levels (rule <c>CONT-ASAM-WM</c>; Pennsylvania DDAP guidance on the 2013 Criteria).</value>
    public static IReadOnlyList<AsamLevel> ThirdEditionWithdrawalManagement { get; } = Array.AsReadOnly(Array.ConvertAll(ThirdWithdrawalTenths, t => new AsamLevel(AsamEdition.Third, t, withdrawalManagement: true)));

    /// <summary>Gets a value indicating whether this is one of the 3rd edition's withdrawal-management levels (a service beside a level of care).</summary>
    public bool IsWithdrawalManagement { get; }

    /// <summary>Gets a value indicating whether withdrawal is managed at this level: a 3rd-edition withdrawal-management
    /// level, or a 4th-edition level that withdrawal management is folded into (1.7, 2.7, 3.7).</summary>
    /// <value>Rule <c>CONT-ASAM4-WITHDRAWAL</c> (4th edition: state bulletins and implementer code, medium-high). 4.0 is not
    /// listed by the sources read and is not marked, although it is medically managed.</value>
    public bool IsWithdrawalCapable => IsWithdrawalManagement || (Edition == AsamEdition.Fourth && Array.IndexOf(FourthWithdrawalCapableTenths, Tenths) >= 0);

    /// <summary>Gets how the level is managed, or <see langword="null"/> where its edition does not say.</summary>
    /// <value>3rd edition, from the level names: 3.1, 3.3, 3.5, 3.2-WM clinically managed; 3.7, 3.7-WM medically monitored;
    /// 4, 4-WM medically managed; 0.5, 1, 2.1, 2.5, 1-WM, 2-WM not stated (<see langword="null"/>). 4th edition: 1.7, 2.7,
    /// 3.7, 4.0 medically managed, every other level clinically managed (rule <c>CONT-ASAM4-WITHDRAWAL</c>; medium-high for
    /// the medically managed levels, medium for reading the rest as clinically managed). The default value has none.</value>
    public AsamManagement? Management => (Edition, Tenths, IsWithdrawalManagement) switch
    {
        (_, 0, _) => null,
        (AsamEdition.Fourth, 17 or 27 or 37 or 40, _) => AsamManagement.MedicallyManaged,
        (AsamEdition.Fourth, _, _) => AsamManagement.ClinicallyManaged,
        (AsamEdition.Third, 31 or 32 or 33 or 35, _) => AsamManagement.ClinicallyManaged,
        (AsamEdition.Third, 37, _) => AsamManagement.MedicallyMonitored,
        (AsamEdition.Third, 40, _) => AsamManagement.MedicallyManaged,
        _ => null,
    };

    /// <summary>Gets the edition that numbers this level.</summary>
    public AsamEdition Edition { get; }

    /// <summary>Gets the level number as written by its edition: "2.1", "4", "3.2-WM" (3rd edition) or "4.0" (4th edition).</summary>
    public string Code => Tenths == 0
        ? string.Empty
        : IsWithdrawalManagement
            ? (Tenths % 10 == 0 ? (Tenths / 10).ToString(CultureInfo.InvariantCulture) : (Tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture)) + "-WM"
        : Edition == AsamEdition.Third && Tenths % 10 == 0
            ? (Tenths / 10).ToString(CultureInfo.InvariantCulture)
            : (Tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Gets the level's name in its edition, for example "Intensive Outpatient Services".</summary>
    public string Name => IsWithdrawalManagement ? WithdrawalManagementName : (Edition, Tenths) switch
    {
        (AsamEdition.Third, 5) => "Early Intervention",
        (AsamEdition.Third, 10) => "Outpatient Services",
        (AsamEdition.Third, 21) => "Intensive Outpatient Services",
        (AsamEdition.Third, 25) => "Partial Hospitalization Services",
        (AsamEdition.Third, 31) => "Clinically Managed Low-Intensity Residential Services",
        (AsamEdition.Third, 33) => "Clinically Managed Population-Specific High-Intensity Residential Services",
        (AsamEdition.Third, 35) => "Clinically Managed High-Intensity Residential Services",
        (AsamEdition.Third, 37) => "Medically Monitored Intensive Inpatient Services",
        (AsamEdition.Third, 40) => "Medically Managed Intensive Inpatient Services",
        (AsamEdition.Fourth, 10) => "Long-Term Remission Monitoring",
        (AsamEdition.Fourth, 15) => "Outpatient Therapy",
        (AsamEdition.Fourth, 17) => "Medically Managed Outpatient",
        (AsamEdition.Fourth, 21) => "Intensive Outpatient",
        (AsamEdition.Fourth, 25) => "High-Intensity Outpatient",
        (AsamEdition.Fourth, 27) => "Medically Managed Intensive Outpatient",
        (AsamEdition.Fourth, 31) => "Clinically Managed Low-Intensity Residential",
        (AsamEdition.Fourth, 35) => "Clinically Managed High-Intensity Residential",
        (AsamEdition.Fourth, 37) => "Medically Managed Residential",
        (AsamEdition.Fourth, 40) => "Medically Managed Inpatient",
        _ => string.Empty,
    };

    /// <summary>
    /// Gets what the level reveals for 42 CFR Part 2 labelling: every ASAM level is
    /// <see cref="Sensitivity.SubstanceUseDisorder"/>, because the ASAM Criteria place people in addiction
    /// treatment (see <see cref="Part2Sensitivity"/>); the library's own <see cref="LevelOfCare"/> and LOCUS
    /// levels say nothing about substance use by themselves.
    /// </summary>
    /// <value><see cref="Sensitivity.SubstanceUseDisorder"/>; <see cref="Sensitivity.General"/> only for the <see langword="default"/> value, which names no level.</value>
    public Sensitivity Sensitivity => Tenths == 0 ? Sensitivity.General : Sensitivity.SubstanceUseDisorder;

    /// <summary>Gets the level number in tenths (2.1 is 21; 1-WM is 10), the key the crosswalk uses.</summary>
    internal int Tenths { get; }

    private string WithdrawalManagementName => Tenths switch
    {
        10 => "Ambulatory Withdrawal Management without Extended On-Site Monitoring",
        20 => "Ambulatory Withdrawal Management with Extended On-Site Monitoring",
        32 => "Clinically Managed Residential Withdrawal Management",
        37 => "Medically Monitored Inpatient Withdrawal Management",
        _ => "Medically Managed Intensive Inpatient Withdrawal Management",
    };

    /// <summary>Returns every level of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see cref="ThirdEdition"/> or <see cref="FourthEdition"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<AsamLevel> AllOf(AsamEdition edition) =>
        Guard.Against.UndefinedMember(edition) == AsamEdition.Third ? ThirdEdition : FourthEdition;

    /// <summary>Parses a level number of the given edition.</summary>
    /// <param name="text">The level, for example "2.1", "II.1", "Level 4", "4.0" or "3.2-WM".</param>
    /// <param name="edition">The edition whose numbering the text uses.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a level of <paramref name="edition"/> (the message does not repeat the text).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static AsamLevel Parse(string text, AsamEdition edition)
    {
        Guard.Against.Null(text);
        return TryParse(text, edition, out var level)
            ? level
            : throw new ArgumentException("The text is not a level number of the given ASAM edition.", nameof(text));
    }

    /// <summary>Parses a level number of the given edition without throwing for unknown text.</summary>
    /// <param name="text">The level, for example "2.1", "II.1", "Level 4", "4.0" or "3.2-WM" (withdrawal management is a
    /// 3rd-edition notation: the 4th edition has no "-WM" levels).</param>
    /// <param name="edition">The edition whose numbering the text uses.</param>
    /// <param name="level">The level, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text names a level of the edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, AsamEdition edition, out AsamLevel level)
    {
        Guard.Against.UndefinedMember(edition);
        if (TryReadTenths(text, out var tenths, out var withdrawal))
        {
            var valid = (edition, withdrawal) switch
            {
                (AsamEdition.Third, false) => ThirdTenths,
                (AsamEdition.Third, true) => ThirdWithdrawalTenths,
                (_, false) => FourthTenths,
                _ => [],
            };
            if (Array.IndexOf(valid, tenths) >= 0)
            {
                level = new AsamLevel(edition, tenths, withdrawal);
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Returns the level as a coding in the library's ASAM code system for its edition.</summary>
    /// <returns>The coding, with the level number as its code and the level name as its display.</returns>
    /// <exception cref="InvalidOperationException">This is the invalid <see langword="default"/> value, which has no level number.</exception>
    public CodedValue ToCodedValue() => Tenths == 0
        ? throw new InvalidOperationException("The default ASAM level is not a level; it has no code.")
        : new(
        Edition == AsamEdition.Third ? CodeSystems.AsamThirdEdition : CodeSystems.AsamFourthEdition,
        Code,
        Name);

    /// <summary>Formats the level as <c>ASAM 2.1 (3rd ed.)</c>.</summary>
    /// <returns>The level number and edition.</returns>
    public override string ToString() => $"ASAM {Code} ({(Edition == AsamEdition.Third ? "3rd" : "4th")} ed.)";

    private static bool TryReadTenths(string? text, out int tenths, out bool withdrawal)
    {
        tenths = 0;
        withdrawal = false;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.StartsWith("level", StringComparison.OrdinalIgnoreCase))
        {
            span = span[5..].TrimStart();
        }

        // The withdrawal-management suffix: "-WM" (3rd edition), "-D" (older "detoxification"), with a hyphen, a space or nothing before it.
        var suffix = span.EndsWith("WM", StringComparison.OrdinalIgnoreCase) ? 2 : span.EndsWith("-D", StringComparison.OrdinalIgnoreCase) || span.EndsWith(" D", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (suffix > 0)
        {
            withdrawal = true;
            span = span[..^suffix];
            if (span.Length > 0 && span[^1] is '-' or ' ')
            {
                span = span[..^1];
            }
        }

        var dot = span.IndexOf('.');
        var whole = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : span[(dot + 1)..];

        int units;
        if (whole.Length == 1 && whole[0] is >= '0' and <= '9')
        {
            units = whole[0] - '0';
        }
        else if (!TryReadRoman(whole, out units))
        {
            return false;
        }

        int tenth;
        if (dot < 0)
        {
            tenth = 0;
        }
        else if (fraction.Length == 1 && fraction[0] is >= '0' and <= '9')
        {
            tenth = fraction[0] - '0';
        }
        else
        {
            return false;
        }

        tenths = (units * 10) + tenth;
        return true;
    }

    private static bool TryReadRoman(ReadOnlySpan<char> text, out int value)
    {
        value = text.Length switch
        {
            1 when text.Equals("I", StringComparison.OrdinalIgnoreCase) => 1,
            2 when text.Equals("II", StringComparison.OrdinalIgnoreCase) => 2,
            2 when text.Equals("IV", StringComparison.OrdinalIgnoreCase) => 4,
            3 when text.Equals("III", StringComparison.OrdinalIgnoreCase) => 3,
            _ => 0,
        };
        return value != 0;
    }
}
