using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The result of <see cref="BillingDays.CheckClaims"/>: the intensive-outpatient dates a Medicare
/// contractor would return a claim for, and the findings (<c>CLM-IOP-PHP-OVERLAP</c>, <c>CLM-IOP-7DAY</c>).
/// </summary>
/// <remarks>
/// <para>Dates are distinct and ordered. There is one finding per edit and line date, with the line date as
/// its <see cref="FindingSubject.Day"/>; every finding is an error, so <see cref="HasErrors"/> is
/// <see langword="false"/> exactly when no edit applies.</para>
/// <para>Equality compares the lists element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ClaimOverlapCheck : IEvaluationResult
{
    internal ClaimOverlapCheck(IReadOnlyList<LocalDate> overlappingPartialHospitalization, IReadOnlyList<LocalDate> beforeAnotherClaim, IReadOnlyList<Finding> findings)
    {
        OverlappingPartialHospitalization = overlappingPartialHospitalization;
        BeforeAnotherClaim = beforeAnotherClaim;
        Findings = findings;
    }

    /// <summary>The record of a check already made (a stored result read back; see decision 0073), checked for what can be checked.</summary>
    internal static ClaimOverlapCheck FromRecord(IReadOnlyList<LocalDate> overlappingPartialHospitalization, IReadOnlyList<LocalDate> beforeAnotherClaim, IReadOnlyList<Finding> findings) =>
        new(
            Guard.Against.UnsupportedDates(overlappingPartialHospitalization),
            Guard.Against.UnsupportedDates(beforeAnotherClaim),
            Guard.Against.NullElements(findings));

    /// <summary>Gets the intensive-outpatient dates that are also partial-hospitalization dates.</summary>
    public IReadOnlyList<LocalDate> OverlappingPartialHospitalization { get; }

    /// <summary>Gets the intensive-outpatient dates within the rule set's look-back (Medicare: 7 days) before the start of another claim period.</summary>
    public IReadOnlyList<LocalDate> BeforeAnotherClaim { get; }

    /// <summary>Gets the findings, in the canonical order; each has its line date as its subject.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any edit applies (every claim-edit finding is an error).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <inheritdoc/>
    public bool Equals(ClaimOverlapCheck? other) =>
        other is not null
        && OverlappingPartialHospitalization.SequenceEqual(other.OverlappingPartialHospitalization)
        && BeforeAnotherClaim.SequenceEqual(other.BeforeAnotherClaim)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddAll(OverlappingPartialHospitalization);
        hash.AddAll(BeforeAnotherClaim);
        hash.AddAll(Findings);
        return hash.ToHashCode();
    }

    /// <summary>Summarises the counts without dates.</summary>
    /// <returns>For example <c>2 days overlap PHP, 1 day before another claim</c>.</returns>
    public override string ToString() =>
        $"{HoursText.Count(OverlappingPartialHospitalization.Count, "day overlaps", "days overlap")} PHP, {HoursText.Count(BeforeAnotherClaim.Count, "day", "days")} before another claim";
}
