using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Federated;

/// <summary>
/// A clinic's episodes as the columns of a warehouse query: one array per field, one element per episode, and
/// each list as its values with one count per episode (the layout of a list column in Arrow, DuckDB or Parquet).
/// The library reads them through <see cref="AsEpisodeColumns"/> without building an object per episode.
/// </summary>
internal sealed class ClinicColumns
{
    /// <summary>Creates the columns of <paramref name="rows"/>, in their order.</summary>
    /// <param name="rows">The episodes, one row each.</param>
    public ClinicColumns(IReadOnlyList<ClinicEpisode> rows)
    {
        Admissions = [.. rows.Select(r => r.Admission)];
        Discharges = [.. rows.Select(r => r.Discharge)];
        Reasons = [.. rows.Select(r => r.Reason)];
        StepDowns = [.. rows.Select(r => r.StepDown)];
        AttendedSessions = [.. rows.Select(r => r.AttendedSessions)];
        Scores = [.. rows.SelectMany(r => r.Scores)];
        ScoreCounts = [.. rows.Select(r => r.Scores.Length)];
        ServiceDates = [.. rows.SelectMany(r => r.ServiceDates)];
        ServiceDateCounts = [.. rows.Select(r => r.ServiceDates.Length)];
        AftercareVisits = [.. rows.SelectMany(r => r.AftercareVisits)];
        AftercareVisitCounts = [.. rows.Select(r => r.AftercareVisits.Length)];
    }

    /// <summary>Gets the admission dates.</summary>
    public LocalDate[] Admissions { get; }

    /// <summary>Gets the discharge dates, null while open.</summary>
    public LocalDate?[] Discharges { get; }

    /// <summary>Gets the TEDS discharge reasons, null while open.</summary>
    public TedsDischargeReason?[] Reasons { get; }

    /// <summary>Gets the dates of the first step down, or null.</summary>
    public LocalDate?[] StepDowns { get; }

    /// <summary>Gets the sessions attended.</summary>
    public int[] AttendedSessions { get; }

    /// <summary>Gets the PHQ-9 totals, episode after episode.</summary>
    public Measurement[] Scores { get; }

    /// <summary>Gets how many of <see cref="Scores"/> are each episode's.</summary>
    public int[] ScoreCounts { get; }

    /// <summary>Gets the dates of treatment services, episode after episode.</summary>
    public LocalDate[] ServiceDates { get; }

    /// <summary>Gets how many of <see cref="ServiceDates"/> are each episode's.</summary>
    public int[] ServiceDateCounts { get; }

    /// <summary>Gets the dates of after-care visits, episode after episode.</summary>
    public LocalDate[] AftercareVisits { get; }

    /// <summary>Gets how many of <see cref="AftercareVisits"/> are each episode's.</summary>
    public int[] AftercareVisitCounts { get; }

    /// <summary>Returns the library's view of these columns: borrowed, not copied.</summary>
    public EpisodeColumns AsEpisodeColumns() => new(Admissions)
    {
        Discharges = Discharges,
        DischargeReasons = Reasons,
        FirstStepDowns = StepDowns,
        AttendedSessions = AttendedSessions,
        Scores = Scores,
        ScoreCounts = ScoreCounts,
        ServiceDates = ServiceDates,
        ServiceDateCounts = ServiceDateCounts,
        AftercareVisits = AftercareVisits,
        AftercareVisitCounts = AftercareVisitCounts,
    };
}
