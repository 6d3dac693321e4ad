using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// Dates from outside the plan that the review schedule needs and that the library cannot derive: the
/// first day of services at the plan's level and the dates of Medicare recertifications signed so far.
/// </summary>
/// <remarks>
/// <para>Every part is optional and set with <c>init</c>. When <see cref="LevelStart"/> is
/// <see langword="null"/>, the date the plan first took effect at its current level is used. The first
/// group session under the plan is not a timeline date: validation derives it from the sessions it is
/// given (<see cref="TreatmentPlanValidation.Validate"/>).</para>
/// <para>Equality is by value (recertifications compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanTimeline
{
    /// <summary>Gets an empty timeline: every date is derived from the plan or not known.</summary>
    public static PlanTimeline Empty { get; } = new();

    /// <summary>Gets the first day of services at the plan's current level (day 1 for Medicare's PHP day-18 rule; the initial certification date).</summary>
    /// <value>The default value is <see langword="null"/>: the effective date of the earliest consecutive version at the current level.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? LevelStart { get; init => field = Guard.Against.UnsupportedDate(value, nameof(LevelStart)); }

    /// <summary>Gets the dates of Medicare recertifications signed so far (any order); those before <see cref="LevelStart"/> are ignored.</summary>
    /// <value>The default value is an empty list.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a list with a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public IReadOnlyList<LocalDate> Recertifications { get; init => field = Guard.Against.UnsupportedDates(value, nameof(Recertifications)); } = [];

    /// <inheritdoc/>
    public bool Equals(PlanTimeline? other) =>
        other is not null
        && LevelStart == other.LevelStart
        && PlanParts.SequenceEqual(Recertifications, other.Recertifications);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(LevelStart);
        PlanParts.AddAll(ref hash, Recertifications);
        return hash.ToHashCode();
    }

    /// <summary>Formats which dates are known (dates of care are not printed).</summary>
    /// <returns>For example <c>PlanTimeline (level start known, 2 recertifications)</c>.</returns>
    public override string ToString() =>
        $"PlanTimeline (level start {(LevelStart is null ? "derived" : "known")}, {PlanParts.Plural(Recertifications.Count, "recertification")})";
}
