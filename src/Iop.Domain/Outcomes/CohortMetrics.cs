using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Cohort outcome metrics in one streaming pass over episodes, with memory independent of the cohort
/// size (rules <c>OUT-KM-RETENTION</c>, <c>OUT-WILSON-CI</c> and the episode rules).
/// </summary>
/// <remarks>
/// Results do not depend on the order of the episodes. Partial results merge exactly
/// (<see cref="CohortSummary.Merge"/>, <see cref="CohortReport{TGroup}.Merge"/>), so a cohort can be
/// summarised per partition on any engine and combined. Episodes admitted after the report date are a
/// programming error.
/// </remarks>
public static class CohortMetrics
{
    /// <summary>Returns the summary of no episodes: the identity of <see cref="CohortSummary.Merge"/>.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>An empty summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static CohortSummary Empty(CohortCriteria criteria, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(criteria);
        return new CohortAccumulator(criteria, asOf).ToSummary();
    }

    /// <summary>Summarises a cohort in one pass.</summary>
    /// <typeparam name="TKey">The caller's episode key type.</typeparam>
    /// <param name="episodes">The episodes, enumerated once.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="asOf">The report date: open episodes are censored on it.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/>, an episode, or <paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException">An episode was admitted after <paramref name="asOf"/> (named <paramref name="asOf"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static CohortSummary Summarize<TKey>(IEnumerable<Episode<TKey>> episodes, CohortCriteria criteria, LocalDate asOf)
        where TKey : notnull
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(episodes);
        Guard.Against.Null(criteria);
        var all = new CohortAccumulator(criteria, asOf);
        if (AsSpan(episodes, out var span))
        {
            foreach (var block in all.InBlocks(span, nameof(episodes)))
            {
                foreach (var episode in block)
                {
                    all.Add(episode);
                }
            }
        }
        else
        {
            foreach (var episode in episodes)
            {
                Guard.Against.Null(episode, nameof(episodes));
                all.Add(episode);
            }
        }

        return all.ToSummary();
    }

    /// <summary>
    /// Summarises a cohort given as columns in one pass, without an object per episode: the same figures
    /// as <see cref="Summarize{TKey}(IEnumerable{Episode{TKey}}, CohortCriteria, LocalDate)"/> over the same
    /// episodes (the same per-episode code computes both). The scores are those of the criteria's instrument.
    /// </summary>
    /// <param name="columns">The cohort's columns; see <see cref="EpisodeColumns"/> for their shape and invariants.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="asOf">The report date: open episodes are censored on it.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException">A column has the wrong length or a row breaks an invariant of <see cref="EpisodeColumns"/> (named <paramref name="columns"/>), or an episode was admitted after <paramref name="asOf"/> (named <paramref name="asOf"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside the instrument's range, a reason is not defined, or attended sessions are negative (named <paramref name="columns"/>).</exception>
    /// <remarks>Allocates only the summary. To use several cores, summarise <see cref="EpisodeColumns.Slice"/>s on
    /// threads of your own and <see cref="CohortSummary.Merge"/> the results; the library starts no threads.</remarks>
    public static CohortSummary Summarize(EpisodeColumns columns, CohortCriteria criteria, LocalDate asOf)
    {
        Guard.Against.Null(criteria);
        columns.CheckShape();
        var all = new CohortAccumulator(criteria, asOf);
        ColumnReader.AddAll(all, columns, criteria.Change.Instrument);
        return all.ToSummary();
    }

    /// <summary>Summarises a cohort in one pass, overall, by level of care at admission and by a caller-supplied group.</summary>
    /// <typeparam name="TKey">The caller's episode key type.</typeparam>
    /// <typeparam name="TGroup">The caller's group type.</typeparam>
    /// <param name="episodes">The episodes, enumerated once.</param>
    /// <param name="groupOf">Returns an episode's group; called once per episode.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument, an episode or a group is null.</exception>
    /// <exception cref="ArgumentException">An episode was admitted after <paramref name="asOf"/> (named <paramref name="asOf"/>).</exception>
    /// <remarks>Memory grows with the number of distinct groups, not episodes: each group holds its own running
    /// summary (counts and a per-day life table), about 9.6 KB allocated and 8–9 KB kept in the report per group
    /// (measured on .NET 10 with one group per episode, 1,000 and 10,000 episodes). A group per person therefore
    /// costs about 9 KB per person; group by something coarser (a site, a month, a payer) for large cohorts.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static CohortReport<TGroup> SummarizeBy<TKey, TGroup>(IEnumerable<Episode<TKey>> episodes, Func<Episode<TKey>, TGroup> groupOf, CohortCriteria criteria, LocalDate asOf)
        where TKey : notnull
        where TGroup : notnull
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(episodes);
        Guard.Against.Null(groupOf);
        Guard.Against.Null(criteria);
        var all = new CohortAccumulator(criteria, asOf);
        var byLevel = new CohortAccumulator?[LevelsOfCare.All.Count + 1];
        var byGroup = new Dictionary<TGroup, CohortAccumulator>();
        if (AsSpan(episodes, out var span))
        {
            foreach (var block in all.InBlocks(span, nameof(episodes)))
            {
                foreach (var episode in block)
                {
                    AddToEach(episode);
                }
            }
        }
        else
        {
            foreach (var episode in episodes)
            {
                Guard.Against.Null(episode, nameof(episodes));
                AddToEach(episode);
            }
        }

        void AddToEach(Episode<TKey> episode)
        {
            // The episode is computed once and its tally added to its three summaries (decision 0087).
            var tally = all.Tally(episode);
            all.Add(tally);
            var level = (int)episode.AdmissionLevel;
            (byLevel[level] ??= new CohortAccumulator(criteria, asOf)).Add(tally);
            var group = groupOf(episode);
            Guard.Against.Null(group, nameof(groupOf));
            if (!byGroup.TryGetValue(group, out var accumulator))
            {
                accumulator = new CohortAccumulator(criteria, asOf);
                byGroup.Add(group, accumulator);
            }

            accumulator.Add(tally);
        }

        var levels = new Dictionary<LevelOfCare, CohortSummary>();
        for (var i = 1; i < byLevel.Length; i++)
        {
            if (byLevel[i] is { } accumulator)
            {
                levels.Add((LevelOfCare)i, accumulator.ToSummary());
            }
        }

        var groups = byGroup.ToDictionary(pair => pair.Key, pair => pair.Value.ToSummary(), byGroup.Comparer);
        return new CohortReport<TGroup>(all.ToSummary(), levels.AsReadOnly(), groups.AsReadOnly());
    }

    /// <summary>Arrays and lists are read as spans: no enumerator, no interface call per episode, and blocks to read ahead.</summary>
    private static bool AsSpan<TKey>(IEnumerable<Episode<TKey>> episodes, out ReadOnlySpan<Episode<TKey>> span)
        where TKey : notnull
    {
        switch (episodes)
        {
            case Episode<TKey>[] array:
                span = array;
                return true;
            case List<Episode<TKey>> list:
                span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
                return true;
            default:
                span = default;
                return false;
        }
    }
}
