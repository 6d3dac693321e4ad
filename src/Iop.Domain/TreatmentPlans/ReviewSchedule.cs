using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// What a plan needs next, as of a date: the next plan review, the update before planned discharge
/// (until one is made), and Medicare recertification for PHP and IOP plans, each with its due date and
/// how many days it is overdue.
/// </summary>
/// <remarks>
/// <para>Returned by <see cref="TreatmentPlanValidation.Validate"/> as the value of its evaluation (the one entry
/// point: the overdue items are also its findings), computed from the plan's history, a
/// <see cref="TreatmentPlanRuleSet"/> and a <see cref="PlanTimeline"/>:</para>
/// <list type="bullet">
/// <item><description>plan review: the current version's date plus <see cref="TreatmentPlanRuleSet.ReviewInterval"/>
/// (every version counts as a review);</description></item>
/// <item><description>discharge update: due on the planned discharge date unless a revision (version 2 or later)
/// is dated within one review interval before it (on or before the discharge date);</description></item>
/// <item><description>PHP and IOP, unless <see cref="TreatmentPlanRuleSet.Recertification"/> is <see langword="null"/>:
/// <see cref="RecertificationCadence.NextDue"/> from the level start and the latest recertification on or after it
/// (earlier ones are ignored). PHP with no recertification since the level start: the first is due on day
/// <see cref="RecertificationCadence.PhpFirstRecertificationDay"/>; afterwards the latest plus
/// <see cref="RecertificationCadence.PhpRecertificationInterval"/>. IOP: the latest certification (the level start,
/// or the latest recertification since) plus <see cref="RecertificationCadence.IopRecertificationInterval"/>.</description></item>
/// </list>
/// <para>Items are ordered by due date, then kind; read <see cref="ScheduledReview.IsDue"/> and
/// <see cref="ScheduledReview.IsOverdue"/> on each. Equality compares the as-of date and the items. This type
/// is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReviewSchedule
{
    private ReviewSchedule(LocalDate asOf, IReadOnlyList<ScheduledReview> items)
    {
        AsOf = asOf;
        Items = items;
    }

    /// <summary>
    /// The record of a schedule already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static ReviewSchedule FromRecord(LocalDate asOf, IReadOnlyList<ScheduledReview> items) =>
        new(Guard.Against.UnsupportedDate(asOf), Guard.Against.NullElements(items));

    /// <summary>Gets the date the schedule is read on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets every scheduled item, ordered by due date, then kind.</summary>
    public IReadOnlyList<ScheduledReview> Items { get; }

    /// <summary>Computes what the plan needs next as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The current version of the plan (its history is read through <see cref="TreatmentPlan.Previous"/>).</param>
    /// <param name="asOf">The date the schedule is read on.</param>
    /// <param name="rules">The timing rules.</param>
    /// <param name="timeline">Dates from outside the plan, or <see langword="null"/> for <see cref="PlanTimeline.Empty"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="rules"/> is null.</exception>
    internal static ReviewSchedule For(TreatmentPlan plan, LocalDate asOf, TreatmentPlanRuleSet rules, PlanTimeline? timeline = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(rules);
        timeline ??= PlanTimeline.Empty;

        var items = new List<ScheduledReview>(4)
        {
            new(ReviewKind.PlanReview, rules.NextReviewDue(plan.EffectiveDate), asOf),
        };

        if (rules.RequireUpdateBeforeDischarge && plan.Content.PlannedDischarge is { } discharge && !HasUpdateBefore(plan, discharge, rules))
        {
            items.Add(new(ReviewKind.DischargeUpdate, discharge, asOf));
        }

        var levelStart = timeline.LevelStart ?? LevelStart(plan);
        LocalDate? latestRecertification = null;
        foreach (var date in timeline.Recertifications)
        {
            if (date >= levelStart && (latestRecertification is null || date > latestRecertification))
            {
                latestRecertification = date;
            }
        }

        if (rules.Recertification?.NextDue(plan.Content.Level, levelStart, latestRecertification) is { } recertification)
        {
            items.Add(new(KindOf(recertification.Rule), recertification.DueBy, asOf));
        }

        items.Sort((a, b) => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : a.Kind.CompareTo(b.Kind));
        return new(asOf, items.AsReadOnly());
    }

    /// <inheritdoc/>
    public bool Equals(ReviewSchedule? other) =>
        other is not null && AsOf == other.AsOf && PlanParts.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AsOf);
        PlanParts.AddAll(ref hash, Items);
        return hash.ToHashCode();
    }

    /// <summary>Formats the items' status in days (dates of care are not printed).</summary>
    /// <returns>For example <c>ReviewSchedule (PlanReview: due in 3 days; IopRecertification: due in 40 days)</c>.</returns>
    public override string ToString() => $"ReviewSchedule ({string.Join("; ", Items)})";

    /// <summary>The effective date of the earliest version in the unbroken run of versions at the current level.</summary>
    internal static LocalDate LevelStart(TreatmentPlan plan)
    {
        var start = plan;
        while (start.Previous is { } previous && previous.Content.Level == plan.Content.Level)
        {
            start = previous;
        }

        return start.EffectiveDate;
    }

    /// <summary>The schedule kind of a recertification rule from <see cref="RecertificationCadence.NextDue"/>.</summary>
    internal static ReviewKind KindOf(Rule rule) =>
        rule == ContinuumRules.PhpFirstRecertification ? ReviewKind.PhpFirstRecertification
        : rule == ContinuumRules.PhpRecertification ? ReviewKind.PhpRecertification
        : ReviewKind.IopRecertification;

    /// <summary>The recertification rule of a schedule kind (the inverse of <see cref="KindOf"/>).</summary>
    internal static Rule RuleOf(ReviewKind kind) => kind switch
    {
        ReviewKind.PhpFirstRecertification => ContinuumRules.PhpFirstRecertification,
        ReviewKind.PhpRecertification => ContinuumRules.PhpRecertification,
        _ => ContinuumRules.IopRecertification,
    };

    private static bool HasUpdateBefore(TreatmentPlan plan, LocalDate discharge, TreatmentPlanRuleSet rules)
    {
        for (var version = plan; version.Previous is not null; version = version.Previous)
        {
            if (version.EffectiveDate <= discharge && rules.NextReviewDue(version.EffectiveDate) >= discharge)
            {
                return true;
            }
        }

        return false;
    }
}
