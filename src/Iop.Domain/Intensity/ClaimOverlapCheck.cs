using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The result of <see cref="BillingDays.CheckClaims"/>: the intensive-outpatient dates a Medicare
/// contractor would return a claim for, and the findings (<c>CLM-IOP-PHP-OVERLAP</c>, <c>CLM-IOP-7DAY</c>).
/// </summary>
/// <remarks>Dates are distinct and ordered. Equality compares the lists element by element. This type is immutable and thread-safe.</remarks>
public sealed record ClaimOverlapCheck
{
    internal ClaimOverlapCheck(IReadOnlyList<LocalDate> overlappingPartialHospitalization, IReadOnlyList<LocalDate> beforeAnotherClaim, IReadOnlyList<Finding> findings)
    {
        OverlappingPartialHospitalization = overlappingPartialHospitalization;
        BeforeAnotherClaim = beforeAnotherClaim;
        Findings = findings;
    }

    /// <summary>Gets the intensive-outpatient dates that are also partial-hospitalization dates.</summary>
    public IReadOnlyList<LocalDate> OverlappingPartialHospitalization { get; }

    /// <summary>Gets the intensive-outpatient dates within the 7 days before the start of another claim period.</summary>
    public IReadOnlyList<LocalDate> BeforeAnotherClaim { get; }

    /// <summary>Gets the findings, ordered by rule id then message.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no edit applies.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <inheritdoc/>
    public bool Equals(ClaimOverlapCheck? other) =>
        other is not null
        && OverlappingPartialHospitalization.SequenceEqual(other.OverlappingPartialHospitalization)
        && BeforeAnotherClaim.SequenceEqual(other.BeforeAnotherClaim)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OverlappingPartialHospitalization.Count, BeforeAnotherClaim.Count, Findings.Count);

    /// <summary>Summarises the counts without dates.</summary>
    /// <returns>For example <c>2 days overlap PHP, 1 day before another claim</c>.</returns>
    public override string ToString() =>
        $"{HoursText.Count(OverlappingPartialHospitalization.Count, "day overlaps", "days overlap")} PHP, {HoursText.Count(BeforeAnotherClaim.Count, "day", "days")} before another claim";
}
