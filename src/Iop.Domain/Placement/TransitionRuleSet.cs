using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The parameters of a transition review: the Medicare recertification clock for partial hospitalization
/// and intensive outpatient, and an optional attendance minimum. Derive variants with <c>with { … }</c>.
/// </summary>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record TransitionRuleSet
{
    private readonly string name = "Medicare recertification clock";
    private readonly string version = "2024.1";
    private readonly int phpFirstRecertificationDay = 18;
    private readonly int phpRecertificationIntervalDays = 30;
    private readonly int iopRecertificationIntervalMonths = 2;
    private readonly decimal? minimumAttendanceRatio;

    /// <summary>Gets the default rule set: the Medicare recertification clock, effective 2024-01-01, with no attendance minimum.</summary>
    public static TransitionRuleSet Default { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Medicare recertification clock".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Name { get => name; init => name = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024.1".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Version { get => version; init => version = Guard.NotBlank(value, nameof(Version)); }

    /// <summary>Gets the date from which the rule set applies.</summary>
    /// <value>The default value is 2024-01-01, when the Medicare IOP benefit and its recertification rule began.</value>
    public LocalDate EffectiveFrom { get; init; } = new(2024, 1, 1);

    /// <summary>Gets the day of partial hospitalization by which the first recertification is due (day 1 is the first day).</summary>
    /// <value>The default value is 18 (<c>PLC-MCR-PHP-RECERT-18</c>; 42 CFR 424.24(e)(3); domain reference §3.2, medium-high).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    public int PhpFirstRecertificationDay { get => phpFirstRecertificationDay; init => phpFirstRecertificationDay = Guard.InRange(value, 1, 366, nameof(PhpFirstRecertificationDay)); }

    /// <summary>Gets the most days allowed between partial-hospitalization recertifications after the first.</summary>
    /// <value>The default value is 30 days (<c>PLC-MCR-PHP-RECERT-30</c>; 42 CFR 424.24(e)(3); domain reference §3.2).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 366].</exception>
    public int PhpRecertificationIntervalDays { get => phpRecertificationIntervalDays; init => phpRecertificationIntervalDays = Guard.InRange(value, 1, 366, nameof(PhpRecertificationIntervalDays)); }

    /// <summary>Gets the most calendar months allowed between intensive-outpatient (re)certifications.</summary>
    /// <value>
    /// The default value is 2 months (<c>PLC-MCR-IOP-RECERT</c>; "no less often than every other month", 42 CFR 424.24(d);
    /// domain reference §3.2). Read as calendar months: due on the same day of the month two months later, or the
    /// month's last day when that day does not exist (NodaTime <c>PlusMonths</c>), not as a fixed 60 days.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 12].</exception>
    public int IopRecertificationIntervalMonths { get => iopRecertificationIntervalMonths; init => iopRecertificationIntervalMonths = Guard.InRange(value, 1, 12, nameof(IopRecertificationIntervalMonths)); }

    /// <summary>Gets the attendance ratio below which a review reports <c>PLC-TR-ATTENDANCE</c>, or <see langword="null"/> for no check.</summary>
    /// <value>The default value is <see langword="null"/>: no public source sets an attendance minimum, so programmes configure their own.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 1].</exception>
    public decimal? MinimumAttendanceRatio { get => minimumAttendanceRatio; init => minimumAttendanceRatio = value is { } r ? Guard.InRange(r, 0m, 1m, nameof(MinimumAttendanceRatio)) : null; }
}
