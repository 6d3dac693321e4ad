using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// An item of an <see cref="Instrument"/> whose answer calls for action whatever the total, for example
/// PHQ-9 item 9 (thoughts of being better off dead or of self-harm, rule <c>OUT-PHQ9-ITEM9</c>).
/// </summary>
/// <remarks>
/// <para>An answer at or above <see cref="ConcernAtOrAbove"/> yields a finding of <see cref="Rule"/> with
/// <see cref="Severity.Error"/> (so alerting keyed on severity never mutes it; docs/decisions/0031); an
/// unanswered safety item yields a <see cref="Severity.Warning"/> (the screen was not done).</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SafetyItem
{
    /// <summary>Creates a safety item with the library's generic messages.</summary>
    /// <param name="number">The item's 1-based position among the instrument's scored items.</param>
    /// <param name="concernAtOrAbove">The lowest answer that is a concern.</param>
    /// <param name="rule">The rule the findings report (the caller's own rule for a caller-defined instrument).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> or <paramref name="concernAtOrAbove"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public SafetyItem(int number, int concernAtOrAbove, Rule rule)
        : this(
            number,
            concernAtOrAbove,
            rule,
            "A safety item is at or above its concern threshold: act on it now, whatever the total.",
            "A safety item was not answered: this administration did not screen for the concern.")
    {
    }

    /// <summary>Builds ASQ question <paramref name="number"/> (1 to 4): a yes is a positive screen (<c>OUT-ASQ-POSITIVE</c>).</summary>
    internal static SafetyItem AsqQuestion(int number) => new(
        number,
        1,
        OutcomeRules.AsqPositive,
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ASQ question {number} is yes: positive suicide-risk screen. A brief suicide safety assessment is needed before the person leaves; ask the acuity question."),
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ASQ question {number} was not answered: this administration did not complete the suicide-risk screen."));

    internal SafetyItem(int number, int concernAtOrAbove, Rule rule, string concernMessage, string unansweredMessage)
    {
        Number = Guard.Against.BelowMinimum(number, 1);
        ConcernAtOrAbove = Guard.Against.BelowMinimum(concernAtOrAbove, 1);
        Rule = Guard.Against.Null(rule);
        Concern = rule.ToFinding(Severity.Error, concernMessage);
        Unanswered = rule.ToFinding(Severity.Warning, unansweredMessage);
    }

    /// <summary>Gets PHQ-9 item 9: a concern at any answer above 0 (<c>OUT-PHQ9-ITEM9</c>; LOINC 44260-8).</summary>
    public static SafetyItem Phq9ItemNine { get; } = new(
        9,
        1,
        OutcomeRules.Phq9ItemNine,
        "PHQ-9 item 9 is above 0 (thoughts of being better off dead or of self-harm): assess suicide risk now, whatever the total.",
        "PHQ-9 item 9 was not answered: this questionnaire did not screen for suicide risk.")
    {
        Code = Loinc.Phq9Item9,
    };

    /// <summary>Gets PHQ-A item 9: a concern at any answer above 0 (<c>OUT-PHQA-ITEM9</c>).</summary>
    public static SafetyItem PhqAItemNine { get; } = new(
        9,
        1,
        OutcomeRules.PhqAItemNine,
        "PHQ-A item 9 is above 0 (thoughts of being better off dead or of self-harm): assess suicide risk now, whatever the total.",
        "PHQ-A item 9 was not answered: this questionnaire did not screen for suicide risk.");

    /// <summary>The ASQ questions 1 to 4, one instance each (the ASQ instrument holds these).</summary>
    internal static SafetyItem[] AsqQuestions { get; } = [AsqQuestion(1), AsqQuestion(2), AsqQuestion(3), AsqQuestion(4)];

    /// <summary>Gets the ASQ acuity question (the carried item, asked after a yes): a yes is an acute positive screen (<c>OUT-ASQ-ACUTE</c>).</summary>
    public static SafetyItem AsqAcuity { get; } = new(
        5,
        1,
        OutcomeRules.AsqAcute,
        "The ASQ acuity question is yes (thoughts of suicide right now): acute positive screen, imminent risk. The person needs an emergency mental-health evaluation and may not leave until evaluated.",
        "The ASQ acuity question was not answered.");

    /// <summary>
    /// Gets every built-in item: <see cref="Phq9ItemNine"/>, <see cref="PhqAItemNine"/>, the four ASQ questions of
    /// <see cref="Instrument.Asq"/> and <see cref="AsqAcuity"/>. Their findings carry wording of their own, which the
    /// public constructor does not take; a copy made with <c>with { Code = … }</c> keeps it, so a copy is the
    /// built-in with the same <see cref="Number"/>, <see cref="ConcernAtOrAbove"/> and <see cref="Rule"/> whose
    /// <see cref="Concern"/> it still carries (how the JSON contract reads one back).
    /// </summary>
    public static IReadOnlyList<SafetyItem> BuiltIn { get; } = Array.AsReadOnly([Phq9ItemNine, PhqAItemNine, .. AsqQuestions, AsqAcuity]);

    /// <summary>Gets whether this item carries a built-in item's wording (it is one, or a copy of one with another <see cref="Code"/>).</summary>
    /// <value>Computed: whether a <see cref="BuiltIn"/> item has this item's number, threshold, rule and findings.</value>
    public bool HasBuiltInWording
    {
        get
        {
            foreach (var builtIn in BuiltIn)
            {
                if (builtIn.Number == Number && builtIn.ConcernAtOrAbove == ConcernAtOrAbove && builtIn.Rule.Equals(Rule)
                    && builtIn.Concern == Concern && builtIn.Unanswered == Unanswered)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the item's 1-based position among the instrument's scored items (one past them for the carried item).</summary>
    public int Number { get; }

    /// <summary>Gets the lowest answer that is a concern.</summary>
    /// <value>
    /// For <see cref="Phq9ItemNine"/>: 1, any answer above 0 (<c>OUT-PHQ9-ITEM9</c>, Kroenke et al. 2001); for
    /// <see cref="PhqAItemNine"/> 1 (<c>OUT-PHQA-ITEM9</c>, Johnson et al. 2002); for the ASQ questions and
    /// <see cref="AsqAcuity"/> 1, a yes (<c>OUT-ASQ-POSITIVE</c>, <c>OUT-ASQ-ACUTE</c>, Horowitz et al. 2012).
    /// </value>
    public int ConcernAtOrAbove { get; }

    /// <summary>Gets the rule the findings report.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the item's code where one is verified (PHQ-9 item 9: LOINC 44260-8), or <see langword="null"/>.</summary>
    public CodedValue? Code { get; init; }

    /// <summary>Gets the finding for an answer that is a concern.</summary>
    public Finding Concern { get; }

    /// <summary>Gets the finding for an unanswered item.</summary>
    public Finding Unanswered { get; }

    /// <summary>Describes the item without its rule text.</summary>
    /// <returns>For example <c>Safety item 9 (concern at 1 or more)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Safety item {Number} (concern at {ConcernAtOrAbove} or more)");
}
