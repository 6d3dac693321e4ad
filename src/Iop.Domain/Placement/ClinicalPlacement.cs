using System.Collections.ObjectModel;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// Where a person was actually placed, next to what was recommended: the clinical level delivered, the
/// coded reason when it differs from the recommendation, how it differs (over- or under-placement and by
/// how many levels), and, kept apart, the level a payer authorized with its period.
/// </summary>
/// <remarks>
/// <para>Findings: <c>PLC-OVERRIDE-DISCREPANCY</c> (information) when the placement differs from the
/// recommendation, <c>PLC-ASSESSMENT-STALE</c> when the assessment is past its validity window on the
/// placement date, <c>PLC-AUTH-LEVEL</c> when the authorized level differs from the clinical one, and
/// <c>PLC-AUTH-PERIOD</c> when the placement date lies outside the authorization.</para>
/// <para>Equality is by reference (a placement is an event, not a value). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ClinicalPlacement
{
    /// <summary>Records a placement.</summary>
    /// <param name="decision">The recommendation the placement follows or overrides.</param>
    /// <param name="clinicalLevel">The level actually delivered.</param>
    /// <param name="placedOn">The date of the placement.</param>
    /// <param name="discrepancyReason">
    /// Why <paramref name="clinicalLevel"/> differs from the recommendation; required when it differs and
    /// <see langword="null"/> when it does not.
    /// </param>
    /// <param name="authorization">What the payer authorized, or <see langword="null"/> if not (yet) known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clinicalLevel"/> or <paramref name="discrepancyReason"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="placedOn"/> is before the assessment; or <paramref name="discrepancyReason"/> is missing for a
    /// placement that differs from the recommendation, or given for one that does not.
    /// </exception>
    public ClinicalPlacement(PlacementDecision decision, LevelOfCare clinicalLevel, LocalDate placedOn, DiscrepancyReason? discrepancyReason = null, PayerAuthorization? authorization = null)
    {
        Guard.Against.Null(decision);
        Guard.Against.UndefinedMember(clinicalLevel);
        if (discrepancyReason is { } r)
        {
            Guard.Against.UndefinedMember(r, nameof(discrepancyReason));
        }

        Guard.Against.EndBeforeStart(placedOn, decision.AssessmentDate);
        var steps = decision.Recommended.StepsTo(clinicalLevel);
        if (steps != 0 && discrepancyReason is null)
        {
            throw new ArgumentException("A placement that differs from the recommendation needs a discrepancy reason.", nameof(discrepancyReason));
        }

        if (steps == 0 && discrepancyReason is not null)
        {
            throw new ArgumentException("A placement at the recommended level has no discrepancy reason.", nameof(discrepancyReason));
        }

        Decision = decision;
        ClinicalLevel = clinicalLevel;
        PlacedOn = placedOn;
        DiscrepancyReason = discrepancyReason;
        Authorization = authorization;
        StepsFromRecommendation = steps;
        Findings = BuildFindings();
    }

    /// <summary>Gets the recommendation the placement follows or overrides.</summary>
    public PlacementDecision Decision { get; }

    /// <summary>Gets the recommended level (from <see cref="Decision"/>).</summary>
    public LevelOfCare Recommended => Decision.Recommended;

    /// <summary>Gets the level actually delivered.</summary>
    public LevelOfCare ClinicalLevel { get; }

    /// <summary>Gets the date of the placement.</summary>
    public LocalDate PlacedOn { get; }

    /// <summary>Gets why the clinical level differs from the recommendation, or <see langword="null"/> when it does not.</summary>
    public DiscrepancyReason? DiscrepancyReason { get; }

    /// <summary>Gets what the payer authorized, or <see langword="null"/> if not known.</summary>
    public PayerAuthorization? Authorization { get; }

    /// <summary>Gets the signed number of levels from the recommendation to the clinical level (positive = more intensive).</summary>
    public int StepsFromRecommendation { get; }

    /// <summary>Gets how many levels the clinical level is from the recommendation (0 when it matches).</summary>
    public int LevelsApart => Math.Abs(StepsFromRecommendation);

    /// <summary>Gets whether the placement matches, over-places or under-places the recommendation.</summary>
    public PlacementDiscrepancy Discrepancy => StepsFromRecommendation switch
    {
        > 0 => PlacementDiscrepancy.OverPlacement,
        < 0 => PlacementDiscrepancy.UnderPlacement,
        _ => PlacementDiscrepancy.None,
    };

    /// <summary>Gets the findings about the placement (see the type remarks).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Returns the same placement with the payer's authorization recorded (payers often decide after placement).</summary>
    /// <param name="authorization">What the payer authorized.</param>
    /// <returns>A new placement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorization"/> is null.</exception>
    public ClinicalPlacement WithAuthorization(PayerAuthorization authorization)
    {
        Guard.Against.Null(authorization);
        return new ClinicalPlacement(Decision, ClinicalLevel, PlacedOn, DiscrepancyReason, authorization);
    }

    /// <summary>Summarises the placement, for example <c>Placed IOP, recommended PHP (under-placement by 1)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Discrepancy == PlacementDiscrepancy.None
        ? $"Placed {ClinicalLevel.Abbreviation()} as recommended"
        : $"Placed {ClinicalLevel.Abbreviation()}, recommended {Recommended.Abbreviation()} ({(Discrepancy == PlacementDiscrepancy.OverPlacement ? "over" : "under")}-placement by {LevelsApart}, {DiscrepancyReason})";

    private ReadOnlyCollection<Finding> BuildFindings()
    {
        var findings = new List<Finding>();
        if (Discrepancy != PlacementDiscrepancy.None)
        {
            findings.Add(PlacementRules.OverrideDiscrepancy.ToFinding(
                Severity.Information,
                $"Placed at {ClinicalLevel.DisplayName()} instead of the recommended {Recommended.DisplayName()}: {(Discrepancy == PlacementDiscrepancy.OverPlacement ? "over" : "under")}-placement by {LevelsApart} level{(LevelsApart == 1 ? string.Empty : "s")} ({Describe(DiscrepancyReason!.Value)})."));
        }

        if (Decision.IsStaleOn(PlacedOn))
        {
            findings.Add(PlacementRules.AssessmentStale.ToFinding(Severity.Warning, "The assessment is past its validity window on the placement date; reassess before placing."));
        }

        if (Authorization is { } auth)
        {
            if (auth.Level != ClinicalLevel)
            {
                findings.Add(PlacementRules.AuthorizedLevelDiffers.ToFinding(
                    Severity.Warning,
                    $"The payer authorized {auth.Level.DisplayName()} but {ClinicalLevel.DisplayName()} is delivered."));
            }

            if (!auth.Period.Contains(PlacedOn))
            {
                findings.Add(PlacementRules.OutsideAuthorization.ToFinding(Severity.Warning, "The placement date is outside the authorization period."));
            }
        }

        findings.Sort(FindingOrder.Instance);
        return findings.AsReadOnly();
    }

    internal static string Describe(DiscrepancyReason reason) => reason switch
    {
        Placement.DiscrepancyReason.ClinicalJudgement => "clinical judgement",
        Placement.DiscrepancyReason.PatientPreference => "patient preference",
        Placement.DiscrepancyReason.LevelNotAvailable => "level not available",
        Placement.DiscrepancyReason.WaitingList => "waiting list",
        Placement.DiscrepancyReason.PayerDecision => "payer decision",
        Placement.DiscrepancyReason.GeographicAccess => "geographic access",
        Placement.DiscrepancyReason.LegalMandate => "legal mandate",
        _ => "other",
    };
}
