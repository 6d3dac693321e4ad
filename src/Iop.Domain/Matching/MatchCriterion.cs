using Iop.Domain.Intensity;
using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// One thing matching checked about a programme on the person's behalf, named by the id of its
/// <see cref="MatchingRules"/> rule, with how much it mattered: <c>MATCH-LEVEL-NOT-OFFERED</c>
/// (required) is met when the programme offers the person's level, <c>MATCH-MODALITY-NOT-OFFERED</c>
/// for cognitive behavioural therapy (preferred) when it offers CBT. A match lists the criteria met (the
/// reasons it fits) and the preferences not met.
/// </summary>
/// <remarks>
/// <para>The rule id is the one an exclusion's finding would carry had the criterion failed as a hard
/// requirement, so one alert map serves both. <see cref="Modality"/> is set only for
/// <c>MATCH-MODALITY-NOT-OFFERED</c> and <see cref="Aftercare"/> only for <c>MATCH-AFTERCARE-NOT-OFFERED</c>.</para>
/// <para>Criteria are ordered by rule id (ordinal), then modality, then aftercare service, then strength.
/// Equality compares every property. The <see langword="default"/> value has the default rule id and no
/// defined strength and is never returned by the library. This type is an immutable value type and is
/// thread-safe.</para>
/// </remarks>
public readonly record struct MatchCriterion : IComparable<MatchCriterion>
{
    internal MatchCriterion(MatchCheck check, NeedStrength strength, Modality? modality = null, AftercareService? aftercare = null)
    {
        RuleId = MatchingRules.RuleOf(check).Id;
        Strength = strength;
        Modality = modality;
        Aftercare = aftercare;
    }

    /// <summary>
    /// The record of a criterion already checked, read back from storage (decision 0073): its public parts as
    /// written, checked for what can be checked, never decided again.
    /// </summary>
    /// <param name="ruleId">The id of the matching rule it was checked by.</param>
    /// <param name="strength">How much it mattered.</param>
    /// <param name="modality">The modality: given for <c>MATCH-MODALITY-NOT-OFFERED</c> only.</param>
    /// <param name="aftercare">The aftercare service: given for <c>MATCH-AFTERCARE-NOT-OFFERED</c> only.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule of <see cref="MatchingRules"/>; an
    /// enum value is undefined; or a modality or aftercare service is given for another rule, or missing for its own.</exception>
    internal static MatchCriterion FromRecord(RuleId ruleId, NeedStrength strength, Modality? modality, AftercareService? aftercare)
    {
        var check = MatchFindings.CheckOf(ruleId)
            ?? throw new ArgumentException("The criterion's rule id must be a matching rule (see MatchingRules).", nameof(ruleId));
        Guard.Against.UndefinedMember(strength);
        if (modality is { } m)
        {
            Guard.Against.UndefinedMember(m, nameof(modality));
        }

        if (aftercare is { } a)
        {
            Guard.Against.UndefinedMember(a, nameof(aftercare));
        }

        if ((check == MatchCheck.ModalityNotOffered) != modality.HasValue)
        {
            throw new ArgumentException("A modality is given with MATCH-MODALITY-NOT-OFFERED, and with no other rule.", nameof(modality));
        }

        if ((check == MatchCheck.AftercareNotOffered) != aftercare.HasValue)
        {
            throw new ArgumentException("An aftercare service is given with MATCH-AFTERCARE-NOT-OFFERED, and with no other rule.", nameof(aftercare));
        }

        return new MatchCriterion(check, strength, modality, aftercare);
    }

    /// <summary>Gets the id of the rule the criterion was checked by (see <see cref="MatchingRules"/>).</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets how much the criterion mattered: <see cref="NeedStrength.Required"/> (a hard requirement) or <see cref="NeedStrength.Preferred"/>.</summary>
    public NeedStrength Strength { get; }

    /// <summary>Gets the modality, for <c>MATCH-MODALITY-NOT-OFFERED</c>; otherwise <see langword="null"/>.</summary>
    public Modality? Modality { get; }

    /// <summary>Gets the aftercare service, for <c>MATCH-AFTERCARE-NOT-OFFERED</c>; otherwise <see langword="null"/>.</summary>
    public AftercareService? Aftercare { get; }

    /// <summary>Gets a value indicating whether the criterion is a soft preference.</summary>
    public bool IsPreference => Strength == NeedStrength.Preferred;

    /// <summary>Compares by rule id, then modality, then aftercare service, then strength.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) < 0;

    /// <summary>Compares by rule id, then modality, then aftercare service, then strength.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares by rule id, then modality, then aftercare service, then strength.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) > 0;

    /// <summary>Compares by rule id, then modality, then aftercare service, then strength.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by rule id (ordinal), then modality, then aftercare service, then strength.</summary>
    /// <param name="other">The other criterion.</param>
    /// <returns>Negative, zero or positive as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(MatchCriterion other)
    {
        var order = string.CompareOrdinal(RuleId.Value, other.RuleId.Value);
        if (order == 0)
        {
            order = Nullable.Compare(Modality, other.Modality);
        }

        if (order == 0)
        {
            order = Nullable.Compare(Aftercare, other.Aftercare);
        }

        return order != 0 ? order : Strength.CompareTo(other.Strength);
    }

    /// <summary>Formats the criterion, for example <c>MATCH-MODALITY-NOT-OFFERED CognitiveBehavioralTherapy (preferred)</c>.</summary>
    /// <returns>The rule id, its detail and its strength.</returns>
    public override string ToString()
    {
        var detail = Modality is { } m ? $" {m}" : Aftercare is { } a ? $" {a}" : string.Empty;
        return $"{RuleId}{detail} ({(IsPreference ? "preferred" : "required")})";
    }
}
