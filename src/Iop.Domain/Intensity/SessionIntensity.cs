using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// Evaluates sessions week by week against an <see cref="IntensityRuleSet"/>: the hours and service
/// days of each week, the findings of the weekly rules (<c>INT-…</c>) and the attendance summary.
/// </summary>
/// <remarks>
/// <para>One pass over the sessions fills a per-day tally; the weeks are folded from it. The result does
/// not depend on the order the sessions are given in, and no session is copied or sorted.</para>
/// <para>Rules applied, with the standard the rule set gives for the level and age group:
/// <c>INT-MISSING-WEEK</c> (a full week with no attended session: reported instead of that week's
/// minimums), <c>INT-IOP-MIN-HOURS</c> / <c>INT-PHP-MIN-HOURS</c> / <c>INT-MIN-HOURS</c> and
/// <c>INT-MIN-DAYS</c> (full weeks only), <c>INT-IOP-MAX-HOURS</c> / <c>INT-OP-MAX-HOURS</c> /
/// <c>INT-MAX-HOURS</c> (suggests the next level up), <c>INT-MAX-DAYS</c>, <c>INT-MIN-DAY-HOURS</c>,
/// <c>MCR-NONQUALIFYING</c> (once per week with attended non-qualifying sessions, with or without a
/// standard), <c>MCR-REMOTE-MH</c>, <c>MCR-IN-PERSON-ONLY</c> (attended telehealth sessions under a rule set that counts
/// in-person services only: they add nothing to qualifying hours) and <c>MCR-SEPARATE-PRO</c> (professional sessions when
/// the rule set does not count them toward hours), each once per week; and for the range <c>INT-NO-STANDARD</c> and
/// <c>RULESET-NOT-REVERIFIED</c> (dates after the rule set's <see cref="IntensityRuleSet.VerifiedThrough"/>; subject the dates after it).</para>
/// <para>Every finding about a week carries <see cref="FindingSubject.Week"/> of the whole calendar week
/// (<see cref="WeeklyIntensity.Week"/>, also for a partial week), so an EHR attaches it to the week without
/// reading the message; <c>INT-NO-STANDARD</c> concerns the whole input and has no subject.</para>
/// <para>This evaluation owns <c>MCR-NONQUALIFYING</c>: <see cref="BillingDays.Summarize"/> leaves
/// non-qualifying sessions out of its services but does not report them again
/// (<c>docs/decisions/0023-mcr-nonqualifying-is-reported-by-the-weekly-evaluation.md</c>).</para>
/// </remarks>
public static class SessionIntensity
{
    private const int StackDays = 192;

    /// <summary>
    /// Evaluates an episode at one level over a date range: each week's scheduled, attended and
    /// qualifying hours, service days and findings, the totals and the attendance summary.
    /// </summary>
    /// <param name="sessions">The sessions; every one must start within <paramref name="range"/>. Any order.</param>
    /// <param name="level">The level of care the episode is at.</param>
    /// <param name="ageGroup">The person's age group (selects the standard where the rule set distinguishes ages).</param>
    /// <param name="range">The dates evaluated, both ends included.</param>
    /// <param name="ruleSet">The rule set whose standard applies.</param>
    /// <param name="firstDayOfWeek">The day weeks start on. The default value is <see cref="IsoDayOfWeek.Monday"/> (ISO weeks).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/>, <paramref name="range"/> or <paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session that starts outside <paramref name="range"/>, or the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/>, <paramref name="ageGroup"/> or <paramref name="firstDayOfWeek"/> is not a defined value (<see cref="IsoDayOfWeek.None"/> included).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public static IntensityEvaluation Evaluate(
        IEnumerable<Session> sessions, LevelOfCare level, AgeGroup ageGroup, DateInterval range, IntensityRuleSet ruleSet, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        Guard.Against.UnsupportedDates(range);
        Guard.Against.Null(sessions);
        Guard.Against.Null(ruleSet);
        Guard.Against.UndefinedMember(level);
        Guard.Against.UndefinedMember(ageGroup);
        ValidDay(firstDayOfWeek);
        ruleSet.TryGetStandard(level, ageGroup, out var standard);

        var dayCount = range.Length;
        Span<DayTally> days = dayCount <= StackDays ? stackalloc DayTally[dayCount] : new DayTally[dayCount];
        var counting = new Counting(ruleSet);
        var counts = Tally(sessions, range, days, counting);

