using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// An objective's statuses in one version of a <see cref="TreatmentPlan"/>: the version number and date, and
/// the objective's <see cref="GoalLifecycleStatus"/> and <see cref="GoalAchievementStatus"/> in that version
/// (see <see cref="TreatmentPlan.StatusHistoryOf"/>).
/// </summary>
/// <remarks>
/// Equality is by value over all four members. <see cref="ToString"/> prints the version and statuses, never
/// the date. The <see langword="default"/> value (version 0, undefined lifecycle) is never returned by the
/// library. This type is an immutable value type and is thread-safe.
/// </remarks>
/// <param name="Version">The plan version, from 1.</param>
/// <param name="EffectiveDate">The date that version took effect.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="EffectiveDate"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
/// <param name="Lifecycle">The objective's lifecycle status in that version.</param>
/// <param name="Achievement">The objective's achievement status in that version, or <see langword="null"/> when none was recorded.</param>
public readonly record struct ObjectiveStatusEntry(int Version, LocalDate EffectiveDate, GoalLifecycleStatus Lifecycle, GoalAchievementStatus? Achievement)
{
    private readonly LocalDate effectiveDate = Guard.Against.UnsupportedDate(EffectiveDate);

    /// <summary>Gets the date that version took effect.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Created or set with a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveDate { get => effectiveDate; init => effectiveDate = Guard.Against.UnsupportedDate(value, nameof(EffectiveDate)); }

    /// <summary>Formats the version and statuses; never the date.</summary>
    /// <returns>For example <c>v2 Active, Improving</c>.</returns>
    public override string ToString() => $"v{Version} {Lifecycle}, {(Achievement is { } a ? a.ToString() : "no achievement status")}";
}
