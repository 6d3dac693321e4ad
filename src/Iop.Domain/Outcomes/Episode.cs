using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// One treatment episode: the caller's opaque key, the levels of care with their dates, admission and
/// optional discharge, the TEDS discharge reason, the attended-session count, the scores taken, the
/// dates of services (for initiation and engagement) and of after-care visits (for follow-up).
/// </summary>
/// <typeparam name="TKey">The caller's key type. The key is carried for correlation and never printed.</typeparam>
/// <remarks>
/// <para>Invariants, checked at construction: the first level span starts on the admission date and
/// spans start in strictly increasing order, none after discharge; discharge is not before admission; a
/// discharge reason needs a discharge date; at most one series per instrument; service dates are in
/// order within the episode; after-care visits are in order and need a discharge.</para>
/// <para>Collections are copied at construction. Equality is by reference. This type is immutable and
/// thread-safe when <typeparamref name="TKey"/> is.</para>
/// </remarks>
public sealed class Episode<TKey>
    where TKey : notnull
{
    private static readonly IReadOnlyList<LocalDate> NoDates = Array.AsReadOnly(Array.Empty<LocalDate>());
    private static readonly IReadOnlyList<MeasurementSeries> NoSeries = Array.AsReadOnly(Array.Empty<MeasurementSeries>());

    private readonly MeasurementSeries[] series;

    /// <summary>Creates an episode.</summary>
    /// <param name="key">The caller's opaque key (never printed).</param>
    /// <param name="admission">The admission date.</param>
    /// <param name="levels">The levels of care with their start dates; the first starts on <paramref name="admission"/>.</param>
    /// <param name="discharge">The discharge date, or <see langword="null"/> while the episode is open.</param>
    /// <param name="dischargeReason">The TEDS reason for discharge, or <see langword="null"/> when open or not recorded.</param>
    /// <param name="attendedSessions">The number of sessions attended; at least 0.</param>
    /// <param name="measurements">The score series, at most one per instrument; may be null for none.</param>
    /// <param name="serviceDates">The dates of treatment services, in order, within the episode; may be null for none.</param>
    /// <param name="aftercareVisits">The dates of after-care visits after discharge, in order; may be null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant above does not hold (named by the offending parameter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level or the discharge reason is not defined, or <paramref name="attendedSessions"/> is negative.</exception>
    public Episode(
        TKey key,
        LocalDate admission,
        IEnumerable<LevelOfCareSpan> levels,
        LocalDate? discharge = null,
        TedsDischargeReason? dischargeReason = null,
        int attendedSessions = 0,
        IEnumerable<MeasurementSeries>? measurements = null,
        IEnumerable<LocalDate>? serviceDates = null,
        IEnumerable<LocalDate>? aftercareVisits = null)
    {
        Guard.Against.Null(key);
        var spans = Guard.Against.EmptyOrNullElements(levels);
        if (discharge is { } end)
        {
            Guard.Against.EndBeforeStart(end, admission, nameof(discharge));
        }

        if (dischargeReason is { } reason)
        {
            Guard.Against.UndefinedMember(reason, nameof(dischargeReason));
            if (discharge is null)
            {
                throw new ArgumentException("A discharge reason needs a discharge date.", nameof(dischargeReason));
            }
        }

        CheckLevels(spans, admission, discharge, nameof(levels));
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

        Key = key;
        Admission = admission;
        Discharge = discharge;
        DischargeReason = dischargeReason;
        Levels = spans;
        AttendedSessions = attendedSessions;
        Measurements = series.Length == 0 ? NoSeries : Array.AsReadOnly(series);
        ServiceDates = serviceDates is null ? NoDates : OrderedWithin(serviceDates, admission, discharge, nameof(serviceDates));
        AftercareVisits = aftercareVisits is null ? NoDates : Aftercare(aftercareVisits, discharge, nameof(aftercareVisits));
    }

    /// <summary>Gets the caller's key. It is never printed by the library.</summary>
    public TKey Key { get; }

    /// <summary>Gets the admission date.</summary>
    public LocalDate Admission { get; }

    /// <summary>Gets the discharge date, or <see langword="null"/> while open.</summary>
    public LocalDate? Discharge { get; }

    /// <summary>Gets the TEDS discharge reason, or <see langword="null"/>.</summary>
    public TedsDischargeReason? DischargeReason { get; }

    /// <summary>Gets the levels of care with their start dates, in order.</summary>
    public IReadOnlyList<LevelOfCareSpan> Levels { get; }

    /// <summary>Gets the level of care at admission (the first span).</summary>
    public LevelOfCare AdmissionLevel => Levels[0].Level;

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

    /// <summary>Returns the series for an instrument, if the episode has one.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="found">The series, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the episode has a series for the instrument.</returns>
    public bool TryGetSeries(Instrument instrument, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasurementSeries? found)
    {
        foreach (var each in series)
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

    /// <summary>Describes the episode without its key or dates, for example <c>Episode (IOP, closed)</c>.</summary>
    /// <returns>The admission level and whether the episode is open.</returns>
    public override string ToString() => $"Episode ({AdmissionLevel.Abbreviation()}, {(IsOpen ? "open" : "closed")})";

    private static void CheckLevels(IReadOnlyList<LevelOfCareSpan> spans, LocalDate admission, LocalDate? discharge, string paramName)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            Guard.Against.UndefinedMember(spans[i].Level, paramName);
            var ok = i == 0 ? spans[0].Start == admission : spans[i].Start > spans[i - 1].Start;
            if (!ok || (discharge is { } end && spans[i].Start > end))
            {
                throw new ArgumentException("Level spans must start on the admission date, then in increasing date order, none after discharge.", paramName);
            }
        }
    }

    private static IReadOnlyList<LocalDate> OrderedWithin(IEnumerable<LocalDate> dates, LocalDate admission, LocalDate? discharge, string paramName)
    {
        var copy = dates.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] < admission || (discharge is { } end && copy[i] > end) || (i > 0 && copy[i] < copy[i - 1]))
            {
                throw new ArgumentException("Service dates must be in date order, within the episode.", paramName);
            }
        }

        return copy.Length == 0 ? NoDates : Array.AsReadOnly(copy);
    }

    private static IReadOnlyList<LocalDate> Aftercare(IEnumerable<LocalDate> dates, LocalDate? discharge, string paramName)
    {
        var copy = dates.ToArray();
        if (copy.Length == 0)
        {
            return NoDates;
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

        return Array.AsReadOnly(copy);
    }
}
