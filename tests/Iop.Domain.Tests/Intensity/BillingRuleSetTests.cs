using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The billing rule set: Medicare CY2024 pinned to its sources, and contradictory values refused when built.</summary>
public sealed class BillingRuleSetTests
{
    private static readonly BillingRuleSet Medicare = BillingRuleSet.Medicare2024;

    private static BillingRuleSet Build(int perDiem = 3, int upper = 4, int lookback = 7, int dayMinutes = 180, int days = 3) =>
        new("Payer billing", "v1", new LocalDate(2024, 1, 1), perDiem, upper, lookback, Duration.FromMinutes(dayMinutes), days, [Citations.HcpcsLevelII]);

    [Fact]
    public void Medicare2024_IsPinnedToItsSources()
    {
        Medicare.PerDiemMinimumServices.Should().Be(3); // CY 2024 OPPS: the 3-service APC (FCSO; CMHC IOP 5851)
        Medicare.UpperTierMinimumServices.Should().Be(4); // the 4-or-more APC (CMHC IOP 5852)
        Medicare.ClaimLookbackDays.Should().Be(7); // MLN MM13222 / MM13496 via NAHRI: 7 days before another claim
        Medicare.H0015MinimumDayHours.Should().Be(Duration.FromHours(3)); // H0015 descriptor: at least 3 h a day
        Medicare.H0015MinimumDaysPerWeek.Should().Be(3); // at least 3 days a week
        Medicare.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1)); // CY 2024: IOP benefit and the 3 / 4+ tiers
        Medicare.EffectiveTo.Should().Be(new LocalDate(2024, 12, 31)); // CY2025 (CMS-1809-FC) follows
        Medicare.Version.Should().Be("CY2024");
        Medicare.Sources.Should().Contain(Citations.HcpcsLevelII);
        Medicare.Telehealth.Should().Be(TelehealthPosition.InPersonOnly); // MCR-IN-PERSON-ONLY (CAA 2023 §4124, medium)
        Medicare.Setting.Should().BeNull(); // no setting unless the caller sets one
        Medicare.WeeklyAddOnMinimumHours.Should().Be(Duration.FromHours(9)); // CLM-OTP-G0137: nine, unit not confirmed (medium)
        Medicare.WeeklyAddOnMinimumServices.Should().BeNull();
        Medicare.ToString().Should().Be("Medicare PHP/IOP billing CY2024 (2024-01-01 to 2024-12-31)");
    }

    [Fact]
    public void H0015_DayRule_IsTheSameNumberAsTheH0015IntensityStandard()
    {
        IntensityRuleSet.HcpcsH0015.Standards.Single().MinimumHoursPerServiceDay.Should().Be(Medicare.H0015MinimumDayHours);
        IntensityRuleSet.HcpcsH0015.Standards.Single().MinimumDaysPerWeek.Should().Be(Medicare.H0015MinimumDaysPerWeek);
    }

    [Theory]
    [InlineData(0, 4, "perDiemMinimumServices")] // a per-diem day needs at least one service
    [InlineData(3, 3, "upperTierMinimumServices")] // boundary: the upper tier must start above the lower one
    [InlineData(4, 3, "upperTierMinimumServices")] // the upper tier below the lower one
    public void Ctor_ContradictoryTiers_AreRefusedNamingTheParameter(int perDiem, int upper, string parameter) =>
        FluentActions.Invoking(() => Build(perDiem, upper)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Ctor_OutOfRangeValues_AreRefusedNamingTheParameter()
    {
        FluentActions.Invoking(() => Build(lookback: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("claimLookbackDays");
        FluentActions.Invoking(() => Build(dayMinutes: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("h0015MinimumDayHours");
        FluentActions.Invoking(() => Build(dayMinutes: (24 * 60) + 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("h0015MinimumDayHours");
        FluentActions.Invoking(() => Build(days: 8)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("h0015MinimumDaysPerWeek");
        FluentActions.Invoking(() => Build(days: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("h0015MinimumDaysPerWeek");
        FluentActions.Invoking(() => new BillingRuleSet(" ", "v", global::Iop.Domain.Rules.SupportedDates.First, 3, 4, 7, Duration.FromHours(3), 3, [Citations.HcpcsLevelII])).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new BillingRuleSet("n", "v", global::Iop.Domain.Rules.SupportedDates.First, 3, 4, 7, Duration.FromHours(3), 3, [])).Should().Throw<ArgumentException>().WithParameterName("sources");
        Build(days: 7, dayMinutes: 24 * 60).H0015MinimumDaysPerWeek.Should().Be(7); // boundaries: every day, a whole day
    }

    [Fact]
    public void With_ContradictoryValues_AreRefusedNamingThePropertySetLast()
    {
        FluentActions.Invoking(() => Medicare with { UpperTierMinimumServices = 3 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("UpperTierMinimumServices");
        FluentActions.Invoking(() => Medicare with { PerDiemMinimumServices = 4 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PerDiemMinimumServices");
        FluentActions.Invoking(() => Medicare with { PerDiemMinimumServices = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PerDiemMinimumServices");
        FluentActions.Invoking(() => Medicare with { ClaimLookbackDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ClaimLookbackDays");
        FluentActions.Invoking(() => Medicare with { H0015MinimumDayHours = Duration.Zero }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("H0015MinimumDayHours");
        FluentActions.Invoking(() => Medicare with { H0015MinimumDaysPerWeek = 8 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("H0015MinimumDaysPerWeek");
        FluentActions.Invoking(() => Medicare with { EffectiveTo = new LocalDate(2023, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => Medicare with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        FluentActions.Invoking(() => Medicare with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName("Version");

        var raised = Medicare with { UpperTierMinimumServices = 6, PerDiemMinimumServices = 5 }; // the bound moving away is set first
        (raised.PerDiemMinimumServices, raised.UpperTierMinimumServices).Should().Be((5, 6));
    }

    [Fact]
    public void Equality_ComparesEveryProperty() =>
        ContractAssertions.Equality(
            Build(),
            Build(),
            Build(lookback: 8),
            Build(upper: 5),
            Build(dayMinutes: 181),
            Build(days: 4),
            Build() with { EffectiveTo = new LocalDate(2024, 12, 31) },
            Build() with { Sources = [Citations.HcpcsLevelII, Citations.Tip47] });
}
