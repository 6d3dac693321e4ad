namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// The person's relapse-prevention plan: triggers, warning signs, high-risk situations and coping
/// strategies (free text, never printed) and support contacts (as roles and counts, never names).
/// </summary>
/// <remarks>
/// <para>Required where the plan addresses a substance-use diagnosis (<c>PLAN-NO-RELAPSE-PREVENTION</c>);
/// a plan with no entry at all (<see cref="IsEmpty"/>) counts as missing.</para>
/// <para>Derive variants with <c>with { … }</c>; the <c>init</c> accessors validate like the constructor.
/// Equality is by value (lists compared in order, text ordinally). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RelapsePreventionPlan
{
    /// <summary>Creates a relapse-prevention plan.</summary>
    /// <param name="triggers">Triggers, in free text.</param>
    /// <param name="warningSigns">Warning signs, in free text.</param>
    /// <param name="highRiskSituations">High-risk situations, in free text.</param>
    /// <param name="copingStrategies">Coping strategies, in free text.</param>
    /// <param name="supportContacts">Supports the person can turn to, as roles and counts.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list holds a null or blank entry, or a default support contact.</exception>
    public RelapsePreventionPlan(
        IEnumerable<string> triggers,
        IEnumerable<string> warningSigns,
        IEnumerable<string> highRiskSituations,
        IEnumerable<string> copingStrategies,
        IEnumerable<SupportContact> supportContacts)
    {
        Triggers = PlanParts.Texts(triggers);
        WarningSigns = PlanParts.Texts(warningSigns);
        HighRiskSituations = PlanParts.Texts(highRiskSituations);
        CopingStrategies = PlanParts.Texts(copingStrategies);
        SupportContacts = Contacts(supportContacts);
    }

    /// <summary>Gets the triggers (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or blank entry.</exception>
    public IReadOnlyList<string> Triggers { get; init => field = PlanParts.Texts(value, nameof(Triggers)); }

    /// <summary>Gets the warning signs (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or blank entry.</exception>
    public IReadOnlyList<string> WarningSigns { get; init => field = PlanParts.Texts(value, nameof(WarningSigns)); }

    /// <summary>Gets the high-risk situations (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or blank entry.</exception>
    public IReadOnlyList<string> HighRiskSituations { get; init => field = PlanParts.Texts(value, nameof(HighRiskSituations)); }

    /// <summary>Gets the coping strategies (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or blank entry.</exception>
    public IReadOnlyList<string> CopingStrategies { get; init => field = PlanParts.Texts(value, nameof(CopingStrategies)); }

    /// <summary>Gets the supports the person can turn to, as roles and counts.</summary>
    /// <exception cref="ArgumentException">Set to a list with a default contact.</exception>
    public IReadOnlyList<SupportContact> SupportContacts { get; init => field = Contacts(value, nameof(SupportContacts)); }

    /// <summary>Gets a value indicating whether the plan has no entry at all.</summary>
    public bool IsEmpty =>
        Triggers.Count == 0 && WarningSigns.Count == 0 && HighRiskSituations.Count == 0 && CopingStrategies.Count == 0 && SupportContacts.Count == 0;

    /// <inheritdoc/>
    public bool Equals(RelapsePreventionPlan? other) =>
        other is not null
        && PlanParts.SequenceEqual(Triggers, other.Triggers)
        && PlanParts.SequenceEqual(WarningSigns, other.WarningSigns)
        && PlanParts.SequenceEqual(HighRiskSituations, other.HighRiskSituations)
        && PlanParts.SequenceEqual(CopingStrategies, other.CopingStrategies)
        && PlanParts.SequenceEqual(SupportContacts, other.SupportContacts);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        PlanParts.AddAll(ref hash, Triggers);
        PlanParts.AddAll(ref hash, WarningSigns);
        PlanParts.AddAll(ref hash, HighRiskSituations);
        PlanParts.AddAll(ref hash, CopingStrategies);
        PlanParts.AddAll(ref hash, SupportContacts);
        return hash.ToHashCode();
    }

    /// <summary>Formats the counts of each part; never the text.</summary>
    /// <returns>For example <c>RelapsePreventionPlan (3 triggers, 2 warning signs, 1 high-risk situation, 4 coping strategies, 2 support contacts)</c>.</returns>
    public override string ToString() =>
        $"RelapsePreventionPlan ({PlanParts.Plural(Triggers.Count, "trigger")}, {PlanParts.Plural(WarningSigns.Count, "warning sign")}, " +
        $"{HighRiskSituations.Count} high-risk situation{(HighRiskSituations.Count == 1 ? string.Empty : "s")}, " +
        $"{CopingStrategies.Count} coping strateg{(CopingStrategies.Count == 1 ? "y" : "ies")}, " +
        $"{SupportContactCount} support contact{(SupportContactCount == 1 ? string.Empty : "s")})";

    // Summed as long: a caller may give several contacts of int.MaxValue each, and ToString must not throw.
    private long SupportContactCount => SupportContacts.Sum(c => (long)c.Count);

    private static IReadOnlyList<SupportContact> Contacts(IEnumerable<SupportContact>? contacts, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(contacts))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(contacts, paramName);
        if (list.Any(c => c.Count == 0))
        {
            throw new ArgumentException("A support contact must not be the default value.", paramName);
        }

        return list;
    }
}
