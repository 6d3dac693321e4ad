namespace Iop.Domain.Rules;

/// <summary>
/// A rule the library applies: its stable <see cref="Id"/>, a one-line <see cref="Summary"/> and the
/// <see cref="Source"/> it comes from. Each namespace lists its rules as static properties
/// (for example <c>ContinuumRules.AsamThirdEditionCrosswalk</c>), and every one has a row in <c>docs/rules.md</c>.
/// </summary>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record Rule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The stable rule id.</param>
    /// <param name="summary">What the rule says, in one plain sentence.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or <paramref name="summary"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="source"/> is null.</exception>
    public Rule(RuleId id, string summary, RuleSource source)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("The rule id must not be the default value.", nameof(id));
        }

        Guard.Against.Null(source);
        Id = id;
        Summary = Guard.Against.Blank(summary);
        Source = source;
    }

    /// <summary>Gets the stable rule id.</summary>
    public RuleId Id { get; }

    /// <summary>Gets what the rule says, in one plain sentence.</summary>
    public string Summary { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>Creates a finding of this rule.</summary>
    /// <param name="severity">How much the finding matters.</param>
    /// <param name="message">
    /// A plain-English message. It must be written by the library, never built from caller-supplied
    /// free text or identifiers.
    /// </param>
    /// <param name="subject">The part of the input the finding concerns, or <see langword="null"/> for the whole input.</param>
    /// <returns>A finding carrying this rule's id and source.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or blank.</exception>
    public Finding ToFinding(Severity severity, string message, FindingSubject? subject = null) => new(Id, severity, message, Source, subject);

    /// <summary>Returns the rule id and summary.</summary>
    /// <returns>For example <c>CONT-ASAM3-CROSSWALK: …</c>.</returns>
    public override string ToString() => $"{Id}: {Summary}";
}
