namespace Iop.Domain.Outcomes;

/// <summary>
/// An outcome that may not be known yet on the report date (follow-up, initiation, engagement), as the cohort fold
/// holds it: one small number instead of a <see langword="bool"/>? (decision 0089), so that the fold reads it as
/// it is without turning it into a value and a flag and back.
/// </summary>
internal enum OutcomeState : byte
{
    /// <summary>Not known on the report date: the window is still open.</summary>
    Unknown = 0,

    /// <summary>Known and not met.</summary>
    NotMet = 1,

    /// <summary>Known and met.</summary>
    Met = 2,
}
