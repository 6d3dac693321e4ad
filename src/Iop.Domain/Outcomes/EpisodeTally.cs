using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What one episode adds to a cohort's counts, computed once by <c>CohortAccumulator.Tally</c>: its facts as of
/// the report date, its discharge reason, its attended sessions and its change over scores. <c>SummarizeBy</c>
/// adds one tally to the overall summary, its level's and its group's, instead of computing the episode three
/// times (decision 0087). A tally is only added to accumulators of the criteria and report date that computed it.
/// </summary>
internal readonly struct EpisodeTally
{
    /// <summary>Gets the episode's facts as of the report date.</summary>
    public EpisodeFacts Facts { get; init; }

    /// <summary>Gets the TEDS discharge reason, or <see langword="null"/>.</summary>
    public TedsDischargeReason? DischargeReason { get; init; }

    /// <summary>Gets the number of sessions attended.</summary>
    public int AttendedSessions { get; init; }

    /// <summary>Gets the change over the criteria's instrument's scores (<see cref="ChangeCore.None"/> without a baseline).</summary>
    public ChangeCore Change { get; init; }
}
