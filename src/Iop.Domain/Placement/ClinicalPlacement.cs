using System.Collections.ObjectModel;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// Where a person was actually placed, next to the decision it follows or overrides: the level the person
/// is placed at, the coded reason when it differs from the recommendation and, kept apart, the level a payer
/// authorized with its period.
/// </summary>
/// <remarks>
/// <para>Findings: <c>PLC-OVERRIDE-DISCREPANCY</c> (information) when the placement differs from the
/// recommendation, naming the over- or under-placement and the levels apart; <c>PLC-ASSESSMENT-STALE</c> when
/// the assessment is past its validity window on the placement date; <c>PLC-AUTH-LEVEL</c> when the authorized
/// level differs from the placed one, and <c>PLC-AUTH-PERIOD</c> when the placement date lies outside the
/// authorization (both with the authorization period as their subject).</para>
/// <para>How the placement differs is derived from the levels: <c>Decision.Recommended.StepsTo(PlacedLevel)</c>
/// is positive for an over-placement and negative for an under-placement.</para>
/// <para>Equality is by value over every member (the decision, the level, the date, the reason, the
/// authorization and the findings). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ClinicalPlacement : IEvaluationResult, IEquatable<ClinicalPlacement>
{
    /// <summary>Records a placement.</summary>
    /// <param name="decision">The recommendation the placement follows or overrides.</param>
    /// <param name="placedLevel">The level the person is placed at (the clinical level delivered).</param>
    /// <param name="placedOn">The date of the placement.</param>
    /// <param name="discrepancyReason">
    /// Why <paramref name="placedLevel"/> differs from the recommendation; required when it differs and
    /// <see langword="null"/> when it does not.
    /// </param>
    /// <param name="authorization">What the payer authorized, or <see langword="null"/> if not (yet) known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="placedLevel"/> or <paramref name="discrepancyReason"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="placedOn"/> is before the assessment; or <paramref name="discrepancyReason"/> is missing for a
    /// placement that differs from the recommendation, or given for one that does not.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="placedOn"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public ClinicalPlacement(PlacementDecision decision, LevelOfCare placedLevel, LocalDate placedOn, DiscrepancyReason? discrepancyReason = null, PayerAuthorization? authorization = null)
    {
        Guard.Against.UnsupportedDate(placedOn);
        Guard.Against.Null(decision);
        Guard.Against.UndefinedMember(placedLevel);
        if (discrepancyReason is { } r)
        {
            Guard.Against.UndefinedMember(r, nameof(discrepancyReason));
        }

        Guard.Against.EndBeforeStart(placedOn, decision.AssessmentDate);
        var differs = placedLevel != decision.Recommended;
        if (differs && discrepancyReason is null)
        {
            throw new ArgumentException("A placement that differs from the recommendation needs a discrepancy reason.", nameof(discrepancyReason));
        }

        if (!differs && discrepancyReason is not null)
        {
            throw new ArgumentException("A placement at the recommended level has no discrepancy reason.", nameof(discrepancyReason));
        }

        Decision = decision;
        PlacedLevel = placedLevel;
        PlacedOn = placedOn;
        DiscrepancyReason = discrepancyReason;
        Authorization = authorization;
        Findings = BuildFindings();
    }

    /// <summary>Gets the recommendation the placement follows or overrides.</summary>
    public PlacementDecision Decision { get; }

    /// <summary>Gets the level the person is placed at: the clinical level delivered, which matching and the level-of-care history use.</summary>
    public LevelOfCare PlacedLevel { get; }

    /// <summary>Gets the date of the placement.</summary>
    public LocalDate PlacedOn { get; }

    /// <summary>Gets why the placed level differs from the recommendation, or <see langword="null"/> when it does not.</summary>
    public DiscrepancyReason? DiscrepancyReason { get; }

    /// <summary>Gets what the payer authorized, or <see langword="null"/> if not known.</summary>
    public PayerAuthorization? Authorization { get; }

    /// <summary>Gets the findings about the placement (see the type remarks), in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two placements by value.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClinicalPlacement? left, ClinicalPlacement? right) => Equals(left, right);

    /// <summary>Compares two placements by value.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClinicalPlacement? left, ClinicalPlacement? right) => !Equals(left, right);

    /// <summary>Returns the same placement with the payer's authorization recorded (payers often decide after placement).</summary>
    /// <param name="authorization">What the payer authorized.</param>
    /// <returns>A new placement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorization"/> is null.</exception>
    public ClinicalPlacement WithAuthorization(PayerAuthorization authorization)
    {
        Guard.Against.Null(authorization);
        return new ClinicalPlacement(Decision, PlacedLevel, PlacedOn, DiscrepancyReason, authorization);
    }

    /// <inheritdoc/>
    public bool Equals(ClinicalPlacement? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (PlacedLevel == other.PlacedLevel
                && PlacedOn == other.PlacedOn
                && DiscrepancyReason == other.DiscrepancyReason
                && Equals(Authorization, other.Authorization)
                && Decision.Equals(other.Decision)
                && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClinicalPlacement);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Decision);
        hash.Add(PlacedLevel);
        hash.Add(PlacedOn);
        hash.Add(DiscrepancyReason);
        hash.Add(Authorization);
        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the placement, for example <c>Placed IOP, recommended PHP (PatientPreference)</c>.</summary>
    /// <returns>The summary, without dates.</returns>
    public override string ToString() => DiscrepancyReason is { } reason
        ? $"Placed {PlacedLevel.Abbreviation()}, recommended {Decision.Recommended.Abbreviation()} ({reason})"
        : $"Placed {PlacedLevel.Abbreviation()} as recommended";

    private ReadOnlyCollection<Finding> BuildFindings()
    {
        var findings = new List<Finding>();
        var steps = Decision.Recommended.StepsTo(PlacedLevel);
        if (steps != 0)
        {
            var apart = Math.Abs(steps);
            findings.Add(PlacementRules.OverrideDiscrepancy.ToFinding(
                Severity.Information,
                $"Placed at {PlacedLevel.DisplayName()} instead of the recommended {Decision.Recommended.DisplayName()}: {(steps > 0 ? "over" : "under")}-placement by {apart} level{(apart == 1 ? string.Empty : "s")} ({Describe(DiscrepancyReason!.Value)})."));
        }

        if (Decision.IsStaleOn(PlacedOn))
        {
            findings.Add(PlacementRules.AssessmentStale.ToFinding(Severity.Warning, "The assessment is past its validity window on the placement date; reassess before placing."));
        }

        if (Authorization is { } auth)
        {
            var subject = FindingSubject.Dates(auth.Period);
            if (auth.Level != PlacedLevel)
            {
                findings.Add(PlacementRules.AuthorizedLevelDiffers.ToFinding(
                    Severity.Warning,
                    $"The payer authorized {auth.Level.DisplayName()} but {PlacedLevel.DisplayName()} is delivered.",
                    subject));
            }

            if (!auth.Period.Contains(PlacedOn))
            {
                findings.Add(PlacementRules.OutsideAuthorization.ToFinding(Severity.Warning, "The placement date is outside the authorization period.", subject));
            }
        }

        findings.Sort(FindingOrder.Instance);
        return findings.AsReadOnly();
    }

    private static string Describe(DiscrepancyReason reason) => reason switch
    {
        Placement.DiscrepancyReason.ClinicalJudgement => "clinical judgement",
        Placement.DiscrepancyReason.PatientPreference => "patient preference",
        Placement.DiscrepancyReason.LevelNotAvailable => "level not available",
        Placement.DiscrepancyReason.WaitingList => "waiting list",
        Placement.DiscrepancyReason.PayerDecision => "payer decision",
        Placement.DiscrepancyReason.GeographicAccess => "geographic access",
        Placement.DiscrepancyReason.LegalMandate => "legal mandate",
        Placement.DiscrepancyReason.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
