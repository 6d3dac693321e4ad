using System.Globalization;
using System.Numerics;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The default placement policy, built only from public criteria: Medicare eligibility (42 CFR 410.43,
/// 410.44, 424.24) and widely published practice criteria (24-hour medical management, 24-hour
/// supervision, a safe living environment, weekly hours of need, stepping down, relapse). It does not
/// reproduce the ASAM Criteria or LOCUS.
/// </summary>
/// <remarks>
/// <para>The rules, in order of intensity (most intensive wins; every rule that applies is a reason):
/// <c>PLC-CRIT-INPATIENT</c>, <c>PLC-CRIT-RESIDENTIAL</c>, <c>PLC-CRIT-ENVIRONMENT</c>,
/// <c>PLC-CRIT-PHP-ALTERNATIVE</c>, <c>PLC-CRIT-PHP-HOURS</c>, <c>PLC-CRIT-IOP-HOURS</c>,
/// <c>PLC-CRIT-STEP-DOWN</c>, <c>PLC-CRIT-RELAPSE</c>, and <c>PLC-CRIT-OUTPATIENT</c> when none of the
/// others applies. A rule whose determination was not assessed is not applied and yields
/// <c>PLC-INPUT-MISSING</c>; contradictions yield <c>PLC-INPUT-CONTRADICTORY</c>; a recommended IOP or
/// PHP is checked against Medicare certification (<c>PLC-MCR-IOP-ELIGIBILITY</c>, <c>PLC-MCR-PHP-ELIGIBILITY</c>).</para>
/// <para>Every reason and finding object is built once, when the policy is created, so a decision
/// allocates only itself and its reason list. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CriteriaPlacementPolicy : IPlacementPolicy
{
    private const int RuleInpatient = 0;
    private const int RuleResidential = 1;
    private const int RuleEnvironment = 2;
    private const int RulePhpAlternative = 3;
    private const int RulePhpHours = 4;
    private const int RuleIopHours = 5;
    private const int RuleStepDown = 6;
    private const int RuleRelapse = 7;
    private const int RuleOutpatient = 8;
    private const int RuleCount = 9;

    // Finding kinds: bit positions in the mask built while deciding.
    private const int MissingMedical = 0;
    private const int MissingSupervision = 1;
    private const int MissingEnvironment = 2;
    private const int MissingInpatientAlternative = 3;
    private const int MissingHours = 4;
    private const int MissingRelapse = 5;
    private const int MissingInterference = 6;
    private const int MissingTolerance = 7;
    private const int IopHoursShort = 8;
    private const int IopNoInterference = 9;
    private const int IopNotTolerated = 10;
    private const int PhpHoursShort = 11;
    private const int PhpNoInpatientAlternative = 12;
    private const int PhpNotTolerated = 13;
    private const int SteppingDownNotLower = 14;
    private const int MedicalWithoutSupervision = 15;
    private const int FindingKindCount = 16;

    private static readonly Rule[] RuleTable =
    [
        PlacementRules.Inpatient,
        PlacementRules.Residential,
        PlacementRules.UnsafeEnvironment,
        PlacementRules.PhpInLieuOfInpatient,
        PlacementRules.PhpHours,
        PlacementRules.IopHours,
        PlacementRules.StepDown,
        PlacementRules.Relapse,
        PlacementRules.Outpatient,
    ];

    private readonly CriteriaPlacementRuleSet ruleSet;

    // reasons[rule * 10 + (level - 1) * 2 + (decisive ? 1 : 0)]
    private readonly PlacementReason?[] reasons;

    // Findings sorted in the canonical finding order, with the kind of each.
    private readonly Finding[] sortedFindings;
    private readonly int[] sortedKinds;

    /// <summary>Creates the policy for a rule set.</summary>
    /// <param name="ruleSet">The thresholds and parameters, for example <see cref="CriteriaPlacementRuleSet.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException">An intensive-outpatient hour threshold is not below the partial-hospitalization threshold.</exception>
    public CriteriaPlacementPolicy(CriteriaPlacementRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        if (ruleSet.AdultIopMinimumWeeklyHours >= ruleSet.PhpMinimumWeeklyHours
            || ruleSet.AdolescentIopMinimumWeeklyHours >= ruleSet.PhpMinimumWeeklyHours)
        {
            throw new ArgumentException("The intensive-outpatient hour thresholds must be below the partial-hospitalization threshold.", nameof(ruleSet));
        }

        this.ruleSet = ruleSet;
        reasons = BuildReasons(ruleSet);
        (sortedFindings, sortedKinds) = BuildFindings(ruleSet);
    }

    /// <summary>Gets the policy built on <see cref="CriteriaPlacementRuleSet.Default"/>.</summary>
    public static CriteriaPlacementPolicy Default { get; } = new(CriteriaPlacementRuleSet.Default);

    /// <summary>Gets the rule set the policy applies.</summary>
    public CriteriaPlacementRuleSet RuleSet => ruleSet;

    /// <inheritdoc/>
    public string Name => ruleSet.Name;

    /// <inheritdoc/>
    public string Version => ruleSet.Version;

    /// <inheritdoc/>
    public LocalDate EffectiveFrom => ruleSet.EffectiveFrom;

    /// <inheritdoc/>
    public PlacementDecision Decide(Assessment assessment)
    {
        Guard.Against.Null(assessment);
        Span<int> firedRule = stackalloc int[RuleCount];
        Span<int> firedLevel = stackalloc int[RuleCount];
        var count = 0;
        var mask = 0u;

        void Fire(Span<int> rules, Span<int> levels, int rule, LevelOfCare level)
        {
            rules[count] = rule;
            levels[count] = (int)level;
            count++;
        }

        var medical = assessment.Needs24HourMedicalManagement;
        var supervision = assessment.Needs24HourSupervision;
        var environment = assessment.SafeStableLivingEnvironment;
        var alternative = assessment.WouldOtherwiseNeedInpatient;
        var hours = assessment.WeeklyTreatmentHoursNeeded;
        var relapse = assessment.RelapsedAfterTreatment;

        if (medical == Determination.Yes)
        {
            Fire(firedRule, firedLevel, RuleInpatient, LevelOfCare.Inpatient);
        }
        else if (medical is null)
        {
            mask |= 1u << MissingMedical;
        }

        if (supervision == Determination.Yes)
        {
            Fire(firedRule, firedLevel, RuleResidential, LevelOfCare.Residential);
        }
        else if (supervision is null)
        {
            mask |= 1u << MissingSupervision;
        }

        if (environment == Determination.No)
        {
            Fire(firedRule, firedLevel, RuleEnvironment, ruleSet.UnsafeEnvironmentMinimumLevel);
        }
        else if (environment is null)
        {
            mask |= 1u << MissingEnvironment;
        }

        if (alternative == Determination.Yes)
        {
            Fire(firedRule, firedLevel, RulePhpAlternative, LevelOfCare.PartialHospitalization);
        }
        else if (alternative is null)
        {
            mask |= 1u << MissingInpatientAlternative;
        }

        if (hours is { } h)
        {
            if (h >= ruleSet.PhpMinimumWeeklyHours)
            {
                Fire(firedRule, firedLevel, RulePhpHours, LevelOfCare.PartialHospitalization);
            }
            else if (h >= ruleSet.IopMinimumWeeklyHours(assessment.AgeGroup))
            {
                Fire(firedRule, firedLevel, RuleIopHours, LevelOfCare.IntensiveOutpatient);
            }
        }
        else
        {
            mask |= 1u << MissingHours;
        }

        if (assessment.SteppingDownFrom is { } from)
        {
            Fire(firedRule, firedLevel, RuleStepDown, from - 1);
        }

        if (relapse == Determination.Yes)
        {
            Fire(firedRule, firedLevel, RuleRelapse, ruleSet.RelapseMinimumLevel);
        }
        else if (relapse is null)
        {
            mask |= 1u << MissingRelapse;
        }

        if (count == 0)
        {
            Fire(firedRule, firedLevel, RuleOutpatient, LevelOfCare.Outpatient);
        }

        var recommended = 0;
        for (var i = 0; i < count; i++)
        {
            recommended = Math.Max(recommended, firedLevel[i]);
        }

        var level = (LevelOfCare)recommended;
        mask |= Checks(assessment, level, hours);

        var chosen = new PlacementReason[count];
        for (var i = 0; i < count; i++)
        {
            var reason = reasons[(firedRule[i] * 10) + ((firedLevel[i] - 1) * 2) + (firedLevel[i] == recommended ? 1 : 0)]!;
            var j = i;
            while (j > 0 && ReasonOrder.Instance.Compare(chosen[j - 1], reason) > 0)
            {
                chosen[j] = chosen[j - 1];
                j--;
            }

            chosen[j] = reason;
        }

        Finding[]? findings = null;
        if (mask != 0)
        {
            findings = new Finding[BitOperations.PopCount(mask)];
            var k = 0;
            for (var i = 0; i < sortedKinds.Length; i++)
            {
                if ((mask & (1u << sortedKinds[i])) != 0)
                {
                    findings[k++] = sortedFindings[i];
                }
            }
        }

        return PlacementDecision.Trusted(
            ruleSet.Name,
            ruleSet.Version,
            ruleSet.EffectiveFrom,
            level,
            assessment.Date,
            assessment.Date.PlusDays(ruleSet.AssessmentValidityDays),
            chosen,
            findings);
    }

    private uint Checks(Assessment assessment, LevelOfCare level, decimal? hours)
    {
        var mask = 0u;
        var tolerance = assessment.CanParticipateAndTolerate;
        if (level == LevelOfCare.IntensiveOutpatient)
        {
            if (hours < ruleSet.MedicareIopMinimumWeeklyHours)
            {
                mask |= 1u << IopHoursShort;
            }

            mask |= assessment.SeriousInterference switch
            {
                null => 1u << MissingInterference,
                Determination.No => 1u << IopNoInterference,
                _ => 0u,
            };
            mask |= tolerance switch
            {
                null => 1u << MissingTolerance,
                Determination.No => 1u << IopNotTolerated,
                _ => 0u,
            };
        }
        else if (level == LevelOfCare.PartialHospitalization)
        {
            if (hours < ruleSet.PhpMinimumWeeklyHours)
            {
                mask |= 1u << PhpHoursShort;
            }

            if (assessment.WouldOtherwiseNeedInpatient == Determination.No)
            {
                mask |= 1u << PhpNoInpatientAlternative;
            }

            mask |= tolerance switch
            {
                null => 1u << MissingTolerance,
                Determination.No => 1u << PhpNotTolerated,
                _ => 0u,
            };
        }

        if (assessment.SteppingDownFrom is { } from && level >= from)
        {
            mask |= 1u << SteppingDownNotLower;
        }

        if (assessment.Needs24HourMedicalManagement == Determination.Yes && assessment.Needs24HourSupervision == Determination.No)
        {
            mask |= 1u << MedicalWithoutSupervision;
        }

        return mask;
    }

    private static PlacementReason?[] BuildReasons(CriteriaPlacementRuleSet ruleSet)
    {
        var table = new PlacementReason?[RuleCount * 10];
        for (var rule = 0; rule < RuleCount; rule++)
        {
            foreach (var level in LevelsOfCare.All)
            {
                var explanation = Explanation(rule, level, ruleSet);
                if (explanation is null)
                {
                    continue;
                }

                for (var decisive = 0; decisive < 2; decisive++)
                {
                    var r = RuleTable[rule];
                    table[(rule * 10) + (((int)level - 1) * 2) + decisive] = new PlacementReason(r.Id, level, r.Source, decisive == 1, explanation);
                }
            }
        }

        return table;
    }

    private static string? Explanation(int rule, LevelOfCare level, CriteriaPlacementRuleSet ruleSet) => rule switch
    {
        RuleInpatient => "Needs 24-hour medical management: medically managed inpatient care.",
        RuleResidential => "Needs 24-hour supervision or structure: at least residential care.",
        RuleEnvironment => $"Has no safe and stable living environment: at least {level.DisplayName()} care.",
        RulePhpAlternative => "Would otherwise need inpatient psychiatric care: at least partial hospitalization.",
        RulePhpHours => Invariant($"Needs at least {ruleSet.PhpMinimumWeeklyHours} hours of treatment a week: partial hospitalization."),
        RuleIopHours => Invariant($"Needs at least {ruleSet.AdultIopMinimumWeeklyHours} (adult) or {ruleSet.AdolescentIopMinimumWeeklyHours} (adolescent) hours of treatment a week: intensive outpatient."),
        RuleStepDown => level.StepUp() is { } from ? $"Is stepping down from {from.DisplayName()}: at least {level.DisplayName()}, so no level is skipped." : null,
        RuleRelapse => $"Has relapsed after earlier treatment: at least {level.DisplayName()}.",
        _ => "No criterion for a more intensive level was met: outpatient.",
    };

    private static (Finding[] Findings, int[] Kinds) BuildFindings(CriteriaPlacementRuleSet ruleSet)
    {
        var missing = PlacementRules.InputMissing;
        var iop = PlacementRules.MedicareIopEligibility;
        var php = PlacementRules.MedicarePhpEligibility;
        var contradictory = PlacementRules.InputContradictory;
        var all = new (Finding Finding, int Kind)[FindingKindCount];
        all[MissingMedical] = (missing.ToFinding(Severity.Warning, "The need for 24-hour medical management was not assessed; the inpatient criterion (PLC-CRIT-INPATIENT) was not applied."), MissingMedical);
        all[MissingSupervision] = (missing.ToFinding(Severity.Warning, "The need for 24-hour supervision or structure was not assessed; the residential criterion (PLC-CRIT-RESIDENTIAL) was not applied."), MissingSupervision);
        all[MissingEnvironment] = (missing.ToFinding(Severity.Warning, "Whether the living environment is safe and stable was not assessed; PLC-CRIT-ENVIRONMENT was not applied."), MissingEnvironment);
        all[MissingInpatientAlternative] = (missing.ToFinding(Severity.Warning, "Whether the person would otherwise need inpatient care was not assessed; PLC-CRIT-PHP-ALTERNATIVE was not applied."), MissingInpatientAlternative);
        all[MissingHours] = (missing.ToFinding(Severity.Warning, "The weekly hours of treatment needed were not assessed; the hour criteria (PLC-CRIT-PHP-HOURS, PLC-CRIT-IOP-HOURS) were not applied."), MissingHours);
        all[MissingRelapse] = (missing.ToFinding(Severity.Warning, "Relapse after earlier treatment was not assessed; PLC-CRIT-RELAPSE was not applied."), MissingRelapse);
        all[MissingInterference] = (missing.ToFinding(Severity.Warning, "Whether the disorder seriously interferes with several areas of life was not assessed; Medicare IOP eligibility could not be checked."), MissingInterference);
        all[MissingTolerance] = (missing.ToFinding(Severity.Warning, "Whether the person can take part in and tolerate the programme was not assessed; Medicare eligibility could not be checked."), MissingTolerance);
        all[IopHoursShort] = (iop.ToFinding(Severity.Warning, Invariant($"Medicare IOP certification needs a need for at least {ruleSet.MedicareIopMinimumWeeklyHours} hours a week; the assessment records fewer.")), IopHoursShort);
        all[IopNoInterference] = (iop.ToFinding(Severity.Warning, "Medicare IOP needs a disorder that seriously interferes with several areas of life; the assessment records that it does not."), IopNoInterference);
        all[IopNotTolerated] = (iop.ToFinding(Severity.Warning, "Medicare IOP needs the ability to take part in and tolerate the programme; the assessment records that the person cannot."), IopNotTolerated);
        all[PhpHoursShort] = (php.ToFinding(Severity.Warning, Invariant($"Medicare PHP needs a need for at least {ruleSet.PhpMinimumWeeklyHours} hours a week; the assessment records fewer.")), PhpHoursShort);
        all[PhpNoInpatientAlternative] = (php.ToFinding(Severity.Warning, "Medicare PHP certification needs a finding that the person would otherwise need inpatient psychiatric care; the assessment records that they would not."), PhpNoInpatientAlternative);
        all[PhpNotTolerated] = (php.ToFinding(Severity.Warning, "Medicare PHP needs the ability to tolerate the programme; the assessment records that the person cannot."), PhpNotTolerated);
        all[SteppingDownNotLower] = (contradictory.ToFinding(Severity.Warning, "The person is recorded as stepping down, but the criteria indicate the level being left or a more intensive one."), SteppingDownNotLower);
        all[MedicalWithoutSupervision] = (contradictory.ToFinding(Severity.Warning, "The person needs 24-hour medical management but is recorded as not needing 24-hour supervision or structure."), MedicalWithoutSupervision);
        Array.Sort(all, (a, b) => FindingOrder.Instance.Compare(a.Finding, b.Finding));
        return (all.Select(a => a.Finding).ToArray(), all.Select(a => a.Kind).ToArray());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
