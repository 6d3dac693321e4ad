using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rule CONT-ASAM-EDITION-IN-FORCE: the ASAM edition in force by state and date, and the state codes it is keyed by.</summary>
public sealed class AsamEditionRuleSetTests
{
    private static readonly RuleSource CallerSource = new("A state's own bulletin (test)", "A state agency");

    private static AsamEditionRuleSet Rules => AsamEditionRuleSet.UnitedStates2026;

    [Theory]
    [InlineData("IL", 2025, 6, 30, AsamEdition.Third)] // one day before Illinois DHS/SUPR's 2025-07-01
    [InlineData("IL", 2025, 7, 1, AsamEdition.Fourth)] // exactly the adoption date
    [InlineData("IL", 2025, 7, 2, AsamEdition.Fourth)] // one day after
    [InlineData("WA", 2025, 12, 31, AsamEdition.Third)] // one day before Washington's 2026-01-01 (SB 5361)
    [InlineData("WA", 2026, 1, 1, AsamEdition.Fourth)] // exactly the adoption date
    [InlineData("WA", 2026, 1, 2, AsamEdition.Fourth)]
    [InlineData("WA", 2025, 7, 1, AsamEdition.Third)] // Illinois's date does not move Washington
    [InlineData("CA", 2026, 12, 1, AsamEdition.Third)] // elsewhere: the 3rd edition by default
    [InlineData("NY", 2030, 1, 1, AsamEdition.Third)]
    public void EditionOn_BuiltIn_SwitchesOnEachStatesDate(string state, int year, int month, int day, AsamEdition edition) =>
        Rules.EditionOn(UsState.Parse(state), new LocalDate(year, month, day)).Should().Be(edition);

    [Fact]
    public void EditionOn_EveryOtherJurisdiction_IsTheDefaultEdition()
    {
        var date = new LocalDate(2026, 12, 1);

        UsState.All.Where(s => s != UsState.Illinois && s != UsState.Washington)
            .Should().OnlyContain(s => Rules.EditionOn(s, date) == AsamEdition.Third)
            .And.HaveCount(54);
    }

    [Fact]
    public void TryGetAdoptionOn_Illinois_GivesTheSourceToCite()
    {
        Rules.TryGetAdoptionOn(UsState.Illinois, new LocalDate(2025, 7, 1), out var adoption).Should().BeTrue();
        adoption!.Source.Url!.Host.Should().Be("www.dhs.state.il.us");
        adoption.ToString().Should().Be("IL: ASAM 4th ed. from 2025-07-01");
        Rules.TryGetAdoptionOn(UsState.Illinois, new LocalDate(2025, 6, 30), out _).Should().BeFalse();
    }

    [Fact]
    public void WithAdoption_CallerAddsItsState_OnlyThatStateChangesFromItsDate()
    {
        var california = UsState.Parse("CA");
        var rules = Rules.WithAdoption(new AsamEditionAdoption(california, AsamEdition.Fourth, new LocalDate(2027, 1, 1), CallerSource));

        rules.EditionOn(california, new LocalDate(2026, 12, 31)).Should().Be(AsamEdition.Third);
        rules.EditionOn(california, new LocalDate(2027, 1, 1)).Should().Be(AsamEdition.Fourth);
        rules.EditionOn(UsState.Parse("NV"), new LocalDate(2027, 1, 1)).Should().Be(AsamEdition.Third);
        Rules.EditionOn(california, new LocalDate(2027, 1, 1)).Should().Be(AsamEdition.Third, "the built-in is unchanged");
    }

    [Fact]
    public void EditionOn_SeveralAdoptionsOfOneState_TheLatestOnOrBeforeTheDateDecides()
    {
        var rules = Rules.WithAdoption(new AsamEditionAdoption(UsState.Illinois, AsamEdition.Third, new LocalDate(2030, 1, 1), CallerSource));

        rules.EditionOn(UsState.Illinois, new LocalDate(2029, 12, 31)).Should().Be(AsamEdition.Fourth);
        rules.EditionOn(UsState.Illinois, new LocalDate(2030, 1, 1)).Should().Be(AsamEdition.Third);
    }

