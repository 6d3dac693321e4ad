namespace Iop.Domain.Outcomes;

/// <summary>
/// One instrument of a programme's <see cref="MeasurementSchedule"/> and when it is due: at admission, every N
/// days, before discharge, or any mix of the three (rule <c>OUT-SCHEDULE-DUE</c>).
/// </summary>
/// <remarks>
/// <para>Every interval is the programme's own choice: no clinical source sets one (The Joint Commission's
/// CTS.03.01.09 asks for a standardized instrument administered repeatedly, without an interval), so there
/// are no defaults and an occasion left <see langword="null"/> is not scheduled. A schedule refuses an entry
/// with no occasion at all.</para>
/// <para>Windows of stay count days like <see cref="Continuum.LengthOfStay"/>: inclusive, the admission date
/// being day 1 (<see cref="AdmissionWithinDays"/> 1 = on the admission date) and the discharge date the last
/// day (<see cref="DischargeWithinDays"/> 1 = on the discharge date). The repeat interval is an offset from an
/// administration date (7 = the same weekday a week later), like the other windows that run from an event.</para>
/// <para>Values are checked when set: <see cref="GraceDays"/> must be below <see cref="EveryDays"/>, whichever is
/// set last. Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScheduledInstrument
{
    private readonly int? admissionWithinDays;
    private readonly int? everyDays;
    private readonly int graceDays;
    private readonly int? dischargeWithinDays;

    /// <summary>Creates an entry with no occasion yet: set at least one of <see cref="AdmissionWithinDays"/>, <see cref="EveryDays"/> and <see cref="DischargeWithinDays"/>.</summary>
    /// <param name="instrument">The instrument (a shipped one or the caller's own).</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public ScheduledInstrument(Instrument instrument)
    {
        Instrument = Guard.Against.Null(instrument);
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>
    /// Gets the days of stay, counting the admission date as day 1, within which the admission administration is due,
    /// or <see langword="null"/> for none.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no admission administration); set by the programme, in [1, 366].</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    public int? AdmissionWithinDays
    {
        get => admissionWithinDays;
        init => admissionWithinDays = value is { } v ? Guard.Against.OutsideRange(v, 1, 366, nameof(AdmissionWithinDays)) : null;
    }

    /// <summary>
    /// Gets the days after the latest administration (or after admission, when there is none yet) on which the
    /// instrument is due again, or <see langword="null"/> for no repeat.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no repeat); set by the programme, in [1, 366] and above <see cref="GraceDays"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    /// <exception cref="ArgumentException">The value set is not above <see cref="GraceDays"/>.</exception>
    public int? EveryDays
    {
        get => everyDays;
        init
        {
            if (value is { } v)
            {
                Guard.Against.OutsideRange(v, 1, 366, nameof(EveryDays));
                if (v <= graceDays)
                {
                    throw new ArgumentException("The repeat interval must be longer than the grace days.", nameof(EveryDays));
                }
            }

            everyDays = value;
        }
    }

    /// <summary>
    /// Gets the days after a repeat's due date on which an administration is still on time; the repeat is overdue
    /// the day after. Applies to <see cref="EveryDays"/> only.
    /// </summary>
    /// <value>The default value is 0: overdue the day after the due date. In [0, 365] and below <see cref="EveryDays"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 365].</exception>
    /// <exception cref="ArgumentException">The value set is not below <see cref="EveryDays"/>.</exception>
    public int GraceDays
    {
        get => graceDays;
        init
        {
            Guard.Against.OutsideRange(value, 0, 365, nameof(GraceDays));
            if (everyDays is { } every && value >= every)
            {
                throw new ArgumentException("The grace days must be fewer than the repeat interval.", nameof(GraceDays));
            }

            graceDays = value;
        }
    }

    /// <summary>
    /// Gets the last days of stay, ending on the discharge date (actual, or planned while the episode is open), within
    /// which the discharge administration is due, or <see langword="null"/> for none.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no discharge administration); set by the programme, in [1, 366].</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    public int? DischargeWithinDays
    {
        get => dischargeWithinDays;
        init => dischargeWithinDays = value is { } v ? Guard.Against.OutsideRange(v, 1, 366, nameof(DischargeWithinDays)) : null;
    }

    /// <summary>Gets a value indicating whether the entry schedules at least one occasion.</summary>
    public bool HasOccasion => AdmissionWithinDays is not null || EveryDays is not null || DischargeWithinDays is not null;

    /// <summary>Describes the entry without caller data beyond the instrument's name.</summary>
    /// <returns>For example <c>PHQ-9: admission within 3 days, every 14 days, discharge within 7 days</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (AdmissionWithinDays is { } a)
        {
            parts.Add(string.Create(culture, $"admission within {a} days"));
        }

        if (EveryDays is { } e)
        {
            parts.Add(string.Create(culture, $"every {e} days"));
        }

        if (DischargeWithinDays is { } d)
        {
            parts.Add(string.Create(culture, $"discharge within {d} days"));
        }

        return $"{Instrument.Name}: {(parts.Count == 0 ? "no occasion" : string.Join(", ", parts))}";
    }
}
