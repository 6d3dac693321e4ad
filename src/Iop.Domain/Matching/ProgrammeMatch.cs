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
    internal ProgrammeMatch(
        ProgrammeProfile programme,
        int rank,
        IReadOnlyList<ScheduleTrack> tracks,
        IReadOnlyList<MatchCriterion> met,
        IReadOnlyList<MatchCriterion> unmetPreferences,
        IReadOnlyList<TrackRejection> rejectedTracks,
        int preferencesMet)
    {
        Programme = programme;
        Rank = rank;
        Tracks = tracks;
        Met = met;
        UnmetPreferences = unmetPreferences;
        RejectedTracks = rejectedTracks;
        PreferencesMet = preferencesMet;
    }

    /// <summary>Gets the programme.</summary>
    public ProgrammeProfile Programme { get; }

    /// <summary>Gets the 1-based rank among the matches (see <see cref="MatchingRules.Ranking"/>).</summary>
    public int Rank { get; }

    /// <summary>Gets the tracks at the person's level that fit the person, in the programme's order.</summary>
    public IReadOnlyList<ScheduleTrack> Tracks { get; }

    /// <summary>Gets the criteria met: the reasons the programme fits.</summary>
    public IReadOnlyList<MatchCriterion> Met { get; }

    /// <summary>Gets the person's preferences the programme does not meet.</summary>
    public IReadOnlyList<MatchCriterion> UnmetPreferences { get; }

    /// <summary>Gets the tracks at the person's level that do not fit, with what each misses.</summary>
    public IReadOnlyList<TrackRejection> RejectedTracks { get; }

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
        $"Match #{Rank} ({Tracks.Count} track{(Tracks.Count == 1 ? string.Empty : "s")}; {PreferencesMet} preference{(PreferencesMet == 1 ? string.Empty : "s")} met, {UnmetPreferences.Count} unmet)";
}
