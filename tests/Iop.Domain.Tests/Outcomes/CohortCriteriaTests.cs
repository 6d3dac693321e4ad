using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class CohortCriteriaTests
{
    private static readonly CohortCriteria BuiltIn = CohortCriteria.Phq9HedisStyle2025;

    [Fact]
    public void Phq9HedisStyle2025_IsARuleSetOfThePhq9AndTheHedisStyleWindows()
    {
        BuiltIn.Change.Should().Be(ChangeCriteria.Phq9);
        BuiltIn.Windows.Should().Be(EpisodeCriteria.HedisStyle2025);
        BuiltIn.HorizonDays.Should().Be(365);
        BuiltIn.EffectiveFrom.Should().Be(new LocalDate(2025, 1, 1));
        BuiltIn.EffectiveTo.Should().BeNull();
        BuiltIn.Sources.Should().Equal(OutcomeRules.KaplanMeierRetention.Source, OutcomeRules.WilsonInterval.Source);
        CohortCriteria.Phq9HedisStyle.InForceOn(new LocalDate(2026, 6, 30)).Should().BeSameAs(BuiltIn);
    }

    [Fact]
    public void With_BadValues_ThrowNamingTheProperty()
    {
        FluentActions.Invoking(() => BuiltIn with { HorizonDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(CohortCriteria.HorizonDays));
        FluentActions.Invoking(() => BuiltIn with { HorizonDays = 3651 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(CohortCriteria.HorizonDays));
        FluentActions.Invoking(() => BuiltIn with { Change = null! }).Should().Throw<ArgumentNullException>().WithParameterName(nameof(CohortCriteria.Change));
        FluentActions.Invoking(() => BuiltIn with { Windows = null! }).Should().Throw<ArgumentNullException>().WithParameterName(nameof(CohortCriteria.Windows));
        FluentActions.Invoking(() => BuiltIn with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName(nameof(CohortCriteria.Version));
        FluentActions.Invoking(() => BuiltIn with { EffectiveTo = new LocalDate(2024, 12, 31) }).Should().Throw<ArgumentException>().WithParameterName(nameof(CohortCriteria.EffectiveTo));
    }

    [Fact]
    public void Constructor_BadValues_ThrowNamingTheParameter()
    {
        var from = new LocalDate(2026, 1, 1);
        FluentActions.Invoking(() => new CohortCriteria(" ", "1", from, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new CohortCriteria("F", "1", from, null!, EpisodeCriteria.HedisStyle2025, 365)).Should().Throw<ArgumentNullException>().WithParameterName("change");
        FluentActions.Invoking(() => new CohortCriteria("F", "1", from, ChangeCriteria.Phq9, null!, 365)).Should().Throw<ArgumentNullException>().WithParameterName("windows");
        FluentActions.Invoking(() => new CohortCriteria("F", "1", from, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("horizonDays");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var rebuilt = new CohortCriteria(BuiltIn.Name, BuiltIn.Version, BuiltIn.EffectiveFrom, ChangeCriteria.Phq9, EpisodeCriteria.HedisStyle2025, 365);
        ContractAssertions.Equality(
            BuiltIn,
            rebuilt,
            BuiltIn with { HorizonDays = 180 },
            BuiltIn with { Windows = EpisodeCriteria.HedisStyle2025 with { FollowUpCountsDischargeDate = true } },
            BuiltIn with { Change = ChangeCriteria.Phq9DrrE },
            BuiltIn with { Name = "Fictional cohort criteria" });
        BuiltIn.ToString().Should().Be("PHQ-9 cohort outcomes with HEDIS-style windows 2025");
    }
}
