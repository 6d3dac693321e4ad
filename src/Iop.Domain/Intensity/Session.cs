using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// One scheduled or delivered service: the date and local start time, how long it lasted, what kind of
/// service it was, how it was delivered, whether the person attended, and whether it counts toward
/// programme hours.
/// </summary>
/// <remarks>
/// <para><see cref="Qualifies"/> defaults to <see cref="ServiceKinds.QualifiesByDefault"/> of the kind
/// (everything but <see cref="ServiceKind.SocialOrRecreationalActivity"/>, rule <c>MCR-NONQUALIFYING</c>);
/// mark a session yourself with <c>session with { Qualifies = false }</c>.</para>
/// <para>A session that runs past midnight counts in full on its start <see cref="Date"/> (and so in the
/// start date's week): see <c>docs/decisions/0020-session-hours-attribution.md</c>.
/// <see cref="CrossesMidnight"/> tells such sessions apart.</para>
/// <para>A session starts on a date in <see cref="Rules.SupportedDates"/> (1900-01-01 through 2199-12-31): the
/// constructor and the <see cref="Date"/> setter refuse any other date, so <see cref="End"/> and
/// <see cref="CrossesMidnight"/> never throw and no evaluation of sessions reaches the calendar's end.
/// An open end of care is <see langword="null"/>, not a far-future placeholder date.</para>
/// <para>A session carries no identifier or free text, so its <c>ToString()</c> is safe to log.
/// Equality compares every property.</para>
/// <para><see cref="FurnishedBy"/> (default programme staff) and <see cref="IsPrimaryService"/> (default no) are set with
/// <c>with { … }</c>; a session furnished by a physician, PA, NP, CNS or clinical psychologist is never a per-diem service.</para>
/// <para>The <see langword="default"/> value has a zero duration and undefined kind, mode, furnisher and attendance:
/// it is invalid, and every evaluation rejects it with an <see cref="ArgumentException"/>. This type is
/// an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Session
{
    private readonly LocalDate date;
    private readonly Duration duration;
    private readonly DeliveryMode mode;
    private readonly Attendance attendance;
    private readonly ServiceFurnisher furnishedBy;

    /// <summary>Creates a session; <see cref="Qualifies"/> is derived from <paramref name="kind"/>.</summary>
    /// <param name="date">The date the session starts on.</param>
    /// <param name="start">The local time it starts.</param>
    /// <param name="duration">How long it lasts: more than zero and at most one day.</param>
    /// <param name="kind">The kind of service.</param>
    /// <param name="mode">How it is delivered.</param>
    /// <param name="attendance">Whether the person attended.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>,
    /// <paramref name="duration"/> is zero, negative or longer than one day, or <paramref name="kind"/>, <paramref name="mode"/> or <paramref name="attendance"/> is not defined.</exception>
    public Session(LocalDate date, LocalTime start, Duration duration, ServiceKind kind, DeliveryMode mode, Attendance attendance)
    {
        this.date = ValidDate(date);
        Start = start;
        this.duration = ValidDuration(duration);
        Kind = Guard.Against.UndefinedMember(kind);
        this.mode = Guard.Against.UndefinedMember(mode);
        this.attendance = Guard.Against.UndefinedMember(attendance);
        Qualifies = kind.QualifiesByDefault();
        furnishedBy = ServiceFurnisher.ProgrammeStaff;
    }

    /// <summary>Gets the date the session starts on; its hours count on this date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate Date { get => date; init => date = ValidDate(value, nameof(Date)); }

    /// <summary>Gets the local time the session starts.</summary>
    public LocalTime Start { get; init; }

    /// <summary>Gets how long the session lasts: more than zero and at most one day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero, a negative duration or more than one day.</exception>
    public Duration Duration { get => duration; init => duration = ValidDuration(value, nameof(Duration)); }

    /// <summary>Gets the kind of service. It is fixed at construction, because <see cref="Qualifies"/> is derived from it.</summary>
    public ServiceKind Kind { get; }

    /// <summary>Gets how the session is delivered.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined mode.</exception>
    public DeliveryMode Mode { get => mode; init => mode = Guard.Against.UndefinedMember(value, nameof(Mode)); }

    /// <summary>Gets whether the person attended.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public Attendance Attendance { get => attendance; init => attendance = Guard.Against.UndefinedMember(value, nameof(Attendance)); }

    /// <summary>Gets whether the session counts toward programme hours and per-diem services.</summary>
    /// <value>The default value is <see cref="ServiceKinds.QualifiesByDefault"/> of <see cref="Kind"/> (rule <c>MCR-NONQUALIFYING</c>, 42 CFR 410.43(a)(4)).</value>
    public bool Qualifies { get; init; }

    /// <summary>Gets who furnished the session.</summary>
    /// <value>The default value is <see cref="ServiceFurnisher.ProgrammeStaff"/>. Physician, PA, NP, CNS and clinical-psychologist
    /// sessions are paid outside the per diem and are never per-diem services (<c>MCR-SEPARATE-PRO</c>, 42 CFR 410.43(b));
    /// whether they count toward weekly hours is <see cref="IntensityRuleSet.ProfessionalServicesCountTowardHours"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ServiceFurnisher FurnishedBy { get => furnishedBy; init => furnishedBy = Guard.Against.UndefinedMember(value, nameof(FurnishedBy)); }

    /// <summary>Gets whether the caller marks the session a primary ("List A") IOP service, which an RHC or FQHC claim needs at least one of (<c>CLM-RHC-FQHC-PRIMARY</c>).</summary>
    /// <value>The default value is <see langword="false"/>. The library does not ship the List A codes: mark the sessions whose service is on it.</value>
    public bool IsPrimaryService { get; init; }

    /// <summary>Gets the local date and time the session ends.</summary>
    /// <remarks>It is on <see cref="Date"/> or the next date; never past the calendar's end, because a session starts on a supported date.</remarks>
    public LocalDateTime End => date.At(Start).PlusNanoseconds(duration.ToInt64Nanoseconds());

    /// <summary>Gets a value indicating whether the session runs past midnight into the next date (ending exactly at midnight does not).</summary>
    /// <remarks>Computed from the time of day and the duration alone, without building a date and time.</remarks>
    public bool CrossesMidnight => Start.NanosecondOfDay + duration.ToInt64Nanoseconds() > NodaConstants.NanosecondsPerDay;

    /// <summary>Gets a value indicating whether the session was attended and qualifies: the hours the weekly rules count.</summary>
    public bool IsAttendedQualifying => attendance == Attendance.Attended && Qualifies;

    /// <summary>Gets a value indicating whether the session was constructed (not the invalid <see langword="default"/>).</summary>
    /// <remarks>
    /// The constructor and every <c>init</c> accessor check their field, so a session is either fully valid or the
    /// <see langword="default"/> value, whose duration alone tells it apart: only the default has a zero duration.
    /// </remarks>
    internal bool IsValid => duration > Duration.Zero;

    private static LocalDate ValidDate(LocalDate value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        Guard.Against.UnsupportedDate(value, paramName);

    private static Duration ValidDuration(Duration value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= Duration.Zero || value > Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(paramName, "The duration must be more than zero and at most one day.");
        }

        return value;
    }

    /// <summary>Describes the session without its date or time: a service date of a person is protected health information.</summary>
    /// <returns>For example <c>Session (GroupTherapy, 90 min, InPerson, Attended)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Session ({Kind}, {Duration.TotalMinutes:0} min, {Mode}, {Attendance})");
}
