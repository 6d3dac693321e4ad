using Iop.Domain.Continuum;

namespace Iop.Domain.Placement;

/// <summary>The ASAM dimensions as data: every dimension in order and its name in each edition (reference use only).</summary>
/// <remarks>Names are the published dimension titles (The ASAM Criteria, 3rd and 4th editions); the criteria text is licensed and not shipped.</remarks>
public static class AsamDimensions
{
    private static readonly string[] Third =
    [
        "Acute Intoxication and/or Withdrawal Potential",
        "Biomedical Conditions and Complications",
        "Emotional, Behavioral, or Cognitive Conditions and Complications",
        "Readiness to Change",
        "Relapse, Continued Use, or Continued Problem Potential",
        "Recovery/Living Environment",
    ];

    private static readonly string[] Fourth =
    [
        "Intoxication, Withdrawal, and Addiction Medications",
        "Biomedical Conditions",
        "Psychiatric and Cognitive Conditions",
        "Substance Use-Related Risks",
        "Recovery Environment Interactions",
        "Person-Centered Considerations",
    ];

    /// <summary>Gets the six dimensions, in dimension order.</summary>
    public static IReadOnlyList<AsamDimension> All { get; } =
    [
        AsamDimension.IntoxicationAndWithdrawal,
        AsamDimension.Biomedical,
        AsamDimension.EmotionalBehavioralCognitive,
        AsamDimension.ReadinessToChange,
        AsamDimension.RelapsePotential,
        AsamDimension.RecoveryEnvironment,
    ];

    /// <summary>Gets the lowest ASAM dimension rating, 0 (no risk).</summary>
    public static int MinimumRating => 0;

    /// <summary>Gets the highest ASAM dimension rating, 4 (very high risk).</summary>
    public static int MaximumRating => 4;

    /// <summary>Returns the published title of a dimension in an edition.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="edition">The edition whose title is wanted.</param>
    /// <returns>For example "Readiness to Change" (3rd) or "Substance Use-Related Risks" (4th) for dimension 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> or <paramref name="edition"/> is not defined.</exception>
    public static string Name(this AsamDimension dimension, AsamEdition edition)
    {
        var index = (int)Guard.Against.UndefinedMember(dimension) - 1;
        return Guard.Against.UndefinedMember(edition) == AsamEdition.Third ? Third[index] : Fourth[index];
    }
}
