namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A support a person can turn to, as a <see cref="SupportRole"/> and a count ("2 family members"),
/// never a name or a telephone number.
/// </summary>
/// <remarks>
/// Equality compares role and count. The <see langword="default"/> value (no role, count 0) is invalid
/// and rejected by <see cref="RelapsePreventionPlan"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct SupportContact
{
    /// <summary>Creates a support contact.</summary>
    /// <param name="role">The role of the support.</param>
    /// <param name="count">How many supports of that role, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined, or <paramref name="count"/> is below 1.</exception>
    public SupportContact(SupportRole role, int count = 1)
    {
        Role = Guard.Against.UndefinedMember(role);
        Count = Guard.Against.BelowMinimum(count, 1);
    }

    /// <summary>Gets the role of the support.</summary>
    public SupportRole Role { get; }

    /// <summary>Gets how many supports of that role the person has (at least 1).</summary>
    public int Count { get; }

    /// <summary>Formats the contact, for example <c>2 × Family</c>.</summary>
    /// <returns>The count and role.</returns>
    public override string ToString() => $"{Count} × {Role}";
}
