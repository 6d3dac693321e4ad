using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// A programme that misses at least one hard requirement of the person, with every requirement it
/// misses, as reasons and as findings (rule id, message, source).
/// </summary>
/// <remarks>
/// <para><see cref="Reasons"/> are ordered by enum value; <see cref="Findings"/> hold one
/// <see cref="Severity.Error"/> finding per reason, ordered by rule id. Findings for the intensity
/// reasons cite the source of the intensity standard applied; the others cite their
/// <see cref="MatchingRules"/> rule.</para>
/// <para>Track reasons are reported for the programme as follows: each track requirement that no track
/// at the indicated level meets is a reason; when every track requirement is met by some track but no
/// track meets them all, the reason is <see cref="ExclusionReason.NoTrackMeetsAll"/>; when the
/// programme has no track at the indicated level, it is <see cref="ExclusionReason.NoTrackInAvailability"/>.
/// <see cref="RejectedTracks"/> says what each track misses.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe. <see cref="ToString"/> never prints the programme's id.</para>
/// </remarks>
public sealed record ProgrammeExclusion
{
    internal ProgrammeExclusion(
        ProgrammeProfile programme,
        IReadOnlyList<ExclusionReason> reasons,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<TrackRejection> rejectedTracks)
    {
        Programme = programme;
        Reasons = reasons;
        Findings = findings;
        RejectedTracks = rejectedTracks;
    }

    /// <summary>Gets the programme.</summary>
    public ProgrammeProfile Programme { get; }

    /// <summary>Gets the hard requirements the programme misses, ordered by enum value; never empty.</summary>
    public IReadOnlyList<ExclusionReason> Reasons { get; }

    /// <summary>Gets one finding per reason, ordered by rule id.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the tracks at the indicated level that do not fit, with what each misses.</summary>
    public IReadOnlyList<TrackRejection> RejectedTracks { get; }

    /// <inheritdoc/>
    public bool Equals(ProgrammeExclusion? other) =>
        other is not null
        && Programme == other.Programme
        && ValueLists.Equal(Reasons, other.Reasons)
        && ValueLists.Equal(Findings, other.Findings)
        && ValueLists.Equal(RejectedTracks, other.RejectedTracks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Programme, ValueLists.Hash(Reasons), ValueLists.Hash(RejectedTracks));

    /// <summary>Summarises the exclusion without the programme's id.</summary>
    /// <returns>For example <c>Excluded (LevelNotOffered, PayerNotAccepted)</c>.</returns>
    public override string ToString() => $"Excluded ({string.Join(", ", Reasons)})";
}
