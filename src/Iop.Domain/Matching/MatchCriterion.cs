using Iop.Domain.Intensity;

namespace Iop.Domain.Matching;

/// <summary>
/// One thing matching checked about a programme on the person's behalf, with how much it mattered:
/// "offers the indicated level (required)", "offers CBT (preferred)". A match lists the criteria met
/// (the reasons it fits) and the preferences not met.
/// </summary>
/// <remarks>
/// <para><see cref="Modality"/> is set only for <see cref="CriterionKind.Modality"/>, and
/// <see cref="Aftercare"/> only for <see cref="CriterionKind.Aftercare"/>.</para>
/// <para>Criteria are ordered by kind, then modality, then aftercare service. Equality compares every
/// property. The <see langword="default"/> value has no defined kind and is never returned by the
/// library. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct MatchCriterion : IComparable<MatchCriterion>
{
    internal MatchCriterion(CriterionKind kind, NeedStrength strength, Modality? modality = null, AftercareService? aftercare = null)
    {
        Kind = kind;
        Strength = strength;
        Modality = modality;
        Aftercare = aftercare;
    }

    /// <summary>Gets what the criterion is about.</summary>
    public CriterionKind Kind { get; }

    /// <summary>Gets how much the criterion mattered: <see cref="NeedStrength.Required"/> (a hard requirement) or <see cref="NeedStrength.Preferred"/>.</summary>
    public NeedStrength Strength { get; }

    /// <summary>Gets the modality, for <see cref="CriterionKind.Modality"/>; otherwise <see langword="null"/>.</summary>
    public Modality? Modality { get; }

    /// <summary>Gets the aftercare service, for <see cref="CriterionKind.Aftercare"/>; otherwise <see langword="null"/>.</summary>
    public AftercareService? Aftercare { get; }

    /// <summary>Gets a value indicating whether the criterion is a soft preference.</summary>
    public bool IsPreference => Strength == NeedStrength.Preferred;

    /// <summary>Compares by kind, then modality, then aftercare service.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) < 0;

    /// <summary>Compares by kind, then modality, then aftercare service.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares by kind, then modality, then aftercare service.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) > 0;

    /// <summary>Compares by kind, then modality, then aftercare service.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(MatchCriterion left, MatchCriterion right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by kind, then modality, then aftercare service, then strength.</summary>
    /// <param name="other">The other criterion.</param>
    /// <returns>Negative, zero or positive as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(MatchCriterion other)
    {
        var order = Kind.CompareTo(other.Kind);
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

    /// <summary>Formats the criterion, for example <c>Modality CognitiveBehavioralTherapy (preferred)</c>.</summary>
    /// <returns>The kind, its detail and its strength.</returns>
    public override string ToString()
    {
        var detail = Modality is { } m ? $" {m}" : Aftercare is { } a ? $" {a}" : string.Empty;
        return $"{Kind}{detail} ({(IsPreference ? "preferred" : "required")})";
    }
}
