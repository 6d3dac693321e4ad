using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>
/// The intensity and billing rule sets are values: two that differ in only one parameter are unequal and
/// hash differently, so a catalogue or cache never mistakes one payer's version for another.
/// </summary>
public sealed class RuleSetEqualityTests
{
    private static void EachMemberCounts<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        ContractAssertions.Equality(value, equal, different);
        for (var i = 0; i < different.Length; i++)
        {
            different[i].GetHashCode().Should().NotBe(value.GetHashCode(), $"variant {i} differs in one hashed member");
        }
    }

    [Fact]
    public void IntensityRuleSet_EveryParameter_TakesPartInEqualityAndHash()
    {
        var value = IntensityRuleSet.Medicare2024;
        EachMemberCounts(
            value,
            value with { },
            value with { Name = "Medicare Advantage" },
            value with { Version = "CY2024b" },
            value with { EffectiveFrom = new LocalDate(2024, 1, 2) },
            value with { EffectiveTo = new LocalDate(2024, 12, 30) },
            value with { EffectiveTo = null },
            value with { Telehealth = TelehealthPosition.TelehealthCounts },
            value with { ProfessionalServicesCountTowardHours = false },
            value with { VerifiedThrough = new LocalDate(2024, 12, 31) },
            value with { Standards = value.Standards.Take(1).ToList() });
    }

    [Fact]
    public void IntensityRuleSet_StandardsOfTheSameCountButOtherValues_AreUnequal()
    {
        var value = IntensityRuleSet.Medicare2024;
        var changed = value.WithStandard(value.Standards[1] with { MinimumWeeklyHours = Duration.FromHours(21) });

        changed.Standards.Should().HaveCount(value.Standards.Count);
        changed.Should().NotBe(value);
        (changed == value).Should().BeFalse();
    }

    private static BillingRuleSet Build() =>
        new("Payer billing", "v1", new LocalDate(2024, 1, 1), 3, 5, 7, Duration.FromHours(3), 3, [Citations.HcpcsLevelII]);

    [Fact]
    public void BillingRuleSet_EveryParameter_TakesPartInEqualityAndHash()
    {
        var value = Build();
        EachMemberCounts(
            value,
            Build(),
            value with { Name = "Other payer" },
            value with { Version = "v2" },
            value with { EffectiveFrom = new LocalDate(2024, 1, 2) },
            value with { EffectiveTo = new LocalDate(2024, 12, 31) },
            value with { PerDiemMinimumServices = 2 },
            value with { UpperTierMinimumServices = 4 },
            value with { ClaimLookbackDays = 6 },
            value with { H0015MinimumDayHours = Duration.FromHours(2) },
            value with { H0015MinimumDaysPerWeek = 2 },
            value with { Telehealth = TelehealthPosition.InPersonOnly },
            value with { Setting = ProviderSetting.HospitalOutpatient },
            value with { WeeklyAddOnMinimumHours = Duration.FromHours(8) },
            value with { WeeklyAddOnMinimumServices = 4 },
            value with { VerifiedThrough = new LocalDate(2024, 12, 31) },
            value with { Sources = [Citations.Tip47] },
            value with { Sources = [Citations.HcpcsLevelII, Citations.Tip47] });
    }

    [Fact]
    public void BillingRuleSet_Ctor_KeepsEveryArgument()
    {
        var value = Build();
        value.Name.Should().Be("Payer billing");
        value.Version.Should().Be("v1");
        value.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1));
        value.EffectiveTo.Should().BeNull();
        value.PerDiemMinimumServices.Should().Be(3);
        value.UpperTierMinimumServices.Should().Be(5);
        value.ClaimLookbackDays.Should().Be(7);
        value.H0015MinimumDayHours.Should().Be(Duration.FromHours(3));
        value.H0015MinimumDaysPerWeek.Should().Be(3);
        value.Sources.Should().Equal(Citations.HcpcsLevelII);
    }

    [Fact]
    public void BillingRuleSet_VerifiedThroughAndEffectiveFrom_MayMeetOnOneDay()
    {
        (BillingRuleSet.Medicare2026 with { VerifiedThrough = new LocalDate(2026, 1, 1) }).VerifiedThrough.Should().Be(new LocalDate(2026, 1, 1)); // boundary: its first day
        (BillingRuleSet.Medicare2026 with { EffectiveFrom = new LocalDate(2026, 12, 31) }).EffectiveFrom.Should().Be(new LocalDate(2026, 12, 31)); // boundary: on it
        FluentActions.Invoking(() => _ = new BillingRuleSet("n", "v", SupportedDates.First.PlusDays(-1), 3, 4, 7, Duration.FromHours(3), 3, [Citations.HcpcsLevelII]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
    }
}
