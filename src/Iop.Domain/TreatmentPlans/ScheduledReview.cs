using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// One review or recertification on a <see cref="ReviewSchedule"/>: what it is, when it is due, and,
/// as of the schedule's date, whether it is due or overdue and by how many days.
/// </summary>
/// <remarks>
/// <para>An item is <see cref="IsDue"/> on and after its due date and <see cref="IsOverdue"/> after it;
/// <see cref="DaysOverdue"/> counts calendar days past the due date (1 on the day after).</para>
/// <para>Equality compares kind, due date and as-of date. The <see langword="default"/> value has no
/// kind and is never returned by the library. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct ScheduledReview
{
    /// <summary>Creates a scheduled review.</summary>
    /// <param name="kind">What the review is for.</param>
    /// <param name="dueDate">The last day it may be done on time.</param>
    /// <param name="asOf">The date the schedule is read on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.
    /// (<paramref name="dueDate"/> is not checked: a due date is computed from a supported date plus an interval of at most
    /// 10 years, so it may fall after <see cref="Rules.SupportedDates.Last"/>.)</exception>
    public ScheduledReview(ReviewKind kind, LocalDate dueDate, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        Kind = Guard.Against.UndefinedMember(kind);
        DueDate = dueDate;
        AsOf = asOf;
    }

    /// <summary>Gets what the review is for.</summary>
    public ReviewKind Kind { get; }

    /// <summary>Gets the last day the review may be done on time.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets the date the schedule is read on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a value indicating whether the review is due: the due date is today or past.</summary>
    public bool IsDue => DueDate <= AsOf;

    /// <summary>Gets a value indicating whether the review is overdue: the due date is past.</summary>
    public bool IsOverdue => DueDate < AsOf;

    /// <summary>Gets the calendar days past the due date, or 0 when not overdue.</summary>
    public int DaysOverdue => IsOverdue ? Period.Between(DueDate, AsOf, PeriodUnits.Days).Days : 0;

    /// <summary>Gets the calendar days until the due date, or 0 when due or overdue.</summary>
    public int DaysUntilDue => IsDue ? 0 : Period.Between(AsOf, DueDate, PeriodUnits.Days).Days;

    /// <summary>Formats the kind and status in days (dates of care are not printed).</summary>
    /// <returns>For example <c>PlanReview: 4 days overdue</c>, <c>IopRecertification: due today</c> or <c>PlanReview: due in 12 days</c>.</returns>
    public override string ToString() =>
        IsOverdue ? $"{Kind}: {PlanParts.Plural(DaysOverdue, "day")} overdue"
        : IsDue ? $"{Kind}: due today"
        : $"{Kind}: due in {PlanParts.Plural(DaysUntilDue, "day")}";
}
