using Iop.Domain.Continuum;
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
    private readonly RecertificationCadence recertification = RecertificationCadence.Medicare;
    private readonly decimal? minimumAttendanceRatio;

    /// <summary>Gets the default rule set: the Medicare recertification clock, effective 2024-01-01, with no attendance minimum.</summary>
    public static TransitionRuleSet Default { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Medicare recertification clock".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024.1".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the date from which the rule set applies.</summary>
    /// <value>The default value is 2024-01-01, when the Medicare IOP benefit and its recertification rule began.</value>
    public LocalDate EffectiveFrom { get; init; } = new(2024, 1, 1);

    /// <summary>Gets the Medicare recertification clock for partial hospitalization and intensive outpatient.</summary>
    /// <value>The default value is <see cref="RecertificationCadence.Medicare"/>: PHP by day 18 then every 30 days, IOP every
    /// 2 calendar months (<c>MCR-PHP-RECERT-18</c>, <c>MCR-PHP-RECERT-30</c>, <c>MCR-IOP-RECERT</c>; 42 CFR 424.24(d), (e);
    /// medium-high: the CFR text was not re-read verbatim).</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public RecertificationCadence Recertification { get => recertification; init => recertification = value ?? throw new ArgumentNullException(nameof(Recertification)); }

    /// <summary>Gets the attendance ratio below which a review reports <c>PLC-TR-ATTENDANCE</c>, or <see langword="null"/> for no check.</summary>
    /// <value>The default value is <see langword="null"/>: no public source sets an attendance minimum, so programmes configure their own.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 1].</exception>
    public decimal? MinimumAttendanceRatio { get => minimumAttendanceRatio; init => minimumAttendanceRatio = value is { } r ? Guard.Against.OutsideRange(r, 0m, 1m, nameof(MinimumAttendanceRatio)) : null; }
}
