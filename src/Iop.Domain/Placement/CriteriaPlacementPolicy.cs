using System.Globalization;
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
/// <para>The code reads like the Placement table of <c>docs/rules.md</c>: one method per rule, in the table's
/// order. Every criterion that applies indicates a level and becomes a reason (<c>PLC-CRIT-INPATIENT</c>,
/// <c>PLC-CRIT-RESIDENTIAL</c>, <c>PLC-CRIT-ENVIRONMENT</c>, <c>PLC-CRIT-PHP-ALTERNATIVE</c>,
/// <c>PLC-CRIT-PHP-HOURS</c>, <c>PLC-CRIT-IOP-HOURS</c>, <c>PLC-CRIT-STEP-DOWN</c>, <c>PLC-CRIT-RELAPSE</c>, and
/// <c>PLC-CRIT-OUTPATIENT</c> when none of the others applies); the most intensive level indicated is
/// recommended. A criterion whose determination was not assessed is not applied and yields
/// <c>PLC-INPUT-MISSING</c>; a recommended IOP or PHP is checked against Medicare certification
/// (<c>PLC-MCR-IOP-ELIGIBILITY</c>, <c>PLC-MCR-PHP-ELIGIBILITY</c>); contradictions yield
/// <c>PLC-INPUT-CONTRADICTORY</c> (decision record 0013).</para>
/// <para>Every reason and finding the policy can give is built once, when the policy is created, from the rule
/// set's thresholds and levels (named fields below, one per rule); a decision picks among them, so it allocates
/// only itself and its two arrays. Messages are library text: they never contain the assessment's date, the rule
/// set's name or any caller text. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CriteriaPlacementPolicy : IPlacementPolicy
{
    // The explanations, one per PLC-CRIT-… rule (and per level where the rule's level varies).
    private readonly Explanation inpatient;
    private readonly Explanation residential;
    private readonly Explanation unsafeEnvironment;
    private readonly Explanation phpAlternative;
    private readonly Explanation phpHours;
    private readonly Explanation adultIopHours;
    private readonly Explanation adolescentIopHours;
    private readonly Explanation[] stepDownFrom;
    private readonly Explanation relapse;
    private readonly Explanation outpatient;

    // The findings whose text depends on the rule set; the others are library constants (below).
    private readonly Finding iopHoursShort;
    private readonly Finding phpHoursShort;

    // Every finding the policy can report, in the canonical order: a decision lists what it reported in this order.
    private readonly Finding[] catalogue;

    /// <summary>Creates the policy for a rule set.</summary>
    /// <param name="ruleSet">The thresholds and parameters, for example <see cref="CriteriaPlacementRuleSet.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public CriteriaPlacementPolicy(CriteriaPlacementRuleSet ruleSet)
    {
        RuleSet = Guard.Against.Null(ruleSet);
        var environment = ruleSet.UnsafeEnvironmentMinimumLevel;
        var afterRelapse = ruleSet.RelapseMinimumLevel;
        inpatient = new(PlacementRules.Inpatient, LevelOfCare.Inpatient, "Needs 24-hour medical management: medically managed inpatient care.");
        residential = new(PlacementRules.Residential, LevelOfCare.Residential, "Needs 24-hour supervision or structure: at least residential care.");
        unsafeEnvironment = new(PlacementRules.UnsafeEnvironment, environment, $"Has no safe and stable living environment: at least {environment.DisplayName()} care.");
        phpAlternative = new(PlacementRules.PhpInLieuOfInpatient, LevelOfCare.PartialHospitalization, "Would otherwise need inpatient psychiatric care: at least partial hospitalization.");
        phpHours = new(PlacementRules.PhpHours, LevelOfCare.PartialHospitalization, $"Needs at least {Hours(ruleSet.PhpMinimumWeeklyHours)} hours of treatment a week: partial hospitalization.");
        adultIopHours = new(PlacementRules.IopHours, LevelOfCare.IntensiveOutpatient, $"Needs at least {Hours(ruleSet.AdultIopMinimumWeeklyHours)} hours of treatment a week (adult): intensive outpatient.");
        adolescentIopHours = new(PlacementRules.IopHours, LevelOfCare.IntensiveOutpatient, $"Needs at least {Hours(ruleSet.AdolescentIopMinimumWeeklyHours)} hours of treatment a week (adolescent): intensive outpatient.");
        stepDownFrom = [.. LevelsOfCare.All.Select(from => from.StepDown() is { } next
            ? new Explanation(PlacementRules.StepDown, next, $"Is stepping down from {from.DisplayName()}: at least {next.DisplayName()}, so no level is skipped.")
            : null!)];
        relapse = new(PlacementRules.Relapse, afterRelapse, $"Has relapsed after earlier treatment: at least {afterRelapse.DisplayName()}.");
        outpatient = new(PlacementRules.Outpatient, LevelOfCare.Outpatient, "No criterion for a more intensive level was met: outpatient.");
        iopHoursShort = PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, $"Medicare IOP certification needs a need for at least {Hours(ruleSet.MedicareIopMinimumWeeklyHours)} hours a week; the assessment records fewer.");
        phpHoursShort = PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, $"Medicare PHP needs a need for at least {Hours(ruleSet.PhpMinimumWeeklyHours)} hours a week; the assessment records fewer.");
        catalogue =
        [
            NotAssessed.MedicalManagement, NotAssessed.Supervision, NotAssessed.Environment, NotAssessed.InpatientAlternative,
            NotAssessed.Hours, NotAssessed.Relapse, NotAssessed.Interference, NotAssessed.Tolerance,
            iopHoursShort, Unmet.IopNoInterference, Unmet.IopNotTolerated, phpHoursShort, Unmet.PhpNoInpatientAlternative, Unmet.PhpNotTolerated,
            Unmet.SteppingDownNotLower, Unmet.MedicalWithoutSupervision,
        ];
        Array.Sort(catalogue, FindingOrder.Instance);
    }

    /// <summary>Gets the policy built on <see cref="CriteriaPlacementRuleSet.Default"/>.</summary>
    public static CriteriaPlacementPolicy Default { get; } = new(CriteriaPlacementRuleSet.Default);

    /// <summary>Gets the rule set the policy applies.</summary>
    public CriteriaPlacementRuleSet RuleSet { get; }

    /// <inheritdoc/>
    public string Name => RuleSet.Name;

    /// <inheritdoc/>
    public string Version => RuleSet.Version;

    /// <inheritdoc/>
    public LocalDate EffectiveFrom => RuleSet.EffectiveFrom;

    /// <inheritdoc/>
    public PlacementDecision Decide(Assessment assessment)
    {
        Guard.Against.Null(assessment);
        Span<bool> reported = stackalloc bool[catalogue.Length];
        var sheet = new Worksheet(assessment, catalogue, reported);

        // The criteria, in the order of docs/rules.md.
        Inpatient(ref sheet);
        Residential(ref sheet);
        Environment(ref sheet);
        PhpAlternative(ref sheet);
        PhpHoursOrIopHours(ref sheet);
        StepDown(ref sheet);
        Relapse(ref sheet);
        Outpatient(ref sheet);

        // The checks of the recommendation.
        var recommended = sheet.MostIntensiveIndicated();
        MedicareIopEligibility(ref sheet, recommended);
        MedicarePhpEligibility(ref sheet, recommended);
        Contradictions(ref sheet, recommended);

        return PlacementDecision.Trusted(
            RuleSet.Name,
            RuleSet.Version,
            RuleSet.EffectiveFrom,
            recommended,
            assessment.Date,
            assessment.Date.PlusDays(RuleSet.AssessmentValidityDays),
            sheet.Reasons(recommended),
            sheet.Findings());
    }

    /// <summary><c>PLC-CRIT-INPATIENT</c>: a need for 24-hour medical management indicates medically managed inpatient care.</summary>
    private void Inpatient(ref Worksheet sheet)
    {
        switch (sheet.Assessment.Needs24HourMedicalManagement)
        {
            case Determination.Yes:
                sheet.Indicate(inpatient);
                break;
            case null:
                sheet.Report(NotAssessed.MedicalManagement);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-RESIDENTIAL</c>: a need for 24-hour supervision or structure indicates at least residential care.</summary>
    private void Residential(ref Worksheet sheet)
    {
        switch (sheet.Assessment.Needs24HourSupervision)
        {
            case Determination.Yes:
                sheet.Indicate(residential);
                break;
            case null:
                sheet.Report(NotAssessed.Supervision);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-ENVIRONMENT</c>: without a safe and stable living environment, at least the rule set's level (residential by default).</summary>
    private void Environment(ref Worksheet sheet)
    {
        switch (sheet.Assessment.SafeStableLivingEnvironment)
        {
            case Determination.No:
                sheet.Indicate(unsafeEnvironment);
                break;
            case null:
                sheet.Report(NotAssessed.Environment);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-PHP-ALTERNATIVE</c>: a person who would otherwise need inpatient psychiatric care needs at least partial hospitalization.</summary>
    private void PhpAlternative(ref Worksheet sheet)
    {
        switch (sheet.Assessment.WouldOtherwiseNeedInpatient)
        {
            case Determination.Yes:
                sheet.Indicate(phpAlternative);
                break;
            case null:
                sheet.Report(NotAssessed.InpatientAlternative);
                break;
        }
    }

    /// <summary>
    /// <c>PLC-CRIT-PHP-HOURS</c>: a need for at least the PHP hours a week (20 by default) indicates partial hospitalization;
    /// otherwise <c>PLC-CRIT-IOP-HOURS</c>: a need for at least the age group's IOP hours a week (9 adult, 6 adolescent by
    /// default) indicates intensive outpatient.
    /// </summary>
    private void PhpHoursOrIopHours(ref Worksheet sheet)
    {
        var assessment = sheet.Assessment;
        if (assessment.WeeklyTreatmentHoursNeeded is not { } needed)
        {
            sheet.Report(NotAssessed.Hours);
        }
        else if (needed >= RuleSet.PhpMinimumWeeklyHours)
        {
            sheet.Indicate(phpHours);
        }
        else if (needed >= RuleSet.IopMinimumWeeklyHours(assessment.AgeGroup))
        {
            sheet.Indicate(assessment.AgeGroup == AgeGroup.Adult ? adultIopHours : adolescentIopHours);
        }
    }

    /// <summary><c>PLC-CRIT-STEP-DOWN</c>: a person stepping down from a level needs at least the next less intensive level.</summary>
    private void StepDown(ref Worksheet sheet)
    {
        if (sheet.Assessment.SteppingDownFrom is { } from)
        {
            sheet.Indicate(stepDownFrom[(int)from - 1]);
        }
    }

    /// <summary><c>PLC-CRIT-RELAPSE</c>: relapse after earlier treatment indicates at least the rule set's level (intensive outpatient by default).</summary>
    private void Relapse(ref Worksheet sheet)
    {
        switch (sheet.Assessment.RelapsedAfterTreatment)
        {
            case Determination.Yes:
                sheet.Indicate(relapse);
                break;
            case null:
                sheet.Report(NotAssessed.Relapse);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-OUTPATIENT</c>: when no criterion for a more intensive level is met, outpatient care is indicated.</summary>
    private void Outpatient(ref Worksheet sheet)
    {
        if (!sheet.AnyIndicated)
        {
            sheet.Indicate(outpatient);
        }
    }

    /// <summary><c>PLC-MCR-IOP-ELIGIBILITY</c>: a recommended IOP needs ≥ 9 h/week, serious interference with several areas of life, and the ability to take part and tolerate.</summary>
    private void MedicareIopEligibility(ref Worksheet sheet, LevelOfCare recommended)
    {
        if (recommended != LevelOfCare.IntensiveOutpatient)
        {
            return;
        }

        var assessment = sheet.Assessment;
        if (assessment.WeeklyTreatmentHoursNeeded < RuleSet.MedicareIopMinimumWeeklyHours)
        {
            sheet.Report(iopHoursShort);
        }

        sheet.Report(assessment.SeriousInterference switch
        {
            null => NotAssessed.Interference,
            Determination.No => Unmet.IopNoInterference,
            _ => null,
        });
        sheet.Report(assessment.CanParticipateAndTolerate switch
        {
            null => NotAssessed.Tolerance,
            Determination.No => Unmet.IopNotTolerated,
            _ => null,
        });
    }

    /// <summary><c>PLC-MCR-PHP-ELIGIBILITY</c>: a recommended PHP needs ≥ 20 h/week, that the person would otherwise need inpatient care, and the ability to tolerate it.</summary>
    private void MedicarePhpEligibility(ref Worksheet sheet, LevelOfCare recommended)
    {
        if (recommended != LevelOfCare.PartialHospitalization)
        {
            return;
        }

        var assessment = sheet.Assessment;
        if (assessment.WeeklyTreatmentHoursNeeded < RuleSet.PhpMinimumWeeklyHours)
        {
            sheet.Report(phpHoursShort);
        }

        if (assessment.WouldOtherwiseNeedInpatient == Determination.No)
        {
            sheet.Report(Unmet.PhpNoInpatientAlternative);
        }

        sheet.Report(assessment.CanParticipateAndTolerate switch
        {
            null => NotAssessed.Tolerance,
            Determination.No => Unmet.PhpNotTolerated,
            _ => null,
        });
    }

    /// <summary><c>PLC-INPUT-CONTRADICTORY</c>: stepping down while the criteria indicate the level being left or higher; medical management without supervision.</summary>
    private static void Contradictions(ref Worksheet sheet, LevelOfCare recommended)
    {
        var assessment = sheet.Assessment;
        if (assessment.SteppingDownFrom is { } from && recommended >= from)
        {
            sheet.Report(Unmet.SteppingDownNotLower);
        }

        if (assessment.Needs24HourMedicalManagement == Determination.Yes && assessment.Needs24HourSupervision == Determination.No)
        {
            sheet.Report(Unmet.MedicalWithoutSupervision);
        }
    }

    private static string Hours(Duration hours)
    {
        var total = hours.TotalHours;
        return total == Math.Floor(total)
            ? ((long)total).ToString(CultureInfo.InvariantCulture)
            : total.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The findings of the checks whose text depends on nothing but the rule: library constants. (A nested class, so
    /// they exist before <see cref="Default"/> is built.)
    /// </summary>
    private static class Unmet
    {
        public static Finding IopNoInterference { get; } = PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, "Medicare IOP needs a disorder that seriously interferes with several areas of life; the assessment records that it does not.");

        public static Finding IopNotTolerated { get; } = PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, "Medicare IOP needs the ability to take part in and tolerate the programme; the assessment records that the person cannot.");

        public static Finding PhpNoInpatientAlternative { get; } = PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, "Medicare PHP certification needs a finding that the person would otherwise need inpatient psychiatric care; the assessment records that they would not.");

        public static Finding PhpNotTolerated { get; } = PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, "Medicare PHP needs the ability to tolerate the programme; the assessment records that the person cannot.");

        public static Finding SteppingDownNotLower { get; } = PlacementRules.InputContradictory.ToFinding(Severity.Warning, "The person is recorded as stepping down, but the criteria indicate the level being left or a more intensive one.");

        public static Finding MedicalWithoutSupervision { get; } = PlacementRules.InputContradictory.ToFinding(Severity.Warning, "The person needs 24-hour medical management but is recorded as not needing 24-hour supervision or structure.");
    }

    /// <summary>The <c>PLC-INPUT-MISSING</c> findings, one per determination a rule needs.</summary>
    private static class NotAssessed
    {
        public static Finding MedicalManagement { get; } = Missing("The need for 24-hour medical management was not assessed; the inpatient criterion (PLC-CRIT-INPATIENT) was not applied.");

        public static Finding Supervision { get; } = Missing("The need for 24-hour supervision or structure was not assessed; the residential criterion (PLC-CRIT-RESIDENTIAL) was not applied.");

        public static Finding Environment { get; } = Missing("Whether the living environment is safe and stable was not assessed; PLC-CRIT-ENVIRONMENT was not applied.");

        public static Finding InpatientAlternative { get; } = Missing("Whether the person would otherwise need inpatient care was not assessed; PLC-CRIT-PHP-ALTERNATIVE was not applied.");

        public static Finding Hours { get; } = Missing("The weekly hours of treatment needed were not assessed; the hour criteria (PLC-CRIT-PHP-HOURS, PLC-CRIT-IOP-HOURS) were not applied.");

        public static Finding Relapse { get; } = Missing("Relapse after earlier treatment was not assessed; PLC-CRIT-RELAPSE was not applied.");

        public static Finding Interference { get; } = Missing("Whether the disorder seriously interferes with several areas of life was not assessed; Medicare IOP eligibility could not be checked.");

        public static Finding Tolerance { get; } = Missing("Whether the person can take part in and tolerate the programme was not assessed; Medicare eligibility could not be checked.");

        private static Finding Missing(string message) => PlacementRules.InputMissing.ToFinding(Severity.Warning, message);
    }

    /// <summary>A criterion's explanation for the level it indicates, as a decisive reason and as one that is also met.</summary>
    private sealed class Explanation(Rule rule, LevelOfCare level, string text)
    {
        private readonly PlacementReason decisive = new(rule.ToFinding(Severity.Information, text), level, isDecisive: true);
        private readonly PlacementReason alsoMet = new(rule.ToFinding(Severity.Information, text), level, isDecisive: false);

        public LevelOfCare Level => level;

        public PlacementReason ReasonFor(LevelOfCare recommended) => level == recommended ? decisive : alsoMet;
    }

    /// <summary>Room for the criteria that can indicate a level in one decision: seven at most (the two hour rules exclude each other, outpatient only applies alone).</summary>
    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct Indicated
    {
        private Explanation element;
    }

    /// <summary>What one decision has found so far: the explanations of the levels indicated and the findings reported.</summary>
    private ref struct Worksheet(Assessment assessment, Finding[] catalogue, Span<bool> reported)
    {
        private readonly Span<bool> reported = reported;
        private Indicated indicated;
        private int count;
        private int findings;

        public readonly Assessment Assessment { get; } = assessment;

        public readonly bool AnyIndicated => count > 0;

        public void Indicate(Explanation explanation) => indicated[count++] = explanation;

        public void Report(Finding? finding)
        {
            if (finding is null)
            {
                return;
            }

            var position = 0;
            while (!ReferenceEquals(catalogue[position], finding))
            {
                position++;
            }

            if (!reported[position])
            {
                reported[position] = true;
                findings++;
            }
        }

        public readonly LevelOfCare MostIntensiveIndicated()
        {
            var most = indicated[0].Level;
            for (var i = 1; i < count; i++)
            {
                most = indicated[i].Level > most ? indicated[i].Level : most;
            }

            return most;
        }

        /// <summary>Every indicated level as a reason, decisive when it is the recommendation, in the canonical order.</summary>
        public readonly PlacementReason[] Reasons(LevelOfCare recommended)
        {
            // Each reason goes in at its place in the canonical order (seven at most: cheaper than Array.Sort).
            var reasons = new PlacementReason[count];
            for (var i = 0; i < count; i++)
            {
                var reason = indicated[i].ReasonFor(recommended);
                var at = i;
                for (; at > 0 && ReasonOrder.Instance.Compare(reasons[at - 1], reason) > 0; at--)
                {
                    reasons[at] = reasons[at - 1];
                }

                reasons[at] = reason;
            }

            return reasons;
        }

        /// <summary>The findings reported, in the catalogue's (canonical) order.</summary>
        public readonly Finding[] Findings()
        {
            var list = findings == 0 ? [] : new Finding[findings];
            for (int i = 0, k = 0; k < list.Length; i++)
            {
                if (reported[i])
                {
                    list[k++] = catalogue[i];
                }
            }

            return list;
        }
    }
}
