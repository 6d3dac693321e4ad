using Iop.Domain.Coding;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A cohort as columns, the way a query returns it: one span per field, one element per episode, and
/// the per-episode lists (scores, service dates, after-care visits) as one span of values with one
/// count per episode (the layout of a list column in Arrow, DuckDB or Parquet). Summarised by
/// <see cref="CohortMetrics.Summarize(EpisodeColumns, CohortCriteria, LocalDate)"/> without an object per
/// episode, to the same figures as the same episodes given as <see cref="Episode{TKey}"/> objects.
/// </summary>
/// <remarks>
/// <para>Only <see cref="Admissions"/> is required. Every other column is either empty (absent: no
/// episode has that fact — none discharged, no reasons, no steps, no sessions, no scores, no services,
/// no visits) or holds exactly one element per admission; a list's values are empty when its counts are.
/// Row <c>i</c> of every column is the same episode, and its list values follow those of row <c>i − 1</c>.</para>
/// <para>Each row must hold the invariants an <see cref="Episode{TKey}"/> checks at construction (discharge
/// on or after admission, a reason only with a discharge, steps within the episode, scores of the
/// criteria's instrument in its range and in date order, service dates in order within the episode,
/// after-care visits in order on or after the discharge); the summary checks them as it reads each row
/// and throws for the first row that breaks one, naming <c>columns</c>.</para>
/// <para>The columns are borrowed, not copied: the caller must not change them while a summary reads
/// them. Being a <see langword="ref struct"/> of spans, a value lives on the stack only; use
/// <see cref="Slice"/> to cut partitions for <see cref="CohortSummary.Merge"/>. The <see langword="default"/>
/// value is the empty cohort.</para>
/// </remarks>
public readonly ref struct EpisodeColumns
{
    /// <summary>Creates the columns of a cohort from its admission dates; set the other columns with their <c>init</c> properties.</summary>
    /// <param name="admissions">The admission date of every episode; its length is the number of episodes.</param>
    public EpisodeColumns(ReadOnlySpan<LocalDate> admissions) => Admissions = admissions;

    /// <summary>Gets the admission date of every episode (the first entry of its level-of-care history).</summary>
    public ReadOnlySpan<LocalDate> Admissions { get; }

    /// <summary>Gets the discharge date of every episode, <see langword="null"/> while open; empty when no episode is discharged.</summary>
    public ReadOnlySpan<LocalDate?> Discharges { get; init; }

    /// <summary>Gets the TEDS discharge reason of every episode, <see langword="null"/> when open or not recorded; empty for none.</summary>
    public ReadOnlySpan<TedsDischargeReason?> DischargeReasons { get; init; }

    /// <summary>Gets the date of every episode's first step down in its level-of-care history, or <see langword="null"/>; empty for none.</summary>
    public ReadOnlySpan<LocalDate?> FirstStepDowns { get; init; }

    /// <summary>Gets the date of every episode's first step up in its level-of-care history, or <see langword="null"/>; empty for none.</summary>
    public ReadOnlySpan<LocalDate?> FirstStepUps { get; init; }

    /// <summary>Gets the number of sessions every episode attended, at least 0; empty for none.</summary>
    public ReadOnlySpan<int> AttendedSessions { get; init; }

    /// <summary>Gets the scores of the criteria's instrument, episode after episode, each episode's in date order with at most one per date; <see cref="ScoreCounts"/> says how many are each episode's.</summary>
    public ReadOnlySpan<Measurement> Scores { get; init; }

    /// <summary>Gets how many of <see cref="Scores"/> belong to each episode; empty when there are no scores.</summary>
    public ReadOnlySpan<int> ScoreCounts { get; init; }

    /// <summary>Gets the dates of treatment services, episode after episode, each episode's in order within it; <see cref="ServiceDateCounts"/> says how many are each episode's.</summary>
    public ReadOnlySpan<LocalDate> ServiceDates { get; init; }

    /// <summary>Gets how many of <see cref="ServiceDates"/> belong to each episode; empty when there are none.</summary>
    public ReadOnlySpan<int> ServiceDateCounts { get; init; }

    /// <summary>Gets the dates of after-care visits, episode after episode, each episode's in order on or after its discharge; <see cref="AftercareVisitCounts"/> says how many are each episode's.</summary>
    public ReadOnlySpan<LocalDate> AftercareVisits { get; init; }

    /// <summary>Gets how many of <see cref="AftercareVisits"/> belong to each episode; empty when there are none.</summary>
    public ReadOnlySpan<int> AftercareVisitCounts { get; init; }

    /// <summary>Gets the number of episodes: the length of <see cref="Admissions"/>.</summary>
    public int Count => Admissions.Length;

    /// <summary>Returns the episodes <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/> − 1 as columns of their own (no copy), for example one partition per core.</summary>
    /// <param name="start">The first episode, in [0, <see cref="Count"/>].</param>
    /// <param name="length">The number of episodes, in [0, <see cref="Count"/> − <paramref name="start"/>].</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is outside its range.</exception>
    /// <exception cref="ArgumentException">A column's length differs from <see cref="Admissions"/>, or a list's counts do not add up to its values (named <c>columns</c>).</exception>
    public EpisodeColumns Slice(int start, int length)
    {
        Guard.Against.OutsideRange(start, 0, Count);
        Guard.Against.OutsideRange(length, 0, Count - start);
        CheckShape();
        return new EpisodeColumns(Admissions.Slice(start, length))
        {
            Discharges = Part(Discharges, start, length),
            DischargeReasons = Part(DischargeReasons, start, length),
            FirstStepDowns = Part(FirstStepDowns, start, length),
            FirstStepUps = Part(FirstStepUps, start, length),
            AttendedSessions = Part(AttendedSessions, start, length),
            Scores = ListPart(Scores, ScoreCounts, start, length),
            ScoreCounts = Part(ScoreCounts, start, length),
            ServiceDates = ListPart(ServiceDates, ServiceDateCounts, start, length),
            ServiceDateCounts = Part(ServiceDateCounts, start, length),
            AftercareVisits = ListPart(AftercareVisits, AftercareVisitCounts, start, length),
            AftercareVisitCounts = Part(AftercareVisitCounts, start, length),
        };
    }

    /// <summary>Checks that every column is absent or one per episode, and that each list's counts add up to its values.</summary>
    internal void CheckShape()
    {
        var count = Count;
        if (!Fits(Discharges.Length, count) || !Fits(DischargeReasons.Length, count) || !Fits(FirstStepDowns.Length, count)
            || !Fits(FirstStepUps.Length, count) || !Fits(AttendedSessions.Length, count) || !Fits(ScoreCounts.Length, count)
            || !Fits(ServiceDateCounts.Length, count) || !Fits(AftercareVisitCounts.Length, count))
        {
            throw new ArgumentException("Every column must be empty or hold one element per admission.", "columns");
        }

        if (Sum(ScoreCounts) != Scores.Length || Sum(ServiceDateCounts) != ServiceDates.Length || Sum(AftercareVisitCounts) != AftercareVisits.Length)
        {
            throw new ArgumentException("A list column's counts must be at least 0 and add up to the number of its values.", "columns");
        }
    }

    private static bool Fits(int length, int count) => length == 0 || length == count;

    private static long Sum(ReadOnlySpan<int> counts)
    {
        long sum = 0;
        foreach (var count in counts)
        {
            if (count < 0)
            {
                return -1;
            }

            sum += count;
        }

        return sum;
    }

    private static ReadOnlySpan<T> Part<T>(ReadOnlySpan<T> column, int start, int length) =>
        column.IsEmpty ? column : column.Slice(start, length);

    private static ReadOnlySpan<T> ListPart<T>(ReadOnlySpan<T> values, ReadOnlySpan<int> counts, int start, int length)
    {
        if (counts.IsEmpty)
        {
            return values;
        }

        var first = (int)Sum(counts[..start]);
        return values.Slice(first, (int)Sum(counts.Slice(start, length)));
    }
}
