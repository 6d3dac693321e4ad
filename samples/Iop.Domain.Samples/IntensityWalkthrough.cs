using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>Section: a fictional IOP month under Medicare 2024: weekly hours, a short week, billing-day tiers.</summary>
internal static class IntensityWalkthrough
{
    public static void Run(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("== 4. Session intensity: the IOP month after the step-down (Medicare 2024) ==");
        output.WriteLine();

        // Monday 31 March to Wednesday 23 April 2025, the IOP month after the step-down from PHP (the last week is partial). Mondays, Wednesdays and
        // Fridays: three 60-minute groups and a 50-minute individual session by video. In week 2 the
        // Wednesday individual session was cancelled; in week 3 the person left Monday after two groups
        // and missed Wednesday and Friday.
        var range = new DateInterval(new LocalDate(2025, 3, 31), new LocalDate(2025, 4, 23));
        var sessions = new List<Session>();
        foreach (var date in range)
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Monday or IsoDayOfWeek.Wednesday or IsoDayOfWeek.Friday))
            {
                continue;
            }

            var weekNumber = (Period.DaysBetween(range.Start, date) / 7) + 1;
            var attended = weekNumber == 3 && date.DayOfWeek != IsoDayOfWeek.Monday ? Attendance.Missed : Attendance.Attended;
            var leftEarly = weekNumber == 3 && date.DayOfWeek == IsoDayOfWeek.Monday;
            for (var group = 0; group < 3; group++)
            {
                var groupAttendance = leftEarly && group == 2 ? Attendance.Missed : attended;
                sessions.Add(new Session(date, new LocalTime(9 + group, 0), Duration.FromMinutes(60), ServiceKind.GroupTherapy, DeliveryMode.InPerson, groupAttendance));
            }

            var individual = weekNumber == 2 && date.DayOfWeek == IsoDayOfWeek.Wednesday ? Attendance.Cancelled : leftEarly ? Attendance.Missed : attended;
            sessions.Add(new Session(date, new LocalTime(12, 30), Duration.FromMinutes(50), ServiceKind.IndividualTherapy, DeliveryMode.TelehealthVideo, individual));
        }

        // A Friday-afternoon outing: attended, but primarily recreational, so it does not count (MCR-NONQUALIFYING).
        sessions.Add(new Session(new LocalDate(2025, 4, 4), new LocalTime(14, 0), Duration.FromHours(2), ServiceKind.SocialOrRecreationalActivity, DeliveryMode.InPerson, Attendance.Attended));

        // The rule sets in force on the first date of service, selected by date from their catalogues.
        var intensityRules = IntensityRuleSet.Medicare.InForceOn(range.Start);
        var billingRules = BillingRuleSet.Medicare.InForceOn(range.Start);
        var evaluation = SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, range, intensityRules);
        output.WriteLine($"Standard: {intensityRules}, IOP at least {Hours(evaluation.Standard!.MinimumWeeklyHours!.Value)} a week, {evaluation.Standard.MaximumWeeklyHours}.");
        output.WriteLine();
        output.WriteLine("Week  Scheduled  Attended  Qualifying  Service days  Status");
        foreach (var week in evaluation.Weeks)
        {
            var status = week.Findings.Count > 0 ? string.Join("; ", week.Findings.Select(f => f.RuleId.Value))
                : week.IsPartial ? $"partial week ({week.DaysInRange.Length} days): minimums not applied"
                : "meets the standard";
            output.WriteLine($"{week.Number,4}  {Hours(week.ScheduledHours),9}  {Hours(week.AttendedHours),8}  {Hours(week.QualifyingHours),10}  {week.ServiceDays,12}  {status}");
        }

        output.WriteLine();
        output.WriteLine("Findings:");
        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine($"  {finding}");
            output.WriteLine($"    source: {finding.Source.Publisher}, {finding.Source.Title}");
        }

        var attendance = evaluation.Attendance;
        output.WriteLine();
        output.WriteLine($"Attendance: {attendance.Attended} attended, {attendance.Missed} missed, {attendance.Cancelled} cancelled; ratio {attendance.AttendanceRatio}; longest gap {attendance.LongestGapDays} days.");

        var serviceDates = Sessions.ServiceDates(sessions);
        output.WriteLine($"Service dates: {serviceDates.Count}; attended sessions: {Sessions.CountAttended(sessions, range)}.");

        var billing = BillingDays.Summarize(sessions, range, billingRules);
        output.WriteLine();
        output.WriteLine($"Billing days ({billingRules}, CLM-PERDIEM-TIER):");
        foreach (var day in billing.Days)
        {
            output.WriteLine($"  {day.Date:ddd d MMM}: {day.Services} qualifying services, {Hours(day.QualifyingHours)} -> {Tier(day.Tier)}{(day.MeetsH0015DayHours ? ", reaches H0015's 3 h" : string.Empty)}");
        }

        output.WriteLine($"  {billing}");
        foreach (var finding in billing.Findings)
        {
            output.WriteLine($"  {finding}");
        }
    }

    private static string Tier(PerDiemTier tier) => tier switch
    {
        PerDiemTier.FourOrMoreServices => "4+-service tier",
        PerDiemTier.ThreeServices => "3-service tier",
        _ => "no tier",
    };

    private static string Hours(Duration duration) =>
        duration.Minutes == 0 ? $"{(int)duration.TotalHours} h" : $"{(int)duration.TotalHours} h {duration.Minutes:00}";
}