        var firstWeekStart = range.Start.With(DateAdjusters.PreviousOrSame(firstDayOfWeek));
        var weekCount = (Period.DaysBetween(firstWeekStart, range.End) / 7) + 1;
        var weeks = new WeeklyIntensity[weekCount];
        List<Finding>? all = null;
        long scheduled = 0, attended = 0, qualifying = 0;
        for (var w = 0; w < weekCount; w++)
        {
            var weekStart = firstWeekStart.PlusDays(7 * w);
            var weekEnd = weekStart.PlusDays(6);
            var from = weekStart < range.Start ? range.Start : weekStart;
            var to = weekEnd > range.End ? range.End : weekEnd;
            var week = Fold(days, Period.DaysBetween(range.Start, from), Period.DaysBetween(range.Start, to), standard);
            scheduled += week.Scheduled;
            attended += week.Attended;
            qualifying += week.Qualifying;

            var isPartial = Period.DaysBetween(from, to) < 6;
            var interval = new DateInterval(weekStart, weekEnd);
            var weekFindings = WeekFindings(w + 1, interval, isPartial, week, level, standard, out var exceeded);
            var findings = Seal(weekFindings);
            if (weekFindings is not null)
            {
                (all ??= []).AddRange(weekFindings);
            }

            weeks[w] = new WeeklyIntensity(
                w + 1,
                interval,
                new DateInterval(from, to),
                week.Sessions,
                Duration.FromNanoseconds(week.Scheduled),
                Duration.FromNanoseconds(week.Attended),
                Duration.FromNanoseconds(week.Qualifying),
                week.ServiceDays,
                exceeded ? level.StepUp() : null,
                findings);
        }

        if (standard is null)
        {
            (all ??= []).Add(IntensityRules.NoStandard.ToFinding(
                Severity.Information,
                $"The rule set has no standard for {level.DisplayName()} and this age group; no weekly threshold was applied."));
        }

        if (NotReverified(ruleSet.VerifiedThrough, range) is { } unverified)
        {
            (all ??= []).Add(unverified);
        }

