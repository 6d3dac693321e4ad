using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The result of a <see cref="TransitionReview"/>: continue, step down (to which level), step up or
/// discharge to continuing care; the transition rule that decided it; the placement decision behind it;
/// the days at the current level; when the next Medicare recertification is due; and findings.
/// </summary>
/// <remarks>
/// <para>Findings include the placement's findings, <c>PLC-ASSESSMENT-STALE</c>, <c>PLC-TR-ATTENDANCE</c>,
/// <c>PLC-AUTH-EXPIRED</c> and the Medicare recertification clock (<c>MCR-PHP-RECERT-18</c>,
/// <c>MCR-PHP-RECERT-30</c>, <c>MCR-IOP-RECERT</c>, from <see cref="RecertificationCadence"/>), in the canonical
/// order. Messages never contain dates or caller text.</para>
/// <para><see cref="ToTedsDischargeReason"/> gives the TEDS-D reason for discharge the transition reports, if any.</para>
/// <para>Equality is by value over every member, the placement decision and the findings included. This type
/// is immutable and thread-safe.</para>
/// </remarks>
public sealed class TransitionDecision : IEvaluationResult, IEquatable<TransitionDecision>
{
    internal TransitionDecision(TransitionOutcome outcome, LevelOfCare currentLevel, LevelOfCare? nextLevel, Rule basis, PlacementDecision placement, int daysAtLevel, LocalDate? recertificationDueOn, List<Finding> findings)
    {
        Outcome = outcome;
        CurrentLevel = currentLevel;
        NextLevel = nextLevel;
        Basis = basis;
        Placement = placement;
        DaysAtLevel = daysAtLevel;
        RecertificationDueOn = recertificationDueOn;
        findings.Sort(FindingOrder.Instance);
        Findings = new ReadOnlyCollection<Finding>(findings);
    }

    /// <summary>
    /// The record of a transition decision already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static TransitionDecision FromRecord(
        TransitionOutcome outcome, LevelOfCare currentLevel, LevelOfCare? nextLevel, Rule basis, PlacementDecision placement, int daysAtLevel,
        LocalDate? recertificationDueOn, IReadOnlyList<Finding> findings) =>
        new(
            Guard.Against.UndefinedMember(outcome),
            Guard.Against.UndefinedMember(currentLevel),
            nextLevel is { } next ? Guard.Against.UndefinedMember(next) : null,
            Guard.Against.Null(basis),
            Guard.Against.Null(placement),
            Guard.Against.BelowMinimum(daysAtLevel, 1),
            Guard.Against.UnsupportedDate(recertificationDueOn),
            [.. Guard.Against.NullElements(findings)]);

    /// <summary>Gets what the review recommends.</summary>
    public TransitionOutcome Outcome { get; }

    /// <summary>Gets the level the person was at.</summary>
    public LevelOfCare CurrentLevel { get; }

    /// <summary>Gets the level after the transition (the current one when continuing), or <see langword="null"/> on discharge.</summary>
    public LevelOfCare? NextLevel { get; }

    /// <summary>Gets the transition rule that decided the outcome (<c>PLC-TR-…</c>).</summary>
    public Rule Basis { get; }

    /// <summary>Gets the placement decision for the new assessment, with its reasons.</summary>
    public PlacementDecision Placement { get; }

    /// <summary>Gets the days at the current level on the review date, counted with <see cref="LengthOfStay.Days"/> (the first day is day 1).</summary>
    public int DaysAtLevel { get; }

    /// <summary>Gets the date by which the next Medicare recertification is due, or <see langword="null"/> outside PHP and IOP.</summary>
    public LocalDate? RecertificationDueOn { get; }

    /// <summary>Gets the findings (see the type remarks), in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two decisions by value.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TransitionDecision? left, TransitionDecision? right) => Equals(left, right);

    /// <summary>Compares two decisions by value.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TransitionDecision? left, TransitionDecision? right) => !Equals(left, right);

    /// <summary>
    /// Returns the TEDS-D reason for discharge (<c>REASON</c>) this transition reports, or <see langword="null"/> when
    /// it ends no TEDS treatment episode.
    /// </summary>
    /// <returns>
    /// <list type="bullet">
    /// <item><see cref="TransitionOutcome.DischargeToContinuingCare"/>: <see cref="TedsDischargeReason.TreatmentCompleted"/> (1).</item>
    /// <item><see cref="TransitionOutcome.StepDown"/> and <see cref="TransitionOutcome.StepUp"/>: <see cref="TedsDischargeReason.Transferred"/>
    /// (4) when the TEDS service setting changes; <see langword="null"/> between partial hospitalization and intensive
    /// outpatient, which share TEDS setting 6 (<c>CONT-TEDS-SERVICES</c>), so TEDS sees no discharge.</item>
    /// <item><see cref="TransitionOutcome.Continue"/>: <see langword="null"/> (no discharge).</item>
    /// </list>
    /// The other TEDS reasons (dropped out, terminated by the facility, incarcerated, death, other) are not outcomes of a
    /// review: the caller records them when they happen.
    /// </returns>
    public TedsDischargeReason? ToTedsDischargeReason() =>
        Outcome == TransitionOutcome.DischargeToContinuingCare ? TedsDischargeReason.TreatmentCompleted
        : NextLevel is { } next && next.ToTedsSetting() != CurrentLevel.ToTedsSetting() ? TedsDischargeReason.Transferred
        : null;

    /// <summary>Renders a short clinician-facing explanation of the transition, its reasons and findings.</summary>
    /// <returns>Several lines of library text, without caller-supplied text or dates.</returns>
    /// <exception cref="InvalidOperationException">Never for a decision of <see cref="TransitionReview.Decide"/>: its outcome is always defined.</exception>
    public string Explain()
    {
        var text = new StringBuilder();
        var what = Outcome switch
        {
            TransitionOutcome.StepUp => $"Step up from {CurrentLevel.DisplayName()} to {NextLevel!.Value.DisplayName()}.",
            TransitionOutcome.StepDown => $"Step down from {CurrentLevel.DisplayName()} to {NextLevel!.Value.DisplayName()}.",
            TransitionOutcome.DischargeToContinuingCare => $"Discharge from {CurrentLevel.DisplayName()} to continuing care.",
            TransitionOutcome.Continue => $"Continue at {CurrentLevel.DisplayName()}.",
            _ => throw new InvalidOperationException("The decision has an undefined outcome; the library never makes one."),
        };
        text.Append(CultureInfo.InvariantCulture, $"{what} [{Basis.Id}]\n");
        text.Append(CultureInfo.InvariantCulture, $"{Basis.Summary}\n");
        text.Append(CultureInfo.InvariantCulture, $"Day {DaysAtLevel} at this level.\n");
        PlacementDecision.AppendReasonsAndFindings(text, Placement.Reasons, Findings);
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(TransitionDecision? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Outcome == other.Outcome
                && CurrentLevel == other.CurrentLevel
                && NextLevel == other.NextLevel
                && Basis == other.Basis
                && DaysAtLevel == other.DaysAtLevel
                && RecertificationDueOn == other.RecertificationDueOn
                && Placement.Equals(other.Placement)
                && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TransitionDecision);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Outcome);
        hash.Add(CurrentLevel);
        hash.Add(NextLevel);
        hash.Add(Basis);
        hash.Add(Placement);
        hash.Add(DaysAtLevel);
        hash.Add(RecertificationDueOn);
        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the decision, for example <c>Transition StepDown PHP → IOP</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Transition {Outcome} {CurrentLevel.Abbreviation()} → {(NextLevel is { } n ? n.Abbreviation() : "continuing care")}";
}
