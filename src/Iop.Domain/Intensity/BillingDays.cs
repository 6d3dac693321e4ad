using System.Globalization;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// Classifies service days for billing under a <see cref="BillingRuleSet"/>: the per-diem tier
/// (<c>CLM-PERDIEM-TIER</c>), H0015 eligibility (<c>CLM-H0015-INTENSITY</c>), counts by tier over a range,
/// and the claim edits a Medicare contractor applies to intensive-outpatient claims
/// (<c>CLM-IOP-PHP-OVERLAP</c>, <c>CLM-IOP-7DAY</c>).
/// </summary>
/// <remarks>
/// <para>Every member takes the rule set (for example <see cref="BillingRuleSet.Medicare2024"/>, or the
/// version <see cref="BillingRuleSet.Medicare"/> has in force on the date of service); none reads a default.
/// Only attended sessions that qualify count as services; each session is one service and counts on its
/// start date. Under a rule set that counts in-person services only (Medicare), an attended telehealth session
/// adds nothing (<c>MCR-IN-PERSON-ONLY</c>); a session furnished by a physician, PA, NP, CNS or clinical psychologist
/// is paid outside the per diem and is not a per-diem service, though its hours count toward the H0015 day
/// (<c>MCR-SEPARATE-PRO</c>). A programme day is a date with an attended or missed session (the person's schedule).
/// The rule set's <see cref="BillingRuleSet.Setting"/> adds the setting's rules (<see cref="ProviderSettings"/>).</para>
/// <para>Findings about a service day carry <see cref="FindingSubject.Day"/> of that date, and claim edits
/// the line date they concern, so an EHR attaches each to its claim line. Sessions that do not qualify
/// are left out of the services without a finding here: <c>MCR-NONQUALIFYING</c> is reported once, by
/// <see cref="SessionIntensity.Evaluate"/> (<c>docs/decisions/0023-mcr-nonqualifying-is-reported-by-the-weekly-evaluation.md</c>).</para>
/// </remarks>
public static class BillingDays
{
    /// <summary>Returns the per-diem tier of a day with the given number of attended qualifying services.</summary>
    /// <param name="services">The number of attended qualifying services on the day.</param>
    /// <param name="ruleSet">The billing rules whose tier counts apply.</param>
    /// <returns><see cref="PerDiemTier.None"/> below <see cref="BillingRuleSet.PerDiemMinimumServices"/> (Medicare: 3),
    /// <see cref="PerDiemTier.FourOrMoreServices"/> from <see cref="BillingRuleSet.UpperTierMinimumServices"/> (Medicare: 4),
    /// <see cref="PerDiemTier.ThreeServices"/> between.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="services"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static PerDiemTier TierFor(int services, BillingRuleSet ruleSet)
    {
        Guard.Against.BelowMinimum(services, 0);
        Guard.Against.Null(ruleSet);
        return Tier(services, ruleSet);
    }

    /// <summary>Classifies one day from its sessions. Allocates nothing.</summary>
    /// <param name="date">The date of service.</param>
    /// <param name="sessions">The day's sessions, all starting on <paramref name="date"/>, in any order and of any attendance.</param>
    /// <param name="ruleSet">The billing rules whose tier counts and H0015 day hours apply.</param>
    /// <returns>The day's services, qualifying hours, per-diem tier and whether it reaches the H0015 day's hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session on another date, or the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static BillingDay Classify(LocalDate date, ReadOnlySpan<Session> sessions, BillingRuleSet ruleSet)
    {
        Guard.Against.UnsupportedDate(date);
        Guard.Against.Null(ruleSet);
        var inPersonOnly = ruleSet.Telehealth == TelehealthPosition.InPersonOnly;
        var day = default(DayTally);
        foreach (ref readonly var session in sessions)
        {
            SessionIntensity.CheckValid(session, nameof(sessions));
            if (session.Date != date)
            {
                throw new ArgumentException("Every session must start on the date classified.", nameof(sessions));
            }

            Count(session, inPersonOnly, ref day);
        }

        return new BillingDay(date, day.Services, Duration.FromNanoseconds(day.Nanos), Tier(day.Services, ruleSet), day.Nanos >= ruleSet.H0015MinimumDayHours.ToInt64Nanoseconds(), day.Professional, null);
    }

