using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The parameters of a transition review: the Medicare recertification clock for partial hospitalization
/// and intensive outpatient, and an optional attendance minimum. Derive variants with <c>with { … }</c>.
/// </summary>
/// <remarks>
/// <para>The rule set refuses contradictory values when built: <see cref="EffectiveTo"/> is not before
/// <see cref="EffectiveFrom"/>, and the recertification cadence is never null.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TransitionRuleSet : IRuleSet
{
    private readonly string name = "Iop.Domain transition review";
    private readonly string version = "2024.1";
    private readonly LocalDate effectiveFrom = new(2024, 1, 1);
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = Array.AsReadOnly([Citations.Cfr424Section24, Citations.Tip47, PlacementRules.PracticeCriteria]);
    private readonly RecertificationCadence recertification = RecertificationCadence.Medicare;

    /// <summary>Gets the default rule set: the Medicare recertification clock, effective 2024-01-01, with no attendance minimum.</summary>
    public static TransitionRuleSet Default { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Iop.Domain transition review".</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024.1".</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the date from which the rule set applies.</summary>
    /// <value>The default value is 2024-01-01, when the Medicare IOP benefit and its recertification rule began.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <summary>Gets the last date on which the rule set applies, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo)); }

    /// <summary>Gets the sources of the rule set's rules.</summary>
    /// <value>The default value is 42 CFR 424.24, SAMHSA TIP 47 and the library's practice criteria.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the Medicare recertification clock for partial hospitalization and intensive outpatient.</summary>
    /// <value>The default value is <see cref="RecertificationCadence.Medicare"/>: PHP by day 18 then every 30 days, IOP every
    /// 2 calendar months (<c>MCR-PHP-RECERT-18</c>, <c>MCR-PHP-RECERT-30</c>, <c>MCR-IOP-RECERT</c>; 42 CFR 424.24(d), (e);
    /// medium-high: the CFR text was not re-read verbatim).</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public RecertificationCadence Recertification { get => recertification; init => recertification = value ?? throw new ArgumentNullException(nameof(Recertification)); }

    /// <summary>Gets the attendance ratio below which a review reports <c>PLC-TR-ATTENDANCE</c>, or <see langword="null"/> for no check.</summary>
    /// <value>The default value is <see langword="null"/>: no public source sets an attendance minimum, so programmes configure their own.</value>
    public AttendanceRatio? MinimumAttendanceRatio { get; init; }

    /// <inheritdoc/>
    public bool Equals(TransitionRuleSet? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && Sources.SequenceEqual(other.Sources)
        && Recertification == other.Recertification
        && MinimumAttendanceRatio == other.MinimumAttendanceRatio;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, EffectiveFrom, EffectiveTo, Sources.Count, Recertification, MinimumAttendanceRatio);
}
