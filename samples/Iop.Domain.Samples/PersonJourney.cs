using System.Globalization;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Matching;
using Iop.Domain.Outcomes;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Samples;

/// <summary>The key results of the journey, for a reader or a test.</summary>
internal sealed record JourneyResult(
    LevelOfCare RecommendedLevel,
    LevelOfCare PlacedLevel,
    string MatchedProgrammeId,
    Duration WeekOneAttendedHours,
    int IntensityFindingCount,
    int PlanFindingCount,
    bool Phq9ObjectiveMet,
    AttendanceRatio? AttendanceRatio,
    LevelOfCare? SteppedDownTo,
    TedsDischargeReason? DischargeReason,
    int AttendedSessions,
    int LengthOfStay,
    long CohortSize,
    string NextDueInstrument,
    LocalDate? NextDue);

/// <summary>
/// One fictional person, from assessment to discharge and into a cohort. Each step returns a record the next
/// step reads: no step restates a level, a date or a count an earlier step produced. Nothing here is real patient data.
/// </summary>
internal sealed class PersonJourney
{
    /// <summary>Caller text the library must never echo: the sample's output is checked not to contain it.</summary>
    internal const string SecretGoalText = "SECRET goal text: keep my job at the bakery";

    /// <summary>The id of a programme the person does not match; checked never to be printed.</summary>
    internal const string SecretProgrammeId = "SECRET-programme-lakeside";

    private const int IopWeeks = 4;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly CriteriaPlacementPolicy Policy = CriteriaPlacementPolicy.Default;

    private readonly TextWriter output;

    private PersonJourney(TextWriter output) => this.output = output;

    /// <summary>Runs the journey, printing what a clinician or biller would read, and returns its key results.</summary>
    public static JourneyResult Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var journey = new PersonJourney(output);
        var placed = journey.Place();
        var matched = journey.Match(placed);
        var delivered = journey.Deliver(placed, matched);
        var planned = journey.Plan(placed, matched, delivered);
        var transitions = journey.Review(placed, delivered, planned);
        var outcome = journey.Evaluate(delivered, planned, transitions);

