using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Fhir;

/// <summary>
/// Findings to a FHIR R4 OperationOutcome: one issue per finding, with the rule id as a coding of the
/// library's rule-id system (<see cref="CodeSystems.RuleId"/>), the finding's message as the details' text and
/// its source as diagnostics.
/// </summary>
/// <remarks>
/// Severity: Information → <c>information</c>, Warning → <c>warning</c>, Error → <c>error</c>. Issue type:
/// <c>business-rule</c> for warnings and errors, <c>informational</c> for information. No findings gives one
/// <c>information</c> issue ("No findings."), as an OperationOutcome needs at least one. The outcome is labelled
/// with <see cref="Part2SecurityLabels"/> when a finding's rule id reveals substance-use-disorder treatment
/// (<see cref="Finding.Sensitivity"/>) or for a Part 2 programme. Finding subjects (the caller's part ids,
/// weeks, dates) are not written.
/// </remarks>
public static class OperationOutcomeMapping
{
    /// <summary>Maps findings to an OperationOutcome.</summary>
    /// <param name="findings">The findings, in the order to report them.</param>
    /// <param name="context">The Part 2 programme flag (an OperationOutcome has no subject).</param>
    /// <returns>The OperationOutcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="context"/> is <see langword="null"/>, or <paramref name="findings"/> holds a <see langword="null"/>.</exception>
    public static OperationOutcome ToOperationOutcome(IEnumerable<Finding> findings, FhirMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(context);
        var outcome = new OperationOutcome();
        var sensitivity = Sensitivity.General;
        foreach (var finding in findings)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            sensitivity = Part2Sensitivity.Max(sensitivity, finding.Sensitivity);
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = finding.Severity switch
                {
                    Severity.Information => OperationOutcome.IssueSeverity.Information,
                    Severity.Warning => OperationOutcome.IssueSeverity.Warning,
                    _ => OperationOutcome.IssueSeverity.Error,
                },
                Code = finding.Severity == Severity.Information ? OperationOutcome.IssueType.Informational : OperationOutcome.IssueType.BusinessRule,
                Details = new CodeableConcept
                {
                    Coding = [new FhirCoding(CodeSystems.RuleId, finding.RuleId.Value)],
                    Text = finding.Message,
                },
                Diagnostics = $"Source: {finding.Source.Title} ({finding.Source.Publisher})",
            });
        }

        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Information,
                Code = OperationOutcome.IssueType.Informational,
                Details = new CodeableConcept { Text = "No findings." },
            });
        }

        return Part2SecurityLabels.ApplyWhen(outcome, sensitivity, context);
    }

    /// <summary>Maps a result's findings to an OperationOutcome.</summary>
    /// <param name="result">The evaluation result.</param>
    /// <param name="context">The Part 2 programme flag.</param>
    /// <returns>The OperationOutcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    public static OperationOutcome ToOperationOutcome(IEvaluationResult result, FhirMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToOperationOutcome(result.Findings, context);
    }
}
