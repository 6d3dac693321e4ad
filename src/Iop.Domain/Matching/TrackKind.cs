namespace Iop.Domain.Matching;

/// <summary>
/// The part of the day a <see cref="ScheduleTrack"/> runs in, as programmes advertise their tracks
/// ("our evening IOP track"). It names the track for people; matching never reads it, it reads the
/// track's days, start time and session length. <c>0</c> is not a member.
/// </summary>
public enum TrackKind
{
    /// <summary>A morning track.</summary>
    Morning = 1,

    /// <summary>An afternoon track.</summary>
    Afternoon = 2,

    /// <summary>An evening track, for people who work or study during the day.</summary>
    Evening = 3,

    /// <summary>A weekend track.</summary>
    Weekend = 4,
}
