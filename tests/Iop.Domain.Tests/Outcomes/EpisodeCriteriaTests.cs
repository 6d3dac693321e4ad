using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

public sealed class EpisodeCriteriaTests
{
    private static readonly EpisodeCriteria Hedis = EpisodeCriteria.HedisStyle2025;

    [Fact]
    public void HedisStyle2025_PinsThePublishedWindows()
    {
        // NCQA FUH: 7 and 30 days after discharge, a discharge-date visit not counting; NCQA IET MY 2025:
        // initiation 14 days counting the episode date, engagement 2 services through 34 days after initiation.
        Hedis.FollowUpShortDays.Should().Be(7);
        Hedis.FollowUpLongDays.Should().Be(30);
        Hedis.FollowUpCountsDischargeDate.Should().BeFalse();
        Hedis.InitiationDays.Should().Be(14);
        Hedis.EngagementDays.Should().Be(34);
        Hedis.EngagementServices.Should().Be(2);
        Hedis.Name.Should().Contain("HEDIS-style");
        Hedis.Version.Should().Be("MY 2025");
        Hedis.EffectiveFrom.Should().Be(new LocalDate(2025, 1, 1));
        Hedis.EffectiveTo.Should().BeNull();
        Hedis.Sources.Should().HaveCount(2).And.OnlyContain(source => source.Title.Contains("HEDIS-style", StringComparison.Ordinal));
    }

    [Fact]
    public void HedisStyle_Catalogue_SelectsTheVersionInForce()
    {
        EpisodeCriteria.HedisStyle.InForceOn(new LocalDate(2026, 12, 1)).Should().BeSameAs(Hedis);
        EpisodeCriteria.HedisStyle.TryGetInForceOn(new LocalDate(2024, 12, 31), out _).Should().BeFalse("measurement year 2025 starts on 2025-01-01");
    }

    [Theory]
    [InlineData(31)] // one day longer than the long window (30)
    [InlineData(365)] // the top of the range
    public void With_ShortWindowLongerThanTheLongOne_ThrowsForFollowUpShortDays(int shortDays) =>
        FluentActions.Invoking(() => Hedis with { FollowUpShortDays = shortDays })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.FollowUpShortDays))
            .WithMessage("*short follow-up window*");

    [Theory]
    [InlineData(6)] // one day shorter than the short window (7)
    [InlineData(1)] // the bottom of the range
    public void With_LongWindowShorterThanTheShortOne_ThrowsForFollowUpLongDays(int longDays) =>
        FluentActions.Invoking(() => Hedis with { FollowUpLongDays = longDays })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.FollowUpLongDays));

    [Fact]
    public void With_EqualWindows_AreAccepted()
    {
        var criteria = Hedis with { FollowUpShortDays = 30 }; // boundary: short = long
        criteria.FollowUpShortDays.Should().Be(criteria.FollowUpLongDays);
    }

    [Fact]
    public void With_WideningBothInOrder_IsAccepted()
    {
        var criteria = Hedis with { Name = "Fictional windows", FollowUpLongDays = 60, FollowUpShortDays = 45 };
        criteria.FollowUpShortDays.Should().Be(45);
        criteria.FollowUpLongDays.Should().Be(60);
    }

    [Fact]
    public void Constructor_ShortWindowLongerThanTheLongOne_ThrowsForFollowUpShortDays() =>
        FluentActions.Invoking(() => new EpisodeCriteria("Fictional", "1", new LocalDate(2026, 1, 1), [OutcomeRules.FollowUpWindows.Source], 31, 30, 14, 34, 2))
            .Should().Throw<ArgumentException>().WithParameterName("followUpShortDays");

    [Fact]
    public void Constructor_BadValues_ThrowNamingTheParameter()
    {
        var sources = new[] { OutcomeRules.FollowUpWindows.Source };
        var from = new LocalDate(2026, 1, 1);
        FluentActions.Invoking(() => new EpisodeCriteria(" ", "1", from, sources, 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "", from, sources, 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, [], 7, 30, 14, 34, 2)).Should().Throw<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, sources, 0, 30, 14, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("followUpShortDays");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, sources, 7, 366, 14, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("followUpLongDays");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, sources, 7, 30, 0, 34, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("initiationDays");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, sources, 7, 30, 14, 0, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("engagementDays");
        FluentActions.Invoking(() => new EpisodeCriteria("F", "1", from, sources, 7, 30, 14, 34, 101)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("engagementServices");
    }

    [Fact]
    public void With_EffectiveToBeforeEffectiveFrom_ThrowsNamingTheProperty()
    {
        FluentActions.Invoking(() => Hedis with { EffectiveTo = new LocalDate(2024, 12, 31) })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.EffectiveTo));
        var closed = Hedis with { EffectiveTo = new LocalDate(2025, 12, 31) };
        FluentActions.Invoking(() => closed with { EffectiveFrom = new LocalDate(2026, 1, 1) })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.EffectiveFrom));
    }

    [Fact]
    public void With_OutOfRangeValues_ThrowNamingTheProperty()
    {
        FluentActions.Invoking(() => Hedis with { InitiationDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(EpisodeCriteria.InitiationDays));
        FluentActions.Invoking(() => Hedis with { EngagementDays = 366 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(EpisodeCriteria.EngagementDays));
        FluentActions.Invoking(() => Hedis with { EngagementServices = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(EpisodeCriteria.EngagementServices));
        FluentActions.Invoking(() => Hedis with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.Name));
        FluentActions.Invoking(() => Hedis with { Sources = [] }).Should().Throw<ArgumentException>().WithParameterName(nameof(EpisodeCriteria.Sources));
    }

    [Fact]
    public void Equality_IsByValue_ComparingSourcesElementByElement()
    {
        var rebuilt = new EpisodeCriteria(Hedis.Name, Hedis.Version, Hedis.EffectiveFrom, Hedis.Sources.ToArray(), 7, 30, 14, 34, 2);
        ContractAssertions.Equality(
            Hedis,
            rebuilt, // a separately built list of equal sources
            Hedis with { Version = "MY 2026" },
            Hedis with { FollowUpCountsDischargeDate = true },
            Hedis with { EngagementServices = 3 },
            Hedis with { Sources = [Hedis.Sources[0]] });
        Hedis.ToString().Should().Be("HEDIS-style episode windows MY 2025");
    }
}
