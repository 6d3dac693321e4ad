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
/// <para>Messages are library text built from the assessment's levels and hours; they never contain the
/// assessment's date, the rule set's name or any caller text. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CriteriaPlacementPolicy : IPlacementPolicy
{
    /// <summary>Creates the policy for a rule set.</summary>
    /// <param name="ruleSet">The thresholds and parameters, for example <see cref="CriteriaPlacementRuleSet.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public CriteriaPlacementPolicy(CriteriaPlacementRuleSet ruleSet) => RuleSet = Guard.Against.Null(ruleSet);

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
        var sheet = new Worksheet(assessment, RuleSet);

        // The criteria, in the order of docs/rules.md.
        Inpatient(sheet);
        Residential(sheet);
        Environment(sheet);
        PhpAlternative(sheet);
        PhpHoursOrIopHours(sheet);
        StepDown(sheet);
        Relapse(sheet);
        Outpatient(sheet);

        // The checks of the recommendation.
        var recommended = sheet.MostIntensiveIndicated();
        MedicareIopEligibility(sheet, recommended);
        MedicarePhpEligibility(sheet, recommended);
        Contradictions(sheet, recommended);

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
    private static void Inpatient(Worksheet sheet)
    {
        switch (sheet.Assessment.Needs24HourMedicalManagement)
        {
            case Determination.Yes:
                sheet.Indicate(PlacementRules.Inpatient, LevelOfCare.Inpatient, "Needs 24-hour medical management: medically managed inpatient care.");
                break;
            case null:
                sheet.Report(NotAssessed.MedicalManagement);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-RESIDENTIAL</c>: a need for 24-hour supervision or structure indicates at least residential care.</summary>
    private static void Residential(Worksheet sheet)
    {
        switch (sheet.Assessment.Needs24HourSupervision)
        {
            case Determination.Yes:
                sheet.Indicate(PlacementRules.Residential, LevelOfCare.Residential, "Needs 24-hour supervision or structure: at least residential care.");
                break;
            case null:
                sheet.Report(NotAssessed.Supervision);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-ENVIRONMENT</c>: without a safe and stable living environment, at least the rule set's level.</summary>
    private static void Environment(Worksheet sheet)
    {
        switch (sheet.Assessment.SafeStableLivingEnvironment)
        {
            case Determination.No:
                var level = sheet.RuleSet.UnsafeEnvironmentMinimumLevel;
                sheet.Indicate(PlacementRules.UnsafeEnvironment, level, $"Has no safe and stable living environment: at least {level.DisplayName()} care.");
                break;
            case null:
                sheet.Report(NotAssessed.Environment);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-PHP-ALTERNATIVE</c>: a person who would otherwise need inpatient psychiatric care needs at least partial hospitalization.</summary>
    private static void PhpAlternative(Worksheet sheet)
    {
        switch (sheet.Assessment.WouldOtherwiseNeedInpatient)
        {
            case Determination.Yes:
                sheet.Indicate(PlacementRules.PhpInLieuOfInpatient, LevelOfCare.PartialHospitalization, "Would otherwise need inpatient psychiatric care: at least partial hospitalization.");
                break;
            case null:
                sheet.Report(NotAssessed.InpatientAlternative);
                break;
        }
    }

    /// <summary>
    /// <c>PLC-CRIT-PHP-HOURS</c>: a need for at least the PHP hours a week indicates partial hospitalization; otherwise
    /// <c>PLC-CRIT-IOP-HOURS</c>: a need for at least the age group's IOP hours a week indicates intensive outpatient.
    /// </summary>
    private static void PhpHoursOrIopHours(Worksheet sheet)
    {
        if (sheet.Assessment.WeeklyTreatmentHoursNeeded is not { } needed)
        {
            sheet.Report(NotAssessed.Hours);
            return;
        }

        var php = sheet.RuleSet.PhpMinimumWeeklyHours;
        var ageGroup = sheet.Assessment.AgeGroup;
        var iop = sheet.RuleSet.IopMinimumWeeklyHours(ageGroup);
        if (needed >= php)
        {
            sheet.Indicate(PlacementRules.PhpHours, LevelOfCare.PartialHospitalization, Text($"Needs {Hours(needed)} hours of treatment a week, at least {Hours(php)}: partial hospitalization."));
        }
        else if (needed >= iop)
        {
            sheet.Indicate(PlacementRules.IopHours, LevelOfCare.IntensiveOutpatient, Text($"Needs {Hours(needed)} hours of treatment a week, at least the {Hours(iop)} for {(ageGroup == AgeGroup.Adult ? "adults" : "adolescents")}: intensive outpatient."));
        }
    }

    /// <summary><c>PLC-CRIT-STEP-DOWN</c>: a person stepping down from a level needs at least the next less intensive level.</summary>
    private static void StepDown(Worksheet sheet)
    {
        if (sheet.Assessment.SteppingDownFrom is { } from)
        {
            var next = from.StepDown()!.Value;
            sheet.Indicate(PlacementRules.StepDown, next, $"Is stepping down from {from.DisplayName()}: at least {next.DisplayName()}, so no level is skipped.");
        }
    }

    /// <summary><c>PLC-CRIT-RELAPSE</c>: relapse after earlier treatment indicates at least the rule set's level.</summary>
    private static void Relapse(Worksheet sheet)
    {
        switch (sheet.Assessment.RelapsedAfterTreatment)
        {
            case Determination.Yes:
                var level = sheet.RuleSet.RelapseMinimumLevel;
                sheet.Indicate(PlacementRules.Relapse, level, $"Has relapsed after earlier treatment: at least {level.DisplayName()}.");
                break;
            case null:
                sheet.Report(NotAssessed.Relapse);
                break;
        }
    }

    /// <summary><c>PLC-CRIT-OUTPATIENT</c>: when no criterion for a more intensive level is met, outpatient care is indicated.</summary>
    private static void Outpatient(Worksheet sheet)
    {
        if (!sheet.AnyIndicated)
        {
            sheet.Indicate(PlacementRules.Outpatient, LevelOfCare.Outpatient, "No criterion for a more intensive level was met: outpatient.");
        }
    }

    /// <summary><c>PLC-MCR-IOP-ELIGIBILITY</c>: a recommended IOP needs ≥ 9 h/week, serious interference with several areas of life, and the ability to take part and tolerate.</summary>
    private static void MedicareIopEligibility(Worksheet sheet, LevelOfCare recommended)
    {
        if (recommended != LevelOfCare.IntensiveOutpatient)
        {
            return;
        }

        var a = sheet.Assessment;
        var minimum = sheet.RuleSet.MedicareIopMinimumWeeklyHours;
        if (a.WeeklyTreatmentHoursNeeded is { } needed && needed < minimum)
        {
            sheet.Report(PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, Text($"Medicare IOP certification needs a need for at least {Hours(minimum)} hours a week; the assessment records {Hours(needed)}.")));
        }

        sheet.Report(a.SeriousInterference switch
        {
            null => NotAssessed.Interference,
            Determination.No => IopNoInterference,
            _ => null,
        });
        sheet.Report(a.CanParticipateAndTolerate switch
        {
            null => NotAssessed.Tolerance,
            Determination.No => IopNotTolerated,
            _ => null,
        });
    }

    /// <summary><c>PLC-MCR-PHP-ELIGIBILITY</c>: a recommended PHP needs ≥ 20 h/week, that the person would otherwise need inpatient care, and the ability to tolerate it.</summary>
    private static void MedicarePhpEligibility(Worksheet sheet, LevelOfCare recommended)
    {
        if (recommended != LevelOfCare.PartialHospitalization)
        {
            return;
        }

        var a = sheet.Assessment;
        var minimum = sheet.RuleSet.PhpMinimumWeeklyHours;
        if (a.WeeklyTreatmentHoursNeeded is { } needed && needed < minimum)
        {
            sheet.Report(PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, Text($"Medicare PHP needs a need for at least {Hours(minimum)} hours a week; the assessment records {Hours(needed)}.")));
        }

        if (a.WouldOtherwiseNeedInpatient == Determination.No)
        {
            sheet.Report(PhpNoInpatientAlternative);
        }

        sheet.Report(a.CanParticipateAndTolerate switch
        {
            null => NotAssessed.Tolerance,
            Determination.No => PhpNotTolerated,
            _ => null,
        });
    }

    /// <summary><c>PLC-INPUT-CONTRADICTORY</c>: stepping down while the criteria indicate the level being left or higher; medical management without supervision.</summary>
    private static void Contradictions(Worksheet sheet, LevelOfCare recommended)
    {
        var a = sheet.Assessment;
        if (a.SteppingDownFrom is { } from && recommended >= from)
        {
            sheet.Report(PlacementRules.InputContradictory.ToFinding(Severity.Warning, $"The person is recorded as stepping down from {from.DisplayName()}, but the criteria indicate {recommended.DisplayName()}."));
        }

        if (a.Needs24HourMedicalManagement == Determination.Yes && a.Needs24HourSupervision == Determination.No)
        {
            sheet.Report(MedicalWithoutSupervision);
        }
    }

    private static string Hours(Duration hours)
    {
        var total = hours.TotalHours;
        return total == Math.Floor(total)
            ? ((long)total).ToString(CultureInfo.InvariantCulture)
            : total.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The findings whose text depends on nothing but the rule: library constants.
    private static Finding IopNoInterference { get; } = PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, "Medicare IOP needs a disorder that seriously interferes with several areas of life; the assessment records that it does not.");

    private static Finding IopNotTolerated { get; } = PlacementRules.MedicareIopEligibility.ToFinding(Severity.Warning, "Medicare IOP needs the ability to take part in and tolerate the programme; the assessment records that the person cannot.");

    private static Finding PhpNoInpatientAlternative { get; } = PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, "Medicare PHP certification needs a finding that the person would otherwise need inpatient psychiatric care; the assessment records that they would not.");

    private static Finding PhpNotTolerated { get; } = PlacementRules.MedicarePhpEligibility.ToFinding(Severity.Warning, "Medicare PHP needs the ability to tolerate the programme; the assessment records that the person cannot.");

    private static Finding MedicalWithoutSupervision { get; } = PlacementRules.InputContradictory.ToFinding(Severity.Warning, "The person needs 24-hour medical management but is recorded as not needing 24-hour supervision or structure.");

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

    /// <summary>What one decision has found so far: the levels indicated, with their reasons, and the findings.</summary>
    private sealed class Worksheet(Assessment assessment, CriteriaPlacementRuleSet ruleSet)
    {
        private readonly List<(Rule Rule, LevelOfCare Level, string Explanation)> indicated = new(4);
        private readonly List<Finding> findings = new(4);

        public Assessment Assessment { get; } = assessment;

        public CriteriaPlacementRuleSet RuleSet { get; } = ruleSet;

        public bool AnyIndicated => indicated.Count > 0;

        public void Indicate(Rule rule, LevelOfCare level, string explanation) => indicated.Add((rule, level, explanation));

        public void Report(Finding? finding)
        {
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        public LevelOfCare MostIntensiveIndicated()
        {
            var most = indicated[0].Level;
            foreach (var (_, level, _) in indicated)
            {
                most = level > most ? level : most;
            }

            return most;
        }

        /// <summary>Every indicated level as a reason, decisive when it is the recommendation, in the canonical order.</summary>
        public PlacementReason[] Reasons(LevelOfCare recommended)
        {
            var reasons = new PlacementReason[indicated.Count];
            for (var i = 0; i < reasons.Length; i++)
            {
                var (rule, level, explanation) = indicated[i];
                reasons[i] = new PlacementReason(rule.ToFinding(Severity.Information, explanation), level, level == recommended);
            }

            Array.Sort(reasons, ReasonOrder.Instance);
            return reasons;
        }

        /// <summary>The findings in the canonical order.</summary>
        public Finding[] Findings()
        {
            var sorted = findings.ToArray();
            Array.Sort(sorted, FindingOrder.Instance);
            return sorted;
        }
    }
}
