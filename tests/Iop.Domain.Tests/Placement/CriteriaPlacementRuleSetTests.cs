using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>The criteria rule set's defaults, each setting's bounds, and equality over every member.</summary>
public sealed class CriteriaPlacementRuleSetTests
{
    private static readonly CriteriaPlacementRuleSet Set = CriteriaPlacementRuleSet.Default;
    private static readonly Duration Tick = Duration.FromTicks(1);

    [Fact]
    public void Default_NameAndSources_AreTheDocumentedValues()
    {
        Set.Name.Should().Be("Iop.Domain public placement criteria");
        Set.Sources.Should().HaveCount(8).And.StartWith([Citations.Cfr410Section43, Citations.Cfr410Section44, Citations.Cfr424Section24, Citations.AsamHourBands, Citations.KansasR03704, Citations.Tip47]);
        Set.Sources.Select(s => s.Title).Should().Contain(t => t.StartsWith("Widely published level-of-care practice criteria", StringComparison.Ordinal))
            .And.Contain(t => t.StartsWith("Assessment validity windows", StringComparison.Ordinal));
        Set.UnsafeEnvironmentMinimumLevel.Should().Be(LevelOfCare.Residential, "the documented default of PLC-CRIT-ENVIRONMENT");
        Set.RelapseMinimumLevel.Should().Be(LevelOfCare.IntensiveOutpatient, "the documented default of PLC-CRIT-RELAPSE");
    }

    [Theory]
    [InlineData(AgeGroup.Adult, 9)] // 42 CFR 410.44
    [InlineData(AgeGroup.Adolescent, 6)] // SAMHSA 2021 Advisory; Kansas R03-704
    public void IopMinimumWeeklyHours_EveryAgeGroup_IsItsOwnThreshold(AgeGroup age, int hours) =>
        Set.IopMinimumWeeklyHours(age).Should().Be(Duration.FromHours(hours));

    [Fact]
    public void IopMinimumWeeklyHours_VariantThresholds_AreReadFromTheSet()
    {
        var variant = Set with { AdultIopMinimumWeeklyHours = Duration.FromHours(10), AdolescentIopMinimumWeeklyHours = Duration.FromHours(4) };
        variant.IopMinimumWeeklyHours(AgeGroup.Adult).Should().Be(Duration.FromHours(10));
        variant.IopMinimumWeeklyHours(AgeGroup.Adolescent).Should().Be(Duration.FromHours(4));
    }

