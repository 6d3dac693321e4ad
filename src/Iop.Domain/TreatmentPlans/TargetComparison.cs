namespace Iop.Domain.TreatmentPlans;

/// <summary>How a measured value is compared with a <see cref="MeasurableTarget"/>'s threshold. <c>0</c> is not a member.</summary>
public enum TargetComparison
{
    /// <summary>The value must be below the threshold (for example a PHQ-9 total below 5).</summary>
    Below = 1,

    /// <summary>The value must be at most the threshold.</summary>
    AtMost = 2,

    /// <summary>The value must be at least the threshold.</summary>
    AtLeast = 3,

    /// <summary>The value must be above the threshold.</summary>
    Above = 4,
}
