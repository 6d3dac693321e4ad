using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// A track at the person's level that does not fit them, with one finding per track requirement it misses.
/// </summary>
/// <remarks>
/// <para><see cref="TrackIndex"/> is the track's position in <see cref="ProgrammeProfile.Tracks"/>.
/// <see cref="Findings"/> are <see cref="Severity.Error"/> findings of the track rules
/// (<c>MATCH-TRACK-…</c>, <c>MATCH-NO-TRACK-IN-AVAILABILITY</c>, <c>MATCH-TELEHEALTH-NOT-OFFERED</c>) in the
/// canonical order; each carries the subject <see cref="SubjectKind.ScheduleTrack"/> with the
/// programme's id, and the intensity findings cite the source of the intensity standard applied.</para>
/// <para>Equality compares the index, the track and the findings element by element. This type is
/// immutable and thread-safe. <see cref="ToString"/> never prints the programme's id.</para>
/// </remarks>
public sealed record TrackRejection : IEvaluationResult
{
    private readonly MatchFindings? templates;
    private readonly string? programmeId;
    private IReadOnlyList<Finding>? findings;

    /// <summary>Creates the rejection of a match: its findings are built from the call's templates when first read.</summary>
    /// <param name="trackIndex">The track's position in the programme's tracks.</param>
    /// <param name="track">The track.</param>
    /// <param name="checks">The checks it missed (the engine's bit mask, not 0).</param>
    /// <param name="programmeId">The programme's id, the findings' subject.</param>
    /// <param name="templates">The call's finding templates.</param>
    internal TrackRejection(int trackIndex, ScheduleTrack track, int checks, string programmeId, MatchFindings templates)
    {
        TrackIndex = trackIndex;
        Track = track;
        Checks = checks;
        this.programmeId = programmeId;
        this.templates = templates;
    }

    private TrackRejection(int trackIndex, ScheduleTrack track, IReadOnlyList<Finding> findings, int checks)
    {
        TrackIndex = trackIndex;
        Track = track;
        this.findings = findings;
        Checks = checks;
    }

    /// <summary>
    /// The record of a rejection already made, read back from storage (decision 0073): its public parts as
    /// written, checked for what can be checked, never decided again. Whether the index and the track belong
    /// to the programme is checked by the match or exclusion that holds the rejection.
    /// </summary>
    /// <param name="trackIndex">The track's position in the programme's tracks.</param>
    /// <param name="track">The track.</param>
    /// <param name="findings">One Error finding per track requirement missed, in the canonical order, each about a schedule track.</param>
    /// <returns>The rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="track"/> or <paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackIndex"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> is empty, holds null, or is not the canonical findings of the track rules.</exception>
    internal static TrackRejection FromRecord(int trackIndex, ScheduleTrack track, IReadOnlyList<Finding> findings)
    {
        Guard.Against.BelowMinimum(trackIndex, 0);
        Guard.Against.Null(track);
        var (list, checks) = MatchFindings.Recorded(findings, SubjectKind.ScheduleTrack, programmeId: null, MatchFindings.TrackChecks, nameof(findings));
        return new TrackRejection(trackIndex, track, list, checks);
    }

    /// <summary>Gets the track's position in <see cref="ProgrammeProfile.Tracks"/>.</summary>
    public int TrackIndex { get; }

    /// <summary>Gets the track.</summary>
    public ScheduleTrack Track { get; }

    /// <summary>Gets one finding per track requirement the track misses, in the canonical order; never empty.</summary>
    /// <remarks>Built when first read (a race builds equal lists; every reader gets the one stored first).</remarks>
    public IReadOnlyList<Finding> Findings =>
        findings ?? Interlocked.CompareExchange(ref findings, templates!.ForTrack(Checks, programmeId!), null) ?? findings;

    /// <summary>Gets a value indicating whether any finding is an error: always <see langword="true"/>, since every missed requirement is.</summary>
    public bool HasErrors => Checks != 0;

    /// <summary>Gets the checks missed, as the engine's bit mask (one bit per finding), (a record's findings are always those of a set of checks); not part of equality, since the findings say the same.</summary>
    internal int Checks { get; }

    /// <inheritdoc/>
    public bool Equals(TrackRejection? other) =>
        other is not null && TrackIndex == other.TrackIndex && Track == other.Track && ValueLists.Equal(Findings, other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TrackIndex, Track, ValueLists.Hash(Findings));

    /// <summary>Formats the rejection, for example <c>Track 0: MATCH-NO-TRACK-IN-AVAILABILITY</c>.</summary>
    /// <returns>The index and the rule ids.</returns>
    public override string ToString() => $"Track {TrackIndex}: {string.Join(", ", Findings.Select(f => f.RuleId))}";
}
