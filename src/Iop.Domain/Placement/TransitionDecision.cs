using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
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
/// <para>Findings include the placement's findings, <c>PLC-ASSESSMENT-STALE</c>, <c>PLC-TR-ATTENDANCE</c> and
/// the Medicare recertification clock (<c>MCR-PHP-RECERT-18</c>, <c>MCR-PHP-RECERT-30</c>, <c>MCR-IOP-RECERT</c>, from
/// <see cref="RecertificationCadence"/>),
/// ordered by rule id. Messages never contain dates or caller text.</para>
/// <para>Equality is by reference. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TransitionDecision
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

    /// <summary>Gets the days at the current level, counting its first day as day 1.</summary>
    public int DaysAtLevel { get; }

    /// <summary>Gets the date by which the next Medicare recertification is due, or <see langword="null"/> outside PHP and IOP.</summary>
    public LocalDate? RecertificationDueOn { get; }

    /// <summary>Gets the findings (see the type remarks).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Renders a short clinician-facing explanation of the transition, its reasons and findings.</summary>
    /// <returns>Several lines of library text, without caller-supplied text or dates.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        var what = Outcome switch
        {
            TransitionOutcome.StepUp => $"Step up from {CurrentLevel.DisplayName()} to {NextLevel!.Value.DisplayName()}.",
            TransitionOutcome.StepDown => $"Step down from {CurrentLevel.DisplayName()} to {NextLevel!.Value.DisplayName()}.",
            TransitionOutcome.DischargeToContinuingCare => $"Discharge from {CurrentLevel.DisplayName()} to continuing care.",
            _ => $"Continue at {CurrentLevel.DisplayName()}.",
        };
        text.Append(CultureInfo.InvariantCulture, $"{what} [{Basis.Id}]\n");
        text.Append(CultureInfo.InvariantCulture, $"{Basis.Summary}\n");
        text.Append(CultureInfo.InvariantCulture, $"Day {DaysAtLevel} at this level.\n");
        PlacementDecision.AppendReasonsAndFindings(text, Placement.Reasons, Findings);
        return text.ToString();
    }

    /// <summary>Summarises the decision, for example <c>Transition StepDown PHP → IOP</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Transition {Outcome} {CurrentLevel.Abbreviation()} → {(NextLevel is { } n ? n.Abbreviation() : "continuing care")}";
}
