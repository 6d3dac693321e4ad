using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// One treatment episode: the caller's opaque key, the episode's level-of-care history (admission,
/// level changes, discharge), the TEDS discharge reason, the attended-session count, the scores taken,
/// the dates of services (for initiation and engagement) and of after-care visits (for follow-up).
/// </summary>
/// <typeparam name="TKey">The caller's key type. The key is carried for correlation and never printed.</typeparam>
/// <remarks>
/// <para>The levels, the admission and the discharge come from the <see cref="LevelOfCareHistory"/> that
/// placement and transition reviews keep, so the caller never converts between a history and spans.
/// Service dates and attended sessions are the caller's dates of delivered services (for example those
/// the intensity derivations give from the sessions).</para>
/// <para>Invariants, checked at construction: a discharge reason needs a discharged history; at most one
/// series per instrument; service dates are in order within the episode; after-care visits are in order,
/// on or after the discharge date, and need a discharge.</para>
/// <para>Collections are copied at construction. Equality is by value: the key (by its default equality
/// comparer), the history, the discharge reason, the attended sessions and every series and date, element
/// by element. This type is immutable and thread-safe when <typeparamref name="TKey"/> is.</para>
/// </remarks>
public sealed class Episode<TKey> : IEquatable<Episode<TKey>>
    where TKey : notnull
{
    private static readonly IReadOnlyList<LocalDate> NoDates = Array.AsReadOnly(Array.Empty<LocalDate>());
    private static readonly IReadOnlyList<MeasurementSeries> NoSeries = Array.AsReadOnly(Array.Empty<MeasurementSeries>());

    private readonly MeasurementSeries[] series;
    private readonly LocalDate[] serviceDates;
    private readonly LocalDate[] aftercareVisits;

    // What the cohort fold reads, held here so that it reads this object and one array, not a chain of
    // four objects: the first series' instrument and scores, and the dates as day numbers, computed once
    // here rather than once per summary.
    private readonly Instrument? firstInstrument;
    private readonly Measurement[] firstScores;
    private readonly int admissionDay;
    private readonly int dischargeDay;
    private readonly int firstStepDownDay;
    private readonly int firstStepUpDay;

    /// <summary>Creates an episode from its level-of-care history.</summary>
    /// <param name="key">The caller's opaque key (never printed).</param>
    /// <param name="history">The level-of-care history: its first entry is the admission, its discharge date (if any) the discharge.</param>
    /// <param name="dischargeReason">The TEDS reason for discharge, or <see langword="null"/> when open or not recorded.</param>
    /// <param name="attendedSessions">The number of sessions attended; at least 0.</param>
    /// <param name="measurements">The score series, at most one per instrument; may be null for none.</param>
    /// <param name="serviceDates">The dates of treatment services, in order, within the episode; may be null for none.</param>
    /// <param name="aftercareVisits">The dates of after-care visits, in order, on or after discharge; may be null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant above does not hold (named by the offending parameter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discharge reason is not defined, <paramref name="attendedSessions"/> is negative,
    /// or <paramref name="serviceDates"/> or <paramref name="aftercareVisits"/> holds a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public Episode(
        TKey key,
        LevelOfCareHistory history,
        TedsDischargeReason? dischargeReason = null,
        int attendedSessions = 0,
        IEnumerable<MeasurementSeries>? measurements = null,
        IEnumerable<LocalDate>? serviceDates = null,
        IEnumerable<LocalDate>? aftercareVisits = null)
    {
        Guard.Against.Null(key);
        Guard.Against.Null(history);
        if (dischargeReason is { } reason)
        {
            Guard.Against.UndefinedMember(reason, nameof(dischargeReason));
            if (history.DischargedOn is null)
            {
                throw new ArgumentException("A discharge reason needs a discharged level-of-care history.", nameof(dischargeReason));
            }
        }

        Guard.Against.BelowMinimum(attendedSessions, 0);
        series = measurements is null ? [] : Guard.Against.NullElements(measurements).ToArray();
        for (var i = 0; i < series.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (series[i].Instrument == series[j].Instrument)
                {
                    throw new ArgumentException("An episode holds at most one series per instrument.", nameof(measurements));
                }
            }
        }

        firstInstrument = series.Length == 0 ? null : series[0].Instrument;
        firstScores = series.Length == 0 ? [] : series[0].Items;
        Key = key;
        History = history;
        Admission = history.Entries[0].Date;
        AdmissionLevel = history.Entries[0].Level;
        Discharge = history.DischargedOn;
        DischargeReason = dischargeReason;
        AttendedSessions = attendedSessions;
        Measurements = series.Length == 0 ? NoSeries : Array.AsReadOnly(series);
        this.serviceDates = serviceDates is null ? [] : OrderedWithin(serviceDates, Admission, Discharge, nameof(serviceDates));
        this.aftercareVisits = aftercareVisits is null ? [] : Aftercare(aftercareVisits, Discharge, nameof(aftercareVisits));
        ServiceDates = this.serviceDates.Length == 0 ? NoDates : Array.AsReadOnly(this.serviceDates);
        AftercareVisits = this.aftercareVisits.Length == 0 ? NoDates : Array.AsReadOnly(this.aftercareVisits);
        FirstStepDown = FirstChange(history, LevelChangeDirection.StepDown);
        FirstStepUp = FirstChange(history, LevelChangeDirection.StepUp);
        admissionDay = LengthOfStay.DayNumber(Admission);
        dischargeDay = DayOrNone(Discharge);
        firstStepDownDay = DayOrNone(FirstStepDown);
        firstStepUpDay = DayOrNone(FirstStepUp);
    }

    /// <summary>Gets the caller's key. It is never printed by the library.</summary>
    public TKey Key { get; }

    /// <summary>Gets the level-of-care history: admission, every level change with its date, direction and reason, and the discharge.</summary>
    public LevelOfCareHistory History { get; }

    /// <summary>Gets the admission date: the date of the history's first entry.</summary>
    public LocalDate Admission { get; }

    /// <summary>Gets the level of care at admission: the level of the history's first entry.</summary>
    public LevelOfCare AdmissionLevel { get; }

    /// <summary>Gets the discharge date of the history, or <see langword="null"/> while open.</summary>
    public LocalDate? Discharge { get; }

    /// <summary>Gets the TEDS discharge reason, or <see langword="null"/>.</summary>
    public TedsDischargeReason? DischargeReason { get; }

    /// <summary>Gets the number of sessions attended.</summary>
    public int AttendedSessions { get; }

    /// <summary>Gets the score series, at most one per instrument.</summary>
    public IReadOnlyList<MeasurementSeries> Measurements { get; }

    /// <summary>Gets the dates of treatment services, in order.</summary>
    public IReadOnlyList<LocalDate> ServiceDates { get; }

    /// <summary>Gets the dates of after-care visits after discharge, in order.</summary>
    public IReadOnlyList<LocalDate> AftercareVisits { get; }

    /// <summary>Gets a value indicating whether the episode has no discharge date.</summary>
    public bool IsOpen => Discharge is null;

    /// <summary>Gets the date of the first step down in the history, or <see langword="null"/>; read by the outcome facts.</summary>
    internal LocalDate? FirstStepDown { get; }

    /// <summary>Gets the date of the first step up in the history, or <see langword="null"/>; read by the outcome facts.</summary>
    internal LocalDate? FirstStepUp { get; }

    /// <summary>Compares two episodes by value.</summary>
    /// <param name="left">The first episode.</param>
    /// <param name="right">The second episode.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Episode<TKey>? left, Episode<TKey>? right) => Equals(left, right);

    /// <summary>Compares two episodes by value.</summary>
    /// <param name="left">The first episode.</param>
    /// <param name="right">The second episode.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Episode<TKey>? left, Episode<TKey>? right) => !Equals(left, right);

    /// <summary>Returns the series for an instrument, if the episode has one.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="found">The series, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the episode has a series for the instrument.</returns>
    public bool TryGetSeries(Instrument instrument, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasurementSeries? found)
    {
        foreach (var each in series.AsSpan())
        {
            if (each.Instrument == instrument)
            {
                found = each;
                return true;
            }
        }

        found = null;
        return false;
    }

    /// <summary>
    /// Reads every field <see cref="ToRecord"/> reads from the episode object itself and mixes them into a
    /// number that means nothing: the cohort fold calls it for a block of episodes before adding them, so that
    /// the memory loads of the block overlap instead of stalling one episode at a time (decision 0086).
    /// </summary>
    internal int ReadAheadFields() =>
        admissionDay ^ dischargeDay ^ firstStepDownDay ^ firstStepUpDay ^ AttendedSessions
        ^ (int)DischargeReason.GetValueOrDefault() ^ serviceDates.Length ^ aftercareVisits.Length;

    /// <summary>
    /// Reads the first score of the first series, the array the episode object points to, as a number that
    /// means nothing: called for a block after <see cref="ReadAheadFields"/>, when the objects are already
    /// read, so that the loads of the score arrays overlap too (decision 0086).
    /// </summary>
    internal int ReadAheadScores() => firstScores.Length > 0 ? firstScores[0].Score : 0;

    /// <summary>Returns the episode as the cohort fold reads it, with the scores of <paramref name="instrument"/> (none when it has no such series, or the instrument is null).</summary>
    internal EpisodeRecord ToRecord(Instrument? instrument) => new()
    {
        Admission = admissionDay,
        Discharge = dischargeDay,
        DischargeReason = DischargeReason,
        FirstStepDown = firstStepDownDay,
        FirstStepUp = firstStepUpDay,
        AttendedSessions = AttendedSessions,
        Scores = ReferenceEquals(instrument, firstInstrument) ? firstScores
            : instrument is not null && TryGetSeries(instrument, out var found) ? found.Span
            : default,
        ServiceDates = serviceDates,
        AftercareVisits = aftercareVisits,
    };

    /// <inheritdoc/>
    public bool Equals(Episode<TKey>? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (EqualityComparer<TKey>.Default.Equals(Key, other.Key)
                && History.Equals(other.History)
                && DischargeReason == other.DischargeReason
                && AttendedSessions == other.AttendedSessions
                && Measurements.SequenceEqual(other.Measurements)
                && ServiceDates.SequenceEqual(other.ServiceDates)
                && AftercareVisits.SequenceEqual(other.AftercareVisits)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Episode<TKey>);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine<TKey, LevelOfCareHistory, TedsDischargeReason?, int, int, int, int>(
            Key, History, DischargeReason, AttendedSessions, Measurements.Count, ServiceDates.Count, AftercareVisits.Count);

    /// <summary>Describes the episode without its key or dates, for example <c>Episode (IOP, closed)</c>.</summary>
    /// <returns>The admission level and whether the episode is open.</returns>
    public override string ToString() => $"Episode ({AdmissionLevel.Abbreviation()}, {(IsOpen ? "open" : "closed")})";

    private static LocalDate? FirstChange(LevelOfCareHistory history, LevelChangeDirection direction)
    {
        foreach (var entry in history.Entries)
        {
            if (entry.Direction == direction)
            {
                return entry.Date;
            }
        }

        return null;
    }

    private static int DayOrNone(LocalDate? date) => date is { } d ? LengthOfStay.DayNumber(d) : EpisodeRecord.NoDay;

    private static LocalDate[] OrderedWithin(IEnumerable<LocalDate> dates, LocalDate admission, LocalDate? discharge, string paramName)
    {
        var copy = Guard.Against.UnsupportedDates(dates, paramName).ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] < admission || (discharge is { } end && copy[i] > end) || (i > 0 && copy[i] < copy[i - 1]))
            {
                throw new ArgumentException("Service dates must be in date order, within the episode.", paramName);
            }
        }

        return copy;
    }

    private static LocalDate[] Aftercare(IEnumerable<LocalDate> dates, LocalDate? discharge, string paramName)
    {
        var copy = Guard.Against.UnsupportedDates(dates, paramName).ToArray();
        if (copy.Length == 0)
        {
            return copy;
        }

        if (discharge is not { } end)
        {
            throw new ArgumentException("After-care visits need a discharge date.", paramName);
        }

        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] < end || (i > 0 && copy[i] < copy[i - 1]))
            {
                throw new ArgumentException("After-care visits must be in date order, on or after discharge.", paramName);
            }
        }

        return copy;
    }
}
