using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// What one source requires of one level of care (optionally for one age group): weekly hours, days
/// per week, hours per service day and programme length. Every threshold is optional: a source that
/// says nothing about days per week leaves <see cref="MinimumDaysPerWeek"/> null, and no rule is applied.
/// </summary>
/// <remarks>
/// <para>Standards are grouped into an <see cref="IntensityRuleSet"/>. Derive variants with
/// <c>standard with { MinimumWeeklyHours = Duration.FromHours(10) }</c>; the <c>init</c> accessors
/// validate like the constructor.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IntensityStandard
{
    private readonly LevelOfCare level;
    private readonly AgeGroup? ageGroup;
    private readonly Duration? minimumWeeklyHours;
    private readonly int? minimumDaysPerWeek;
    private readonly int? maximumDaysPerWeek;
    private readonly Duration? minimumHoursPerServiceDay;
    private readonly int? minimumProgrammeDays;
    private readonly int? maximumProgrammeDays;
    private readonly RuleSource source;

    /// <summary>Creates a standard for a level of care.</summary>
    /// <param name="level">The level of care the standard applies to.</param>
    /// <param name="source">Where the thresholds come from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IntensityStandard(LevelOfCare level, RuleSource source)
    {
        Guard.Against.Null(source);
        this.level = Guard.Against.UndefinedMember(level);
        this.source = source;
    }

    /// <summary>Gets the level of care the standard applies to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public LevelOfCare Level { get => level; init => level = Guard.Against.UndefinedMember(value, nameof(Level)); }

    /// <summary>Gets the age group the standard applies to, or <see langword="null"/> for every age.</summary>
    /// <value>The default value is <see langword="null"/> (all ages).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined age group.</exception>
    public AgeGroup? AgeGroup
    {
        get => ageGroup;
        init => ageGroup = value is { } v ? Guard.Against.UndefinedMember(v, nameof(AgeGroup)) : null;
    }

    /// <summary>Gets the fewest weekly hours of qualifying service the level requires ("at least").</summary>
    /// <value>The default value is <see langword="null"/> (no minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public Duration? MinimumWeeklyHours
    {
        get => minimumWeeklyHours;
        init => minimumWeeklyHours = value is { } v && v < Duration.Zero
            ? throw new ArgumentOutOfRangeException(nameof(MinimumWeeklyHours), "The hours must not be negative.")
            : value;
    }

    /// <summary>Gets the ceiling on weekly hours, above which the next level up is suggested.</summary>
    /// <value>The default value is <see langword="null"/> (no ceiling).</value>
    /// <exception cref="ArgumentException">Set to the invalid <see langword="default"/> ceiling (for example <c>new HoursCeiling()</c>),
    /// which every week would exceed; use <see cref="HoursCeiling.AtMost"/> or <see cref="HoursCeiling.Below"/>.</exception>
    public HoursCeiling? MaximumWeeklyHours
    {
        get;
        init => field = value is { Hours: var hours } && hours <= Duration.Zero
            ? throw new ArgumentException("The ceiling must be made with HoursCeiling.AtMost or HoursCeiling.Below; the default value is invalid.", nameof(MaximumWeeklyHours))
            : value;
    }

    /// <summary>Gets the fewest service days per week the level requires.</summary>
    /// <value>The default value is <see langword="null"/> (no minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 7].</exception>
    public int? MinimumDaysPerWeek
    {
        get => minimumDaysPerWeek;
        init => minimumDaysPerWeek = value is { } v ? Guard.Against.OutsideRange(v, 1, 7, nameof(MinimumDaysPerWeek)) : null;
    }

    /// <summary>Gets the most service days per week the level allows.</summary>
    /// <value>The default value is <see langword="null"/> (no maximum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 7].</exception>
    public int? MaximumDaysPerWeek
    {
        get => maximumDaysPerWeek;
        init => maximumDaysPerWeek = value is { } v ? Guard.Against.OutsideRange(v, 1, 7, nameof(MaximumDaysPerWeek)) : null;
    }

    /// <summary>Gets the fewest hours of service that make a day count as a service day under this standard.</summary>
    /// <value>The default value is <see langword="null"/> (any attended service makes a service day).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public Duration? MinimumHoursPerServiceDay
    {
        get => minimumHoursPerServiceDay;
        init => minimumHoursPerServiceDay = value is { } v && v < Duration.Zero
            ? throw new ArgumentOutOfRangeException(nameof(MinimumHoursPerServiceDay), "The hours must not be negative.")
            : value;
    }

    /// <summary>Gets the shortest programme length, in calendar days from admission to discharge.</summary>
    /// <value>The default value is <see langword="null"/> (no minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? MinimumProgrammeDays
    {
        get => minimumProgrammeDays;
        init => minimumProgrammeDays = value is { } v ? Guard.Against.BelowMinimum(v, 1, nameof(MinimumProgrammeDays)) : null;
    }

    /// <summary>Gets the longest programme length, in calendar days from admission to discharge.</summary>
    /// <value>The default value is <see langword="null"/> (no maximum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? MaximumProgrammeDays
    {
        get => maximumProgrammeDays;
        init => maximumProgrammeDays = value is { } v ? Guard.Against.BelowMinimum(v, 1, nameof(MaximumProgrammeDays)) : null;
    }

    /// <summary>Gets where the thresholds come from; findings against this standard cite it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RuleSource Source
    {
        get => source;
        init => source = value ?? throw new ArgumentNullException(nameof(Source));
    }

    /// <summary>Returns whether this standard applies to a person of the given age group.</summary>
    /// <param name="group">The person's age group.</param>
    /// <returns><see langword="true"/> when <see cref="AgeGroup"/> is null or equal to <paramref name="group"/>.</returns>
    public bool AppliesTo(AgeGroup group) => ageGroup is null || ageGroup == group;
}
