using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The built-in rule sets pinned to their published sources (docs/rules.md), and the rule-set mechanics.</summary>
public sealed class IntensityRuleSetTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    // Every built-in standard: rule set, level, age group → min weekly h, ceiling (h, inclusive), min h/day, min days/week, programme days.
    public static TheoryData<string, LevelOfCare, AgeGroup, double?, double?, bool?, double?, int?, int?, int?> Pinned() => new()
    {
        // Medicare: 42 CFR 410.44 (IOP ≥ 9), Noridian (9–19), 42 CFR 410.43 (PHP ≥ 20); ages not distinguished.
        { "Medicare", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 19, true, null, null, null, null },
        { "Medicare", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 9, 19, true, null, null, null, null },
        { "Medicare", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, null, null },
        // ASAM 3rd-edition bands (§1.4): OP < 9 / < 6; IOP ≥ 9 / ≥ 6 and below 20; PHP ≥ 20; 3.1 ≥ 5.
        { "ASAM hour bands", LevelOfCare.Outpatient, AgeGroup.Adult, null, 9, false, null, null, null, null },
        { "ASAM hour bands", LevelOfCare.Outpatient, AgeGroup.Adolescent, null, 6, false, null, null, null, null },
        { "ASAM hour bands", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 20, false, null, null, null, null },
        { "ASAM hour bands", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6, 20, false, null, null, null, null },
        { "ASAM hour bands", LevelOfCare.PartialHospitalization, AgeGroup.Adolescent, 20, null, null, null, null, null, null },
        { "ASAM hour bands", LevelOfCare.Residential, AgeGroup.Adult, 5, null, null, null, null, null, null },
        // DC 22-A DCMR §6331.1 (L1 up to 8), §6329.1–.2 (2.1: 9–19 adults, 6–19 youth, 30–60 days), §6330.1–.2 (2.5: ≥ 20, 30–60 days).
        { "District of Columbia", LevelOfCare.Outpatient, AgeGroup.Adult, null, 8, true, null, null, null, null },
        { "District of Columbia", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 19, true, null, null, 30, 60 },
        { "District of Columbia", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6, 19, true, null, null, 30, 60 },
        { "District of Columbia", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, 30, 60 },
        // Kansas R03-704: ≥ 9 (18 and over), ≥ 6 (under 18).
        { "Kansas", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, null, null, null, null, null, null },
        { "Kansas", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 6, null, null, null, null, null, null },
        // H0015 descriptor: ≥ 3 h/day, ≥ 3 days/week. TEDS: ≥ 2 h/day on ≥ 3 days/week.
        { "HCPCS H0015", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, null, null, null, 3, 3, null, null },
        { "TEDS intensive outpatient", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, null, null, null, 2, 3, null, null },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void BuiltIn_EveryStandard_IsPinnedToItsSource(
        string ruleSet, LevelOfCare level, AgeGroup age, double? minWeekly, double? ceiling, bool? inclusive, double? minDaily, int? minDays, int? minProgramme, int? maxProgramme)
    {
        var set = IntensityRuleSet.BuiltIn.Single(s => s.Name == ruleSet);
        set.TryGetStandard(level, age, out var standard).Should().BeTrue();
        standard!.MinimumWeeklyHours.Should().Be(minWeekly is { } m ? Duration.FromHours(m) : null);
        standard.MaximumWeeklyHours?.Hours.Should().Be(Duration.FromHours(ceiling!.Value));
        standard.MaximumWeeklyHours?.IsInclusive.Should().Be(inclusive!.Value);
        (standard.MaximumWeeklyHours is null).Should().Be(ceiling is null);
        standard.MinimumHoursPerServiceDay.Should().Be(minDaily is { } d ? Duration.FromHours(d) : null);
        standard.MinimumDaysPerWeek.Should().Be(minDays);
        standard.MinimumProgrammeDays.Should().Be(minProgramme);
        standard.MaximumProgrammeDays.Should().Be(maxProgramme);
    }

    [Fact]
    public void BuiltIn_EffectiveDates_AreDocumented()
    {
        IntensityRuleSet.Medicare2024.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1)); // CMS-1786-FC: IOP benefit from 2024-01-01
        IntensityRuleSet.DistrictOfColumbia.EffectiveFrom.Should().Be(new LocalDate(2017, 9, 13)); // text as last updated
        IntensityRuleSet.Kansas.EffectiveFrom.Should().Be(LocalDate.MinIsoValue); // no date in the sources read
        IntensityRuleSet.BuiltIn.Select(s => s.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void TryGetStandard_PrefersTheAgeSpecificStandard_ThenTheAllAgesOne()
    {
        var set = IntensityRuleSet.AsamHourBands;
        set.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, out var adolescent).Should().BeTrue();
        adolescent!.AgeGroup.Should().Be(AgeGroup.Adolescent);
        set.TryGetStandard(LevelOfCare.PartialHospitalization, AgeGroup.Adolescent, out var all).Should().BeTrue();
        all!.AgeGroup.Should().BeNull();
        all.AppliesTo(AgeGroup.Adolescent).Should().BeTrue();
        adolescent.AppliesTo(AgeGroup.Adult).Should().BeFalse();
        set.TryGetStandard(LevelOfCare.Residential, AgeGroup.Adolescent, out _).Should().BeFalse("the bands give 3.1 hours for adults only");
        set.TryGetStandard(LevelOfCare.Inpatient, AgeGroup.Adult, out _).Should().BeFalse();
    }

    [Fact]
    public void TrySelect_PicksTheLatestVersionInEffect()
    {
        var payer2025 = IntensityRuleSet.Medicare2024 with { Version = "2025", EffectiveFrom = new LocalDate(2025, 1, 1) };
        var candidates = new[] { IntensityRuleSet.Medicare2024, payer2025, IntensityRuleSet.Kansas };

        IntensityRuleSet.TrySelect(candidates, "Medicare", new LocalDate(2024, 12, 31), out var before).Should().BeTrue();
        before.Should().Be(IntensityRuleSet.Medicare2024); // boundary: the day before the new version
        IntensityRuleSet.TrySelect(candidates, "Medicare", new LocalDate(2025, 1, 1), out var on).Should().BeTrue();
        on.Should().Be(payer2025); // boundary: the new version's first day
        IntensityRuleSet.TrySelect(candidates, "Medicare", new LocalDate(2023, 12, 31), out _).Should().BeFalse(); // before the IOP benefit existed
        IntensityRuleSet.TrySelect(candidates, "medicare", new LocalDate(2025, 1, 1), out _).Should().BeFalse(); // names are ordinal
    }

    [Fact]
    public void WithStandard_ReplacesTheSameLevelAndAgeGroup_AndLeavesTheOriginal()
    {
        var stricter = new IntensityStandard(LevelOfCare.IntensiveOutpatient, new RuleSource("Payer IOP policy", "A fictional payer")) { MinimumWeeklyHours = Duration.FromHours(10) };
        var derived = IntensityRuleSet.Medicare2024.WithStandard(stricter);

        derived.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out var s).Should().BeTrue();
        s!.MinimumWeeklyHours.Should().Be(10 * Hour);
        derived.Standards.Should().HaveCount(2);
        IntensityRuleSet.Medicare2024.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out var original).Should().BeTrue();
        original!.MinimumWeeklyHours.Should().Be(9 * Hour);
    }

    [Fact]
    public void Equality_ComparesStandardsByValue() =>
        ContractAssertions.Equality(
            IntensityRuleSet.Medicare2024,
            new IntensityRuleSet("Medicare", "2024", new LocalDate(2024, 1, 1), IntensityRuleSet.Medicare2024.Standards.ToList()),
            IntensityRuleSet.Medicare2024 with { Version = "2025" },
            IntensityRuleSet.Medicare2024 with { Standards = IntensityRuleSet.Medicare2024.Standards.Take(1).ToList() });

    [Fact]
    public void Ctor_BadArguments_ThrowWithParameterName()
    {
        var iop = new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Cfr410Section44);
        FluentActions.Invoking(() => new IntensityRuleSet(" ", "v", default, [])).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new IntensityRuleSet("n", "v", default, null!)).Should().Throw<ArgumentNullException>().WithParameterName("standards");
        FluentActions.Invoking(() => new IntensityRuleSet("n", "v", default, [iop, iop])).Should().Throw<ArgumentException>().WithParameterName("standards");
        FluentActions.Invoking(() => new IntensityStandard((LevelOfCare)0, Citations.Tip47)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => new IntensityStandard(LevelOfCare.Outpatient, null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => iop with { MinimumDaysPerWeek = 8 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumDaysPerWeek");
        FluentActions.Invoking(() => iop with { MinimumWeeklyHours = -Hour }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumWeeklyHours");
        FluentActions.Invoking(() => iop with { MinimumProgrammeDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumProgrammeDays");
        FluentActions.Invoking(() => iop with { AgeGroup = (AgeGroup)3 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AgeGroup");
        FluentActions.Invoking(() => iop with { MaximumWeeklyHours = new HoursCeiling() }).Should().Throw<ArgumentException>().WithParameterName("MaximumWeeklyHours"); // "below 0 h": every week would exceed it
        (iop with { MaximumWeeklyHours = null }).MaximumWeeklyHours.Should().BeNull();
    }

    [Theory]
    [InlineData(19 * 60, true, false)] // exactly at an inclusive ceiling: allowed
    [InlineData(19 * 60 + 1, true, true)] // one minute over
    [InlineData(9 * 60, false, true)] // exactly at an exclusive ceiling: too many ("below 9")
    [InlineData(9 * 60 - 1, false, false)] // one minute under
    public void HoursCeiling_Boundaries(int minutes, bool inclusive, bool exceeded)
    {
        var bound = Duration.FromHours(inclusive ? 19 : 9);
        var ceiling = inclusive ? HoursCeiling.AtMost(bound) : HoursCeiling.Below(bound);
        ceiling.IsExceededBy(Duration.FromMinutes(minutes)).Should().Be(exceeded);
        ceiling.ToString().Should().Be(inclusive ? "at most 19 h" : "below 9 h");
    }

    [Fact]
    public void HoursCeiling_NotPositive_Throws() =>
        FluentActions.Invoking(() => HoursCeiling.AtMost(Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours");
}
