using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// A programme that misses at least one hard requirement of the person, with one finding (rule id,
/// severity, message, source, and the programme as subject) per requirement it misses.
/// </summary>
/// <remarks>
/// <para><see cref="Findings"/> hold one <see cref="Severity.Error"/> finding per missed requirement, in
/// the canonical order (by rule id), each with the subject <see cref="SubjectKind.Programme"/> and the
/// programme's id. Findings of the intensity rules cite the source of the intensity standard applied;
/// the others cite their <see cref="MatchingRules"/> rule.</para>
/// <para>Track requirements are reported for the programme as follows: each track requirement that no
/// track at the person's level meets is a finding; when every track requirement is met by some track but
/// no track meets them all, the finding is <c>MATCH-NO-TRACK-MEETS-ALL</c>; when the programme has no
/// track at the person's level, it is <c>MATCH-NO-TRACK-IN-AVAILABILITY</c>. <see cref="RejectedTracks"/>
/// say what each track misses.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe. <see cref="ToString"/> never prints the programme's id.</para>
/// </remarks>
public sealed record ProgrammeExclusion : IEvaluationResult
{
    private readonly MatchContext? context;
    private IReadOnlyList<Finding>? findings;
    private IReadOnlyList<TrackRejection>? rejections;

    /// <summary>Creates the exclusion of a match: its findings and rejected tracks are built from the call's context when first read.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="checks">The checks it missed (the engine's bit mask, not 0).</param>
    /// <param name="context">The call's context, complete.</param>
    internal ProgrammeExclusion(ProgrammeProfile programme, int checks, MatchContext context)
    {
        Programme = programme;
        Checks = checks;
        this.context = context;
    }

    private ProgrammeExclusion(ProgrammeProfile programme, IReadOnlyList<Finding> findings, int checks, IReadOnlyList<TrackRejection> rejectedTracks)
    {
        Programme = programme;
        this.findings = findings;
        Checks = checks;
        rejections = rejectedTracks;
    }

    /// <summary>
    /// The record of an exclusion already made, read back from storage (decision 0073): its public parts as
    /// written, checked for what can be checked, never decided again.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="findings">One Error finding per requirement missed, in the canonical order, each about the programme.</param>
    /// <param name="rejectedTracks">The tracks that do not fit, in the programme's order, each one of its tracks with findings about it.</param>
    /// <returns>The exclusion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> is empty, holds null, or is not the canonical findings of the
    /// matching rules about this programme; or <paramref name="rejectedTracks"/> holds null or a track that is not the programme's.</exception>
    internal static ProgrammeExclusion FromRecord(ProgrammeProfile programme, IReadOnlyList<Finding> findings, IReadOnlyList<TrackRejection> rejectedTracks)
    {
        Guard.Against.Null(programme);
        var (list, checks) = MatchFindings.Recorded(findings, SubjectKind.Programme, programme.Id, MatchFindings.ExclusionChecks, nameof(findings));
        return new ProgrammeExclusion(programme, list, checks, MatchFindings.RecordedRejections(programme, rejectedTracks, nameof(rejectedTracks)));
    }

    /// <summary>Gets the programme.</summary>
    public ProgrammeProfile Programme { get; }

    /// <summary>Gets one finding per hard requirement the programme misses, in the canonical order; never empty.</summary>
    /// <remarks>Built when first read (a race builds equal lists; every reader gets the one stored first).</remarks>
    public IReadOnlyList<Finding> Findings =>
        findings ?? Interlocked.CompareExchange(ref findings, context!.Findings.ForProgramme(Checks, Programme.Id), null) ?? findings;

    /// <summary>Gets a value indicating whether any finding is an error: always <see langword="true"/>, since every missed requirement is.</summary>
    public bool HasErrors => Checks != 0;

    /// <summary>Gets the tracks at the person's level that do not fit, with what each misses.</summary>
    /// <remarks>Built when first read, by the checks the match judged the tracks with (the match records nothing per track), as <see cref="Findings"/> are.</remarks>
    public IReadOnlyList<TrackRejection> RejectedTracks =>
        rejections ?? Interlocked.CompareExchange(ref rejections, context!.RejectedTracks(Programme), null) ?? rejections;

    /// <summary>
    /// Gets the checks missed, as the engine's bit mask (one bit per finding; a record's findings are always
    /// those of a set of checks); not part of equality, since the findings say the same.
    /// </summary>
    internal int Checks { get; }

    /// <inheritdoc/>
    public bool Equals(ProgrammeExclusion? other) =>
        other is not null
        && Programme == other.Programme
        && ValueLists.Equal(Findings, other.Findings)
        && ValueLists.Equal(RejectedTracks, other.RejectedTracks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Programme, ValueLists.Hash(Findings), ValueLists.Hash(RejectedTracks));

    /// <summary>Summarises the exclusion without the programme's id.</summary>
    /// <returns>For example <c>Excluded (MATCH-LEVEL-NOT-OFFERED, MATCH-PAYER-NOT-ACCEPTED)</c>.</returns>
    public override string ToString() => $"Excluded ({string.Join(", ", Findings.Select(f => f.RuleId))})";
}
