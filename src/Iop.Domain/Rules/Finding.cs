namespace Iop.Domain.Rules;

/// <summary>
/// A clinical or billing rule that was not met (or is worth noting), reported as data rather than
/// thrown: the stable <see cref="RuleId"/>, a <see cref="Severity"/>, a plain message and the
/// <see cref="Source"/> of the rule, and where it concerns part of the input, the <see cref="Subject"/>.
/// </summary>
/// <remarks>
/// <para>Messages are written by the library and never contain caller-supplied free text or identifiers,
/// so a finding can be logged or shown without disclosing protected health information.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Finding
{
    /// <summary>Creates a finding. Library code usually calls <see cref="Rule.ToFinding"/> instead.</summary>
    /// <param name="ruleId">The id of the rule.</param>
    /// <param name="severity">How much the finding matters.</param>
    /// <param name="message">A plain-English message with no caller-supplied text.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="subject">The part of the input the finding concerns, or <see langword="null"/> when it concerns the input as a whole.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is the default value, or <paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="source"/> is null.</exception>
    public Finding(RuleId ruleId, Severity severity, string message, RuleSource source, FindingSubject? subject = null)
    {
        if (ruleId.Value.Length == 0)
        {
            throw new ArgumentException("The rule id must not be the default value.", nameof(ruleId));
        }

        Guard.Against.Null(source);
        RuleId = ruleId;
        Severity = Guard.Against.UndefinedMember(severity);
        Message = Guard.Against.Blank(message);
        Source = source;
        Subject = subject;
    }

    /// <summary>Gets the id of the rule this finding reports on.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets how much the finding matters.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the plain-English message (never caller text).</summary>
    public string Message { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>
    /// Gets the part of the input the finding concerns (a week, a day, a plan part, a programme), or
    /// <see langword="null"/> when it concerns the input as a whole.
    /// </summary>
    public FindingSubject? Subject { get; init; }

    /// <summary>Gets what the finding reveals by its rule id alone: the 42 CFR Part 2 classification of <see cref="Part2Sensitivity.Of(RuleId)"/>.</summary>
    /// <value>Computed from <see cref="RuleId"/>; <see cref="Sensitivity.General"/> for every rule id not in <see cref="Part2Sensitivity.RuleIds"/>.</value>
    public Sensitivity Sensitivity => Part2Sensitivity.Of(RuleId);

    /// <summary>Formats the finding as <c>[Severity] RULE-ID: message</c>.</summary>
    /// <returns>The finding in one line; the subject's kind is named, never its dates or id.</returns>
    public override string ToString() => Subject is null ? $"[{Severity}] {RuleId}: {Message}" : $"[{Severity}] {RuleId} ({Subject}): {Message}";
}
