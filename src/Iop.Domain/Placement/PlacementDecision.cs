using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// What a placement policy decided for one assessment: the recommended level of care, every reason that
/// contributed (which of them were decisive), findings for missing or contradictory input, and the
/// policy name, version and effective date that produced it.
/// </summary>
/// <remarks>
/// <para>Invariants: there is at least one reason, and at least one decisive reason requires exactly the
/// recommended level. Reasons are kept in a canonical order (decisive first, then by required level from
/// most to least intensive, then by rule id and explanation), and findings by rule id, severity and
/// message, so equal inputs give equal decisions whatever order a policy produced them in.</para>
/// <para><see cref="Explain"/> renders a short clinician-facing explanation from the reasons and findings;
/// it never prints caller-supplied text (the policy's name and version are left to the caller to show).</para>
/// <para>The decision implements <see cref="IEvaluationResult"/>, the findings contract every result shares; each
/// reason carries a <see cref="Finding"/> too, so one renderer serves reasons and findings.</para>
/// <para>Equality is by value over every member, comparing reasons and findings element by element. This type is immutable
/// and thread-safe.</para>
/// </remarks>
public sealed class PlacementDecision : IEvaluationResult, IEquatable<PlacementDecision>
{
    private static readonly ReadOnlyCollection<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

    /// <summary>Creates a decision. Policies written by integrators use this constructor.</summary>
    /// <param name="policyName">The name of the policy that decided.</param>
    /// <param name="policyVersion">The version of that policy.</param>
    /// <param name="policyEffectiveFrom">The date from which the policy's rules apply.</param>
    /// <param name="recommended">The recommended level of care.</param>
    /// <param name="assessmentDate">The date of the assessment decided on.</param>
    /// <param name="assessmentValidThrough">The last date on which the assessment may be used (see <see cref="IsStaleOn"/>).</param>
    /// <param name="reasons">Every reason that contributed; copied and put in canonical order.</param>
    /// <param name="findings">Findings for missing or contradictory input; copied and ordered.</param>
    /// <exception cref="ArgumentNullException">A text, <paramref name="reasons"/> or <paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A text is blank; <paramref name="reasons"/> or <paramref name="findings"/> holds null; <paramref name="reasons"/>
    /// has no decisive reason requiring <paramref name="recommended"/>; or <paramref name="assessmentValidThrough"/>
    /// is before <paramref name="assessmentDate"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recommended"/> is not defined, or <paramref name="policyEffectiveFrom"/>
    /// or <paramref name="assessmentDate"/> is outside <see cref="Rules.SupportedDates"/> (<paramref name="assessmentValidThrough"/>, computed
    /// from the assessment date, may fall after it).</exception>
    public PlacementDecision(
        string policyName,
        string policyVersion,
        LocalDate policyEffectiveFrom,
        LevelOfCare recommended,
        LocalDate assessmentDate,
        LocalDate assessmentValidThrough,
        IEnumerable<PlacementReason> reasons,
        IEnumerable<Finding> findings)
        : this(
            Guard.Against.Blank(policyName),
            Guard.Against.Blank(policyVersion),
            Guard.Against.UnsupportedDate(policyEffectiveFrom),
            Guard.Against.UndefinedMember(recommended),
            Guard.Against.UnsupportedDate(assessmentDate),
            Guard.Against.EndBeforeStart(assessmentValidThrough, assessmentDate),
            OrderedReasons(reasons, recommended),
            OrderedFindings(findings),
            trusted: true)
    {
    }

