using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>Laws of the weekly evaluation and the billing-day classification, as FsCheck properties.</summary>
public sealed class IntensityPropertyTests
{
    // A 31-day range starting on a Wednesday, so the first and last weeks are partial.
    private static readonly DateInterval Range = new(new LocalDate(2024, 3, 6), new LocalDate(2024, 4, 5));

    private static readonly Gen<Session> SessionGen =
        from day in Gen.Choose(0, Range.Length - 1)
        from hour in Gen.Choose(0, 23)
        from minutes in Gen.Choose(1, 300)
        from kind in Gen.Elements(Enum.GetValues<ServiceKind>())
        from attendance in Gen.Elements(Enum.GetValues<Attendance>())
        select new Session(Range.Start.PlusDays(day), new LocalTime(hour, 0), Duration.FromMinutes(minutes), kind, DeliveryMode.InPerson, attendance);

    private static readonly Arbitrary<(Session[] Sessions, Session[] Shuffled)> Shuffles =
        (from sessions in SessionGen.ArrayOf()
         from shuffled in Gen.Shuffle(sessions)
         select (sessions, shuffled)).ToArbitrary();

    private static readonly Arbitrary<(Session[] Sessions, Session Added)> Additions =
        (from sessions in SessionGen.ArrayOf()
         from added in SessionGen
         select (sessions, new Session(added.Date, added.Start, added.Duration, ServiceKind.GroupTherapy, added.Mode, Attendance.Attended))).ToArbitrary();

    private static readonly IntensityRuleSet[] RuleSets = [.. IntensityRuleSet.BuiltIn];

    // Sessions of every mode and furnisher, for the laws of MCR-IN-PERSON-ONLY and MCR-SEPARATE-PRO.
    private static readonly Arbitrary<Session[]> Mixed =
        (from session in SessionGen
         from mode in Gen.Elements(Enum.GetValues<DeliveryMode>())
         from furnisher in Gen.Elements(Enum.GetValues<ServiceFurnisher>())
         select session with { Mode = mode, FurnishedBy = furnisher }).ArrayOf().ToArbitrary();

    private static readonly BillingRuleSet Billing = BillingRuleSet.Medicare2024;

    private static IntensityEvaluation Evaluate(IEnumerable<Session> sessions, IntensityRuleSet ruleSet) =>
        SessionIntensity.Evaluate(sessions, LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, Range, ruleSet);

    [Property]
    public Property Evaluate_DoesNotDependOnSessionOrder() => Prop.ForAll(Shuffles, p =>
        RuleSets.All(set => Evaluate(p.Sessions, set) == Evaluate(p.Shuffled, set))
        && BillingDays.Summarize(p.Sessions, Range, Billing) == BillingDays.Summarize(p.Shuffled, Range, Billing));

    [Property]
    public Property Evaluate_WeeklyHours_SumToTheRangeTotals() => Prop.ForAll(Shuffles, p =>
    {
        var evaluation = Evaluate(p.Sessions, IntensityRuleSet.Medicare2024);
        var scheduled = Duration.Zero;
        var attended = Duration.Zero;
        var qualifying = Duration.Zero;
        foreach (var week in evaluation.Weeks)
        {
            scheduled += week.ScheduledHours;
            attended += week.AttendedHours;
            qualifying += week.QualifyingHours;
        }

        var expected = p.Sessions.Where(s => s.IsAttendedQualifying).Aggregate(Duration.Zero, (sum, s) => sum + s.Duration);
        return scheduled == evaluation.ScheduledHours && attended == evaluation.AttendedHours && qualifying == evaluation.QualifyingHours
            && qualifying == expected
            && evaluation.Weeks.Sum(w => w.Sessions) == p.Sessions.Length
            && evaluation.Weeks.Sum(w => w.DaysInRange.Length) == Range.Length;
    });

    [Property]
    public Property AddingAnAttendedQualifyingSession_NeverLowersAWeeksHoursOrADaysTier() => Prop.ForAll(Additions, p =>
    {
        var before = Evaluate(p.Sessions, IntensityRuleSet.Medicare2024);
        var after = Evaluate([.. p.Sessions, p.Added], IntensityRuleSet.Medicare2024);
        var weeksOk = before.Weeks.Zip(after.Weeks).All(w =>
            w.Second.QualifyingHours >= w.First.QualifyingHours && w.Second.ServiceDays >= w.First.ServiceDays);

        var tiersBefore = BillingDays.Summarize(p.Sessions, Range, Billing).Days.ToDictionary(d => d.Date, d => d.Tier);
        var tiersAfter = BillingDays.Summarize([.. p.Sessions, p.Added], Range, Billing).Days.ToDictionary(d => d.Date, d => d.Tier);
        var tiersOk = tiersBefore.All(t => tiersAfter[t.Key] >= t.Value) && tiersAfter.ContainsKey(p.Added.Date);
        return weeksOk && tiersOk && after.QualifyingHours == before.QualifyingHours + p.Added.Duration;
    });

