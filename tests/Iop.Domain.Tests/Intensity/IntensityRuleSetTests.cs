using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The built-in rule sets pinned to their published sources (docs/rules.md), and the rule-set mechanics.</summary>
public sealed class IntensityRuleSetTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    /// <summary>A built-in by name, or by name and version where versions share a name (Medicare).</summary>
    internal static IntensityRuleSet Named(string label) =>
        IntensityRuleSet.BuiltIn.Single(s => s.Name == label || $"{s.Name} {s.Version}" == label);

    // Every built-in standard: rule set, level, age group → min weekly h, ceiling (h, inclusive), min h/day, min days/week, programme days.
    public static TheoryData<string, LevelOfCare, AgeGroup, double?, double?, bool?, double?, int?, int?, int?> Pinned() => new()
    {
        // Medicare: 42 CFR 410.44 (IOP ≥ 9), Noridian (9–19), 42 CFR 410.43 (PHP ≥ 20); ages not distinguished.
        { "Medicare CY2024", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 19, true, null, null, null, null },
        { "Medicare CY2024", LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, 9, 19, true, null, null, null, null },
        { "Medicare CY2024", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, null, null },
        // CY 2025 (CMS-1809-FC) and CY 2026 (CMS-1834-FC) keep the CY 2024 thresholds.
        { "Medicare CY2025", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 19, true, null, null, null, null },
        { "Medicare CY2025", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, null, null },
        { "Medicare CY2026", LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, 9, 19, true, null, null, null, null },
        { "Medicare CY2026", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, null, null },
        // Before 2024: PHP ≥ 20 (MLN SE1607, 2016; 42 CFR 410.43(c)(1)); no IOP benefit.
        { "Medicare PHP before CY2024", LevelOfCare.PartialHospitalization, AgeGroup.Adult, 20, null, null, null, null, null, null },
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
        var set = Named(ruleSet);
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
        IntensityRuleSet.Kansas.EffectiveFrom.Should().Be(global::Iop.Domain.Rules.SupportedDates.First); // no date in the sources read: the first supported date
        IntensityRuleSet.MedicareBefore2024.EffectiveFrom.Should().Be(new LocalDate(2016, 1, 1)); // MLN SE1607 (2016), the earliest source read
        IntensityRuleSet.BuiltIn.Select(s => (s.Name, s.Version)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void TryGetStandard_PrefersTheAgeSpecificStandard_ThenTheAllAgesOne()
    {
        var set = IntensityRuleSet.AsamHourBands;
        set.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adolescent, out var adolescent).Should().BeTrue();
        adolescent!.AgeGroup.Should().Be(AgeGroup.Adolescent);
        set.TryGetStandard(LevelOfCare.PartialHospitalization, AgeGroup.Adolescent, out var all).Should().BeTrue();
        all!.AgeGroup.Should().BeNull();
        set.TryGetStandard(LevelOfCare.Residential, AgeGroup.Adolescent, out _).Should().BeFalse("the bands give 3.1 hours for adults only");
        set.TryGetStandard(LevelOfCare.Inpatient, AgeGroup.Adult, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(2015, 12, 31, null)] // one day before the earliest source read (MLN SE1607, 2016): no version
    [InlineData(2016, 1, 1, "PHP before CY2024")] // boundary: the pre-2024 PHP version's first day
    [InlineData(2023, 12, 31, "PHP before CY2024")] // the day before the IOP benefit: PHP only
    [InlineData(2024, 1, 1, "CY2024")] // boundary: CY2024's first day (CMS-1786-FC)
    [InlineData(2024, 12, 31, "CY2024")] // CY2024's last day
    [InlineData(2025, 1, 1, "CY2025")] // boundary: CMS-1809-FC
    [InlineData(2025, 12, 31, "CY2025")]
    [InlineData(2026, 1, 1, "CY2026")] // boundary: CMS-1834-FC
    [InlineData(2027, 1, 1, "CY2026")] // after the last verified year: the latest version (with RULESET-NOT-REVERIFIED when evaluated)
    public void Medicare_SelectsTheVersionInForceByDate(int year, int month, int day, string? version)
    {
        var date = new LocalDate(year, month, day);
        IntensityRuleSet.Medicare.TryGetInForceOn(date, out var intensity).Should().Be(version is not null);
        intensity?.Version.Should().Be(version);
    }

    [Theory]
    [InlineData(2023, 12, 31, null)] // the 3 / 4+ per-diem tiers start with CY 2024: no billing version before
    [InlineData(2024, 1, 1, "CY2024")] // boundary
    [InlineData(2024, 12, 31, "CY2024")]
    [InlineData(2025, 1, 1, "CY2025")] // boundary: CMS-1809-FC
    [InlineData(2026, 1, 1, "CY2026")] // boundary: CMS-1834-FC
    [InlineData(2031, 6, 30, "CY2026")] // years later: still the latest version
    public void BillingMedicare_SelectsTheVersionInForceByDate(int year, int month, int day, string? version)
    {
        var date = new LocalDate(year, month, day);
        BillingRuleSet.Medicare.TryGetInForceOn(date, out var billing).Should().Be(version is not null);
        billing?.Version.Should().Be(version);
    }

    [Fact]
    public void Medicare_BeforeTheFirstVersion_InForceOnThrowsForDate()
    {
        FluentActions.Invoking(() => IntensityRuleSet.Medicare.InForceOn(new LocalDate(2015, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => BillingRuleSet.Medicare.InForceOn(new LocalDate(2023, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        IntensityRuleSet.Medicare.Versions.Should().Equal(IntensityRuleSet.MedicareBefore2024, IntensityRuleSet.Medicare2024, IntensityRuleSet.Medicare2025, IntensityRuleSet.Medicare2026);
        BillingRuleSet.Medicare.Versions.Should().Equal(BillingRuleSet.Medicare2024, BillingRuleSet.Medicare2025, BillingRuleSet.Medicare2026);
        IntensityRuleSet.Medicare.Latest.EffectiveTo.Should().BeNull(); // the latest is open-ended ...
        IntensityRuleSet.Medicare.Latest.VerifiedThrough.Should().Be(new LocalDate(2026, 12, 31)); // ... and says how far it was verified
        BillingRuleSet.Medicare.Latest.VerifiedThrough.Should().Be(new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void MedicareVersions_CiteTheirOwnFinalRules()
    {
        IntensityRuleSet.Medicare2024.Sources.Should().Equal(Citations.Cfr410Section44, Citations.Cfr410Section43);
        IntensityRuleSet.Medicare2025.Sources[0].Title.Should().Contain("CMS-1809-FC");
        IntensityRuleSet.Medicare2026.Sources[0].Title.Should().Contain("CMS-1834-FC");
        IntensityRuleSet.MedicareBefore2024.Sources.Should().ContainSingle().Which.Title.Should().Contain("SE1607");
        BillingRuleSet.Medicare2025.Sources[0].Title.Should().Contain("CMS-1809-FC");
        BillingRuleSet.Medicare2026.Sources[0].Title.Should().Contain("CMS-1834-FC");
        BillingRuleSet.Medicare2026.Sources.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void MedicareBefore2024_HasNoIopStandard()
    {
        IntensityRuleSet.MedicareBefore2024.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out _).Should().BeFalse(); // no IOP benefit before 2024-01-01
        IntensityRuleSet.MedicareBefore2024.TryGetStandard(LevelOfCare.PartialHospitalization, AgeGroup.Adult, out var php).Should().BeTrue();
        php!.MinimumWeeklyHours.Should().Be(MedicareWeeklyHours.PartialHospitalizationMinimum);
    }

    [Fact]
    public void Telehealth_IsInPersonOnlyForMedicare_AndUnknownForTheOthers()
    {
        IntensityRuleSet.Medicare.Versions.Should().OnlyContain(v => v.Telehealth == TelehealthPosition.InPersonOnly); // MCR-IN-PERSON-ONLY
        BillingRuleSet.Medicare.Versions.Should().OnlyContain(v => v.Telehealth == TelehealthPosition.InPersonOnly);
        IntensityRuleSet.BuiltIn.Where(s => s.Name != "Medicare").Should().OnlyContain(v => v.Telehealth == TelehealthPosition.Unknown); // the texts read do not say
        new IntensityRuleSet("Payer", "1", new LocalDate(2024, 1, 1), []).Telehealth.Should().Be(TelehealthPosition.Unknown); // the default
        IntensityRuleSet.BuiltIn.Should().OnlyContain(v => v.ProfessionalServicesCountTowardHours); // 42 CFR 410.43(a)(4)(i)
    }

    [Fact]
    public void VerifiedThrough_BeforeEffectiveFrom_IsRefused()
    {
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2026 with { VerifiedThrough = new LocalDate(2025, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName("VerifiedThrough");
        (IntensityRuleSet.Medicare2026 with { VerifiedThrough = new LocalDate(2026, 1, 1) }).VerifiedThrough.Should().Be(new LocalDate(2026, 1, 1)); // boundary: its first day
        FluentActions.Invoking(() => BillingRuleSet.Medicare2026 with { VerifiedThrough = new LocalDate(2025, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName("VerifiedThrough");
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2026 with { Telehealth = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Telehealth");
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2026 with { EffectiveFrom = new LocalDate(2027, 1, 1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom"); // one day after VerifiedThrough
        (IntensityRuleSet.Medicare2026 with { EffectiveFrom = new LocalDate(2026, 12, 31) }).EffectiveFrom.Should().Be(new LocalDate(2026, 12, 31)); // boundary: on it
        FluentActions.Invoking(() => BillingRuleSet.Medicare2026 with { EffectiveFrom = new LocalDate(2027, 1, 1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
    }

    [Fact]
    public void Catalogue_OfTwoVersions_SwitchesOnTheNewVersionsFirstDay()
    {
        var cy2024 = IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2024, 12, 31) };
        var cy2025 = IntensityRuleSet.Medicare2024 with { Version = "CY2025", EffectiveTo = null, EffectiveFrom = new LocalDate(2025, 1, 1) };
        var catalogue = new RuleSetCatalogue<IntensityRuleSet>([cy2025, cy2024]);

        catalogue.InForceOn(new LocalDate(2024, 12, 31)).Should().Be(cy2024); // boundary: the old version's last day
        catalogue.InForceOn(new LocalDate(2025, 1, 1)).Should().Be(cy2025); // boundary: the new version's first day
        catalogue.Latest.Should().Be(cy2025);
        FluentActions.Invoking(() => new RuleSetCatalogue<IntensityRuleSet>([IntensityRuleSet.Medicare2024 with { EffectiveTo = null }, cy2025])).Should().Throw<ArgumentException>(); // an open-ended CY2024 overlaps CY2025
    }

    [Fact]
    public void RuleSet_IdentityAndSources_FollowIRuleSet()
    {
        IRuleSet medicare = IntensityRuleSet.Medicare2024;
        medicare.Name.Should().Be("Medicare");
        medicare.Version.Should().Be("CY2024");
        medicare.EffectiveTo.Should().Be(new LocalDate(2024, 12, 31)); // CY2025 follows
        medicare.Sources.Should().Equal(Citations.Cfr410Section44, Citations.Cfr410Section43); // the standards' sources, in order
        IntensityRuleSet.AsamHourBands.Sources.Should().ContainSingle(); // one source for six standards
        IntensityRuleSet.Medicare2026.ToString().Should().Be("Medicare CY2026 (from 2026-01-01)");
        IntensityRuleSet.Medicare2024.ToString().Should().Be("Medicare CY2024 (2024-01-01 to 2024-12-31)");
    }

    [Fact]
    public void Medicare2024_WeeklyMinimums_AreTheOneMedicareCopy()
    {
        IntensityRuleSet.Medicare2024.TryGetStandard(LevelOfCare.IntensiveOutpatient, AgeGroup.Adult, out var iop).Should().BeTrue();
        IntensityRuleSet.Medicare2024.TryGetStandard(LevelOfCare.PartialHospitalization, AgeGroup.Adult, out var php).Should().BeTrue();
        iop!.MinimumWeeklyHours.Should().Be(MedicareWeeklyHours.IntensiveOutpatientMinimum);
        php!.MinimumWeeklyHours.Should().Be(MedicareWeeklyHours.PartialHospitalizationMinimum);
    }

    [Fact]
    public void EffectiveTo_BeforeEffectiveFrom_IsRefused()
    {
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2023, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2024, 6, 30), EffectiveFrom = new LocalDate(2024, 7, 1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        (IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2024, 1, 1) }).EffectiveTo.Should().Be(new LocalDate(2024, 1, 1)); // boundary: a one-day version
    }

    [Theory]
    [InlineData(19 * 60, true)] // minimum exactly at an inclusive ceiling ("at most 19 h"): allowed
    [InlineData(20 * 60 - 1, false)] // one minute under an exclusive ceiling ("below 20 h"): allowed
    public void Standard_MinimumWeeklyHoursTheCeilingAllows_IsAccepted(int minimumMinutes, bool inclusive)
    {
        var ceiling = inclusive ? HoursCeiling.AtMost(Duration.FromHours(19)) : HoursCeiling.Below(Duration.FromHours(20));
        var standard = new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Tip47) { MinimumWeeklyHours = Duration.FromMinutes(minimumMinutes), MaximumWeeklyHours = ceiling };
        standard.MinimumWeeklyHours.Should().Be(Duration.FromMinutes(minimumMinutes));
        standard.MaximumWeeklyHours.Should().Be(ceiling);
    }

    [Theory]
    [InlineData(19 * 60 + 1, true)] // one minute above "at most 19 h"
    [InlineData(20 * 60, false)] // exactly at an exclusive ceiling: every week meeting the minimum would exceed it
    public void Standard_MinimumWeeklyHoursAboveTheCeiling_IsRefusedNamingThePropertySetLast(int minimumMinutes, bool inclusive)
    {
        var minimum = Duration.FromMinutes(minimumMinutes);
        var ceiling = inclusive ? HoursCeiling.AtMost(Duration.FromHours(19)) : HoursCeiling.Below(Duration.FromHours(20));
        var iop = new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Tip47);
        FluentActions.Invoking(() => iop with { MinimumWeeklyHours = minimum, MaximumWeeklyHours = ceiling }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaximumWeeklyHours");
        FluentActions.Invoking(() => iop with { MaximumWeeklyHours = ceiling, MinimumWeeklyHours = minimum }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumWeeklyHours");
    }

    [Fact]
    public void Standard_MinimumDaysOrProgrammeDaysAboveTheMaximum_IsRefusedNamingThePropertySetLast()
    {
        var iop = new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Tip47);
        FluentActions.Invoking(() => iop with { MaximumDaysPerWeek = 3, MinimumDaysPerWeek = 4 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumDaysPerWeek");
        FluentActions.Invoking(() => iop with { MinimumDaysPerWeek = 4, MaximumDaysPerWeek = 3 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaximumDaysPerWeek");
        FluentActions.Invoking(() => iop with { MaximumProgrammeDays = 29, MinimumProgrammeDays = 30 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumProgrammeDays");
        FluentActions.Invoking(() => iop with { MinimumProgrammeDays = 30, MaximumProgrammeDays = 29 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaximumProgrammeDays");
        (iop with { MinimumDaysPerWeek = 3, MaximumDaysPerWeek = 3 }).MaximumDaysPerWeek.Should().Be(3); // boundary: equal bounds are consistent
        (iop with { MinimumProgrammeDays = 30, MaximumProgrammeDays = 30 }).MinimumProgrammeDays.Should().Be(30);
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
            new IntensityRuleSet("Medicare", "CY2024", new LocalDate(2024, 1, 1), IntensityRuleSet.Medicare2024.Standards.ToList()) { EffectiveTo = new LocalDate(2024, 12, 31), Telehealth = TelehealthPosition.InPersonOnly },
            IntensityRuleSet.Medicare2024 with { Version = "CY2025" },
            IntensityRuleSet.Medicare2024 with { EffectiveTo = new LocalDate(2024, 6, 30) },
            IntensityRuleSet.Medicare2024 with { Telehealth = TelehealthPosition.Unknown },
            IntensityRuleSet.Medicare2024 with { ProfessionalServicesCountTowardHours = false },
            IntensityRuleSet.Medicare2024 with { VerifiedThrough = new LocalDate(2024, 12, 31) },
            IntensityRuleSet.Medicare2024 with { Standards = IntensityRuleSet.Medicare2024.Standards.Take(1).ToList() });

    [Fact]
    public void Ctor_BadArguments_ThrowWithParameterName()
    {
        var iop = new IntensityStandard(LevelOfCare.IntensiveOutpatient, Citations.Cfr410Section44);
        FluentActions.Invoking(() => new IntensityRuleSet(" ", "v", global::Iop.Domain.Rules.SupportedDates.First, [])).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new IntensityRuleSet("n", "v", global::Iop.Domain.Rules.SupportedDates.First, null!)).Should().Throw<ArgumentNullException>().WithParameterName("standards");
        FluentActions.Invoking(() => new IntensityRuleSet("n", "v", global::Iop.Domain.Rules.SupportedDates.First, [iop, iop])).Should().Throw<ArgumentException>().WithParameterName("standards");
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
