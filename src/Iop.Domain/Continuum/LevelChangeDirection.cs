namespace Iop.Domain.Continuum;

/// <summary>The direction of a move between two levels of care. <c>0</c> is not a member.</summary>
public enum LevelChangeDirection
{
    /// <summary>To a less intensive level.</summary>
    StepDown = 1,

    /// <summary>To the same level (for example, a change of programme or track).</summary>
    Lateral = 2,

    /// <summary>To a more intensive level.</summary>
    StepUp = 3,
}
