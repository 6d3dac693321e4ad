namespace Iop.Domain.Matching;

/// <summary>
/// A track at the indicated level that does not fit the person, with every track requirement it misses.
/// </summary>
/// <remarks>
/// <para><see cref="TrackIndex"/> is the track's position in <see cref="ProgrammeProfile.Tracks"/>.
/// <see cref="Reasons"/> are ordered by enum value and drawn from the track requirements
/// (<see cref="ExclusionReason.TrackBelowMinimum"/> to <see cref="ExclusionReason.TelehealthNotOffered"/>).</para>
/// <para>Equality compares the index, the track and the reasons element by element. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed record TrackRejection
{
    internal TrackRejection(int trackIndex, ScheduleTrack track, IReadOnlyList<ExclusionReason> reasons)
    {
        TrackIndex = trackIndex;
        Track = track;
        Reasons = reasons;
    }

    /// <summary>Gets the track's position in <see cref="ProgrammeProfile.Tracks"/>.</summary>
    public int TrackIndex { get; }

    /// <summary>Gets the track.</summary>
    public ScheduleTrack Track { get; }

    /// <summary>Gets the track requirements the track misses, ordered by enum value.</summary>
    public IReadOnlyList<ExclusionReason> Reasons { get; }

    /// <inheritdoc/>
    public bool Equals(TrackRejection? other) =>
        other is not null && TrackIndex == other.TrackIndex && Track == other.Track && ValueLists.Equal(Reasons, other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TrackIndex, Track, ValueLists.Hash(Reasons));

    /// <summary>Formats the rejection, for example <c>Track 0: NoTrackInAvailability</c>.</summary>
    /// <returns>The index and reasons.</returns>
    public override string ToString() => $"Track {TrackIndex}: {string.Join(", ", Reasons)}";
}