    private PlacementDecision(
        string policyName,
        string policyVersion,
        LocalDate policyEffectiveFrom,
        LevelOfCare recommended,
        LocalDate assessmentDate,
        LocalDate assessmentValidThrough,
        PlacementReason[] orderedReasons,
        Finding[]? orderedFindings,
        bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted, "Only Trusted calls this constructor.");
        PolicyName = policyName;
        PolicyVersion = policyVersion;
        PolicyEffectiveFrom = policyEffectiveFrom;
        Recommended = recommended;
        AssessmentDate = assessmentDate;
        AssessmentValidThrough = assessmentValidThrough;
        Reasons = Array.AsReadOnly(orderedReasons);
        Findings = orderedFindings is null || orderedFindings.Length == 0 ? NoFindings : Array.AsReadOnly(orderedFindings);
    }

    private static PlacementReason[] OrderedReasons(IEnumerable<PlacementReason> reasons, LevelOfCare recommended)
    {
        var copy = Guard.Against.EmptyOrNullElements(reasons).ToArray();
        var hasDecisive = false;
        foreach (var reason in copy)
        {
            hasDecisive |= reason.IsDecisive && reason.RequiredLevel == recommended;
        }

        if (!hasDecisive)
        {
            throw new ArgumentException("At least one decisive reason must require the recommended level.", nameof(reasons));
        }

        Array.Sort(copy, ReasonOrder.Instance);
        return copy;
    }

    private static Finding[] OrderedFindings(IEnumerable<Finding> findings)
    {
        var copy = Guard.Against.NullElements(findings).ToArray();
        Array.Sort(copy, FindingOrder.Instance);
        return copy;
    }

    /// <summary>Creates a decision for the built-in policies without copying: the arrays are already valid, ordered and owned.</summary>
    internal static PlacementDecision Trusted(
        string policyName,
        string policyVersion,
        LocalDate policyEffectiveFrom,
        LevelOfCare recommended,
        LocalDate assessmentDate,
        LocalDate assessmentValidThrough,
        PlacementReason[] orderedReasons,
        Finding[]? orderedFindings) =>
        new(policyName, policyVersion, policyEffectiveFrom, recommended, assessmentDate, assessmentValidThrough, orderedReasons, orderedFindings, trusted: true);

    /// <summary>Gets the name of the policy that decided.</summary>
    public string PolicyName { get; }

    /// <summary>Gets the version of the policy that decided.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the date from which the policy's rules apply.</summary>
    public LocalDate PolicyEffectiveFrom { get; }

    /// <summary>Gets the recommended level of care.</summary>
    public LevelOfCare Recommended { get; }

    /// <summary>Gets the date of the assessment decided on.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets the last date on which the assessment may be used; after it, the assessment is stale.</summary>
    public LocalDate AssessmentValidThrough { get; }

    /// <summary>Gets every reason that contributed, decisive ones first (see the type remarks for the order).</summary>
    public IReadOnlyList<PlacementReason> Reasons { get; }

    /// <summary>Gets the findings for missing or contradictory input, in the canonical order (rule id, severity, message, subject).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two decisions by value.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PlacementDecision? left, PlacementDecision? right) => Equals(left, right);

    /// <summary>Compares two decisions by value.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PlacementDecision? left, PlacementDecision? right) => !Equals(left, right);

    /// <summary>Returns whether the assessment is too old to use on a date.</summary>
    /// <param name="asOf">The date of use (a placement or a review).</param>
    /// <returns><see langword="true"/> when <paramref name="asOf"/> is after <see cref="AssessmentValidThrough"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool IsStaleOn(LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        return asOf > AssessmentValidThrough;
    }

    /// <summary>Renders a short clinician-facing explanation: the recommendation, the reasons and the findings.</summary>
    /// <returns>Several lines of library text, without caller-supplied text.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Recommended level of care: {Recommended.DisplayName()} ({Recommended.Abbreviation()}).\n");
        text.Append("Why:\n");
        AppendReasonsAndFindings(text, Reasons, Findings);
        return text.ToString();
    }

    /// <summary>Appends one line per reason and, when there are findings, a "To check" list: shared by the placement and transition explanations.</summary>
    internal static void AppendReasonsAndFindings(StringBuilder text, IReadOnlyList<PlacementReason> reasons, IReadOnlyList<Finding> findings)
    {
        foreach (var reason in reasons)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {(reason.IsDecisive ? "decisive" : "also met")}: {reason.Finding.Message} [{reason.Finding.RuleId}]\n");
        }

        if (findings.Count > 0)
        {
            text.Append("To check:\n");
            foreach (var finding in findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {finding.Severity}: {finding.Message} [{finding.RuleId}]\n");
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(PlacementDecision? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (PolicyName == other.PolicyName
                && PolicyVersion == other.PolicyVersion
                && PolicyEffectiveFrom == other.PolicyEffectiveFrom
                && Recommended == other.Recommended
                && AssessmentDate == other.AssessmentDate
                && AssessmentValidThrough == other.AssessmentValidThrough
                && Reasons.SequenceEqual(other.Reasons)
                && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlacementDecision);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(PolicyName);
        hash.Add(PolicyVersion);
        hash.Add(PolicyEffectiveFrom);
        hash.Add(Recommended);
        hash.Add(AssessmentDate);
        hash.Add(AssessmentValidThrough);
        foreach (var reason in Reasons)
        {
            hash.Add(reason);
        }

        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the decision, for example <c>Placement IOP (2 reasons, 1 finding)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Placement {Recommended.Abbreviation()} ({Reasons.Count} reason{(Reasons.Count == 1 ? string.Empty : "s")}, {Findings.Count} finding{(Findings.Count == 1 ? string.Empty : "s")})";
}
