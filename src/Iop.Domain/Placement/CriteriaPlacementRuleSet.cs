using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// The thresholds and parameters of <see cref="CriteriaPlacementPolicy"/>: a named, versioned rule set
/// with the date it takes effect. Derive a payer's or state's variant with <c>with { … }</c>.
/// </summary>
/// <remarks>
/// <para>Every number comes from public regulation or widely restated hour bands (see the Placement
/// section of <c>docs/rules.md</c>); the rule set does not reproduce the ASAM Criteria or LOCUS.</para>
/// <para>Each property validates its own range when set. The relation between thresholds
/// (intensive-outpatient minimums below the partial-hospitalization minimum) is checked when a
/// <see cref="CriteriaPlacementPolicy"/> is created.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CriteriaPlacementRuleSet
{
    private readonly string name = "Iop.Domain public placement criteria";
    private readonly string version = "2024.1";
    private readonly decimal adultIopMinimumWeeklyHours = 9m;
    private readonly decimal adolescentIopMinimumWeeklyHours = 6m;
    private readonly decimal phpMinimumWeeklyHours = 20m;
    private readonly decimal medicareIopMinimumWeeklyHours = 9m;
    private readonly LevelOfCare unsafeEnvironmentMinimumLevel = LevelOfCare.Residential;
    private readonly LevelOfCare relapseMinimumLevel = LevelOfCare.IntensiveOutpatient;
    private readonly int assessmentValidityDays = 180;

    /// <summary>Gets the default rule set: public criteria, effective 2024-01-01 (the start of the Medicare IOP benefit).</summary>
    public static CriteriaPlacementRuleSet Default { get; } = new();

    /// <summary>Gets the name of the rule set.</summary>
    /// <value>The default value is "Iop.Domain public placement criteria".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version of the rule set.</summary>
    /// <value>The default value is "2024.1".</value>
    /// <exception cref="ArgumentException">The value set is null or blank.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the date from which the rule set applies.</summary>
    /// <value>The default value is 2024-01-01, when the Medicare IOP benefit began (CY 2024 OPPS final rule).</value>
    public LocalDate EffectiveFrom { get; init; } = new(2024, 1, 1);

    /// <summary>Gets the weekly hours of need from which intensive outpatient is indicated for adults.</summary>
    /// <value>The default value is 9 hours (<c>PLC-CRIT-IOP-HOURS</c>; 42 CFR 410.44; the ASAM 3rd-ed. band as restated by SAMHSA's 2021 Advisory on intensive outpatient treatment).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168].</exception>
    public decimal AdultIopMinimumWeeklyHours { get => adultIopMinimumWeeklyHours; init => adultIopMinimumWeeklyHours = Hours(value, nameof(AdultIopMinimumWeeklyHours)); }

    /// <summary>Gets the weekly hours of need from which intensive outpatient is indicated for adolescents.</summary>
    /// <value>The default value is 6 hours (<c>PLC-CRIT-IOP-HOURS</c>; SAMHSA 2021 Advisory / TIP 47; Kansas R03-704).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168].</exception>
    public decimal AdolescentIopMinimumWeeklyHours { get => adolescentIopMinimumWeeklyHours; init => adolescentIopMinimumWeeklyHours = Hours(value, nameof(AdolescentIopMinimumWeeklyHours)); }

    /// <summary>Gets the weekly hours of need from which partial hospitalization is indicated (adults and adolescents).</summary>
    /// <value>The default value is 20 hours (<c>PLC-CRIT-PHP-HOURS</c>; 42 CFR 410.43(c)(1); MLN SE1607).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168].</exception>
    public decimal PhpMinimumWeeklyHours { get => phpMinimumWeeklyHours; init => phpMinimumWeeklyHours = Hours(value, nameof(PhpMinimumWeeklyHours)); }

    /// <summary>Gets the weekly hours of need that Medicare IOP certification requires, whatever the age group.</summary>
    /// <value>The default value is 9 hours (<c>PLC-MCR-IOP-ELIGIBILITY</c>; 42 CFR 424.24(d), 410.44).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168].</exception>
    public decimal MedicareIopMinimumWeeklyHours { get => medicareIopMinimumWeeklyHours; init => medicareIopMinimumWeeklyHours = Hours(value, nameof(MedicareIopMinimumWeeklyHours)); }

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
    public decimal IopMinimumWeeklyHours(AgeGroup ageGroup) =>
        Guard.Against.UndefinedMember(ageGroup) == AgeGroup.Adult ? AdultIopMinimumWeeklyHours : AdolescentIopMinimumWeeklyHours;

    private static decimal Hours(decimal value, string name) => Guard.Against.OutsideRange(value, 0m, 168m, name);
}