    [Fact]
    public void IopMinimumWeeklyHours_UndefinedAgeGroup_Throws() =>
        FluentActions.Invoking(() => Set.IopMinimumWeeklyHours((AgeGroup)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");

    [Fact]
    public void Version_Blank_ThrowsWithPropertyName() =>
        FluentActions.Invoking(() => Set with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName("Version");

    [Fact]
    public void Sources_EmptyOrHoldingNull_ThrowsWithPropertyName()
    {
        FluentActions.Invoking(() => Set with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        FluentActions.Invoking(() => Set with { Sources = [Citations.Tip47, null!] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        (Set with { Sources = [Citations.Tip47] }).Sources.Should().Equal(Citations.Tip47);
    }

    [Fact]
    public void EffectiveFrom_AfterEffectiveTo_ThrowsWithPropertyName()
    {
        var closed = Set with { EffectiveTo = new LocalDate(2024, 12, 31) };
        FluentActions.Invoking(() => closed with { EffectiveFrom = new LocalDate(2025, 1, 1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        (closed with { EffectiveFrom = new LocalDate(2024, 12, 31) }).EffectiveFrom.Should().Be(new LocalDate(2024, 12, 31), "boundary: a one-day rule set");
    }

    [Fact]
    public void EffectiveDates_OutsideTheSupportedRange_ThrowWithPropertyName()
    {
        FluentActions.Invoking(() => Set with { EffectiveFrom = new LocalDate(1899, 12, 31) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EffectiveFrom");
        FluentActions.Invoking(() => Set with { EffectiveTo = new LocalDate(9999, 12, 31) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EffectiveTo");
    }

    [Theory]
    [InlineData(0)] // boundary: no hours is the bottom of the range
    [InlineData(168)] // boundary: every hour of the week
    public void MedicareIopMinimumWeeklyHours_AtTheEndsOfTheWeek_IsAccepted(int hours) =>
        (Set with { MedicareIopMinimumWeeklyHours = Duration.FromHours(hours) }).MedicareIopMinimumWeeklyHours.Should().Be(Duration.FromHours(hours));

    [Fact]
    public void WeeklyHours_JustOutsideTheWeek_AreRefusedForEverySetting()
    {
        var below = -Tick;
        var above = Duration.FromHours(168) + Tick;
        FluentActions.Invoking(() => Set with { MedicareIopMinimumWeeklyHours = below }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MedicareIopMinimumWeeklyHours");
        FluentActions.Invoking(() => Set with { MedicareIopMinimumWeeklyHours = above }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MedicareIopMinimumWeeklyHours");
        FluentActions.Invoking(() => Set with { AdultIopMinimumWeeklyHours = below }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AdultIopMinimumWeeklyHours");
        FluentActions.Invoking(() => Set with { AdolescentIopMinimumWeeklyHours = below }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AdolescentIopMinimumWeeklyHours");
        FluentActions.Invoking(() => Set with { PhpMinimumWeeklyHours = above }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpMinimumWeeklyHours");
    }

    [Fact]
    public void PhpMinimumWeeklyHours_WholeWeek_IsAccepted() =>
        (Set with { PhpMinimumWeeklyHours = Duration.FromHours(168) }).PhpMinimumWeeklyHours.Should().Be(Duration.FromHours(168), "boundary: the top of the range, above both IOP thresholds");

    [Fact]
    public void IopThresholds_OneTickBelowPhp_AreAccepted()
    {
        var php = Set.PhpMinimumWeeklyHours;
        (Set with { AdultIopMinimumWeeklyHours = php - Tick }).AdultIopMinimumWeeklyHours.Should().Be(php - Tick);
        (Set with { AdolescentIopMinimumWeeklyHours = php - Tick }).AdolescentIopMinimumWeeklyHours.Should().Be(php - Tick);
        (Set with { AdolescentIopMinimumWeeklyHours = Duration.Zero }).AdolescentIopMinimumWeeklyHours.Should().Be(Duration.Zero, "boundary: zero hours");
    }

    [Fact]
    public void AdolescentIopMinimumWeeklyHours_EqualToPhp_ThrowsWithPropertyName() =>
        FluentActions.Invoking(() => Set with { AdolescentIopMinimumWeeklyHours = Set.PhpMinimumWeeklyHours }) // boundary: equal is not below
            .Should().Throw<ArgumentException>().WithParameterName("AdolescentIopMinimumWeeklyHours");

    [Fact]
    public void PhpMinimumWeeklyHours_NotAboveTheAdolescentThreshold_ThrowsWithPropertyName()
    {
        // The adult threshold is lowered first, so only the adolescent threshold (6 h) stands in the way.
        var lowAdult = Set with { AdultIopMinimumWeeklyHours = Duration.FromHours(5) };
        FluentActions.Invoking(() => lowAdult with { PhpMinimumWeeklyHours = Duration.FromHours(6) }) // boundary: equal to the adolescent 6 h
            .Should().Throw<ArgumentException>().WithParameterName("PhpMinimumWeeklyHours");
        (lowAdult with { PhpMinimumWeeklyHours = Duration.FromHours(6) + Tick }).PhpMinimumWeeklyHours.Should().Be(Duration.FromHours(6) + Tick);
    }

    [Theory]
    [InlineData(1)] // boundary: one day
    [InlineData(3660)] // boundary: ten years of days, the most a window may be
    public void AssessmentValidityDays_AtTheBounds_IsAccepted(int days) =>
        (Set with { AssessmentValidityDays = days }).AssessmentValidityDays.Should().Be(days);

    [Fact]
    public void AssessmentValidityDays_AboveTheBound_ThrowsWithPropertyName() =>
        FluentActions.Invoking(() => Set with { AssessmentValidityDays = 3661 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AssessmentValidityDays");

    [Fact]
    public void UnsafeEnvironmentMinimumLevel_Undefined_ThrowsWithPropertyName() =>
        FluentActions.Invoking(() => Set with { UnsafeEnvironmentMinimumLevel = (LevelOfCare)6 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("UnsafeEnvironmentMinimumLevel");

    [Fact]
    public void Equality_EveryMember_TakesPart()
    {
        DistinctValues.Check(
            Set,
            Set with { Sources = [.. Set.Sources] },
            Set with { Name = "other" },
            Set with { Version = "other" },
            Set with { EffectiveFrom = new LocalDate(2024, 1, 2) },
            Set with { EffectiveTo = new LocalDate(2030, 1, 1) },
            Set with { Sources = [.. Set.Sources.Take(7)] },
            Set with { Sources = [.. Set.Sources.Reverse()] },
            Set with { AdultIopMinimumWeeklyHours = Duration.FromHours(10) },
            Set with { AdolescentIopMinimumWeeklyHours = Duration.FromHours(7) },
            Set with { PhpMinimumWeeklyHours = Duration.FromHours(21) },
            Set with { MedicareIopMinimumWeeklyHours = Duration.FromHours(10) },
            Set with { UnsafeEnvironmentMinimumLevel = LevelOfCare.Inpatient },
            Set with { RelapseMinimumLevel = LevelOfCare.PartialHospitalization },
            Set with { AssessmentValidityDays = 90 });
        Set.Equals(null).Should().BeFalse();
    }
}
