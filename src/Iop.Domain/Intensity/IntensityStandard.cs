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
/// <para>A standard refuses contradictory thresholds: a minimum weekly hours the ceiling would already
/// call too many, and a minimum above its maximum for days per week or programme days. The accessor set
/// last names itself in the exception, so when both bounds move, set first the one that moves away from
/// the other.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IntensityStandard
{
    private readonly LevelOfCare level;
    private readonly AgeGroup? ageGroup;
    private readonly Duration? minimumWeeklyHours;
    private readonly HoursCeiling? maximumWeeklyHours;
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
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0 h, 168 h] (168 hours is a whole week; a sanity bound against values no programme uses (which would otherwise fail later in date and time arithmetic), not a clinical threshold),
    /// or to hours that exceed <see cref="MaximumWeeklyHours"/>.</exception>
    public Duration? MinimumWeeklyHours
    {
        get => minimumWeeklyHours;
        init
        {
            if (value is { } v)
            {
                Guard.Against.HoursOutsideRange(v, Duration.Zero, WeekHours, nameof(MinimumWeeklyHours));
                if (maximumWeeklyHours is { } ceiling && ceiling.IsExceededBy(v))
                {
                    throw new ArgumentOutOfRangeException(nameof(MinimumWeeklyHours), "The minimum weekly hours must not exceed MaximumWeeklyHours.");
                }
            }

            minimumWeeklyHours = value;
        }
    }

    /// <summary>Gets the ceiling on weekly hours, above which the next level up is suggested.</summary>
    /// <value>The default value is <see langword="null"/> (no ceiling).</value>
    /// <exception cref="ArgumentException">Set to the invalid <see langword="default"/> ceiling (for example <c>new HoursCeiling()</c>),
    /// which every week would exceed; use <see cref="HoursCeiling.AtMost"/> or <see cref="HoursCeiling.Below"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a ceiling of more than 168 hours (a whole week; a sanity bound against values no programme uses (which would otherwise fail later in date and time arithmetic), not a clinical threshold),
    /// or to a ceiling that <see cref="MinimumWeeklyHours"/> already exceeds.</exception>
    public HoursCeiling? MaximumWeeklyHours
    {
        get => maximumWeeklyHours;
        init
        {
            if (value is { } ceiling)
            {
                if (ceiling.Hours <= Duration.Zero)
                {
                    throw new ArgumentException("The ceiling must be made with HoursCeiling.AtMost or HoursCeiling.Below; the default value is invalid.", nameof(MaximumWeeklyHours));
                }

                Guard.Against.HoursOutsideRange(ceiling.Hours, Duration.Zero, WeekHours, nameof(MaximumWeeklyHours));
                if (minimumWeeklyHours is { } minimum && ceiling.IsExceededBy(minimum))
                {
                    throw new ArgumentOutOfRangeException(nameof(MaximumWeeklyHours), "The ceiling must allow MinimumWeeklyHours.");
                }
            }

            maximumWeeklyHours = value;
        }
    }

    /// <summary>Gets the fewest service days per week the level requires.</summary>
    /// <value>The default value is <see langword="null"/> (no minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 7] or above <see cref="MaximumDaysPerWeek"/>.</exception>
    public int? MinimumDaysPerWeek
    {
        get => minimumDaysPerWeek;
        init => minimumDaysPerWeek = value is { } v
            ? NotAbove(Guard.Against.OutsideRange(v, 1, 7, nameof(MinimumDaysPerWeek)), maximumDaysPerWeek, nameof(MinimumDaysPerWeek), "MaximumDaysPerWeek")
            : null;
    }

    /// <summary>Gets the most service days per week the level allows.</summary>
    /// <value>The default value is <see langword="null"/> (no maximum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 7] or below <see cref="MinimumDaysPerWeek"/>.</exception>
    public int? MaximumDaysPerWeek
    {
        get => maximumDaysPerWeek;
        init => maximumDaysPerWeek = value is { } v
            ? NotBelow(Guard.Against.OutsideRange(v, 1, 7, nameof(MaximumDaysPerWeek)), minimumDaysPerWeek, nameof(MaximumDaysPerWeek), "MinimumDaysPerWeek")
            : null;
    }

    /// <summary>Gets the fewest hours of service that make a day count as a service day under this standard.</summary>
    /// <value>The default value is <see langword="null"/> (any attended service makes a service day).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0 h, 24 h] (24 hours is a whole day; a sanity bound against values no programme uses (which would otherwise fail later in date and time arithmetic), not a clinical threshold).</exception>
    public Duration? MinimumHoursPerServiceDay
    {
        get => minimumHoursPerServiceDay;
        init => minimumHoursPerServiceDay = value is { } v ? Guard.Against.HoursOutsideRange(v, Duration.Zero, DayHours, nameof(MinimumHoursPerServiceDay)) : null;
    }

    /// <summary>Gets the shortest programme length, in calendar days from admission to discharge counted by <see cref="LengthOfStay.Days"/>.</summary>
    /// <value>The default value is <see langword="null"/> (no minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 3660] (3,660 days is about 10 years; a sanity bound against values no programme uses (which would otherwise fail later in date and time arithmetic), not a clinical threshold)
    /// or above <see cref="MaximumProgrammeDays"/>.</exception>
    public int? MinimumProgrammeDays
    {
        get => minimumProgrammeDays;
        init => minimumProgrammeDays = value is { } v
            ? NotAbove(Guard.Against.OutsideRange(v, 1, LibraryGuardClauses.MaxPeriodDays, nameof(MinimumProgrammeDays)), maximumProgrammeDays, nameof(MinimumProgrammeDays), "MaximumProgrammeDays")
            : null;
    }

    /// <summary>Gets the longest programme length, in calendar days from admission to discharge counted by <see cref="LengthOfStay.Days"/>.</summary>
    /// <value>The default value is <see langword="null"/> (no maximum).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [1, 3660] (3,660 days is about 10 years; a sanity bound against values no programme uses (which would otherwise fail later in date and time arithmetic), not a clinical threshold)
    /// or below <see cref="MinimumProgrammeDays"/>.</exception>
    public int? MaximumProgrammeDays
    {
        get => maximumProgrammeDays;
        init => maximumProgrammeDays = value is { } v
            ? NotBelow(Guard.Against.OutsideRange(v, 1, LibraryGuardClauses.MaxPeriodDays, nameof(MaximumProgrammeDays)), minimumProgrammeDays, nameof(MaximumProgrammeDays), "MinimumProgrammeDays")
            : null;
    }

    /// <summary>Gets where the thresholds come from; findings against this standard cite it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RuleSource Source
    {
        get => source;
        init => source = Guard.Against.Null(value, nameof(Source));
    }

    private static readonly Duration WeekHours = Duration.FromHours(168);
    private static readonly Duration DayHours = Duration.FromHours(24);

    private static int NotAbove(int minimum, int? maximum, string paramName, string maximumName) =>
        maximum is { } max && minimum > max
            ? throw new ArgumentOutOfRangeException(paramName, $"Value must not be above {maximumName}.")
            : minimum;

    private static int NotBelow(int maximum, int? minimum, string paramName, string minimumName) =>
        minimum is { } min && maximum < min
            ? throw new ArgumentOutOfRangeException(paramName, $"Value must not be below {minimumName}.")
            : maximum;
}
