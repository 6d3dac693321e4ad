using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// One week of an <see cref="IntensityEvaluation"/>: the hours scheduled, attended and qualifying, the
/// service days, and the findings of the weekly rules.
/// </summary>
/// <remarks>
/// <para>Hours: <see cref="ScheduledHours"/> counts attended and missed sessions (cancelled ones were
/// taken off the schedule); <see cref="AttendedHours"/> attended sessions; <see cref="QualifyingHours"/>
/// attended sessions that qualify (<c>MCR-NONQUALIFYING</c>) and that the rule set counts (under Medicare not by
/// telehealth, <c>MCR-IN-PERSON-ONLY</c>; professional sessions unless the rule set leaves them out, <c>MCR-SEPARATE-PRO</c>). The weekly minimums and ceilings compare
/// <see cref="QualifyingHours"/>. A session counts in full on its start date.</para>
/// <para>A week is <see cref="IsPartial"/> when part of it lies outside the evaluated range (the
/// range's first or last week). Partial weeks report their hours, ceilings and day-hour findings, but
/// the weekly minimums (<c>INT-…-MIN-HOURS</c>, <c>INT-MIN-DAYS</c>, <c>INT-MISSING-WEEK</c>) are not
/// applied to them: see <c>docs/decisions/0021-partial-weeks-and-programme-length.md</c>.</para>
/// <para>Every finding of the week carries <see cref="FindingSubject.Week"/> of <see cref="Week"/> (the
/// whole calendar week, also when it is partial), and this is where <c>MCR-NONQUALIFYING</c> is reported:
/// once per week with attended non-qualifying sessions. Finding messages name the week by its
/// <see cref="Number"/>, never by date. Equality compares every property, the findings element by element.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WeeklyIntensity : IEvaluationResult
{
    internal WeeklyIntensity(
        int number, DateInterval week, DateInterval daysInRange, int sessions, Duration scheduledHours, Duration attendedHours,
        Duration qualifyingHours, int serviceDays, LevelOfCare? suggestedLevel, IReadOnlyList<Finding> findings)
    {
        Number = number;
        Week = week;
        DaysInRange = daysInRange;
        Sessions = sessions;
        ScheduledHours = scheduledHours;
        AttendedHours = attendedHours;
        QualifyingHours = qualifyingHours;
        ServiceDays = serviceDays;
        SuggestedLevel = suggestedLevel;
        Findings = findings;
    }

    /// <summary>The record of a week already evaluated (a stored result read back; see decision 0073), checked for what can be checked.</summary>
    internal static WeeklyIntensity FromRecord(
        int number, DateInterval week, DateInterval daysInRange, int sessions, Duration scheduledHours, Duration attendedHours,
        Duration qualifyingHours, int serviceDays, LevelOfCare? suggestedLevel, IReadOnlyList<Finding> findings) =>
        new(
            Guard.Against.BelowMinimum(number, 1),
            Guard.Against.UnsupportedDates(week),
            Guard.Against.UnsupportedDates(daysInRange),
            Guard.Against.BelowMinimum(sessions, 0),
            Guard.Against.NegativeHours(scheduledHours),
            Guard.Against.NegativeHours(attendedHours),
            Guard.Against.NegativeHours(qualifyingHours),
            Guard.Against.BelowMinimum(serviceDays, 0),
            suggestedLevel is { } suggested ? Guard.Against.UndefinedMember(suggested) : null,
            Guard.Against.NullElements(findings));

    /// <summary>Gets the week's position in the range, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the whole calendar week (7 days from the configured first day of the week).</summary>
    public DateInterval Week { get; }

    /// <summary>Gets the days of <see cref="Week"/> that lie in the evaluated range.</summary>
    public DateInterval DaysInRange { get; }

    /// <summary>Gets a value indicating whether part of the week lies outside the evaluated range.</summary>
    public bool IsPartial => DaysInRange.Length < 7;

    /// <summary>Gets the number of sessions in the week, whatever their attendance.</summary>
    public int Sessions { get; }

    /// <summary>Gets the hours of attended and missed sessions.</summary>
    public Duration ScheduledHours { get; }

    /// <summary>Gets the hours of attended sessions.</summary>
    public Duration AttendedHours { get; }

    /// <summary>Gets the hours of attended sessions that qualify: the hours the weekly rules compare.</summary>
    public Duration QualifyingHours { get; }

    /// <summary>Gets the number of service days: dates with attended qualifying service that reach the standard's hours per service day, if it sets one.</summary>
    public int ServiceDays { get; }

    /// <summary>Gets the next level up when the week exceeded the level's ceiling, otherwise <see langword="null"/>.</summary>
    public LevelOfCare? SuggestedLevel { get; }

    /// <summary>Gets the week's findings, in the canonical order; each has the week as its subject.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding of the week is an error.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <inheritdoc/>
    public bool Equals(WeeklyIntensity? other) =>
        other is not null
        && Number == other.Number
        && Week.Equals(other.Week)
        && DaysInRange.Equals(other.DaysInRange)
        && Sessions == other.Sessions
        && ScheduledHours == other.ScheduledHours
        && AttendedHours == other.AttendedHours
        && QualifyingHours == other.QualifyingHours
        && ServiceDays == other.ServiceDays
        && SuggestedLevel == other.SuggestedLevel
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number);
        hash.Add(Week);
        hash.Add(DaysInRange);
        hash.Add(Sessions);
        hash.Add(ScheduledHours);
        hash.Add(AttendedHours);
        hash.Add(QualifyingHours);
        hash.Add(ServiceDays);
        hash.Add(SuggestedLevel);
        hash.AddAll(Findings);
        return hash.ToHashCode();
    }

    /// <summary>Formats the week without dates, for example <c>Week 3: 8 h 30 min qualifying, 3 service days, 1 finding</c>.</summary>
    /// <returns>The week in one line.</returns>
    public override string ToString() =>
        $"Week {Number}{(IsPartial ? " (partial)" : string.Empty)}: {HoursText.Format(QualifyingHours)} qualifying, {HoursText.Count(ServiceDays, "service day", "service days")}, {HoursText.Count(Findings.Count, "finding", "findings")}";
}
