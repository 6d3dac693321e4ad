using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The thresholds and parameters of <see cref="CriteriaPlacementPolicy"/>: a named, versioned rule set
/// with the date it takes effect and its sources. Derive a payer's or state's variant with <c>with { … }</c>.
/// </summary>
/// <remarks>
/// <para>Every number comes from public regulation or widely restated hour bands (see the Placement
/// section of <c>docs/rules.md</c>); the rule set does not reproduce the ASAM Criteria or LOCUS. The
/// Medicare weekly hours (9 h IOP, 20 h PHP) are the library's one copy of those published numbers, shared
/// with the Medicare intensity rule set.</para>
/// <para>The rule set refuses contradictory values when it is built: every intensive-outpatient hour
/// threshold stays below the partial-hospitalization threshold, and <see cref="EffectiveTo"/> is not before
/// <see cref="EffectiveFrom"/>. Each <c>init</c> accessor checks its value against the values already set, so
/// when raising both thresholds set <see cref="PhpMinimumWeeklyHours"/> first.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CriteriaPlacementRuleSet : IRuleSet
{
    private readonly string name = "Iop.Domain public placement criteria";
    private readonly string version = "2024.1";
    private readonly LocalDate effectiveFrom = new(2024, 1, 1);
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = DefaultSources;
    private readonly Duration adultIopMinimumWeeklyHours = MedicareWeeklyHours.IntensiveOutpatientMinimum;
    private readonly Duration adolescentIopMinimumWeeklyHours = Duration.FromHours(6);
    private readonly Duration phpMinimumWeeklyHours = MedicareWeeklyHours.PartialHospitalizationMinimum;
    private readonly Duration medicareIopMinimumWeeklyHours = MedicareWeeklyHours.IntensiveOutpatientMinimum;
    private readonly LevelOfCare unsafeEnvironmentMinimumLevel = LevelOfCare.Residential;
    private readonly LevelOfCare relapseMinimumLevel = LevelOfCare.IntensiveOutpatient;
    private readonly int assessmentValidityDays = 180;

    // Before Default: static initializers run in textual order, and the instance initializers read this.
    private static IReadOnlyList<RuleSource> DefaultSources { get; } = Array.AsReadOnly(
    [
        Citations.Cfr410Section43,
        Citations.Cfr410Section44,
        Citations.Cfr424Section24,
        Citations.AsamHourBands,
        Citations.KansasR03704,
        Citations.Tip47,
        PlacementRules.PracticeCriteria,
        PlacementRules.ValidityWindow,
    ]);

    /// <summary>Gets the default rule set: public criteria, effective 2024-01-01 (the start of the Medicare IOP benefit).</summary>
    public static CriteriaPlacementRuleSet Default { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Iop.Domain public placement criteria".</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024.1".</value>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the date from which the rule set applies.</summary>
    /// <value>The default value is 2024-01-01, when the Medicare IOP benefit began (CY 2024 OPPS final rule, CMS-1786-FC).</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get => effectiveFrom;
        init => effectiveFrom = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom));
    }

    /// <summary>Gets the last date on which the rule set applies, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>: no source sets an end.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get => effectiveTo; init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, effectiveFrom, nameof(EffectiveTo)); }

    /// <summary>Gets the sources the thresholds come from.</summary>
    /// <value>The default value is 42 CFR 410.43, 410.44 and 424.24, the ASAM hour bands as restated by SAMHSA,
    /// Kansas R03-704, SAMHSA TIP 47, the library's practice criteria and the assessment validity window.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the weekly hours of need from which intensive outpatient is indicated for adults.</summary>
    /// <value>The default value is 9 hours (<c>PLC-CRIT-IOP-HOURS</c>; 42 CFR 410.44, the Medicare IOP minimum; the ASAM
    /// 3rd-edition band as restated by SAMHSA's 2021 Advisory).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168] hours.</exception>
    /// <exception cref="ArgumentException">The value set is not below <see cref="PhpMinimumWeeklyHours"/>.</exception>
    public Duration AdultIopMinimumWeeklyHours
    {
        get => adultIopMinimumWeeklyHours;
        init => adultIopMinimumWeeklyHours = BelowPhp(WeeklyHoursRange.Check(value, nameof(AdultIopMinimumWeeklyHours)), phpMinimumWeeklyHours, nameof(AdultIopMinimumWeeklyHours));
    }

    /// <summary>Gets the weekly hours of need from which intensive outpatient is indicated for adolescents.</summary>
    /// <value>The default value is 6 hours (<c>PLC-CRIT-IOP-HOURS</c>; SAMHSA 2021 Advisory and TIP 47; Kansas R03-704).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168] hours.</exception>
    /// <exception cref="ArgumentException">The value set is not below <see cref="PhpMinimumWeeklyHours"/>.</exception>
    public Duration AdolescentIopMinimumWeeklyHours
    {
        get => adolescentIopMinimumWeeklyHours;
        init => adolescentIopMinimumWeeklyHours = BelowPhp(WeeklyHoursRange.Check(value, nameof(AdolescentIopMinimumWeeklyHours)), phpMinimumWeeklyHours, nameof(AdolescentIopMinimumWeeklyHours));
    }

    /// <summary>Gets the weekly hours of need from which partial hospitalization is indicated (adults and adolescents).</summary>
    /// <value>The default value is 20 hours (<c>PLC-CRIT-PHP-HOURS</c>; 42 CFR 410.43(c)(1), the Medicare PHP minimum).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168] hours.</exception>
    /// <exception cref="ArgumentException">The value set is not above both intensive-outpatient thresholds.</exception>
    public Duration PhpMinimumWeeklyHours
    {
        get => phpMinimumWeeklyHours;
        init
        {
            WeeklyHoursRange.Check(value, nameof(PhpMinimumWeeklyHours));
            BelowPhp(adultIopMinimumWeeklyHours, value, nameof(PhpMinimumWeeklyHours));
            BelowPhp(adolescentIopMinimumWeeklyHours, value, nameof(PhpMinimumWeeklyHours));
            phpMinimumWeeklyHours = value;
        }
    }

    /// <summary>Gets the weekly hours of need that Medicare IOP certification requires, whatever the age group.</summary>
    /// <value>The default value is 9 hours (<c>PLC-MCR-IOP-ELIGIBILITY</c>; 42 CFR 424.24(d), 410.44).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168] hours.</exception>
    public Duration MedicareIopMinimumWeeklyHours
    {
        get => medicareIopMinimumWeeklyHours;
        init => medicareIopMinimumWeeklyHours = WeeklyHoursRange.Check(value, nameof(MedicareIopMinimumWeeklyHours));
    }

    /// <summary>Gets the least intensive level indicated when the person has no safe and stable living environment.</summary>
    /// <value>The default value is <see cref="LevelOfCare.Residential"/> (<c>PLC-CRIT-ENVIRONMENT</c>; practice criteria, our own rule).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not defined.</exception>
    public LevelOfCare UnsafeEnvironmentMinimumLevel { get => unsafeEnvironmentMinimumLevel; init => unsafeEnvironmentMinimumLevel = Guard.Against.UndefinedMember(value, nameof(UnsafeEnvironmentMinimumLevel)); }

    /// <summary>Gets the least intensive level indicated after a relapse following earlier treatment.</summary>
    /// <value>The default value is <see cref="LevelOfCare.IntensiveOutpatient"/> (<c>PLC-CRIT-RELAPSE</c>; practice criteria, our own rule).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not defined.</exception>
    public LevelOfCare RelapseMinimumLevel { get => relapseMinimumLevel; init => relapseMinimumLevel = Guard.Against.UndefinedMember(value, nameof(RelapseMinimumLevel)); }

    /// <summary>Gets how many days after its date an assessment may still be used.</summary>
    /// <value>
    /// The default value is 180 days (<c>PLC-ASSESSMENT-STALE</c>). States and payers set their own windows; 180
    /// days is Minnesota's LOCUS validity (MN DHS MHIS manual §5.1.5), not a federal rule: confirm it for your state.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3660].</exception>
    public int AssessmentValidityDays { get => assessmentValidityDays; init => assessmentValidityDays = Guard.Against.OutsideRange(value, 1, 3660, nameof(AssessmentValidityDays)); }

    /// <summary>Returns the intensive-outpatient hour threshold for an age group.</summary>
    /// <param name="ageGroup">The age group.</param>
    /// <returns><see cref="AdultIopMinimumWeeklyHours"/> or <see cref="AdolescentIopMinimumWeeklyHours"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageGroup"/> is not defined.</exception>
    public Duration IopMinimumWeeklyHours(AgeGroup ageGroup) =>
        Guard.Against.UndefinedMember(ageGroup) == AgeGroup.Adult ? AdultIopMinimumWeeklyHours : AdolescentIopMinimumWeeklyHours;

    /// <inheritdoc/>
    public bool Equals(CriteriaPlacementRuleSet? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && Sources.SequenceEqual(other.Sources)
        && AdultIopMinimumWeeklyHours == other.AdultIopMinimumWeeklyHours
        && AdolescentIopMinimumWeeklyHours == other.AdolescentIopMinimumWeeklyHours
        && PhpMinimumWeeklyHours == other.PhpMinimumWeeklyHours
        && MedicareIopMinimumWeeklyHours == other.MedicareIopMinimumWeeklyHours
        && UnsafeEnvironmentMinimumLevel == other.UnsafeEnvironmentMinimumLevel
        && RelapseMinimumLevel == other.RelapseMinimumLevel
        && AssessmentValidityDays == other.AssessmentValidityDays;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        hash.Add(Version);
        hash.Add(EffectiveFrom);
        hash.Add(EffectiveTo);
        foreach (var source in Sources)
        {
            hash.Add(source);
        }

        hash.Add(AdultIopMinimumWeeklyHours);
        hash.Add(AdolescentIopMinimumWeeklyHours);
        hash.Add(PhpMinimumWeeklyHours);
        hash.Add(MedicareIopMinimumWeeklyHours);
        hash.Add(UnsafeEnvironmentMinimumLevel);
        hash.Add(RelapseMinimumLevel);
        hash.Add(AssessmentValidityDays);
        return hash.ToHashCode();
    }

    private static Duration BelowPhp(Duration iop, Duration php, string paramName) =>
        iop < php
            ? iop
            : throw new ArgumentException("The intensive-outpatient hour thresholds must be below the partial-hospitalization threshold.", paramName);
}
