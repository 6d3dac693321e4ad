using System.Globalization;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// The next Medicare recertification at a level, from <see cref="RecertificationCadence.NextDue"/>: the
/// <see cref="Rule"/> that applies (<c>MCR-PHP-RECERT-18</c>, <c>MCR-PHP-RECERT-30</c> or <c>MCR-IOP-RECERT</c>) and the
/// last day it may be made on time.
/// </summary>
/// <remarks>
/// <para>A recertification is overdue on the days after <see cref="DueBy"/>; on <see cref="DueBy"/> itself it is on
/// time. <see cref="ToOverdueFinding"/> turns an overdue one into an error finding whose message carries the
/// days overdue only (no dates, no caller text).</para>
/// <para>Equality compares the rule and the due date. The <see langword="default"/> value has no rule and is never
/// returned by the library (it returns <see langword="null"/> when nothing is due). It is refused: <see cref="IsOverdueOn"/>,
/// <see cref="DaysOverdueOn"/> and <see cref="ToOverdueFinding"/> throw <see cref="InvalidOperationException"/> for it
/// instead of reading its due date, 0001-01-01, as long overdue; <c>ToString()</c>, equality and hashing accept it.
/// This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct RecertificationDue
{
    internal RecertificationDue(Rule rule, LocalDate dueBy)
    {
        Rule = rule;
        DueBy = dueBy;
    }

    /// <summary>
    /// The record of a due date already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (nulls, ranges), never decided again.
    /// </summary>
    internal static RecertificationDue FromRecord(Rule rule, LocalDate dueBy) =>
        new(Guard.Against.Null(rule), Guard.Against.UnsupportedDate(dueBy));

    /// <summary>Gets the recertification rule that applies.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the last day the recertification may be made on time.</summary>
    public LocalDate DueBy { get; }

    /// <summary>Returns whether the recertification is overdue on <paramref name="asOf"/>: the due date is past.</summary>
    /// <param name="asOf">The date of the check.</param>
    /// <returns><see langword="true"/> when <paramref name="asOf"/> is after <see cref="DueBy"/>.</returns>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value, which has no rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool IsOverdueOn(LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        return asOf > NotDefault().DueBy;
    }

    /// <summary>Returns the calendar days past the due date on <paramref name="asOf"/> (1 on the day after), or 0 when not overdue.</summary>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>The days overdue.</returns>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value, which has no rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public int DaysOverdueOn(LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        return IsOverdueOn(asOf) ? Period.Between(DueBy, asOf, PeriodUnits.Days).Days : 0;
    }

    /// <summary>
    /// Returns the error finding of an overdue recertification, for example
    /// <c>The intensive outpatient recertification is 3 days overdue.</c>
    /// </summary>
    /// <param name="asOf">The date of the check, after <see cref="DueBy"/>.</param>
    /// <returns>An error finding of <see cref="Rule"/> whose message gives the days overdue.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not after <see cref="DueBy"/>.</exception>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value, which has no rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public Finding ToOverdueFinding(LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        NotDefault();
        if (!IsOverdueOn(asOf))
        {
            throw new ArgumentException("The recertification is not overdue on that date.", nameof(asOf));
        }

        var what = Rule == ContinuumRules.PhpFirstRecertification ? "The first partial hospitalization recertification"
            : Rule == ContinuumRules.PhpRecertification ? "The partial hospitalization recertification"
            : "The intensive outpatient recertification";
        var days = DaysOverdueOn(asOf);
        return Rule.ToFinding(Severity.Error, string.Create(CultureInfo.InvariantCulture, $"{what} is {days} day{(days == 1 ? string.Empty : "s")} overdue."));
    }

    private RecertificationDue NotDefault() =>
        Rule is null ? throw new InvalidOperationException("The default recertification has no rule.") : this;

    /// <summary>Formats the rule id only (the due date, a date of care, is not printed).</summary>
    /// <returns>For example <c>RecertificationDue (MCR-IOP-RECERT)</c>.</returns>
    public override string ToString() => $"RecertificationDue ({Rule?.Id.ToString() ?? "none"})";
}
