using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Dates from outside the plan that the review schedule and validation need: the first day of services
/// at the plan's level, Medicare recertification dates, and the first group session under the plan.
/// </summary>
/// <remarks>
/// <para>Every part is optional and set with <c>init</c>. When <see cref="LevelStart"/> is
/// <see langword="null"/>, the date the plan first took effect at its current level is used. When
/// <see cref="FirstGroupSession"/> is <see langword="null"/>, <c>PLAN-PARTICIPATION-BEFORE-GROUP</c> is
/// not applied.</para>
/// <para>Equality is by value (recertifications compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanTimeline
{
    /// <summary>Gets an empty timeline: every date is derived from the plan or not known.</summary>
    public static PlanTimeline Empty { get; } = new();

    /// <summary>Gets the first day of services at the plan's current level (day 1 for Medicare's PHP day-18 rule; the initial certification date).</summary>
    /// <value>The default value is <see langword="null"/>: the effective date of the earliest consecutive version at the current level.</value>
    public LocalDate? LevelStart { get; init; }

    /// <summary>Gets the dates of Medicare recertifications signed so far (any order); those before <see cref="LevelStart"/> are ignored.</summary>
    /// <value>The default value is an empty list.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<LocalDate> Recertifications { get; init => field = Guard.Against.NullElements(value, nameof(Recertifications)); } = [];

    /// <summary>Gets the date of the first group session under the current plan version, if scheduled or held.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public LocalDate? FirstGroupSession { get; init; }

    /// <inheritdoc/>
    public bool Equals(PlanTimeline? other) =>
        other is not null
        && LevelStart == other.LevelStart
        && PlanParts.SequenceEqual(Recertifications, other.Recertifications)
        && FirstGroupSession == other.FirstGroupSession;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(LevelStart);
        PlanParts.AddAll(ref hash, Recertifications);
        hash.Add(FirstGroupSession);
        return hash.ToHashCode();
    }

    /// <summary>Formats which dates are known (dates of care are not printed).</summary>
    /// <returns>For example <c>PlanTimeline (level start known, 2 recertifications, first group known)</c>.</returns>
    public override string ToString() =>
        $"PlanTimeline (level start {(LevelStart is null ? "derived" : "known")}, {PlanParts.Plural(Recertifications.Count, "recertification")}, first group {(FirstGroupSession is null ? "unknown" : "known")})";
}
