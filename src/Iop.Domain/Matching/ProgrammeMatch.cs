namespace Iop.Domain.Matching;

/// <summary>
/// A programme that meets every hard requirement of the person: its rank, the tracks that fit, the
/// reasons it fits and the preferences it does not meet.
/// </summary>
/// <remarks>
/// <para><see cref="Met"/> holds every criterion met, required ones and preferences; <see cref="UnmetPreferences"/>
/// holds the preferences not met (a match meets every requirement). Both are ordered by rule id.
/// <see cref="Tracks"/> keep the programme's order; for residential and inpatient care, where a schedule
/// does not apply, it is empty.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe. <see cref="ToString"/> never prints the programme's id.</para>
/// </remarks>
public sealed record ProgrammeMatch
{
    private readonly MatchContext? context;
    private readonly int trackCount;
    private MatchExplanation? explanation;

    private ProgrammeMatch(ProgrammeProfile programme, int rank, MatchExplanation explanation, int preferencesMet)
    {
        Programme = programme;
        Rank = rank;
        this.explanation = explanation;
        trackCount = explanation.Tracks.Count;
        PreferencesMet = preferencesMet;
    }

    /// <summary>
    /// The record of a match already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked, never decided again.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="rank">The 1-based rank.</param>
    /// <param name="tracks">The tracks that fit, in the programme's order, each one of its tracks.</param>
    /// <param name="met">The criteria met, in order (<see cref="MatchCriterion.CompareTo"/>).</param>
    /// <param name="unmetPreferences">The preferences not met, in order; each a preference.</param>
    /// <param name="rejectedTracks">The tracks that do not fit, in the programme's order, each one of its tracks with findings about it.</param>
    /// <param name="preferencesMet">How many of <paramref name="met"/> are preferences.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A list holds null, is out of order, or holds a track that is not the programme's; an unmet
    /// criterion is not a preference; a track both fits and is rejected; or <paramref name="preferencesMet"/> is not the number of preferences met.</exception>
    internal static ProgrammeMatch FromRecord(
        ProgrammeProfile programme,
        int rank,
        IReadOnlyList<ScheduleTrack> tracks,
        IReadOnlyList<MatchCriterion> met,
        IReadOnlyList<MatchCriterion> unmetPreferences,
        IReadOnlyList<TrackRejection> rejectedTracks,
        int preferencesMet)
    {
        Guard.Against.Null(programme);
        Guard.Against.BelowMinimum(rank, 1);
        var fitting = Guard.Against.NullElements(tracks);
        var metList = Ordered(met, nameof(met));
        var unmetList = Ordered(unmetPreferences, nameof(unmetPreferences));
        var rejections = MatchFindings.RecordedRejections(programme, rejectedTracks, nameof(rejectedTracks));
        var next = 0;
        foreach (var track in fitting)
        {
            while (next < programme.Tracks.Count && programme.Tracks[next] != track)
            {
                next++;
            }

            if (next++ == programme.Tracks.Count)
            {
                throw new ArgumentException("Each fitting track must be one of the programme's tracks, in the programme's order.", nameof(tracks));
            }
        }

        if (rejections.Any(r => fitting.Contains(r.Track)))
        {
            throw new ArgumentException("A track cannot both fit and be rejected.", nameof(rejectedTracks));
        }

        if (unmetList.Any(c => !c.IsPreference))
        {
            throw new ArgumentException("A match meets every requirement: each unmet criterion must be a preference.", nameof(unmetPreferences));
        }

        if (preferencesMet != metList.Count(c => c.IsPreference))
        {
            throw new ArgumentOutOfRangeException(nameof(preferencesMet), "The count of preferences met must equal the number of preferences among the criteria met.");
        }

        return new ProgrammeMatch(programme, rank, new MatchExplanation(fitting, metList, unmetList, rejections), preferencesMet);
    }

    /// <summary>Creates the match of a call: its tracks and criteria are listed from the call's context when first read.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="rank">The 1-based rank.</param>
    /// <param name="trackCount">How many of its tracks fit.</param>
    /// <param name="preferencesMet">How many preferences it meets.</param>
    /// <param name="context">The call's context, complete.</param>
    internal ProgrammeMatch(ProgrammeProfile programme, int rank, int trackCount, int preferencesMet, MatchContext context)
    {
        Programme = programme;
        Rank = rank;
        this.trackCount = trackCount;
        PreferencesMet = preferencesMet;
        this.context = context;
    }

    /// <summary>Gets the programme.</summary>
    public ProgrammeProfile Programme { get; }

    /// <summary>Gets the 1-based rank among the matches (see <see cref="MatchingRules.Ranking"/>).</summary>
    public int Rank { get; }

    /// <summary>Gets the tracks at the person's level that fit the person, in the programme's order.</summary>
    /// <remarks>Listed when first read, with <see cref="Met"/>, <see cref="UnmetPreferences"/> and <see cref="RejectedTracks"/> (a race lists equal copies; every reader gets the one stored first).</remarks>
    public IReadOnlyList<ScheduleTrack> Tracks => Explained.Tracks;

    /// <summary>Gets the criteria met: the reasons the programme fits.</summary>
    public IReadOnlyList<MatchCriterion> Met => Explained.Met;

    /// <summary>Gets the person's preferences the programme does not meet.</summary>
    public IReadOnlyList<MatchCriterion> UnmetPreferences => Explained.UnmetPreferences;

    /// <summary>Gets the tracks at the person's level that do not fit, with what each misses.</summary>
    public IReadOnlyList<TrackRejection> RejectedTracks => Explained.RejectedTracks;

    /// <summary>Gets how many of the person's preferences the programme meets (the first ranking key).</summary>
    public int PreferencesMet { get; }

    /// <inheritdoc/>
    public bool Equals(ProgrammeMatch? other) =>
        other is not null
        && Rank == other.Rank
        && Programme == other.Programme
        && ValueLists.Equal(Tracks, other.Tracks)
        && ValueLists.Equal(Met, other.Met)
        && ValueLists.Equal(UnmetPreferences, other.UnmetPreferences)
        && PreferencesMet == other.PreferencesMet
        && ValueLists.Equal(RejectedTracks, other.RejectedTracks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rank, Programme, ValueLists.Hash(Tracks), ValueLists.Hash(Met), ValueLists.Hash(UnmetPreferences), ValueLists.Hash(RejectedTracks));

    /// <summary>Summarises the match without the programme's id.</summary>
    /// <returns>For example <c>Match #1 (2 tracks; 3 preferences met, 1 unmet)</c>.</returns>
    public override string ToString() =>
        $"Match #{Rank} ({trackCount} track{(trackCount == 1 ? string.Empty : "s")}; {PreferencesMet} preference{(PreferencesMet == 1 ? string.Empty : "s")} met, {UnmetPreferences.Count} unmet)";

    private static IReadOnlyList<MatchCriterion> Ordered(IReadOnlyList<MatchCriterion>? criteria, string paramName)
    {
        var list = Guard.Against.NullElements(criteria, paramName);
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].CompareTo(list[i]) >= 0)
            {
                throw new ArgumentException("The criteria must be in order (by rule id, then modality, then aftercare service), each once.", paramName);
            }
        }

        return list;
    }

    private MatchExplanation Explained =>
        explanation ?? Interlocked.CompareExchange(ref explanation, ProgrammeMatching.Explain(Programme, context!), null) ?? explanation;
}
