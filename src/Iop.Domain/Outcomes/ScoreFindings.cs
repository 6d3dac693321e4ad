using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>The findings a score can carry, built once so that reading them allocates nothing.</summary>
internal static class ScoreFindings
{
    private static readonly IReadOnlyList<Finding> None = Array.AsReadOnly(Array.Empty<Finding>());

    // Error, not Warning: integrators key alerts off rule id and severity, and a positive item 9 must
    // start a risk workflow now; it must never sit among the Warnings a clinic may batch or mute
    // (docs/decisions/0031). The score itself stays valid.
    private static readonly Finding Safety = OutcomeRules.Phq9ItemNine.ToFinding(
        Severity.Error,
        "PHQ-9 item 9 is above 0 (thoughts of being better off dead or of self-harm): assess suicide risk now, whatever the total.");

    private static readonly Finding Unanswered = OutcomeRules.Phq9ItemNine.ToFinding(
        Severity.Warning,
        "PHQ-9 item 9 was not answered: this questionnaire did not screen for suicide risk.");

    private static readonly Finding Prorated = OutcomeRules.Phq9Prorate.ToFinding(
        Severity.Information,
        "The total was prorated from the answered items under the caller's missing-item policy.");

    // Index: bit 0 safety, bit 1 item 9 unanswered, bit 2 prorated (safety and unanswered never both).
    private static readonly IReadOnlyList<Finding>[] Table =
    [
        None,
        Array.AsReadOnly(new[] { Safety }),
        Array.AsReadOnly(new[] { Unanswered }),
        None,
        Array.AsReadOnly(new[] { Prorated }),
        Array.AsReadOnly(new[] { Safety, Prorated }),
        Array.AsReadOnly(new[] { Unanswered, Prorated }),
        None,
    ];

    public static IReadOnlyList<Finding> For(bool safety, bool item9Unanswered, bool prorated)
    {
        var index = (safety ? 1 : 0) | (item9Unanswered ? 2 : 0) | (prorated ? 4 : 0);
        return Table[index];
    }
}
