using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// A named, versioned set of <see cref="IntensityStandard"/>s that takes effect on a date: what one
/// payer, state or publication requires of each level of care. Built-in sets are static properties
/// (<see cref="Medicare2024"/>, <see cref="AsamHourBands"/>, <see cref="DistrictOfColumbia"/>,
/// <see cref="Kansas"/>, <see cref="HcpcsH0015"/>, <see cref="TedsIntensiveOutpatient"/>); derive your
/// own with <c>with { … }</c> or <see cref="WithStandard"/>.
/// </summary>
/// <remarks>
/// <para>Sources disagree (Medicare: IOP at least 9 h/week for every age; the ASAM bands: 9 for adults,
/// 6 for adolescents; DC: 9 to 19 h/week and 30 to 60 days), and that disagreement is why rule sets
/// exist: every function that applies intensity rules takes one as a parameter, and nothing reads a
/// global default. Every number cites the publication it comes from and has a row in
/// <c>docs/rules.md</c>.</para>
/// <para>Equality compares name, version, effective date and the standards in order. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed record IntensityRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly IReadOnlyList<IntensityStandard> standards;

    /// <summary>Creates a rule set.</summary>
    /// <param name="name">The rule set's name, for example "Medicare".</param>
    /// <param name="version">Its version label, for example "2024".</param>
    /// <param name="effectiveFrom">The first date the rule set applies to.</param>
    /// <param name="standards">The standards, at most one per level and age group.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank,
    /// or <paramref name="standards"/> holds a null or two standards for the same level and age group.</exception>
    public IntensityRuleSet(string name, string version, LocalDate effectiveFrom, IEnumerable<IntensityStandard> standards)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        EffectiveFrom = effectiveFrom;
        this.standards = Checked(standards);
    }

    /// <summary>Gets the rule set's name, for example "Medicare".</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label, for example "2024".</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date the rule set applies to.</summary>
    /// <value>
    /// The effective date where the source gives one (Medicare: 2024-01-01). Otherwise the start of the
    /// year of the edition read (ASAM hour bands: 2013; TEDS report: 2012) or the date the text read was
    /// last updated (DC: 2017-09-13); <see cref="LocalDate.MinIsoValue"/> where the sources read carry no
    /// date at all (Kansas R03-704, the H0015 descriptor). Override with <c>with { EffectiveFrom = … }</c>.
    /// </value>
    public LocalDate EffectiveFrom { get; init; }

    /// <summary>Gets the standards, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or a duplicate level and age group.</exception>
    public IReadOnlyList<IntensityStandard> Standards { get => standards; init => standards = Checked(value, nameof(Standards)); }

    /// <summary>
    /// Gets Medicare's IOP and PHP standards from 2024-01-01: IOP needs at least 9 h/week (42 CFR 410.44,
    /// CMS-1786-FC) and at most 19 h/week as a Medicare contractor states it (Noridian; the CFR sets no
    /// cap); PHP needs at least 20 h/week (42 CFR 410.43(c)(1)). Ages are not distinguished.
    /// </summary>
    public static IntensityRuleSet Medicare2024 { get; } = new(
        "Medicare",
        "2024",
        new LocalDate(2024, 1, 1),
        [
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Cfr410Section44)
            {
                MinimumWeeklyHours = Duration.FromHours(9),
                MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(19)),
            },
            new IntensityStandard(LevelOfCare.PartialHospitalization, Citations.Cfr410Section43)
            {
                MinimumWeeklyHours = Duration.FromHours(20),
            },
        ]);

    /// <summary>
    /// Gets the widely restated ASAM 3rd-edition hour bands: outpatient below 9 h/week (adults) or below
    /// 6 (adolescents); intensive outpatient at least 9 (adults) or 6 (adolescents) and below 20, where
    /// partial hospitalization starts; partial hospitalization at least 20; low-intensity residential (3.1)
    /// at least 5 h/week of clinical service (adults; medium confidence).
    /// </summary>
    public static IntensityRuleSet AsamHourBands { get; } = new(
        "ASAM hour bands",
        "3rd edition",
        new LocalDate(2013, 1, 1),
        [
            new IntensityStandard(LevelOfCare.Outpatient, Citations.AsamHourBands) { AgeGroup = Continuum.AgeGroup.Adult, MaximumWeeklyHours = HoursCeiling.Below(Duration.FromHours(9)) },
            new IntensityStandard(LevelOfCare.Outpatient, Citations.AsamHourBands) { AgeGroup = Continuum.AgeGroup.Adolescent, MaximumWeeklyHours = HoursCeiling.Below(Duration.FromHours(6)) },
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.AsamHourBands) { AgeGroup = Continuum.AgeGroup.Adult, MinimumWeeklyHours = Duration.FromHours(9), MaximumWeeklyHours = HoursCeiling.Below(Duration.FromHours(20)) },
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.AsamHourBands) { AgeGroup = Continuum.AgeGroup.Adolescent, MinimumWeeklyHours = Duration.FromHours(6), MaximumWeeklyHours = HoursCeiling.Below(Duration.FromHours(20)) },
            new IntensityStandard(LevelOfCare.PartialHospitalization, Citations.AsamHourBands) { MinimumWeeklyHours = Duration.FromHours(20) },
            new IntensityStandard(LevelOfCare.Residential, Citations.AsamHourBands) { AgeGroup = Continuum.AgeGroup.Adult, MinimumWeeklyHours = Duration.FromHours(5) },
        ]);

    /// <summary>
    /// Gets the District of Columbia's SUD certification standards (22-A DCMR §§ 6329–6331): Level 1 up to
    /// 8 h/week; Level 2.1 IOP 9 to 19 h/week for adults and 6 to 19 for youth under 21, lasting 30 to 60
    /// days; Level 2.5 day treatment 20 h/week or more, lasting 30 to 60 days.
    /// </summary>
    public static IntensityRuleSet DistrictOfColumbia { get; } = new(
        "District of Columbia",
        "22-A DCMR 2017",
        new LocalDate(2017, 9, 13),
        [
            new IntensityStandard(LevelOfCare.Outpatient, Citations.DcmrLevel1) { MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(8)) },
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.DcmrLevel21) { AgeGroup = Continuum.AgeGroup.Adult, MinimumWeeklyHours = Duration.FromHours(9), MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(19)), MinimumProgrammeDays = 30, MaximumProgrammeDays = 60 },
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.DcmrLevel21) { AgeGroup = Continuum.AgeGroup.Adolescent, MinimumWeeklyHours = Duration.FromHours(6), MaximumWeeklyHours = HoursCeiling.AtMost(Duration.FromHours(19)), MinimumProgrammeDays = 30, MaximumProgrammeDays = 60 },
            new IntensityStandard(LevelOfCare.PartialHospitalization, Citations.DcmrLevel25) { MinimumWeeklyHours = Duration.FromHours(20), MinimumProgrammeDays = 30, MaximumProgrammeDays = 60 },
        ]);

    /// <summary>
    /// Gets Kansas's intensive-outpatient licensing standard (KDADS R03-704): at least 9 scheduled
    /// counseling hours per week for adults (18 and over) and at least 6 for those under 18.
    /// </summary>
    public static IntensityRuleSet Kansas { get; } = new(
        "Kansas",
        "R03-704",
        LocalDate.MinIsoValue,
        [
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.KansasR03704) { AgeGroup = Continuum.AgeGroup.Adult, MinimumWeeklyHours = Duration.FromHours(9) },
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.KansasR03704) { AgeGroup = Continuum.AgeGroup.Adolescent, MinimumWeeklyHours = Duration.FromHours(6) },
        ]);

    /// <summary>
    /// Gets the HCPCS H0015 descriptor as a standard: an alcohol and/or drug intensive outpatient day
    /// needs at least 3 hours of service, in a programme that runs at least 3 days per week.
    /// </summary>
    public static IntensityRuleSet HcpcsH0015 { get; } = new(
        "HCPCS H0015",
        "descriptor",
        LocalDate.MinIsoValue,
        [
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.HcpcsLevelII) { MinimumHoursPerServiceDay = Duration.FromHours(3), MinimumDaysPerWeek = 3 },
        ]);

    /// <summary>
    /// Gets the TEDS service-setting definition of intensive outpatient: at least 2 hours per day on at
    /// least 3 days per week (SAMHSA TEDS report, ch. 4).
    /// </summary>
    public static IntensityRuleSet TedsIntensiveOutpatient { get; } = new(
        "TEDS intensive outpatient",
        "2012 report",
        new LocalDate(2012, 1, 1),
        [
            new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.TedsServiceDefinitions) { MinimumHoursPerServiceDay = Duration.FromHours(2), MinimumDaysPerWeek = 3 },
        ]);

    /// <summary>Gets every built-in rule set.</summary>
    public static IReadOnlyList<IntensityRuleSet> BuiltIn { get; } =
        [Medicare2024, AsamHourBands, DistrictOfColumbia, Kansas, HcpcsH0015, TedsIntensiveOutpatient];

    /// <summary>
    /// Picks, among rule sets of the same <paramref name="name"/>, the one in effect on <paramref name="asOf"/>:
    /// the latest <see cref="EffectiveFrom"/> on or before that date.
    /// </summary>
    /// <param name="candidates">The rule sets to choose from (for example <see cref="BuiltIn"/> plus your own versions).</param>
    /// <param name="name">The rule set's name, compared ordinally.</param>
    /// <param name="asOf">The date of service.</param>
    /// <param name="ruleSet">The rule set in effect, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when no rule set of that name is in effect on that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="name"/> is null.</exception>
    public static bool TrySelect(IEnumerable<IntensityRuleSet> candidates, string name, LocalDate asOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntensityRuleSet? ruleSet)
    {
        Guard.Against.Null(candidates);
        Guard.Against.Null(name);
        ruleSet = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not null
                && string.Equals(candidate.Name, name, StringComparison.Ordinal)
                && candidate.EffectiveFrom <= asOf
                && (ruleSet is null || candidate.EffectiveFrom > ruleSet.EffectiveFrom))
            {
                ruleSet = candidate;
            }
        }

        return ruleSet is not null;
    }

    /// <summary>
    /// Gets the standard for a level and age group: the one for that age group if present, otherwise the
    /// one for every age.
    /// </summary>
    /// <param name="level">The level of care.</param>
    /// <param name="ageGroup">The person's age group.</param>
    /// <param name="standard">The standard, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the rule set says nothing about the level for that age group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="ageGroup"/> is not defined.</exception>
    public bool TryGetStandard(LevelOfCare level, AgeGroup ageGroup, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntensityStandard? standard)
    {
        Guard.Against.UndefinedMember(level);
        Guard.Against.UndefinedMember(ageGroup);
        standard = null;
        foreach (var candidate in standards)
        {
            if (candidate.Level != level)
            {
                continue;
            }

            if (candidate.AgeGroup == ageGroup)
            {
                standard = candidate;
                return true;
            }

            if (candidate.AgeGroup is null)
            {
                standard = candidate;
            }
        }

        return standard is not null;
    }

    /// <summary>Returns a copy whose standard for the same level and age group is replaced by (or joined by) <paramref name="standard"/>.</summary>
    /// <param name="standard">The standard to add or replace.</param>
    /// <returns>A new rule set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public IntensityRuleSet WithStandard(IntensityStandard standard)
    {
        Guard.Against.Null(standard);
        var replaced = standards.Where(s => s.Level != standard.Level || s.AgeGroup != standard.AgeGroup).Append(standard);
        return this with { Standards = [.. replaced] };
    }

    /// <inheritdoc/>
    public bool Equals(IntensityRuleSet? other) =>
        other is not null
        && string.Equals(name, other.name, StringComparison.Ordinal)
        && string.Equals(version, other.version, StringComparison.Ordinal)
        && EffectiveFrom == other.EffectiveFrom
        && standards.SequenceEqual(other.standards);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(name),
        StringComparer.Ordinal.GetHashCode(version),
        EffectiveFrom,
        standards.Count);

    /// <summary>Formats the rule set as <c>Medicare 2024 (from 2024-01-01)</c>.</summary>
    /// <returns>The name, version and effective date.</returns>
    public override string ToString() => $"{name} {version} (from {EffectiveFrom:uuuu'-'MM'-'dd})";

    private static IReadOnlyList<IntensityStandard> Checked(IEnumerable<IntensityStandard> standards, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(standards))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(standards, paramName);
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                if (list[i].Level == list[j].Level && list[i].AgeGroup == list[j].AgeGroup)
                {
                    throw new ArgumentException("A rule set holds at most one standard per level of care and age group.", paramName);
                }
            }
        }

        return list;
    }
}
