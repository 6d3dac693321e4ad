using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>Section 2: placing one fictional adult, recording an override, and two transition reviews (PHP → IOP → OP).</summary>
internal static class PlacementWalkthrough
{
    public static void Run(TextWriter output)
    {
        output.WriteLine("== 2. Placement ==");
        output.WriteLine();

        // A fictional adult, assessed on 3 March 2025. Nothing here is real patient data.
        var assessedOn = new LocalDate(2025, 3, 3);
        var assessment = new Assessment(assessedOn, AgeGroup.Adult)
        {
            Needs24HourMedicalManagement = Determination.No,
            Needs24HourSupervision = Determination.No,
            SafeStableLivingEnvironment = Determination.Yes,
            WouldOtherwiseNeedInpatient = Determination.Yes,
            WeeklyTreatmentHoursNeeded = Duration.FromHours(20),
            CanParticipateAndTolerate = Determination.Yes,
            SeriousInterference = Determination.Yes,
            RelapsedAfterTreatment = Determination.No,
            CoOccurringConditions = Determination.Yes,
        };

        var policy = CriteriaPlacementPolicy.Default;
        var decision = policy.Decide(assessment);
        output.WriteLine($"Policy: {decision.PolicyName}, version {decision.PolicyVersion}, effective {decision.PolicyEffectiveFrom:yyyy-MM-dd}.");
        output.Write(decision.Explain());
        output.WriteLine();

        // The PHP programme has a waiting list: the clinician places the person in IOP meanwhile.
        var placement = new ClinicalPlacement(decision, LevelOfCare.IntensiveOutpatient, assessedOn.PlusDays(2), DiscrepancyReason.WaitingList);
        output.WriteLine($"Override: placed at {placement.PlacedLevel.Abbreviation()}, {decision.Recommended.StepsTo(placement.PlacedLevel)} level(s) from the recommendation, reason {placement.DiscrepancyReason}.");
        foreach (var finding in placement.Findings)
        {
            output.WriteLine($"  {finding}");
        }

        // A week later a PHP place opens; the payer authorizes PHP for 30 days. The history records both moves.
        var phpStart = assessedOn.PlusDays(9);
        var authorized = new ClinicalPlacement(decision, LevelOfCare.PartialHospitalization, phpStart)
            .WithAuthorization(new PayerAuthorization(LevelOfCare.PartialHospitalization, new DateInterval(phpStart, phpStart.PlusDays(29))));
        output.WriteLine($"Authorized: {authorized.Authorization!.Level.DisplayName()} for {authorized.Authorization.Period.Length} days; placed level {authorized.PlacedLevel.DisplayName()}; findings: {authorized.Findings.Count}.");
        var history = LevelOfCareHistory.Admit(placement.PlacedOn, placement.PlacedLevel)
            .Append(authorized.PlacedOn, authorized.PlacedLevel, LevelChangeReason.ClinicalJudgement);
        output.WriteLine();

        // Review 1, on day 17 of PHP: 12 hours a week now suffice.
        var review1On = phpStart.PlusDays(16);
        var better = assessment with { Date = review1On, WeeklyTreatmentHoursNeeded = Duration.FromHours(12), WouldOtherwiseNeedInpatient = Determination.No };
        var first = new TransitionReview(history.CurrentLevel, history.CurrentLevelSince, better)
        {
            Authorization = authorized.Authorization,
            Progress = new ProgressSignals { AttendanceRatio = AttendanceRatio.Of(9, 10), SymptomTrend = SymptomTrend.Improved },
        }.Decide(policy, TransitionRuleSet.Default, review1On);
        output.WriteLine("Transition review 1:");
        output.Write(first.Explain());
        output.WriteLine($"Next PHP recertification is due by {first.RecertificationDueOn:yyyy-MM-dd} (day {TransitionRuleSet.Default.Recertification.PhpFirstRecertificationDay}).");
        history = history.Append(review1On, first.NextLevel!.Value, LevelChangeReason.TransitionReview);
        output.WriteLine();

        // Review 2, six weeks into IOP: 3 hours a week now suffice.
        var review2On = review1On.PlusDays(42);
        var well = better with { Date = review2On, WeeklyTreatmentHoursNeeded = Duration.FromHours(3) };
        var second = new TransitionReview(history.CurrentLevel, history.CurrentLevelSince, well)
        {
            Progress = new ProgressSignals { AttendanceRatio = AttendanceRatio.Of(19, 20), SymptomTrend = SymptomTrend.Improved },
        }.Decide(policy, TransitionRuleSet.Default, review2On);
        output.WriteLine("Transition review 2:");
        output.Write(second.Explain());
        history = history.Append(review2On, second.NextLevel!.Value, LevelChangeReason.TransitionReview);
        output.WriteLine($"TEDS discharge reason of the step down: {(second.ToTedsDischargeReason() is { } teds ? teds.ToString() : "none")}.");
        output.WriteLine();

        output.WriteLine("Level-of-care history:");
        foreach (var entry in history.Entries)
        {
            output.WriteLine($"  {entry.Date:yyyy-MM-dd}  {entry.Level.Abbreviation(),-4} {(entry.Direction is { } d ? d.ToString() : "admission"),-10} {entry.Reason}");
        }
    }
}
