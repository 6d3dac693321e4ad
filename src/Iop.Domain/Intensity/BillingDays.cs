using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// Classifies service days for billing: the Medicare per-diem tier (<c>CLM-PERDIEM-TIER</c>), H0015
/// eligibility (<c>CLM-H0015-INTENSITY</c>), counts by tier over a range, and the claim edits a Medicare
/// contractor applies to intensive-outpatient claims (<c>CLM-IOP-PHP-OVERLAP</c>, <c>CLM-IOP-7DAY</c>).
/// </summary>
/// <remarks>
/// <para>Only attended sessions that qualify count as services (<c>MCR-NONQUALIFYING</c>); each session is
/// one service and counts on its start date. The H0015 thresholds (at least 3 h that day, at least 3
/// programme days that week) are read from <see cref="IntensityRuleSet.HcpcsH0015"/>, so the number lives
/// in one place. A programme day is a date with an attended or missed session (the person's schedule).</para>
/// </remarks>
public static class BillingDays
{
    private static readonly long H0015DayNanos;
    private static readonly int H0015WeekDays;

#pragma warning disable CA1810 // Initialise from the built-in rule set: the H0015 numbers live in IntensityRuleSet.HcpcsH0015 only.
    static BillingDays()
    {
        IntensityRuleSet.HcpcsH0015.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out var h0015);
        H0015DayNanos = h0015!.MinimumHoursPerServiceDay!.Value.ToInt64Nanoseconds();
        H0015WeekDays = h0015.MinimumDaysPerWeek!.Value;
    }