    [Property]
    public Property Summarize_TierCountsPartitionTheServiceDays() => Prop.ForAll(Shuffles, p =>
    {
        var summary = BillingDays.Summarize(p.Sessions, Range, Billing);
        return summary.NoTierDays + summary.ThreeServiceDays + summary.FourOrMoreServiceDays == summary.Days.Count
            && summary.H0015Days <= summary.Days.Count(d => d.MeetsH0015DayHours)
            && summary.Days.Select(d => d.Date).SequenceEqual(p.Sessions.Where(s => s.Attendance == Attendance.Attended).Select(s => s.Date).Distinct().Order());
    });

    [Property]
    public Property McrNonqualifying_IsReportedOncePerWeekWithSuchSessions_AndNeverByBilling() => Prop.ForAll(Shuffles, p =>
    {
        var evaluation = Evaluate(p.Sessions, IntensityRuleSet.Medicare2024);
        var billing = BillingDays.Summarize(p.Sessions, Range, Billing);
        var id = IntensityRules.NonQualifying.Id;
        var expectedWeeks = evaluation.Weeks
            .Where(w => p.Sessions.Any(s => s.Attendance == Attendance.Attended && !s.Qualifies && s.Kind != ServiceKind.RemoteMentalHealthService && w.DaysInRange.Contains(s.Date)))
            .Select(w => FindingSubject.Week(w.Week));
        return evaluation.Findings.Concat(billing.Findings).Where(f => f.RuleId == id).Select(f => f.Subject).SequenceEqual(expectedWeeks)
            && billing.Findings.All(f => f.RuleId != id);
    });

    [Property]
    public Property Findings_AboutAWeek_CarryThatWeek_AndBillingFindings_CarryTheirDay() => Prop.ForAll(Shuffles, p =>
    {
        var evaluation = Evaluate(p.Sessions, IntensityRuleSet.HcpcsH0015);
        var billing = BillingDays.Summarize(p.Sessions, Range, Billing);
        var serviceDays = billing.Days.Select(d => FindingSubject.Day(d.Date)).ToHashSet();
        return evaluation.Weeks.All(w => w.Findings.All(f => f.Subject == FindingSubject.Week(w.Week)))
            && billing.Findings.All(f => f.Subject is not null && serviceDays.Contains(f.Subject));
    });

    [Property]
    public Property InPersonOnly_CountsExactlyTheAttendedQualifyingInPersonHours_AndNeverMoreThanCountingTelehealth() => Prop.ForAll(Mixed, sessions =>
    {
        var inPerson = Evaluate(sessions, IntensityRuleSet.Medicare2024);
        var counting = Evaluate(sessions, IntensityRuleSet.Medicare2024 with { Telehealth = TelehealthPosition.TelehealthCounts });
        var oracle = sessions.Where(x => x.IsAttendedQualifying && x.Mode == DeliveryMode.InPerson).Aggregate(Duration.Zero, (sum, x) => sum + x.Duration);
        var anyTelehealth = sessions.Any(x => x.IsAttendedQualifying && x.Mode != DeliveryMode.InPerson);
        return inPerson.QualifyingHours == oracle
            && inPerson.QualifyingHours <= counting.QualifyingHours
            && inPerson.Findings.Any(f => f.RuleId == IntensityRules.InPersonOnly.Id) == anyTelehealth
            && counting.Findings.All(f => f.RuleId != IntensityRules.InPersonOnly.Id);
    });

    [Property]
    public Property Summarize_PerDiemServices_AreInPersonProgrammeStaffServices_AndH0015IsAnsweredPerDay() => Prop.ForAll(Mixed, sessions =>
    {
        var summary = BillingDays.Summarize(sessions, Range, Billing);
        bool DayOk(BillingDay day)
        {
            var counted = sessions.Where(x => x.Date == day.Date && x.IsAttendedQualifying && x.Mode == DeliveryMode.InPerson).ToList();
            var weekStart = day.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            var programmeDays = sessions.Where(x => x.Attendance != Attendance.Cancelled && x.Date >= weekStart && x.Date <= weekStart.PlusDays(6)).Select(x => x.Date).Distinct().Count();
            return day.Services == counted.Count(x => x.FurnishedBy == ServiceFurnisher.ProgrammeStaff)
                && day.ProfessionalServices == counted.Count(x => x.FurnishedBy != ServiceFurnisher.ProgrammeStaff)
                && day.QualifyingHours == counted.Aggregate(Duration.Zero, (sum, x) => sum + x.Duration)
                && day.BillableAsH0015 == (day.MeetsH0015DayHours && programmeDays >= 3);
        }

        return summary.Days.All(DayOk) && summary.H0015Days == summary.Days.Count(d => d.BillableAsH0015 == true);
    });

    [Property]
    public Property Summarize_CriticalAccessHospital_IsCostBasedOnEveryDay() => Prop.ForAll(Mixed, sessions =>
    {
        var summary = BillingDays.Summarize(sessions, Range, Billing with { Setting = ProviderSetting.CriticalAccessHospital });
        return summary.CostBasedDays == summary.Days.Count
            && summary.Days.All(d => d.Tier == PerDiemTier.CostBased)
            && summary.Findings.All(f => f.RuleId != IntensityRules.PerDiemTier.Id);
    });
}