        return new JourneyResult(
            placed.Decision.Recommended,
            placed.Placement.PlacedLevel,
            matched.Programme.Id,
            delivered.Evaluation.Weeks[0].AttendedHours,
            delivered.Evaluation.Findings.Count,
            planned.Validation.Findings.Count,
            planned.Phq9ObjectiveMet,
            delivered.Evaluation.Attendance.AttendanceRatio,
            transitions.StepDown.NextLevel,
            transitions.History.DischargeReason,
            outcome.Outcome.AttendedSessions,
            outcome.Outcome.LengthOfStay,
            outcome.Cohort.Episodes,
            planned.NextDue.Instrument.Name,
            planned.NextDue.NextDue);
    }

    // ---- Step 2: assessment -> placement decision -> clinical placement ----------------------------------

    private sealed record Placed(Assessment Assessment, PlacementDecision Decision, ClinicalPlacement Placement);

    private Placed Place()
    {
        Heading("2. Assessment and placement");

        // A fictional adult, assessed on a Monday: 20 hours a week of treatment needed, no 24-hour care.
        var assessment = new Assessment(new LocalDate(2025, 3, 3), AgeGroup.Adult)
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

        var decision = Policy.Decide(assessment);
        output.WriteLine($"{decision.PolicyName} {decision.PolicyVersion} recommends {decision.Recommended.DisplayName()}:");
        foreach (var reason in decision.Reasons)
        {
            output.WriteLine($"  {(reason.IsDecisive ? "decisive" : "supports")} {reason.RequiredLevel.Abbreviation(),-4} {reason.Finding.RuleId}: {reason.Finding.Message}");
        }

        // The recommended programme has a waiting list: the clinician places the person one level lower, a week later.
        var lower = decision.Recommended.StepDown() ?? decision.Recommended;
        var placement = new ClinicalPlacement(decision, lower, assessment.Date.PlusDays(7), DiscrepancyReason.WaitingList);
        output.WriteLine($"Placed at {placement.PlacedLevel.DisplayName()} on {Date(placement.PlacedOn)} ({placement.DiscrepancyReason}):");
        PrintFindings(placement.Findings);
        return new Placed(assessment, decision, placement);
    }

    // ---- Step 3: matching -> programme and schedule track -------------------------------------------------

    private sealed record Matched(PersonNeeds Needs, ProgrammeProfile Programme, ScheduleTrack Track, MatchResult Result);

    private Matched Match(Placed placed)
    {
        Heading("3. Matching a programme");

        // The person works 08:00-17:00 on weekdays, so only evenings are free.
        IsoDayOfWeek[] weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
        IsoDayOfWeek[] monTueThu = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday];
        var level = placed.Placement.PlacedLevel;
        var needs = new PersonNeeds(placed.Placement, placed.Assessment.AgeGroup, weekdays.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0))))
        {
            Payer = "STATE-MEDICAID",
            CoOccurringCare = NeedStrength.Required,
            PreferredModalities = [Modality.CognitiveBehavioralTherapy],
        };

        ProgrammeProfile[] programmes =
        [
            new ProgrammeProfile("riverside", [level], [AgeGroup.Adult],
                [
                    new ScheduleTrack(level, TrackKind.Morning, monTueThu, new LocalTime(9, 0), Duration.FromHours(3)),
                    new ScheduleTrack(level, TrackKind.Evening, monTueThu, new LocalTime(18, 0), Duration.FromHours(3)),
                ],
                new LocalDate(2026, 6, 30))
            {
                CoOccurringCapable = true,
                Modalities = [Modality.CognitiveBehavioralTherapy, Modality.RelapsePreventionGroup],
                PayersAccepted = ["STATE-MEDICAID"],
            },
            new ProgrammeProfile("hillcrest", [level], [AgeGroup.Adult],
                [new ScheduleTrack(level, TrackKind.Morning, weekdays, new LocalTime(9, 0), Duration.FromHours(2))],
                new LocalDate(2026, 12, 31))
            {
                CoOccurringCapable = true,
                PayersAccepted = ["STATE-MEDICAID"],
            },
            new ProgrammeProfile(SecretProgrammeId, [level], [AgeGroup.Adult],
                [new ScheduleTrack(level, TrackKind.Evening, monTueThu, new LocalTime(18, 0), Duration.FromHours(3))],
                new LocalDate(2025, 1, 31)) // the licence has lapsed
            {
                CoOccurringCapable = true,
                PayersAccepted = ["STATE-MEDICAID"],
            },
        ];

        var intensityRules = IntensityRuleSet.Medicare.InForceOn(placed.Placement.PlacedOn);
        var result = ProgrammeMatching.Match(needs, programmes, placed.Placement.PlacedOn, intensityRules);
        var best = result.Matches[0];
        var track = best.Tracks[0];
        output.WriteLine($"{result.Matches.Count} programme(s) fit, {result.Exclusions.Count} excluded (under {intensityRules}).");
        output.WriteLine($"Best: {best.Programme.Id}, {track} = {Hours(track.WeeklyHours)} a week; {best.PreferencesMet} preference(s) met.");
        foreach (var rejected in best.RejectedTracks)
        {
            output.WriteLine($"  its {rejected.Track.Kind} track does not fit: {string.Join(", ", rejected.Findings.Select(f => f.RuleId))}");
        }

        // Excluded programmes are reported by their rules only: the caller's ids are the caller's to show.
        foreach (var finding in result.Exclusions.SelectMany(e => e.Findings))
        {
            output.WriteLine($"  excluded: {finding.RuleId}: {finding.Message}");
        }

        return new Matched(needs, best.Programme, track, result);
    }

    // ---- Step 4: planned sessions -> delivered sessions -> intensity and billing ---------------------------

    private sealed record Delivered(DateInterval Range, IReadOnlyList<Session> Sessions, IntensityRuleSet Rules, IntensityEvaluation Evaluation, BillingSummary Billing);

    private Delivered Deliver(Placed placed, Matched matched)
    {
        Heading("4. Sessions, intensity and billing");

        var start = placed.Placement.PlacedOn;
        var range = new DateInterval(start, start.PlusWeeks(IopWeeks).PlusDays(-1));
        var planned = matched.Track.PlannedSessions(range);

        // Delivered: as planned, except the person missed the fifth and the ninth session.
        var delivered = planned
            .Select((s, i) => i is 4 or 8 ? new Session(s.Date, s.Start, s.Duration, s.Kind, s.Mode, Attendance.Missed) : s)
            .ToList();

        var rules = IntensityRuleSet.Medicare.InForceOn(range.Start);
        var evaluation = SessionIntensity.Evaluate(delivered, placed.Placement.PlacedLevel, placed.Assessment.AgeGroup, range, rules);
        output.WriteLine($"{planned.Count} sessions planned over {evaluation.Weeks.Count} weeks; standard {rules}.");
        output.WriteLine("Week  Scheduled  Attended  Qualifying  Findings");
        foreach (var week in evaluation.Weeks)
        {
            output.WriteLine($"{week.Number,4}  {Hours(week.ScheduledHours),9}  {Hours(week.AttendedHours),8}  {Hours(week.QualifyingHours),10}  {week.Findings.Count}");
        }

        PrintFindings(evaluation.Findings);
        var attendance = evaluation.Attendance;
        output.WriteLine($"Attendance: {attendance.Attended} attended, {attendance.Missed} missed, {attendance.Cancelled} cancelled; ratio {attendance.AttendanceRatio}.");

        var billingRules = BillingRuleSet.Medicare.InForceOn(range.Start);
        var billing = BillingDays.Summarize(delivered, range, billingRules);
        output.WriteLine($"Billing ({billingRules}): {billing}");
        PrintFindings(billing.Findings);

        // What if the Thursday session of week 1 had been held by video? Medicare counts in-person services only.
        var firstWeek = evaluation.Weeks[0].DaysInRange;
        var byVideo = delivered
            .Where(s => firstWeek.Contains(s.Date))
            .Select((s, i) => i == 2 ? s with { Mode = DeliveryMode.TelehealthVideo } : s)
            .ToList();
        var videoWeek = SessionIntensity.Evaluate(byVideo, placed.Placement.PlacedLevel, placed.Assessment.AgeGroup, firstWeek, rules);
        output.WriteLine($"Week 1 with one session by video: {Hours(videoWeek.AttendedHours)} attended, {Hours(videoWeek.QualifyingHours)} qualifying under {rules}.");
        PrintFindings(videoWeek.Findings);
        return new Delivered(range, delivered, rules, evaluation, billing);
    }

    // ---- Step 5: treatment plan at the placed level, validated against the delivered sessions ---------------

    private sealed record Planned(TreatmentPlan Plan, Evaluation<ReviewSchedule> Validation, MeasurementSeries Phq9, bool Phq9ObjectiveMet, InstrumentDue NextDue);

    private Planned Plan(Placed placed, Matched matched, Delivered delivered)
    {
        Heading("5. Treatment plan");

        var start = delivered.Range.Start;
        // The group intervention is the matched track: its days a week, its session length.
        var frequency = new InterventionFrequency(matched.Track.Days.Count, matched.Track.SessionLength);
        var group = new Intervention("i-group", Modality.GroupTherapy, frequency, DeliveryMode.InPerson, ResponsibleRole.AddictionCounselor);
        var phq9Target = MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10);
        var content = new PlanContent(
            placed.Placement.PlacedLevel,
            [new PlanDiagnosis(new CodedValue("http://hl7.org/fhir/sid/icd-10-cm", "F10.20", "fictional"), isSubstanceUse: true)],
            [
                new Problem("p-use", "Drinking most days", [
                    new Goal("g-sober", SecretGoalText, [
                        new Objective("o-attend", "Attend every scheduled group session", MeasurableTarget.SessionsAttended(delivered.Sessions.Count), delivered.Range.End, ObjectiveStatus.InProgress, [group]),
                        new Objective("o-phq9", "PHQ-9 total below 10", phq9Target, delivered.Range.End, ObjectiveStatus.InProgress, [group]),
                    ]) { Dimension = RecoveryDimension.Health },
                ]),
            ])
        {
            Aftercare = new AftercarePlan { StepDownLevel = placed.Placement.PlacedLevel.StepDown(), MutualHelpGroups = [MutualHelpGroup.TwelveStep] },
        };

        var plan = TreatmentPlan.Create(start, content).RecordParticipation(start);
        var asOf = delivered.Range.End;
        var validation = TreatmentPlanValidation.Validate(plan, asOf, TreatmentPlanRuleSet.ThirtyDayReview, delivered.Rules, placed.Assessment.AgeGroup, delivered.Sessions);
        output.WriteLine($"Plan v{plan.Version} at {plan.Content.Level.DisplayName()}: {Hours(content.PlannedWeeklyHours)} a week planned; {validation.Findings.Count} finding(s):");
        PrintFindings(validation.Findings);

        // PHQ-9 every two weeks, from the first session; the last on the last day of the range.
        int[][] answers =
        [
            [3, 2, 2, 3, 2, 2, 2, 2, 1, 2],
            [2, 2, 2, 2, 2, 2, 2, 2, 0, 2],
            [1, 1, 1, 1, 1, 1, 1, 1, 0, 1],
        ];
        LocalDate[] dates = [start, start.PlusDays(14), asOf];
        var scores = answers.Zip(dates, (items, date) => Measurement.From(date, Instruments.Score(Instrument.Phq9, items, ScoringPolicy.Default))).ToList();
        var series = new MeasurementSeries(Instrument.Phq9, scores);
        output.WriteLine($"PHQ-9 totals: {string.Join(" -> ", series.Measurements.Select(m => m.Score.ToString(Invariant)))}.");
        var met = plan.Content.Objectives.Select(o => o.Target).OfType<MeasurableTarget>().Where(t => t.Measure == Instrument.Phq9).All(t => t.IsMetBy(series, asOf));
        output.WriteLine($"The PHQ-9 objective is {(met ? "met" : "not met")} at the review.");

        // The programme's measurement plan (fictional): the ASQ suicide-risk screen on the day of admission, the
        // PHQ-9 within the first 7 days of stay and then every 14 days. The person screened negative on the ASQ.
        var admitted = placed.Placement.PlacedOn;
        var asq = Instruments.Score(Instrument.Asq, [0, 0, 0, 0], ScoringPolicy.Default);
        var schedule = new MeasurementSchedule("Riverside measurement plan (fictional)", "2025", new LocalDate(2025, 1, 1), [
            new ScheduledInstrument(Instrument.Asq) { AdmissionWithinDays = 1 },
            new ScheduledInstrument(Instrument.Phq9) { AdmissionWithinDays = 7, EveryDays = 14 },
        ]);
        var open = new Episode<string>(
            "the-person",
            LevelOfCareHistory.Admit(admitted, placed.Placement.PlacedLevel),
            measurements: [series, MeasurementSeries.FromAdministrations(Instrument.Asq, [new(admitted, asq)])]);
        var due = MeasurementSchedules.Evaluate(open, asOf, schedule);
        var next = due.Next!;
        output.WriteLine($"Next due instrument: {next.Instrument.Name} ({next.NextOccasion}), from {Date(next.NextDue!.Value)} through {Date(next.DueBy!.Value)}; {due.Findings.Count} overdue.");
        return new Planned(plan, validation, series, met, next);
    }

    // ---- Step 6: transition reviews -> step down and discharge in the level-of-care history -----------------

    private sealed record Transitions(TransitionDecision StepDown, TransitionDecision Discharge, LevelOfCareHistory History);

    private Transitions Review(Placed placed, Delivered delivered, Planned planned)
    {
        Heading("6. Transition reviews");

        var history = LevelOfCareHistory.Admit(placed.Placement.PlacedOn, placed.Placement.PlacedLevel);
        var trend = planned.Phq9.Measurements[^1].Score < planned.Phq9.Measurements[0].Score ? SymptomTrend.Improved : SymptomTrend.Unchanged;
        var progress = new ProgressSignals { AttendanceRatio = delivered.Evaluation.Attendance.AttendanceRatio, SymptomTrend = trend };

        // Review on the day after the last scheduled week: 3 hours a week now suffice.
        var reviewOn = delivered.Range.End.PlusDays(1);
        var better = placed.Assessment with { Date = reviewOn, WeeklyTreatmentHoursNeeded = Duration.FromHours(3), WouldOtherwiseNeedInpatient = Determination.No };
        var stepDown = new TransitionReview(history.CurrentLevel, history.CurrentLevelSince, better) { Progress = progress }
            .Decide(Policy, TransitionRuleSet.Default, reviewOn);
        output.Write(stepDown.Explain());
        history = history.Append(reviewOn, stepDown.NextLevel ?? history.CurrentLevel, LevelChangeReason.TransitionReview);

        // Four weeks later no structured treatment is needed: discharge to continuing care.
        var dischargeOn = reviewOn.PlusWeeks(4);
        var well = better with { Date = dischargeOn, WeeklyTreatmentHoursNeeded = Duration.Zero };
        var discharge = new TransitionReview(history.CurrentLevel, history.CurrentLevelSince, well) { Progress = progress }
            .Decide(Policy, TransitionRuleSet.Default, dischargeOn);
        output.Write(discharge.Explain());
        history = history.Discharge(dischargeOn, discharge.ToTedsDischargeReason() ?? TedsDischargeReason.Other);

        output.WriteLine("Level-of-care history:");
        foreach (var entry in history.Entries)
        {
            output.WriteLine($"  {Date(entry.Date)}  {entry.Level.Abbreviation(),-4} {(entry.Direction is { } d ? d.ToString() : "admission"),-10} {entry.Reason}");
        }

        output.WriteLine($"  {Date(history.DischargedOn!.Value)}  discharged, TEDS reason {history.DischargeReason} ({(int)history.DischargeReason!.Value})");
        return new Transitions(stepDown, discharge, history);
    }

    // ---- Step 7: the episode's outcomes, then the person in a cohort ----------------------------------------

    private sealed record Outcomes(EpisodeOutcome Outcome, CohortSummary Cohort);

    private Outcomes Evaluate(Delivered delivered, Planned planned, Transitions transitions)
    {
        Heading("7. Outcomes");

        var history = transitions.History;
        var asOf = new LocalDate(2025, 12, 31);
        var episode = new Episode<string>(
            "the-person",
            history,
            history.DischargeReason,
            Sessions.CountAttended(delivered.Sessions, delivered.Range),
            [planned.Phq9],
            Sessions.ServiceDates(delivered.Sessions.Where(s => s.Attendance == Attendance.Attended)));
        var outcome = EpisodeOutcomes.Evaluate(episode, EpisodeCriteria.HedisStyle2025, ChangeCriteria.Phq9, asOf);
        output.WriteLine($"Episode: {outcome.LengthOfStay} days, {outcome.AttendedSessions} sessions attended, completed {outcome.IsCompleted}, stepped down {outcome.SteppedDown}; " +
            $"PHQ-9 response {outcome.Change?.Response}, remission {outcome.Change?.Remission}.");
        PrintFindings(outcome.Findings);

        // The person's episode joins generated, fictional episodes (fixed seed: the same report every run).
        var criteria = CohortCriteria.Phq9HedisStyle.InForceOn(asOf);
        var cohort = GeneratedCohort(asOf, 99).Append(episode);
        var summary = CohortMetrics.Summarize(cohort, criteria, asOf);
        output.WriteLine($"Cohort ({criteria}): {summary.Episodes} episodes, {summary.OpenEpisodes} open, {summary.DischargedEpisodes} discharged.");
        output.WriteLine($"  completion {summary.CompletionRate}; PHQ-9 response {summary.ResponseRate}; remission {summary.RemissionRate}; median stay {summary.MedianLengthOfStay} days");
        return new Outcomes(outcome, summary);
    }

    private static IEnumerable<Episode<string>> GeneratedCohort(LocalDate asOf, int count)
    {
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var admission = asOf.PlusDays(-random.Next(30, 365));
            var stay = random.Next(7, 90);
            var levels = LevelOfCareHistory.Admit(admission, LevelOfCare.IntensiveOutpatient);
            var reason = random.Next(0, 100) < 55 ? TedsDischargeReason.TreatmentCompleted : TedsDischargeReason.DroppedOut;
            var history = admission.PlusDays(stay) <= asOf ? levels.Discharge(admission.PlusDays(stay), reason) : levels;
            var baseline = random.Next(10, 27);
            Measurement[] scores = [new(admission, baseline), new(admission.PlusDays(stay / 2), Math.Clamp(baseline - random.Next(-3, 14), 0, 27))];
            yield return new Episode<string>($"generated-{i}", history, history.DischargeReason, random.Next(0, 30), [new MeasurementSeries(Instrument.Phq9, scores)]);
        }
    }

    // ---- Printing ------------------------------------------------------------------------------------------

    private void Heading(string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title} ==");
    }

    /// <summary>Prints each finding by severity, rule, the kind of thing it is about and message; never the subject's dates or ids.</summary>
    private void PrintFindings(IEnumerable<Finding> findings)
    {
        // Identical lines (the same rule and message about, say, ten different days) print once, with a count.
        var lines = findings.Select(f => $"{f.Severity} {f.RuleId}{(f.Subject is { } subject ? $" [{subject.Kind}]" : string.Empty)}: {f.Message}");
        foreach (var group in lines.GroupBy(l => l, StringComparer.Ordinal))
        {
            output.WriteLine($"  {(group.Count() > 1 ? $"{group.Count()} x " : string.Empty)}{group.Key}");
        }
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", Invariant);

    private static string Hours(Duration duration) =>
        duration.Minutes == 0 ? $"{(int)duration.TotalHours} h" : $"{(int)duration.TotalHours} h {duration.Minutes:00}";
}
