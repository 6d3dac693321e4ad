using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>
/// The part of the input a <see cref="Finding"/> concerns, as data: a week, a day or a span of dates, or
/// the caller's id of a plan part or programme. An EHR attaches the finding to a week, a claim line or a
/// plan part with it, without parsing a message.
/// </summary>
/// <remarks>
/// <para>Exactly one of <see cref="Period"/> (for <see cref="SubjectKind.Week"/>, <see cref="SubjectKind.Day"/>
/// and <see cref="SubjectKind.Period"/>) and <see cref="Id"/> (for plan parts, programmes and tracks) is set.</para>
/// <para>The id is the caller's own key, carried back unchanged; it is never printed: <see cref="ToString"/>
/// gives the kind alone, so a subject can be logged without disclosing an identifier or a date.</para>
/// <para>Ordering (used for the canonical order of findings) is by kind, then period start and end, then
/// id (ordinal). Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FindingSubject : IComparable<FindingSubject>
{
    private FindingSubject(SubjectKind kind, DateInterval? period, string? id)
    {
        Kind = kind;
        Period = period;
        Id = id;
    }

    /// <summary>Gets what part of the input this is.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the dates concerned, for a week, day or period; otherwise <see langword="null"/>.</summary>
    public DateInterval? Period { get; }

    /// <summary>Gets the caller's id of the part concerned, for a plan part or programme; otherwise <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Creates the subject for a week of service.</summary>
    /// <param name="week">The week's dates.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="week"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="week"/> is longer than seven days.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="week"/> has a date outside <see cref="SupportedDates"/>.</exception>
    public static FindingSubject Week(DateInterval week)
    {
        Guard.Against.UnsupportedDates(week);
        if (week.Length > 7)
        {
            throw new ArgumentException("A week spans at most 7 days.", nameof(week));
        }

        return new(SubjectKind.Week, week, null);
    }

    /// <summary>Creates the subject for one date of service.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The subject; its <see cref="Period"/> is the single day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static FindingSubject Day(LocalDate date)
    {
        Guard.Against.UnsupportedDate(date);
        return new(SubjectKind.Day, new DateInterval(date, date), null);
    }

    /// <summary>Creates the subject for a span of dates (a claim's service dates, an authorization period).</summary>
    /// <param name="period">The dates.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> has a date outside <see cref="SupportedDates"/>.</exception>
    public static FindingSubject Dates(DateInterval period) => new(SubjectKind.Period, Guard.Against.UnsupportedDates(period), null);

    /// <summary>Creates the subject for a part of the input the caller identifies: a plan part, a programme or a track.</summary>
    /// <param name="kind">The kind of part: <see cref="SubjectKind.Problem"/> to <see cref="SubjectKind.Cell"/>.</param>
    /// <param name="id">The caller's id of the part; carried back unchanged and never printed.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not an identified kind (it is a date kind or undefined).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static FindingSubject Part(SubjectKind kind, string id)
    {
        Guard.Against.UndefinedMember(kind);
        if (kind is SubjectKind.Week or SubjectKind.Day or SubjectKind.Period)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "Value must be a kind identified by an id (Problem to Cell); use Week, Day or Dates for dates.");
        }

        return new(kind, null, Guard.Against.Blank(id));
    }

    /// <summary>Compares two subjects: by kind, then period, then id (ordinal).</summary>
    /// <param name="other">The other subject; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(FindingSubject? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byKind = ((int)Kind).CompareTo((int)other.Kind); // as int: Enum.CompareTo boxes
        if (byKind != 0)
        {
            return byKind;
        }

        if (Period is { } mine && other.Period is { } theirs)
        {
            var byStart = mine.Start.CompareTo(theirs.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = mine.End.CompareTo(theirs.End);
            if (byEnd != 0)
            {
                return byEnd;
            }
        }

        return string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(FindingSubject? left, FindingSubject? right) => Compare(left, right) < 0;

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(FindingSubject? left, FindingSubject? right) => Compare(left, right) <= 0;

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(FindingSubject? left, FindingSubject? right) => Compare(left, right) > 0;

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(FindingSubject? left, FindingSubject? right) => Compare(left, right) >= 0;

    /// <summary>Gives the kind of subject only: never its dates or id.</summary>
    /// <returns>For example <c>Week</c>.</returns>
    public override string ToString() => Kind.ToString();

    internal static int Compare(FindingSubject? left, FindingSubject? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
