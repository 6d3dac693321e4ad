using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// One schedule a programme runs a level of care on, for example "the evening IOP track: Monday,
/// Tuesday and Thursday, 18:00, three hours". A programme may run several tracks per level.
/// </summary>
/// <remarks>
/// <para><see cref="PlannedSessions"/> expands the track into the sessions it plans over a range of dates,
/// so a track is checked by the same intensity code as delivered sessions: matching evaluates one planned
/// week with <see cref="SessionIntensity.Evaluate"/> against the level's intensity standard (see
/// <see cref="ProgrammeMatching"/>). <see cref="WeeklyHours"/>, its days times its
/// <see cref="SessionLength"/>, is the qualifying hours of that week. A session that would run past
/// midnight fits no availability window.</para>
/// <para>The days form a set: duplicates are dropped and <see cref="Days"/> lists them Monday first.
/// Equality compares level, kind, days, start, session length and telehealth. This type is immutable
/// and thread-safe; derive variants with <c>with { … }</c>, whose <c>init</c> accessors validate like
/// the constructor.</para>
/// </remarks>
public sealed record ScheduleTrack
{
    private static readonly Duration OneDay = Duration.FromDays(1);

    private readonly LevelOfCare level;
    private readonly TrackKind kind;
    private readonly int dayMask;
    private readonly Duration sessionLength;
    private readonly Duration weeklyHours;

    /// <summary>Creates a track.</summary>
    /// <param name="level">The level of care the track delivers.</param>
    /// <param name="kind">The part of the day the programme calls the track.</param>
    /// <param name="days">The days of the week the track meets; at least one.</param>
    /// <param name="start">The time each session starts.</param>
    /// <param name="sessionLength">How long each session lasts: more than zero, at most one day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="kind"/> is
    /// not defined, or <paramref name="sessionLength"/> is outside (0, 24 h].</exception>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds a day that is not Monday to Sunday.</exception>
    public ScheduleTrack(LevelOfCare level, TrackKind kind, IEnumerable<IsoDayOfWeek> days, LocalTime start, Duration sessionLength)
    {
        this.level = Guard.Against.UndefinedMember(level);
        this.kind = Guard.Against.UndefinedMember(kind);
        dayMask = MaskOf(days);
        Start = start;
        this.sessionLength = CheckedLength(sessionLength);
        weeklyHours = this.sessionLength * DaySet.Count(dayMask);
    }

    /// <summary>Gets the level of care the track delivers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public LevelOfCare Level { get => level; init => level = Guard.Against.UndefinedMember(value, nameof(Level)); }

    /// <summary>Gets the part of the day the programme calls the track.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined kind.</exception>
    public TrackKind Kind { get => kind; init => kind = Guard.Against.UndefinedMember(value, nameof(Kind)); }

    /// <summary>Gets the days of the week the track meets, Monday first, without duplicates.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or one with a day that is not Monday to Sunday.</exception>
    public IReadOnlyList<IsoDayOfWeek> Days
    {
        get => DaySet.ListOf(dayMask);
        init
        {
            dayMask = MaskOf(value, nameof(Days));
            weeklyHours = sessionLength * DaySet.Count(dayMask);
        }
    }

    /// <summary>Gets the time each session starts.</summary>
    public LocalTime Start { get; init; }

    /// <summary>Gets how long each session lasts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside (0, 24 h].</exception>
    public Duration SessionLength
    {
        get => sessionLength;
        init
        {
            sessionLength = CheckedLength(value, nameof(SessionLength));
            weeklyHours = sessionLength * DaySet.Count(dayMask);
        }
    }

    /// <summary>Gets a value indicating whether the track's sessions can be attended by telehealth.</summary>
    /// <value>The default value is <see langword="false"/> (in person only). Under a rule set that counts in-person services only
    /// (<see cref="IntensityRuleSet.Telehealth"/>; Medicare), matching does not count a telehealth track's hours toward the level's minimum.</value>
    public bool Telehealth { get; init; }

    /// <summary>Gets the hours the track plans per week: the number of days times the session length (the qualifying hours of a planned week).</summary>
    /// <remarks>Computed once, when the days or the session length are set.</remarks>
    public Duration WeeklyHours => weeklyHours;

    /// <summary>Gets the number of days per week the track meets.</summary>
    public int DaysPerWeek => DaySet.Count(dayMask);

    internal int DayMask => dayMask;

    /// <summary>
    /// Expands the track into the sessions it plans on <paramref name="dates"/>: one session on every date
    /// that falls on one of its <see cref="Days"/>, starting at <see cref="Start"/> and lasting
    /// <see cref="SessionLength"/>, in date order.
    /// </summary>
    /// <remarks>
    /// Each session is a <see cref="ServiceKind.GroupTherapy"/> session, <see cref="DeliveryMode.InPerson"/>,
    /// <see cref="Attendance.Attended"/>: the week the track delivers to a person who attends every session,
    /// which is what <see cref="SessionIntensity.Evaluate"/> counts as qualifying hours (the kind matters only
    /// in that every kind but a social or recreational activity qualifies, rule <c>MCR-NONQUALIFYING</c>).
    /// Derive other attendance or modes with <c>session with { … }</c>. A session running past midnight is
    /// dated on the day it starts, as delivered sessions are.
    /// </remarks>
    /// <param name="dates">The dates to plan, both ends included.</param>
    /// <returns>The planned sessions, in date order; empty when no date falls on a track day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public IReadOnlyList<Session> PlannedSessions(DateInterval dates)
    {
        Guard.Against.UnsupportedDates(dates);
        var sessions = new List<Session>();
        for (var date = dates.Start; date <= dates.End; date = date.PlusDays(1))
        {
            if ((dayMask & DaySet.Bit(date.DayOfWeek)) != 0)
            {
                sessions.Add(new Session(date, Start, sessionLength, ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended));
            }

            if (date == dates.End)
            {
                break;
            }
        }

        return sessions.AsReadOnly();
    }

    /// <summary>Formats the track without caller text, for example <c>IntensiveOutpatient Evening track: Monday, Tuesday, Thursday 18:00 for 3 h</c>.</summary>
    /// <returns>The track in one line.</returns>
    public override string ToString() =>
        $"{Level} {Kind} track: {string.Join(", ", Days)} {Start.ToString("HH:mm", CultureInfo.InvariantCulture)} for {SessionLength.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h{(Telehealth ? ", telehealth" : string.Empty)}";

    private static int MaskOf(IEnumerable<IsoDayOfWeek> days, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(days))] string? paramName = null)
    {
        Guard.Against.Null(days, paramName);
        var mask = 0;
        foreach (var day in days)
        {
            if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException("Every day must be Monday to Sunday.", paramName);
            }

            mask |= DaySet.Bit(day);
        }

        if (mask == 0)
        {
            throw new ArgumentException("The collection must not be empty.", paramName);
        }

        return mask;
    }

    private static Duration CheckedLength(Duration length, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(length))] string? paramName = null)
    {
        if (length <= Duration.Zero || length > OneDay)
        {
            throw new ArgumentOutOfRangeException(paramName, "The session length must be in the range (0, 24 h].");
        }

        return length;
    }
}
