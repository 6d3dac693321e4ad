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

    /// <summary>Creates the rejection from its public parts.</summary>
    /// <param name="trackIndex">The track's position in the programme's tracks.</param>
    /// <param name="track">The track.</param>
    /// <param name="findings">One finding per track requirement missed, in the canonical order.</param>
    internal TrackRejection(int trackIndex, ScheduleTrack track, IReadOnlyList<Finding> findings)
    {
        TrackIndex = trackIndex;
        Track = track;
        this.findings = findings;
        Checks = MatchFindings.ChecksOf(findings);
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

    /// <summary>Gets the checks missed, as the engine's bit mask (one bit per finding), or -1 when the findings are not the canonical findings of a set of checks; not part of equality, since the findings say the same.</summary>
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
