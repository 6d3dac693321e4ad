using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// A transition review: the current level, when it began, a new assessment, optional progress signals and
/// the payer's authorization. <see cref="Decide"/> recommends continue, step down (to which level), step up or
/// discharge to continuing care, with reasons, and checks the Medicare recertification clock and the
/// authorization.
/// </summary>
/// <remarks>
/// <para>The decision: the policy places the new assessment; a more intensive recommendation is a step
/// up (<c>PLC-TR-STEP-UP</c>); a less intensive one is a step down (<c>PLC-TR-STEP-DOWN</c>) unless a relapse
/// since the last review or worsening symptoms hold the person at the current level (<c>PLC-TR-HOLD</c>); the
/// same level continues (<c>PLC-TR-CONTINUE</c>), except at outpatient when the assessment needs no weekly
/// treatment and there was neither relapse nor worsening, which discharges to continuing care
/// (<c>PLC-TR-DISCHARGE</c>). An authorization that ended before the review date is <c>PLC-AUTH-EXPIRED</c>.</para>
/// <para>Days at the level are counted with <see cref="LengthOfStay.Days"/>: the first day at the level is day 1.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TransitionReview
{
    private readonly Assessment assessment;
    private readonly LocalDate? lastRecertifiedOn;

    /// <summary>Creates a review.</summary>
    /// <param name="currentLevel">The level the person is at.</param>
    /// <param name="levelStartedOn">The first day at that level (day 1 of the recertification clock).</param>
    /// <param name="assessment">The new assessment.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="currentLevel"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levelStartedOn"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public TransitionReview(LevelOfCare currentLevel, LocalDate levelStartedOn, Assessment assessment)
    {
        Guard.Against.UnsupportedDate(levelStartedOn);
        CurrentLevel = Guard.Against.UndefinedMember(currentLevel);
        LevelStartedOn = levelStartedOn;
        Guard.Against.Null(assessment);
        this.assessment = assessment;
    }

    /// <summary>Gets the level the person is at.</summary>
    public LevelOfCare CurrentLevel { get; }

    /// <summary>Gets the first day at the current level.</summary>
    public LocalDate LevelStartedOn { get; }

    /// <summary>Gets the new assessment.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public Assessment Assessment { get => assessment; init => assessment = value ?? throw new ArgumentNullException(nameof(Assessment)); }

    /// <summary>Gets the progress signals since the last review, or <see langword="null"/> if none are known.</summary>
    public ProgressSignals? Progress { get; init; }

    /// <summary>Gets what the payer authorized for the current stay (for example <see cref="ClinicalPlacement.Authorization"/>), or <see langword="null"/> if not known.</summary>
    public PayerAuthorization? Authorization { get; init; }

    /// <summary>Gets the date of the latest Medicare recertification at this level, or <see langword="null"/> if none yet.</summary>
    /// <exception cref="ArgumentException">The value set is before <see cref="LevelStartedOn"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (none yet is <see langword="null"/>).</exception>
    public LocalDate? LastRecertifiedOn
    {
        get => lastRecertifiedOn;
        init
        {
            Guard.Against.UnsupportedDate(value, nameof(LastRecertifiedOn));
            if (value < LevelStartedOn)
            {
                throw new ArgumentException("The recertification must not be before the level began.", nameof(LastRecertifiedOn));
            }

            lastRecertifiedOn = value;
        }
    }

    /// <summary>Decides the transition.</summary>
    /// <param name="policy">The placement policy that places the new assessment.</param>
    /// <param name="ruleSet">The recertification clock and attendance minimum, for example <see cref="TransitionRuleSet.Default"/>.</param>
    /// <param name="asOf">The review date.</param>
    /// <returns>The recommended transition with its reasons and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is before the level began, the assessment or the last recertification.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public TransitionDecision Decide(IPlacementPolicy policy, TransitionRuleSet ruleSet, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(policy);
        Guard.Against.Null(ruleSet);
        Guard.Against.EndBeforeStart(asOf, LevelStartedOn);
        Guard.Against.EndBeforeStart(asOf, Assessment.Date);
        if (LastRecertifiedOn is { } last)
        {
            Guard.Against.EndBeforeStart(asOf, last);
        }

        var placement = policy.Decide(Assessment);
        var target = placement.Recommended;
        var relapse = Progress?.RelapsedSinceLastReview == true;
        var worse = Progress?.SymptomTrend == SymptomTrend.Worsened;
        TransitionOutcome outcome;
        LevelOfCare? next;
        Rule basis;
        if (target > CurrentLevel)
        {
            (outcome, next, basis) = (TransitionOutcome.StepUp, target, PlacementRules.TransitionStepUp);
        }
        else if (target < CurrentLevel)
        {
            (outcome, next, basis) = relapse || worse
                ? (TransitionOutcome.Continue, CurrentLevel, PlacementRules.TransitionHold)
                : (TransitionOutcome.StepDown, target, PlacementRules.TransitionStepDown);
        }
        else if (CurrentLevel == LevelsOfCare.LeastIntensive && Assessment.WeeklyTreatmentHoursNeeded == Duration.Zero && !relapse && !worse)
        {
            (outcome, next, basis) = (TransitionOutcome.DischargeToContinuingCare, null, PlacementRules.TransitionDischarge);
        }
        else
        {
            (outcome, next, basis) = (TransitionOutcome.Continue, CurrentLevel, PlacementRules.TransitionContinue);
        }

        var findings = new List<Finding>(placement.Findings);
        if (placement.IsStaleOn(asOf))
        {
            findings.Add(PlacementRules.AssessmentStale.ToFinding(Severity.Warning, "The new assessment is past its validity window on the review date; reassess before deciding."));
        }

        if (ruleSet.MinimumAttendanceRatio is { } minimum && Progress?.AttendanceRatio < minimum)
        {
            findings.Add(PlacementRules.TransitionAttendance.ToFinding(Severity.Warning, "Attendance since the last review is below the programme's minimum; review engagement and barriers."));
        }

        if (Authorization is { } authorization && authorization.Period.End < asOf)
        {
            findings.Add(PlacementRules.AuthorizationExpired.ToFinding(
                Severity.Warning,
                "The payer's authorization ended before the review date; request a new authorization (concurrent review) for the continued stay.",
                FindingSubject.Dates(authorization.Period)));
        }

        var due = ruleSet.Recertification.NextDue(CurrentLevel, LevelStartedOn, LastRecertifiedOn);
        if (due is { } recertification && recertification.IsOverdueOn(asOf))
        {
            findings.Add(recertification.ToOverdueFinding(asOf));
        }

        return new TransitionDecision(outcome, CurrentLevel, next, basis, placement, LengthOfStay.Days(LevelStartedOn, asOf), due?.DueBy, findings);
    }

    /// <summary>Describes the review without its dates or the assessment's details.</summary>
    /// <returns>For example <c>TransitionReview (PartialHospitalization)</c>.</returns>
    public override string ToString() => $"TransitionReview ({CurrentLevel})";
}