    [Fact]
    public void WithAdoption_SecondAdoptionOfAStateOnOneDate_Throws()
    {
        var act = () => Rules.WithAdoption(new AsamEditionAdoption(UsState.Illinois, AsamEdition.Third, new LocalDate(2025, 7, 1), CallerSource));

        act.Should().Throw<ArgumentException>().WithParameterName("adoption");
        FluentActions.Invoking(() => Rules with { Adoptions = [.. Rules.Adoptions, Rules.Adoptions[0]] }).Should().Throw<ArgumentException>().WithParameterName("Adoptions");
    }

    [Fact]
    public void EditionOn_DefaultState_Throws() =>
        FluentActions.Invoking(() => Rules.EditionOn(default, new LocalDate(2026, 1, 1))).Should().Throw<ArgumentException>().WithParameterName("state");

    [Fact]
    public void EditionOn_UnsupportedDate_Throws() =>
        FluentActions.Invoking(() => Rules.EditionOn(UsState.Illinois, new LocalDate(1899, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");

    [Fact]
    public void Catalogue_InForceToday_IsTheBuiltIn()
    {
        AsamEditionRuleSet.UnitedStates.InForceOn(new LocalDate(2026, 12, 1)).Should().Be(Rules);
        Rules.DefaultEdition.Should().Be(AsamEdition.Third);
        Rules.ToString().Should().Be("ASAM editions by state 2026-12 (from 2013-01-01, 2 adoptions)");
    }

    [Fact]
    public void RuleSet_ValueEquality()
    {
        ContractAssertions.Equality(
            Rules,
            Rules with { Adoptions = [.. Rules.Adoptions] },
            Rules with { DefaultEdition = AsamEdition.Fourth },
            Rules.WithAdoption(new AsamEditionAdoption(UsState.Parse("OR"), AsamEdition.Fourth, new LocalDate(2027, 1, 1), CallerSource)));
    }

    [Fact]
    public void UsState_All_IsFiftyStatesDcAndFiveTerritories()
    {
        UsState.All.Should().HaveCount(56).And.OnlyHaveUniqueItems().And.BeInAscendingOrder();
        UsState.All.Should().OnlyContain(s => s.Code.Length == 2 && s.Code.All(char.IsAsciiLetterUpper));
        UsState.All.Select(s => s.Code).Should().Contain(["DC", "PR", "GU", "VI", "AS", "MP", "IL", "WA"]);
    }

    [Theory]
    [MemberData(nameof(EveryStateCode))]
    public void UsState_ParseEveryCode_RoundTripsInAnyCase(string code)
    {
        UsState.Parse(code).Code.Should().Be(code);
        UsState.Parse(code.ToLowerInvariant()).Should().Be(UsState.Parse(code));
        UsState.Parse($" {code} ").ToString().Should().Be(code);
    }

    public static TheoryData<string> EveryStateCode => [.. UsState.All.Select(s => s.Code)];

    [Theory]
    [InlineData("AA")] // military "states" are not jurisdictions
    [InlineData("AE")]
    [InlineData("AP")]
    [InlineData("XX")]
    [InlineData("Ill")]
    [InlineData("I")]
    [InlineData("")]
    [InlineData("Illinois")] // names are not codes
    public void UsState_UnknownCode_IsRefusedWithoutEchoingIt(string text)
    {
        UsState.TryParse(text, out _).Should().BeFalse();
        var thrown = FluentActions.Invoking(() => UsState.Parse(text)).Should().Throw<ArgumentException>().WithParameterName("text").Which;
        if (text.Length > 1)
        {
            thrown.Message.Should().NotContain(text);
        }
    }

    [Fact]
    public void UsState_Default_IsInvalid()
    {
        default(UsState).IsValid.Should().BeFalse();
        default(UsState).Code.Should().BeEmpty();
        UsState.TryParse(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => new AsamEditionAdoption(default, AsamEdition.Fourth, new LocalDate(2027, 1, 1), CallerSource)).Should().Throw<ArgumentException>().WithParameterName("state");
    }
}
