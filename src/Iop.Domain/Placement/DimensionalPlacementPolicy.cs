using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// A generic placement engine configured by a <see cref="DimensionalPlacementTable"/>: per-dimension
/// minimum levels, composite-score bands and override rules over ASAM dimension or LOCUS scale ratings;
/// the most intensive level required wins. It ships with no licensed table.
/// </summary>
/// <remarks>
/// <para>Each entry that applies is a reason (<c>PLC-DIM-MINIMUM</c>, <c>PLC-DIM-COMPOSITE</c>,
/// <c>PLC-DIM-OVERRIDE</c>) citing the table's source; when none applies the table's default level is
/// recommended (<c>PLC-DIM-DEFAULT</c>). An entry whose dimension was not rated is not applied and the
/// decision carries <c>PLC-INPUT-MISSING</c>; bands need every dimension rated. Reasons are in canonical
/// order, so the order of the table's entries never changes a decision.</para>
/// <para>Reason and finding objects are built once, when the policy is created. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DimensionalPlacementPolicy : IPlacementPolicy
{
    private readonly DimensionalPlacementTable table;
    private readonly IReadOnlyList<RatedDimension> dimensions;
    private readonly DimensionThreshold[] thresholds;
    private readonly CompositeBand[] bands;

    // [entry * 2 + decisive]: minimums first, then overrides, then bands; the default reason last.
    private readonly PlacementReason[] reasons;
    private readonly Finding[] missingDimension;
    private readonly Finding missingComposite;

    /// <summary>Creates the engine for a table.</summary>
    /// <param name="table">The table, supplied by the integrator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public DimensionalPlacementPolicy(DimensionalPlacementTable table)
    {
        Guard.Against.Null(table);
        this.table = table;
        dimensions = RatedDimension.AllOf(table.Instrument);
        thresholds = [.. table.Minimums, .. table.Overrides];
        bands = [.. table.CompositeBands];
        var count = thresholds.Length + bands.Length;
        reasons = new PlacementReason[(count + 1) * 2];
        for (var decisive = 0; decisive < 2; decisive++)
        {
            for (var i = 0; i < thresholds.Length; i++)
            {
                var t = thresholds[i];
                var rule = i < table.Minimums.Count ? PlacementRules.DimensionMinimum : PlacementRules.DimensionOverride;
                var kind = i < table.Minimums.Count ? "sets a minimum of" : "overrides to at least";
                reasons[(i * 2) + decisive] = Reason(rule, t.Level, decisive == 1, $"{t.Dimension} rated {t.AtLeast} or more {kind} {t.Level.DisplayName()}.");
            }

            for (var i = 0; i < bands.Length; i++)
            {
                var b = bands[i];
                reasons[((thresholds.Length + i) * 2) + decisive] = Reason(PlacementRules.DimensionComposite, b.Level, decisive == 1, $"Composite score in the band {b.From}–{b.To}: at least {b.Level.DisplayName()}.");
            }

            reasons[(count * 2) + decisive] = Reason(PlacementRules.DimensionDefault, table.DefaultLevel, decisive == 1, $"No entry of the table applies: {table.DefaultLevel.DisplayName()}.");
        }

        PlacementReason Reason(Rule rule, LevelOfCare level, bool decisive, string explanation) =>
            new(new Finding(rule.Id, Severity.Information, explanation, table.Source), level, decisive);

        missingDimension = [.. dimensions.Select(d => PlacementRules.InputMissing.ToFinding(Severity.Warning, $"{d} was not rated; the table entries that read it were not applied."))];
        missingComposite = PlacementRules.InputMissing.ToFinding(Severity.Warning, "Not every dimension was rated, so the composite score and its bands were not applied.");
    }

    /// <summary>Gets the table the engine applies.</summary>
    public DimensionalPlacementTable Table => table;

    /// <inheritdoc/>
    public string Name => table.Name;

    /// <inheritdoc/>
    public string Version => table.Version;

    /// <inheritdoc/>
    public LocalDate EffectiveFrom => table.EffectiveFrom;

    /// <inheritdoc/>
    public PlacementDecision Decide(Assessment assessment)
    {
        Guard.Against.Null(assessment);
        Span<int> rating = stackalloc int[dimensions.Count + 1];
        var composite = 0;
        var missing = 0u;
        foreach (var dimension in dimensions)
        {
            var value = assessment.RatingOf(dimension);
            rating[dimension.Number] = value ?? -1;
            composite += value ?? 0;
            if (value is null)
            {
                missing |= 1u << dimension.Number;
            }
        }

        var usedMissing = 0u;
        var recommended = 0;
        var fired = 0;
        for (var i = 0; i < thresholds.Length; i++)
        {
            var n = thresholds[i].Dimension.Number;
            if (rating[n] < 0)
            {
                usedMissing |= 1u << n;
            }
            else if (rating[n] >= thresholds[i].AtLeast)
            {
                recommended = Math.Max(recommended, (int)thresholds[i].Level);
                fired++;
            }
        }

        var compositeKnown = missing == 0;
        if (compositeKnown)
        {
            foreach (var band in bands)
            {
                if (band.Contains(composite))
                {
                    recommended = Math.Max(recommended, (int)band.Level);
                    fired++;
                }
            }
        }

        var chosen = new PlacementReason[Math.Max(fired, 1)];
        if (fired == 0)
        {
            recommended = (int)table.DefaultLevel;
            chosen[0] = reasons[((thresholds.Length + bands.Length) * 2) + 1];
        }
        else
        {
            var k = 0;
            for (var i = 0; i < thresholds.Length; i++)
            {
                var n = thresholds[i].Dimension.Number;
                if (rating[n] >= 0 && rating[n] >= thresholds[i].AtLeast)
                {
                    chosen[k++] = reasons[(i * 2) + ((int)thresholds[i].Level == recommended ? 1 : 0)];
                }
            }

            for (var i = 0; compositeKnown && i < bands.Length; i++)
            {
                if (bands[i].Contains(composite))
                {
                    chosen[k++] = reasons[((thresholds.Length + i) * 2) + ((int)bands[i].Level == recommended ? 1 : 0)];
                }
            }

            Array.Sort(chosen, ReasonOrder.Instance);
        }

        Finding[]? findings = null;
        var missingCompositeUsed = !compositeKnown && bands.Length > 0;
        if (usedMissing != 0 || missingCompositeUsed)
        {
            findings = new Finding[System.Numerics.BitOperations.PopCount(usedMissing) + (missingCompositeUsed ? 1 : 0)];
            var k = 0;
            foreach (var dimension in dimensions)
            {
                if ((usedMissing & (1u << dimension.Number)) != 0)
                {
                    findings[k++] = missingDimension[dimension.Number - 1];
                }
            }

            if (missingCompositeUsed)
            {
                findings[k] = missingComposite;
            }

            Array.Sort(findings, FindingOrder.Instance);
        }

        return PlacementDecision.Trusted(
            table.Name,
            table.Version,
            table.EffectiveFrom,
            (LevelOfCare)recommended,
            assessment.Date,
            assessment.Date.PlusDays(table.AssessmentValidityDays),
            chosen,
            findings);
    }
}
