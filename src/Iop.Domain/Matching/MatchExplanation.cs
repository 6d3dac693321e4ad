namespace Iop.Domain.Matching;

/// <summary>What a <see cref="ProgrammeMatch"/> lists about itself, built together when first read: the tracks that fit, the criteria met, the preferences not met and the tracks that do not fit.</summary>
internal sealed record MatchExplanation(
    IReadOnlyList<ScheduleTrack> Tracks,
    IReadOnlyList<MatchCriterion> Met,
    IReadOnlyList<MatchCriterion> UnmetPreferences,
    IReadOnlyList<TrackRejection> RejectedTracks);