    /// <summary>
    /// Classifies every service day of a range and counts days by per-diem tier and H0015 eligibility.
    /// </summary>
    /// <param name="sessions">The sessions; every one must start within <paramref name="range"/>. Any order.</param>
    /// <param name="range">The dates classified, both ends included. Cover whole weeks: in a partial first or last
    /// week only the programme days inside the range count toward H0015's 3 days.</param>
    /// <param name="ruleSet">The billing rules whose tier counts and H0015 day rule apply.</param>
    /// <param name="firstDayOfWeek">The day weeks start on, for H0015's days per week. The default value is <see cref="IsoDayOfWeek.Monday"/>.</param>
    /// <returns>The service days (each with its <see cref="BillingDay.BillableAsH0015"/> answer), the counts and the findings: one per service day in
    /// no tier (<c>CLM-PERDIEM-TIER</c>), one per service day that cannot be billed as H0015 (<c>CLM-H0015-INTENSITY</c>), one per day with
    /// uncounted telehealth (<c>MCR-IN-PERSON-ONLY</c>) or professional sessions (<c>MCR-SEPARATE-PRO</c>), each with the day as its subject;
    /// for the setting, <c>CLM-RHC-FQHC-PRIMARY</c> (the range) and <c>CLM-OTP-G0137</c> (a week); and <c>RULESET-NOT-REVERIFIED</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/>, <paramref name="range"/> or <paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session that starts outside <paramref name="range"/>, or the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfWeek"/> is not a day of the week.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public static BillingSummary Summarize(IEnumerable<Session> sessions, DateInterval range, BillingRuleSet ruleSet, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        Guard.Against.UnsupportedDates(range);
        Guard.Against.Null(sessions);
        Guard.Against.Null(ruleSet);
        SessionIntensity.ValidDay(firstDayOfWeek);

