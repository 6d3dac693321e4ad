namespace Iop.Domain.Placement;

/// <summary>The LOCUS scales as data: every scale in order, its numeral and its name (reference use only).</summary>
/// <remarks>Names and numerals as published by AACP (LOCUS, AACP); item text, anchors and the placement grid are licensed and not shipped.</remarks>
public static class LocusScales
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV-A", "IV-B", "V", "VI"];

    private static readonly string[] Names =
    [
        "Risk of Harm",
        "Functional Status",
        "Medical, Addictive and Psychiatric Co-Morbidity",
        "Recovery Environment: Level of Stress",
        "Recovery Environment: Level of Support",
        "Treatment and Recovery History",
        "Engagement and Recovery Status",
    ];

    /// <summary>Gets the seven scales, in scale order.</summary>
    public static IReadOnlyList<LocusScale> All { get; } =
    [
        LocusScale.RiskOfHarm,
        LocusScale.FunctionalStatus,
        LocusScale.CoMorbidity,
        LocusScale.EnvironmentalStress,
        LocusScale.EnvironmentalSupport,
        LocusScale.TreatmentAndRecoveryHistory,
        LocusScale.Engagement,
    ];

    /// <summary>Gets the lowest LOCUS scale rating, 1.</summary>
    public static int MinimumRating => 1;

    /// <summary>Gets the highest LOCUS scale rating, 5.</summary>
    public static int MaximumRating => 5;

    /// <summary>Returns the numeral of a scale: I, II, III, IV-A, IV-B, V or VI.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not defined.</exception>
    public static string Numeral(this LocusScale scale) => Numerals[(int)Guard.Against.UndefinedMember(scale) - 1];

    /// <summary>Returns the published name of a scale, for example "Risk of Harm".</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not defined.</exception>
    public static string Name(this LocusScale scale) => Names[(int)Guard.Against.UndefinedMember(scale) - 1];
}
