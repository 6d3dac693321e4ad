namespace Iop.Domain.Outcomes;

/// <summary>
/// The Kaplan–Meier life table of a cohort (<c>OUT-KM-RETENTION</c>), bucketed per day of stay: for each
/// length of stay 1 … horizon (counted by <see cref="Continuum.LengthOfStay.Days"/>, the admission date
/// being day 1), the discharges with that length of stay and the open episodes observed that long; and
/// one count of every stay longer than the horizon, censored at it.
/// </summary>
/// <remarks>
/// Mutable while <see cref="CohortAccumulator"/> fills it, then owned by one <see cref="CohortSummary"/>
/// and never changed again. Equality compares every bucket.
/// </remarks>
internal sealed class RetentionTable : IEquatable<RetentionTable>
{
    private readonly long[] discharges;
    private readonly long[] open;

    public RetentionTable(int horizonDays)
    {
        discharges = new long[horizonDays + 1];
        open = new long[horizonDays + 1];
    }

    private RetentionTable(long[] discharges, long[] open, long beyondHorizon)
    {
        this.discharges = discharges;
        this.open = open;
        BeyondHorizon = beyondHorizon;
    }

    /// <summary>Gets the horizon in days of stay.</summary>
    public int HorizonDays => discharges.Length - 1;

    /// <summary>Discharges per day of stay, 0 to the horizon (a copy).</summary>
    public long[] DischargesByDay => (long[])discharges.Clone();

    /// <summary>Open episodes per day of stay, 0 to the horizon (a copy).</summary>
    public long[] OpenByDay => (long[])open.Clone();

    /// <summary>Gets the number of stays longer than the horizon, discharged or open, censored at the horizon.</summary>
    public long BeyondHorizon { get; private set; }

    /// <summary>A table from its buckets (copied), checked by <see cref="CohortSummary.FromState"/>.</summary>
    public static RetentionTable FromBuckets(long[] dischargesByDay, long[] openByDay, long beyondHorizon) =>
        new((long[])dischargesByDay.Clone(), (long[])openByDay.Clone(), beyondHorizon);

    /// <summary>
    /// Counts a stay of <paramref name="lengthOfStay"/> days: a discharge (an event) or an open episode
    /// observed that long (censored there); a stay beyond the horizon is censored at it.
    /// </summary>
    public void Add(int lengthOfStay, bool discharged)
    {
        // Unchecked (decision 0089): a count of episodes cannot reach 2⁶³.
        unchecked
        {
            if (lengthOfStay > HorizonDays)
            {
                BeyondHorizon++;
                return;
            }

            (discharged ? discharges : open)[lengthOfStay]++;
        }
    }

    /// <summary>Returns the table of both cohorts: every bucket added.</summary>
    public RetentionTable Plus(RetentionTable other)
    {
        var d = new long[discharges.Length];
        var o = new long[open.Length];
        for (var day = 0; day < d.Length; day++)
        {
            d[day] = discharges[day] + other.discharges[day];
            o[day] = open[day] + other.open[day];
        }

        return new RetentionTable(d, o, BeyondHorizon + other.BeyondHorizon);
    }

    /// <summary>
    /// Returns the Kaplan–Meier survival S(t) = P(LOS &gt; t) for t = 0 … horizon: S(t) is the product over
    /// days u ≤ t of (1 − d_u / n_u), with d_u the discharges after u days and n_u the episodes whose stay
    /// reached day u. Open episodes observed u days stay in the risk set on day u (events before
    /// censorings, the usual convention). No stay is shorter than 1 day, so S(0) = 1.
    /// </summary>
    public double[] Survival(long episodes)
    {
        var s = new double[discharges.Length];
        var atRisk = episodes;
        var current = 1.0;
        for (var day = 0; day < s.Length; day++)
        {
            if (atRisk > 0 && discharges[day] > 0)
            {
                current *= 1.0 - ((double)discharges[day] / atRisk);
            }

            s[day] = current;
            atRisk -= discharges[day] + open[day];
        }

        return s;
    }

    public bool Equals(RetentionTable? other) =>
        other is not null
        && BeyondHorizon == other.BeyondHorizon
        && discharges.AsSpan().SequenceEqual(other.discharges)
        && open.AsSpan().SequenceEqual(other.open);

    public override bool Equals(object? obj) => Equals(obj as RetentionTable);

    public override int GetHashCode() => HashCode.Combine(HorizonDays, BeyondHorizon);
}