        return new IntensityEvaluation(
            level,
            ageGroup,
            range,
            firstDayOfWeek,
            standard,
            Array.AsReadOnly(weeks),
            Attendance(days, counts),
            Duration.FromNanoseconds(scheduled),
            Duration.FromNanoseconds(attended),
            Duration.FromNanoseconds(qualifying),
            Seal(all));
    }

    /// <summary>Summarises attendance over a range: attended, missed and cancelled counts, the ratio and the longest gap between attended sessions.</summary>
    /// <param name="sessions">The sessions; every one must start within <paramref name="range"/>. Any order.</param>
    /// <param name="range">The dates summarised, both ends included.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds a session that starts outside <paramref name="range"/>, or the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public static AttendanceSummary SummarizeAttendance(IEnumerable<Session> sessions, DateInterval range)
    {
        Guard.Against.UnsupportedDates(range);
        Guard.Against.Null(sessions);
        var dayCount = range.Length;
        Span<DayTally> days = dayCount <= StackDays ? stackalloc DayTally[dayCount] : new DayTally[dayCount];
        var counts = Tally(sessions, range, days, default);
        return Attendance(days, counts);
    }

    internal static IsoDayOfWeek ValidDay(IsoDayOfWeek day, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(day))] string? paramName = null) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? day
            : throw new ArgumentOutOfRangeException(paramName, "Value must be a day of the week, Monday to Sunday.");

    internal static void CheckValid(in Session session, string paramName)
    {
        if (!session.IsValid)
        {
            throw new ArgumentException("The sessions must not include the default (invalid) session.", paramName);
        }
    }

    internal static void CheckSession(in Session session, DateInterval range, string paramName)
    {
        CheckValid(session, paramName);
        if (!range.Contains(session.Date))
        {
            throw new ArgumentException("Every session must start within the range.", paramName);
        }
    }

    internal static IReadOnlyList<Finding> Seal(List<Finding>? findings)
    {
        if (findings is null || findings.Count == 0)
        {
            return [];
        }

        // Sorted in place and wrapped, not copied: the list is the caller's own and is not changed afterwards.
        findings.Sort(FindingOrder.Instance);
        return findings.AsReadOnly();
    }


    /// <summary>
    /// The <c>RULESET-NOT-REVERIFIED</c> finding when <paramref name="range"/> runs past the date a rule set was verified through,
    /// with the dates after it as its subject; otherwise <see langword="null"/>.
    /// </summary>
    internal static Finding? NotReverified(LocalDate? verifiedThrough, DateInterval range)
    {
        if (verifiedThrough is not { } last || range.End <= last)
        {
            return null;
        }

        var from = range.Start > last ? range.Start : last.PlusDays(1);
        return IntensityRules.NotReverified.ToFinding(
            Severity.Information,
            string.Create(CultureInfo.InvariantCulture, $"The rule set was verified through {last.Year}; dates after that were evaluated with its latest version, not re-verified for their year."),
            FindingSubject.Dates(new DateInterval(from, range.End)));
    }

    private static RangeCounts Tally(IEnumerable<Session> sessions, DateInterval range, Span<DayTally> days, Counting counting)
    {
        var counts = default(RangeCounts);
        if (sessions is Session[] array)
        {
            foreach (ref readonly var session in array.AsSpan())
            {
                Add(session, range, days, counting, ref counts);
            }
        }
        else
        {
            foreach (var session in sessions)
            {
                Add(session, range, days, counting, ref counts);
            }
        }

        return counts;
    }

    private static void Add(in Session session, DateInterval range, Span<DayTally> days, Counting counting, ref RangeCounts counts)
    {
        CheckSession(session, range, "sessions");
        ref var day = ref days[Period.DaysBetween(range.Start, session.Date)];
        var nanos = session.Duration.ToInt64Nanoseconds();
        day.Sessions++;
        switch (session.Attendance)
        {
            case Intensity.Attendance.Attended:
                day.Scheduled += nanos;
                day.Attended += nanos;
                day.AttendedSessions++;
                counts.Attended++;
                if (!session.Qualifies)
                {
                    if (session.Kind == ServiceKind.RemoteMentalHealthService)
                    {
                        day.RemoteMentalHealth++;
                    }
                    else
                    {
                        day.NonQualifying++;
                    }
                }
                else if (counting.InPersonOnly && session.Mode != DeliveryMode.InPerson)
                {
                    day.Telehealth++;
                }
                else if (counting.ExcludesProfessional && session.FurnishedBy != ServiceFurnisher.ProgrammeStaff)
                {
                    day.Professional++;
                }
                else
                {
                    day.Qualifying += nanos;
                }

                break;
            case Intensity.Attendance.Missed:
                day.Scheduled += nanos;
                counts.Missed++;
                break;
            default:
                counts.Cancelled++;
                break;
        }
    }

    private static AttendanceSummary Attendance(ReadOnlySpan<DayTally> days, RangeCounts counts)
    {
        int? gap = null;
        if (counts.Attended >= 2)
        {
            var longest = 0;
            var last = -1;
            for (var i = 0; i < days.Length; i++)
            {
                if (days[i].AttendedSessions > 0)
                {
                    if (last >= 0 && i - last > longest)
                    {
                        longest = i - last;
                    }

                    last = i;
                }
            }

            gap = longest;
        }

        return new AttendanceSummary(counts.Attended, counts.Missed, counts.Cancelled, gap);
    }

    private static WeekTally Fold(ReadOnlySpan<DayTally> days, int first, int last, IntensityStandard? standard)
    {
        var minimumDay = standard?.MinimumHoursPerServiceDay is { } m ? m.ToInt64Nanoseconds() : 0L;
        var week = default(WeekTally);
        for (var i = first; i <= last; i++)
        {
            ref readonly var day = ref days[i];
            week.Sessions += day.Sessions;
            week.Scheduled += day.Scheduled;
            week.Attended += day.Attended;
            week.Qualifying += day.Qualifying;
            week.AttendedSessions += day.AttendedSessions;
            week.NonQualifying += day.NonQualifying;
            week.RemoteMentalHealth += day.RemoteMentalHealth;
            week.Telehealth += day.Telehealth;
            week.Professional += day.Professional;
            if (day.Qualifying > 0)
            {
                if (day.Qualifying >= minimumDay)
                {
                    week.ServiceDays++;
                }
                else
                {
                    week.ShortDays++;
                }
            }
        }

        return week;
    }

    private static List<Finding>? WeekFindings(int number, DateInterval interval, bool isPartial, in WeekTally week, LevelOfCare level, IntensityStandard? standard, out bool exceeded)
    {
        List<Finding>? findings = null;
        FindingSubject? subject = null;
        exceeded = false;
        if (week.NonQualifying > 0)
        {
            (findings ??= []).Add(IntensityRules.NonQualifying.ToFinding(
                Severity.Information,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.NonQualifying, "attended session does", "attended sessions do")} not qualify (primarily social, recreational or diversionary) and {(week.NonQualifying == 1 ? "is" : "are")} not counted."),
                subject ??= FindingSubject.Week(interval)));
        }

        if (week.RemoteMentalHealth > 0)
        {
            (findings ??= []).Add(IntensityRules.RemoteMentalHealth.ToFinding(
                Severity.Information,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.RemoteMentalHealth, "attended remote mental-health service is", "attended remote mental-health services are")} not a PHP or IOP service and {(week.RemoteMentalHealth == 1 ? "is" : "are")} not counted."),
                subject ??= FindingSubject.Week(interval)));
        }

        if (week.Telehealth > 0)
        {
            (findings ??= []).Add(IntensityRules.InPersonOnly.ToFinding(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.Telehealth, "attended session was", "attended sessions were")} delivered by telehealth and {(week.Telehealth == 1 ? "adds" : "add")} nothing to the qualifying hours: the rule set counts in-person services only."),
                subject ??= FindingSubject.Week(interval)));
        }

        if (week.Professional > 0)
        {
            (findings ??= []).Add(IntensityRules.SeparateProfessionalServices.ToFinding(
                Severity.Information,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.Professional, "attended session was", "attended sessions were")} furnished by a physician, PA, NP, CNS or clinical psychologist, paid outside the per diem; the rule set does not count them toward programme hours."),
                subject ??= FindingSubject.Week(interval)));
        }

        if (standard is null)
        {
            return findings;
        }

        var source = standard.Source;
        var qualifying = Duration.FromNanoseconds(week.Qualifying);
        if (!isPartial)
        {
            if (week.AttendedSessions == 0)
            {
                (findings ??= []).Add(IntensityRules.MissingWeek.ToFindingCiting(
                    Severity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"Week {number}: no attended session."),
                    source,
                    subject ??= FindingSubject.Week(interval)));
            }
            else
            {
                if (standard.MinimumWeeklyHours is { } minimum && qualifying < minimum)
                {
                    (findings ??= []).Add(IntensityRules.MinimumHoursFor(level).ToFindingCiting(
                        Severity.Error,
                        string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Format(qualifying)} of qualifying service, below the minimum of {HoursText.Format(minimum)} for {level.DisplayName()}."),
                        source,
                        subject ??= FindingSubject.Week(interval)));
                }

                if (standard.MinimumDaysPerWeek is { } minimumDays && week.ServiceDays < minimumDays)
                {
                    (findings ??= []).Add(IntensityRules.MinimumDays.ToFindingCiting(
                        Severity.Error,
                        string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.ServiceDays, "service day", "service days")}, below the minimum of {minimumDays}."),
                        source,
                        subject ??= FindingSubject.Week(interval)));
                }
            }
        }

        if (standard.MaximumWeeklyHours is { } ceiling && ceiling.IsExceededBy(qualifying))
        {
            exceeded = true;
            var next = level.StepUp();
            (findings ??= []).Add(IntensityRules.MaximumHoursFor(level).ToFindingCiting(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Format(qualifying)} of qualifying service, above the ceiling ({ceiling}) for {level.DisplayName()}{(next is { } up ? $"; consider {up.DisplayName()}" : string.Empty)}."),
                source,
                subject ??= FindingSubject.Week(interval)));
        }

        if (standard.MaximumDaysPerWeek is { } maximumDays && week.ServiceDays > maximumDays)
        {
            (findings ??= []).Add(IntensityRules.MaximumDays.ToFindingCiting(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.ServiceDays, "service day", "service days")}, above the maximum of {maximumDays}."),
                source,
                subject ??= FindingSubject.Week(interval)));
        }

        if (week.ShortDays > 0 && standard.MinimumHoursPerServiceDay is { } perDay)
        {
            (findings ??= []).Add(IntensityRules.MinimumDayHours.ToFindingCiting(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Week {number}: {HoursText.Count(week.ShortDays, "day", "days")} with qualifying service below {HoursText.Format(perDay)}, not counted as service days."),
                source,
                subject ??= FindingSubject.Week(interval)));
        }

        return findings;
    }

    private struct DayTally
    {
        public long Scheduled;
        public long Attended;
        public long Qualifying;
        public int Sessions;
        public int AttendedSessions;
        public int NonQualifying;
        public int RemoteMentalHealth;
        public int Telehealth;
        public int Professional;
    }

    private struct WeekTally
    {
        public long Scheduled;
        public long Attended;
        public long Qualifying;
        public int Sessions;
        public int AttendedSessions;
        public int ServiceDays;
        public int ShortDays;
        public int NonQualifying;
        public int RemoteMentalHealth;
        public int Telehealth;
        public int Professional;
    }

    /// <summary>What the rule set says about counting attended qualifying sessions: telehealth and professional services.
    /// The <see langword="default"/> counts every attended qualifying session (attendance summaries need no rule set).</summary>
    private readonly struct Counting
    {
        public Counting(IntensityRuleSet ruleSet)
        {
            InPersonOnly = ruleSet.Telehealth == TelehealthPosition.InPersonOnly;
            ExcludesProfessional = !ruleSet.ProfessionalServicesCountTowardHours;
        }

        public bool InPersonOnly { get; }

        public bool ExcludesProfessional { get; }
    }

    private struct RangeCounts
    {
        public int Attended;
        public int Missed;
        public int Cancelled;
    }
}