#pragma warning restore CA1810

    /// <summary>Returns the Medicare per-diem tier of a day with the given number of attended qualifying services.</summary>
    /// <param name="services">The number of attended qualifying services on the day.</param>
    /// <returns><see cref="PerDiemTier.None"/> below 3, <see cref="PerDiemTier.ThreeServices"/> at exactly 3, <see cref="PerDiemTier.FourOrMoreServices"/> at 4 or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="services"/> is negative.</exception>
    public static PerDiemTier TierFor(int services)
    {
        Guard.Against.BelowMinimum(services, 0);
        return Tier(services);
    }

    /// <summary>Classifies one day from its sessions. Allocates nothing.</summary>
    /// <param name="date">The date of service.</param>
    /// <param name="sessions">The day's sessions, all starting on <paramref name="date"/>, in any order and of any attendance.</param>
    /// <returns>The day's services, qualifying hours, per-diem tier and whether it reaches the H0015 day's hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session on another date, or the invalid <see langword="default"/> session.</exception>
    public static BillingDay Classify(LocalDate date, ReadOnlySpan<Session> sessions)
    {
        var services = 0;
        var nanos = 0L;
        foreach (ref readonly var session in sessions)
        {
            if (!session.IsValid)
            {
                throw new ArgumentException("The sessions must not include the default (invalid) session.", nameof(sessions));
            }

            if (session.Date != date)
            {
                throw new ArgumentException("Every session must start on the date classified.", nameof(sessions));
            }

            if (session.IsAttendedQualifying)
            {
                services++;
                nanos += session.Duration.ToInt64Nanoseconds();
            }
        }

        return new BillingDay(date, services, Duration.FromNanoseconds(nanos), Tier(services), nanos >= H0015DayNanos);
    }

    /// <summary>
    /// Classifies every service day of a range and counts days by per-diem tier and H0015 eligibility.
    /// </summary>
    /// <param name="sessions">The sessions; every one must start within <paramref name="range"/>. Any order.</param>
    /// <param name="range">The dates classified, both ends included. Cover whole weeks: in a partial first or last
    /// week only the programme days inside the range count toward H0015's 3 days.</param>
    /// <param name="firstDayOfWeek">The day weeks start on, for H0015's days per week. The default value is <see cref="IsoDayOfWeek.Monday"/>.</param>
    /// <returns>The service days, the counts and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session that starts outside <paramref name="range"/>, or the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfWeek"/> is not a day of the week.</exception>
    public static BillingSummary Summarize(IEnumerable<Session> sessions, DateInterval range, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        Guard.Against.Null(sessions);
        Guard.Against.Null(range);
        SessionIntensity.ValidDay(firstDayOfWeek);

        var tally = new DayTally[range.Length];
        var nonQualifying = 0;
        foreach (var session in sessions)
        {
            SessionIntensity.CheckSession(session, range, nameof(sessions));
            ref var day = ref tally[Period.DaysBetween(range.Start, session.Date)];
            if (session.Attendance == Attendance.Cancelled)
            {
                continue;
            }

            day.Scheduled = true;
            if (session.Attendance != Attendance.Attended)
            {
                continue;
            }

            day.Attended = true;
            if (session.Qualifies)
            {
                day.Services++;
                day.Nanos += session.Duration.ToInt64Nanoseconds();
            }
            else
            {
                nonQualifying++;
            }
        }

        var days = new List<BillingDay>();
        int noTier = 0, three = 0, four = 0, h0015 = 0, shortWeekDays = 0, shortDays = 0;
        var offset = Period.DaysBetween(range.Start.With(DateAdjusters.PreviousOrSame(firstDayOfWeek)), range.Start);
        for (var weekFirst = -offset; weekFirst < tally.Length; weekFirst += 7)
        {
            var from = Math.Max(weekFirst, 0);
            var to = Math.Min(weekFirst + 6, tally.Length - 1);
            var programmeDays = 0;
            for (var i = from; i <= to; i++)
            {
                programmeDays += tally[i].Scheduled ? 1 : 0;
            }

            for (var i = from; i <= to; i++)
            {
                ref readonly var day = ref tally[i];
                if (!day.Attended)
                {
                    continue;
                }

                var tier = Tier(day.Services);
                var meetsHours = day.Nanos >= H0015DayNanos;
                days.Add(new BillingDay(range.Start.PlusDays(i), day.Services, Duration.FromNanoseconds(day.Nanos), tier, meetsHours));
                switch (tier)
                {
                    case PerDiemTier.FourOrMoreServices: four++; break;
                    case PerDiemTier.ThreeServices: three++; break;
                    default: noTier++; break;
                }

                if (!meetsHours)
                {
                    shortDays++;
                }
                else if (programmeDays < H0015WeekDays)
                {
                    shortWeekDays++;
                }
                else
                {
                    h0015++;
                }
            }
        }

        List<Finding>? findings = null;
        if (noTier > 0)
        {
            (findings ??= []).Add(IntensityRules.PerDiemTier.ToFinding(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{HoursText.Count(noTier, "service day has", "service days have")} fewer than {IntensityRules.ThreeServiceTierServices} qualifying services: no per-diem tier.")));
        }

        if (shortDays > 0)
        {
            (findings ??= []).Add(IntensityRules.H0015Intensity.ToFinding(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{HoursText.Count(shortDays, "service day has", "service days have")} less than {HoursText.Format(Duration.FromNanoseconds(H0015DayNanos))} of qualifying service and cannot be billed as H0015.")));
        }

        if (shortWeekDays > 0)
        {
            (findings ??= []).Add(IntensityRules.H0015Intensity.ToFinding(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{HoursText.Count(shortWeekDays, "service day falls", "service days fall")} in weeks with fewer than {H0015WeekDays} programme days and cannot be billed as H0015.")));
        }

        if (nonQualifying > 0)
        {
            (findings ??= []).Add(SessionIntensity.NonQualifyingFinding(nonQualifying));
        }

        return new BillingSummary(range, days.AsReadOnly(), noTier, three, four, h0015, SessionIntensity.Seal(findings));
    }

    /// <summary>
    /// Applies the Medicare contractor edits for intensive-outpatient claims (CMS MLN MM13222 / MM13496): an
    /// IOP date that is also a PHP date (<c>CLM-IOP-PHP-OVERLAP</c>), and an IOP date within the
    /// <see cref="IntensityRules.ClaimLookbackDays"/> days before the start of another claim period
    /// (<c>CLM-IOP-7DAY</c>), for the same person and provider.
    /// </summary>
    /// <param name="intensiveOutpatientDates">The IOP claim's line dates, in any order; duplicates are ignored.</param>
    /// <param name="partialHospitalizationDates">The person's PHP (condition code 41) dates.</param>
    /// <param name="otherClaimStarts">The from-dates of the person's other claim periods with the same provider.</param>
    /// <returns>The dates each edit applies to, and one finding per edit that applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ClaimOverlapCheck CheckClaims(
        IEnumerable<LocalDate> intensiveOutpatientDates, IEnumerable<LocalDate> partialHospitalizationDates, IEnumerable<LocalDate> otherClaimStarts)
    {
        Guard.Against.Null(intensiveOutpatientDates);
        Guard.Against.Null(partialHospitalizationDates);
        Guard.Against.Null(otherClaimStarts);

        var iop = new SortedSet<LocalDate>(intensiveOutpatientDates);
        var php = new HashSet<LocalDate>(partialHospitalizationDates);
        var starts = new SortedSet<LocalDate>(otherClaimStarts);
        var overlapping = new List<LocalDate>();
        var before = new List<LocalDate>();
        foreach (var date in iop)
        {
            if (php.Contains(date))
            {
                overlapping.Add(date);
            }

            // Another claim starts on one of the next 7 days: date ∈ [start − 7, start − 1].
            if (starts.GetViewBetween(date.PlusDays(1), date.PlusDays(IntensityRules.ClaimLookbackDays)).Count > 0)
            {
                before.Add(date);
            }
        }

        List<Finding>? findings = null;
        if (overlapping.Count > 0)
        {
            (findings ??= []).Add(IntensityRules.IopPhpOverlap.ToFinding(
                Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"{HoursText.Count(overlapping.Count, "intensive outpatient date overlaps", "intensive outpatient dates overlap")} partial hospitalization dates; the claim would be returned.")));
        }

        if (before.Count > 0)
        {
            (findings ??= []).Add(IntensityRules.IopSevenDay.ToFinding(
                Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"{HoursText.Count(before.Count, "intensive outpatient date falls", "intensive outpatient dates fall")} within {IntensityRules.ClaimLookbackDays} days before the start of another claim period; the claim would be returned.")));
        }

        return new ClaimOverlapCheck(overlapping.AsReadOnly(), before.AsReadOnly(), SessionIntensity.Seal(findings));
    }

    private static PerDiemTier Tier(int services) =>
        services >= IntensityRules.UpperTierServices ? PerDiemTier.FourOrMoreServices
        : services >= IntensityRules.ThreeServiceTierServices ? PerDiemTier.ThreeServices
        : PerDiemTier.None;

    private struct DayTally
    {
        public long Nanos;
        public int Services;
        public bool Attended;
        public bool Scheduled;
    }
}
