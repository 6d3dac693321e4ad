using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A programme's measurement schedule: which instruments are given at admission, every N days and before
/// discharge (rule <c>OUT-SCHEDULE-DUE</c>), applied to an episode by <see cref="MeasurementSchedules.Evaluate"/>.
/// </summary>
/// <remarks>
/// <para>A schedule is a rule set (<see cref="IRuleSet"/>) passed to every evaluation. The library ships none:
/// the intervals are the programme's (The Joint Commission's CTS.03.01.09 asks for a standardized instrument
/// administered repeatedly and sets no interval; docs/decisions/0033). Build one with the constructor and derive
/// variants with <c>with { … }</c>.</para>
/// <para>Contradictory values are refused when built, naming the parameter: no instruments, an instrument listed
/// twice, an entry with no occasion.</para>
/// <para>Equality is by value (entries and sources element by element). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MeasurementSchedule : IRuleSet
{
    private static readonly IReadOnlyList<RuleSource> DefaultSources = Array.AsReadOnly(new[] { OutcomeRules.ScheduleDue.Source });

    private readonly string name;
    private readonly string version;
    private readonly LocalDate effectiveFrom;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = DefaultSources;
    private readonly IReadOnlyList<ScheduledInstrument> instruments;

    /// <summary>Creates a schedule.</summary>
    /// <param name="name">The schedule's name (the programme's, for example <c>Adult IOP measurement plan</c>).</param>
    /// <param name="version">Its version label.</param>
    /// <param name="effectiveFrom">The first date it applies to.</param>
    /// <param name="instruments">The scheduled instruments, at least one, each instrument once, each with at least one occasion.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="instruments"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="version"/> is blank, or <paramref name="instruments"/> is empty, holds a
    /// null, lists an instrument twice or holds an entry with no occasion.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public MeasurementSchedule(string name, string version, LocalDate effectiveFrom, IEnumerable<ScheduledInstrument> instruments)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        this.effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(effectiveFrom, null, nameof(effectiveFrom));
        this.instruments = Checked(instruments, nameof(instruments));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <inheritdoc/>
    /// <value>The date given to the constructor: the schedule is the programme's.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <inheritdoc/>
    /// <value>The default value is <see langword="null"/> (open-ended).</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    /// <value>The default value cites the measurement-based-care standard (<c>OUT-SCHEDULE-DUE</c>); add the programme's own policy.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.NullElements(value, nameof(Sources)); }

    /// <summary>Gets the scheduled instruments, in the programme's order (the order of the evaluation's entries).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty, holds a null, lists an instrument twice or holds an entry with no occasion.</exception>
    public IReadOnlyList<ScheduledInstrument> Instruments { get => instruments; init => instruments = Checked(value, nameof(Instruments)); }

    /// <inheritdoc/>
    public bool Equals(MeasurementSchedule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Version == other.Version
                && EffectiveFrom == other.EffectiveFrom
                && EffectiveTo == other.EffectiveTo
                && Sources.SequenceEqual(other.Sources)
                && Instruments.SequenceEqual(other.Instruments)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, EffectiveFrom, EffectiveTo, Instruments.Count);

    /// <summary>Returns the schedule's name and version.</summary>
    /// <returns>For example <c>Adult IOP measurement plan 2026</c>.</returns>
    public override string ToString() => $"{Name} {Version}";

    private static IReadOnlyList<ScheduledInstrument> Checked(IEnumerable<ScheduledInstrument> value, string paramName)
    {
        var list = Guard.Against.EmptyOrNullElements(value, paramName);
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].HasOccasion)
            {
                throw new ArgumentException("Every scheduled instrument needs at least one occasion: at admission, a repeat interval or before discharge.", paramName);
            }

            for (var j = 0; j < i; j++)
            {
                if (list[i].Instrument == list[j].Instrument)
                {
                    throw new ArgumentException("A schedule lists each instrument once.", paramName);
                }
            }
        }

        return list;
    }
}
