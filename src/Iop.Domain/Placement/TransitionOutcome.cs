namespace Iop.Domain.Placement;

/// <summary>What a transition review recommends. <c>0</c> is not a member.</summary>
public enum TransitionOutcome
{
    /// <summary>Stay at the current level.</summary>
    Continue = 1,

    /// <summary>Move to a less intensive level.</summary>
    StepDown = 2,

    /// <summary>Move to a more intensive level.</summary>
    StepUp = 3,

    /// <summary>Leave treatment for continuing care (recovery supports, mutual-help groups): below outpatient there is no level.</summary>
    DischargeToContinuingCare = 4,
}
