using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The service days of a range classified for billing (<see cref="BillingDays.Summarize"/>): each day,
/// the count of days per per-diem tier and of H0015-eligible days, and the findings.
/// </summary>
/// <remarks>
/// <para>A service day is a date with at least one attended session; <see cref="Days"/> is ordered by
/// date. <see cref="NoTierDays"/> + <see cref="ThreeServiceDays"/> + <see cref="FourOrMoreServiceDays"/>
/// + <see cref="CostBasedDays"/> equals the number of <see cref="Days"/>.</para>
/// <para>A finding about one service day carries <see cref="FindingSubject.Day"/> of it: one
/// <c>CLM-PERDIEM-TIER</c> per day in no tier, one <c>CLM-H0015-INTENSITY</c> per day that cannot be billed as
/// H0015, one <c>MCR-IN-PERSON-ONLY</c> per day with uncounted telehealth sessions, one <c>MCR-SEPARATE-PRO</c> per day with
/// professional sessions. The setting's findings concern more than a day: <c>CLM-RHC-FQHC-PRIMARY</c> the whole range
/// (<see cref="FindingSubject.Dates"/>), <c>CLM-OTP-G0137</c> a week (<see cref="FindingSubject.Week"/>); and
/// <c>RULESET-NOT-REVERIFIED</c> the dates after the rule set's <see cref="BillingRuleSet.VerifiedThrough"/>. Non-qualifying sessions are left out of the services without a finding here:
/// <c>MCR-NONQUALIFYING</c> belongs to the weekly evaluation (<see cref="WeeklyIntensity"/>).</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record BillingSummary : IEvaluationResult
{
    internal BillingSummary(DateInterval range, IReadOnlyList<BillingDay> days, int noTier, int three, int fourOrMore, int h0015, IReadOnlyList<Finding> findings, int costBased, IReadOnlyList<DateInterval> addOnWeeks)
    {
        CostBasedDays = costBased;
        WeeklyAddOnWeeks = addOnWeeks;
        Range = range;
        Days = days;
        NoTierDays = noTier;
        ThreeServiceDays = three;
        FourOrMoreServiceDays = fourOrMore;
        H0015Days = h0015;
        Findings = findings;
    }

    /// <summary>The record of a summary already made (a stored result read back; see decision 0073), checked for what can be checked.</summary>
    internal static BillingSummary FromRecord(
        DateInterval range, IReadOnlyList<BillingDay> days, int noTierDays, int threeServiceDays, int fourOrMoreServiceDays, int h0015Days,
        IReadOnlyList<Finding> findings, int costBasedDays, IReadOnlyList<DateInterval> weeklyAddOnWeeks) =>
        new(
            Guard.Against.UnsupportedDates(range),
            Guard.Against.NullElements(days),
            Guard.Against.BelowMinimum(noTierDays, 0),
            Guard.Against.BelowMinimum(threeServiceDays, 0),
            Guard.Against.BelowMinimum(fourOrMoreServiceDays, 0),
            Guard.Against.BelowMinimum(h0015Days, 0),
            Guard.Against.NullElements(findings),
            Guard.Against.BelowMinimum(costBasedDays, 0),
            Guard.Against.NullElements(weeklyAddOnWeeks));

    /// <summary>Gets the date range classified.</summary>
    public DateInterval Range { get; }

    /// <summary>Gets the service days, ordered by date.</summary>
    public IReadOnlyList<BillingDay> Days { get; }

    /// <summary>Gets the number of service days in no per-diem tier (fewer than the rule set's per-diem minimum; Medicare: 3 qualifying services).</summary>
    public int NoTierDays { get; }

    /// <summary>Gets the number of days in the 3-service tier.</summary>
    public int ThreeServiceDays { get; }

    /// <summary>Gets the number of days in the 4-or-more-service tier.</summary>
    public int FourOrMoreServiceDays { get; }

    /// <summary>Gets the number of days of a setting with no service tier (a critical access hospital: <see cref="PerDiemTier.CostBased"/>).</summary>
    public int CostBasedDays { get; }

    /// <summary>Gets the calendar weeks in which an opioid treatment programme bills the weekly add-on G0137 (<c>CLM-OTP-G0137</c>), in date order;
    /// empty unless the rule set's <see cref="BillingRuleSet.Setting"/> is an OTP.</summary>
    public IReadOnlyList<DateInterval> WeeklyAddOnWeeks { get; }

    /// <summary>Gets the number of days billable as H0015: at least the rule set's H0015 day hours, in a week with its H0015 programme days (Medicare: 3 h, 3 days).</summary>
    public int H0015Days { get; }

    /// <summary>Gets the findings, in the canonical order; each has its service day as its subject.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an error (the billing-day findings are warnings).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <inheritdoc/>
    public bool Equals(BillingSummary? other) =>
        other is not null
        && Range.Equals(other.Range)
        && NoTierDays == other.NoTierDays
        && ThreeServiceDays == other.ThreeServiceDays
        && FourOrMoreServiceDays == other.FourOrMoreServiceDays
        && H0015Days == other.H0015Days
        && CostBasedDays == other.CostBasedDays
        && WeeklyAddOnWeeks.SequenceEqual(other.WeeklyAddOnWeeks)
        && Days.SequenceEqual(other.Days)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Range);
        hash.Add(NoTierDays);
        hash.Add(ThreeServiceDays);
        hash.Add(FourOrMoreServiceDays);
        hash.Add(H0015Days);
        hash.Add(CostBasedDays);
        hash.AddAll(WeeklyAddOnWeeks);
        hash.AddAll(Days);
        hash.AddAll(Findings);
        return hash.ToHashCode();
    }

    /// <summary>Summarises the counts without dates.</summary>
    /// <returns>For example <c>12 service days: 8 with 4+ services, 3 with 3, 1 in no tier; 11 H0015 days</c>.</returns>
    public override string ToString() =>
        $"{Days.Count} service days: {FourOrMoreServiceDays} with 4+ services, {ThreeServiceDays} with 3, {NoTierDays} in no tier; {H0015Days} H0015 days";
}
