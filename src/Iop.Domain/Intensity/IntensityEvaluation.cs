using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// The result of <see cref="SessionIntensity.Evaluate"/>: an episode's weeks at one level over a date
/// range under one rule set, the totals, the attendance summary and every finding.
/// </summary>
/// <remarks>
/// <para>The weekly hours add up to the totals exactly. <see cref="Findings"/> holds every week's
/// findings (each with <see cref="FindingSubject.Week"/> of its calendar week) plus those about the range
/// as a whole (no subject), in the canonical order; messages name weeks by number, never by date, and
/// never contain caller text.</para>
/// <para>Equality compares every property, lists element by element. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record IntensityEvaluation : IEvaluationResult
{
    internal IntensityEvaluation(
        LevelOfCare level, AgeGroup ageGroup, DateInterval range, IsoDayOfWeek firstDayOfWeek, IntensityStandard? standard,
        IReadOnlyList<WeeklyIntensity> weeks, AttendanceSummary attendance, Duration scheduledHours, Duration attendedHours,
        Duration qualifyingHours, IReadOnlyList<Finding> findings)
    {
        Level = level;
        AgeGroup = ageGroup;
        Range = range;
        FirstDayOfWeek = firstDayOfWeek;
        Standard = standard;
        Weeks = weeks;
        Attendance = attendance;
        ScheduledHours = scheduledHours;
        AttendedHours = attendedHours;
        QualifyingHours = qualifyingHours;
        Findings = findings;
    }

    /// <summary>The record of an evaluation already made (a stored result read back; see decision 0073), checked for what can be checked.</summary>
    internal static IntensityEvaluation FromRecord(
        LevelOfCare level, AgeGroup ageGroup, DateInterval range, IsoDayOfWeek firstDayOfWeek, IntensityStandard? standard,
        IReadOnlyList<WeeklyIntensity> weeks, AttendanceSummary attendance, Duration scheduledHours, Duration attendedHours,
        Duration qualifyingHours, IReadOnlyList<Finding> findings) =>
        new(
            Guard.Against.UndefinedMember(level),
            Guard.Against.UndefinedMember(ageGroup),
            Guard.Against.UnsupportedDates(range),
            Guard.Against.UndefinedMember(firstDayOfWeek),
            standard,
            Guard.Against.NullElements(weeks),
            attendance,
            Guard.Against.NegativeHours(scheduledHours),
            Guard.Against.NegativeHours(attendedHours),
            Guard.Against.NegativeHours(qualifyingHours),
            Guard.Against.NullElements(findings));

    /// <summary>Gets the level of care evaluated.</summary>
    public LevelOfCare Level { get; }

    /// <summary>Gets the person's age group.</summary>
    public AgeGroup AgeGroup { get; }

    /// <summary>Gets the date range evaluated.</summary>
    public DateInterval Range { get; }

    /// <summary>Gets the day weeks start on.</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>Gets the standard applied, or <see langword="null"/> when the rule set has none for the level and age group (<c>INT-NO-STANDARD</c>).</summary>
    public IntensityStandard? Standard { get; }

    /// <summary>Gets the weeks, in date order; the first and last may be partial.</summary>
    public IReadOnlyList<WeeklyIntensity> Weeks { get; }

    /// <summary>Gets the attendance over the range.</summary>
    public AttendanceSummary Attendance { get; }

    /// <summary>Gets the hours of attended and missed sessions over the range.</summary>
    public Duration ScheduledHours { get; }

    /// <summary>Gets the hours of attended sessions over the range.</summary>
    public Duration AttendedHours { get; }

    /// <summary>Gets the hours of attended qualifying sessions over the range.</summary>
    public Duration QualifyingHours { get; }

    /// <summary>Gets every finding, in the canonical order (rule id, severity, message, subject).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an error.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <inheritdoc/>
    public bool Equals(IntensityEvaluation? other) =>
        other is not null
        && Level == other.Level
        && AgeGroup == other.AgeGroup
        && Range.Equals(other.Range)
        && FirstDayOfWeek == other.FirstDayOfWeek
        && Equals(Standard, other.Standard)
        && Attendance == other.Attendance
        && ScheduledHours == other.ScheduledHours
        && AttendedHours == other.AttendedHours
        && QualifyingHours == other.QualifyingHours
        && Weeks.SequenceEqual(other.Weeks)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Level);
        hash.Add(AgeGroup);
        hash.Add(Range);
        hash.Add(FirstDayOfWeek);
        hash.Add(Standard);
        hash.Add(Attendance);
        hash.Add(ScheduledHours);
        hash.Add(AttendedHours);
        hash.Add(QualifyingHours);
        hash.AddAll(Weeks);
        hash.AddAll(Findings);
        return hash.ToHashCode();
    }

    /// <summary>Summarises the evaluation without dates, for example <c>IntensiveOutpatient, 5 weeks, 1 finding</c>.</summary>
    /// <returns>The evaluation in one line.</returns>
    public override string ToString() =>
        $"{Level}, {HoursText.Count(Weeks.Count, "week", "weeks")}, {HoursText.Format(QualifyingHours)} qualifying, {HoursText.Count(Findings.Count, "finding", "findings")}";
}