        var dayNanos = ruleSet.H0015MinimumDayHours.ToInt64Nanoseconds();
        var inPersonOnly = ruleSet.Telehealth == TelehealthPosition.InPersonOnly;
        var setting = ruleSet.Setting;
        var tiered = setting is not { } s || s.HasServiceTier();
        var tally = new DayTally[range.Length];
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
            Count(session, inPersonOnly, ref day);
        }

        var days = new List<BillingDay>();
        List<DateInterval>? addOnWeeks = null;
        List<Finding>? findings = null;
        int noTier = 0, three = 0, four = 0, h0015 = 0, costBased = 0;
        var anyPrimary = false;
        var offset = Period.DaysBetween(range.Start.With(DateAdjusters.PreviousOrSame(firstDayOfWeek)), range.Start);
        for (var weekFirst = -offset; weekFirst < tally.Length; weekFirst += 7)
        {
            var from = Math.Max(weekFirst, 0);
            var to = Math.Min(weekFirst + 6, tally.Length - 1);
            var programmeDays = 0;
            var weekServices = 0;
            var weekNanos = 0L;
            for (var i = from; i <= to; i++)
            {
                programmeDays += tally[i].Scheduled ? 1 : 0;
                weekServices += tally[i].Services;
                weekNanos += tally[i].PerDiemNanos;
                anyPrimary |= tally[i].Primary;
            }

            if (setting is { } otp && otp.HasWeeklyAddOn() && weekServices > 0)
            {
                var week = new DateInterval(range.Start.PlusDays(weekFirst), range.Start.PlusDays(weekFirst + 6));
                if (AddOnShortfall(weekServices, weekNanos, ruleSet) is { } shortfall)
                {
                    (findings ??= []).Add(IntensityRules.WeeklyAddOn.ToFinding(Severity.Information, shortfall, FindingSubject.Week(week)));
                }
                else
                {
                    (addOnWeeks ??= []).Add(week);
                }
            }

            for (var i = from; i <= to; i++)
            {
                ref readonly var day = ref tally[i];
                if (!day.Attended)
                {
                    continue;
                }

                var date = range.Start.PlusDays(i);
                var tier = tiered ? Tier(day.Services, ruleSet) : PerDiemTier.CostBased;
                var meetsHours = day.Nanos >= dayNanos;
                var billable = meetsHours && programmeDays >= ruleSet.H0015MinimumDaysPerWeek;
                days.Add(new BillingDay(date, day.Services, Duration.FromNanoseconds(day.Nanos), tier, meetsHours, day.Professional, billable));
                FindingSubject? subject = null;
                if (day.Telehealth > 0)
                {
                    (findings ??= []).Add(IntensityRules.InPersonOnly.ToFinding(
                        Severity.Warning,
                        string.Create(CultureInfo.InvariantCulture, $"The service day has {HoursText.Count(day.Telehealth, "attended session", "attended sessions")} delivered by telehealth, not counted as per-diem services or hours: the rule set counts in-person services only."),
                        subject ??= FindingSubject.Day(date)));
                }

                if (day.Professional > 0)
                {
                    (findings ??= []).Add(IntensityRules.SeparateProfessionalServices.ToFinding(
                        Severity.Information,
                        string.Create(CultureInfo.InvariantCulture, $"The service day has {HoursText.Count(day.Professional, "session", "sessions")} furnished by a physician, PA, NP, CNS or clinical psychologist: paid outside the per diem, not per-diem services."),
                        subject ??= FindingSubject.Day(date)));
                }

                switch (tier)
                {
                    case PerDiemTier.CostBased: costBased++; break;
                    case PerDiemTier.FourOrMoreServices: four++; break;
                    case PerDiemTier.ThreeServices: three++; break;
                    default:
                        noTier++;
                        (findings ??= []).Add(IntensityRules.PerDiemTier.ToFinding(
                            Severity.Warning,
                            string.Create(CultureInfo.InvariantCulture, $"The service day has {HoursText.Count(day.Services, "qualifying service", "qualifying services")}, fewer than {ruleSet.PerDiemMinimumServices}: no per-diem tier."),
                            subject ??= FindingSubject.Day(date)));
                        break;
                }

                if (!meetsHours)
                {
                    (findings ??= []).Add(IntensityRules.H0015Intensity.ToFinding(
                        Severity.Warning,
                        string.Create(CultureInfo.InvariantCulture, $"The service day has {HoursText.Format(Duration.FromNanoseconds(day.Nanos))} of qualifying service, less than {HoursText.Format(ruleSet.H0015MinimumDayHours)}: it cannot be billed as H0015."),
                        subject ??= FindingSubject.Day(date)));
                }
                else if (programmeDays < ruleSet.H0015MinimumDaysPerWeek)
                {
                    (findings ??= []).Add(IntensityRules.H0015Intensity.ToFinding(
                        Severity.Warning,
                        string.Create(CultureInfo.InvariantCulture, $"The service day falls in a week with {HoursText.Count(programmeDays, "programme day", "programme days")}, fewer than {ruleSet.H0015MinimumDaysPerWeek}: it cannot be billed as H0015."),
                        subject ??= FindingSubject.Day(date)));
                }
                else
                {
                    h0015++;
                }
            }
        }

        if (setting is { } clinic && clinic.RequiresPrimaryService() && days.Count > 0 && !anyPrimary)
        {
            (findings ??= []).Add(IntensityRules.PrimaryService.ToFinding(
                Severity.Error,
                "The claim has no primary (List A) intensive outpatient service; an RHC or FQHC claim needs at least one.",
                FindingSubject.Dates(range)));
        }

        if (SessionIntensity.NotReverified(ruleSet.VerifiedThrough, range) is { } unverified)
        {
            (findings ??= []).Add(unverified);
        }

        return new BillingSummary(range, days.AsReadOnly(), noTier, three, four, h0015, SessionIntensity.Seal(findings), costBased, addOnWeeks is null ? [] : addOnWeeks.AsReadOnly());
    }

    /// <summary>
    /// Applies the Medicare contractor edits for intensive-outpatient claims (CMS MLN MM13222 / MM13496): an
    /// IOP date that is also a PHP date (<c>CLM-IOP-PHP-OVERLAP</c>), and an IOP date within the
    /// <see cref="BillingRuleSet.ClaimLookbackDays"/> days before the start of another claim period
    /// (<c>CLM-IOP-7DAY</c>), for the same person and provider.
    /// </summary>
    /// <param name="intensiveOutpatientDates">The IOP claim's line dates, in any order; duplicates are ignored.</param>
    /// <param name="partialHospitalizationDates">The person's PHP (condition code 41) dates.</param>
    /// <param name="otherClaimStarts">The from-dates of the person's other claim periods with the same provider.</param>
    /// <param name="ruleSet">The billing rules whose claim look-back applies.</param>
    /// <returns>The dates each edit applies to, and one finding per edit and line date, with the line date as its subject.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside <see cref="Rules.SupportedDates"/> (claims data's 9999-12-31 for
    /// "no end date" included: an open end is <see langword="null"/>), named by its parameter.</exception>
    public static ClaimOverlapCheck CheckClaims(
        IEnumerable<LocalDate> intensiveOutpatientDates, IEnumerable<LocalDate> partialHospitalizationDates, IEnumerable<LocalDate> otherClaimStarts, BillingRuleSet ruleSet)
    {
        Guard.Against.Null(intensiveOutpatientDates);
        Guard.Against.Null(partialHospitalizationDates);
        Guard.Against.Null(otherClaimStarts);
        Guard.Against.Null(ruleSet);

        var iop = new SortedSet<LocalDate>(Guard.Against.UnsupportedDates(intensiveOutpatientDates));
        var php = new HashSet<LocalDate>(Guard.Against.UnsupportedDates(partialHospitalizationDates));
        var starts = new SortedSet<LocalDate>(Guard.Against.UnsupportedDates(otherClaimStarts));
        var lookback = ruleSet.ClaimLookbackDays;
        var overlapping = new List<LocalDate>();
        var before = new List<LocalDate>();
        List<Finding>? findings = null;
        foreach (var date in iop)
        {
            FindingSubject? subject = null;
            if (php.Contains(date))
            {
                overlapping.Add(date);
                (findings ??= []).Add(IntensityRules.IopPhpOverlap.ToFinding(
                    Severity.Error,
                    "The intensive outpatient date is also a partial hospitalization date; the claim would be returned.",
                    subject ??= FindingSubject.Day(date)));
            }

            // Another claim starts on one of the next `lookback` days: date ∈ [start − lookback, start − 1].
            if (starts.GetViewBetween(date.PlusDays(1), date.PlusDays(lookback)).Count > 0)
            {
                before.Add(date);
                (findings ??= []).Add(IntensityRules.IopSevenDay.ToFinding(
                    Severity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"The intensive outpatient date falls within {HoursText.Count(lookback, "day", "days")} before the start of another claim period; the claim would be returned."),
                    subject ??= FindingSubject.Day(date)));
            }
        }

        return new ClaimOverlapCheck(overlapping.AsReadOnly(), before.AsReadOnly(), SessionIntensity.Seal(findings));
    }

    private static PerDiemTier Tier(int services, BillingRuleSet ruleSet) =>
        services >= ruleSet.UpperTierMinimumServices ? PerDiemTier.FourOrMoreServices
        : services >= ruleSet.PerDiemMinimumServices ? PerDiemTier.ThreeServices
        : PerDiemTier.None;

    /// <summary>Counts one attended session: telehealth under an in-person-only rule set adds nothing; a professional service adds hours but is not a per-diem service.</summary>
    private static void Count(in Session session, bool inPersonOnly, ref DayTally day)
    {
        if (session.Attendance != Attendance.Attended || !session.Qualifies)
        {
            return;
        }

        if (inPersonOnly && session.Mode != DeliveryMode.InPerson)
        {
            day.Telehealth++;
            return;
        }

        var nanos = session.Duration.ToInt64Nanoseconds();
        day.Nanos += nanos;
        if (session.FurnishedBy != ServiceFurnisher.ProgrammeStaff)
        {
            day.Professional++;
            return;
        }

        day.Services++;
        day.PerDiemNanos += nanos;
        day.Primary |= session.IsPrimaryService;
    }

    private static string? AddOnShortfall(int services, long nanos, BillingRuleSet ruleSet)
    {
        if (ruleSet.WeeklyAddOnMinimumHours is { } hours && nanos < hours.ToInt64Nanoseconds())
        {
            return string.Create(CultureInfo.InvariantCulture, $"The week has {HoursText.Format(Duration.FromNanoseconds(nanos))} of per-diem services, below the {HoursText.Format(hours)} minimum of the weekly add-on G0137: no add-on this week.");
        }

        if (ruleSet.WeeklyAddOnMinimumServices is { } count && services < count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The week has {HoursText.Count(services, "per-diem service", "per-diem services")}, fewer than the {count} of the weekly add-on G0137: no add-on this week.");
        }

        return null;
    }

    private struct DayTally
    {
        public long Nanos;
        public long PerDiemNanos;
        public int Services;
        public int Professional;
        public int Telehealth;
        public bool Attended;
        public bool Scheduled;
        public bool Primary;
    }
}
