using Iop.Domain.Coding;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// One episode as the cohort fold reads it: its dates as day numbers (<see cref="Continuum.LengthOfStay.DayNumber"/>)
/// and its lists as spans. Built from an <see cref="Episode{TKey}"/> (the object path) or from one row of
/// <c>EpisodeColumns</c> (the columnar path), so both paths run the same per-episode code
/// (<c>CohortAccumulator.Add</c>) and cannot drift apart. Allocates nothing;
/// lives on the stack for one call.
/// </summary>
internal readonly ref struct EpisodeRecord
{
    /// <summary>The day number standing for "no such date" (an open episode's discharge, a history that never steps).</summary>
    public const int NoDay = int.MaxValue;

    /// <summary>Gets the day number of the admission.</summary>
    public int Admission { get; init; }

    /// <summary>Gets the day number of the discharge, or <see cref="NoDay"/> while open.</summary>
    public int Discharge { get; init; }

    /// <summary>Gets the TEDS discharge reason, or <see langword="null"/>.</summary>
    public TedsDischargeReason? DischargeReason { get; init; }

    /// <summary>Gets the day number of the first step down, or <see cref="NoDay"/>.</summary>
    public int FirstStepDown { get; init; }

    /// <summary>Gets the day number of the first step up, or <see cref="NoDay"/>.</summary>
    public int FirstStepUp { get; init; }

    /// <summary>Gets the number of sessions attended.</summary>
    public int AttendedSessions { get; init; }

    /// <summary>Gets the scores of the criteria's instrument, in date order; empty when the episode has none.</summary>
    public ReadOnlySpan<Measurement> Scores { get; init; }

    /// <summary>Gets the dates of treatment services, in order, within the episode.</summary>
    public ReadOnlySpan<LocalDate> ServiceDates { get; init; }

    /// <summary>Gets the dates of after-care visits, in order, on or after discharge.</summary>
    public ReadOnlySpan<LocalDate> AftercareVisits { get; init; }
}
