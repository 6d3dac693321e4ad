using FluentAssertions;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>The scoring entry points refuse null and undefined arguments naming the parameter, and say which item was refused.</summary>
public sealed class InstrumentArgumentTests
{
    private static readonly int[] Phq9Items = [1, 1, 1, 1, 1, 1, 1, 1, 0];

    [Fact]
    public void Score_BadArguments_ThrowForTheParameter()
    {
        FluentActions.Invoking(() => Instruments.Score(null!, Phq9Items, ScoringPolicy.Default)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("instrument");
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, Phq9Items, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, Phq9Items, ScoringPolicy.Default, (Sex)99)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("sex");
    }

    [Fact]
    public void TryScore_BadArguments_ThrowForTheParameter()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, 1, 1, 0];
        FluentActions.Invoking(() => Instruments.TryScore(null!, items, ScoringPolicy.Default, out _)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("instrument");
        FluentActions.Invoking(() => Instruments.TryScore(Instrument.Phq9, items, null!, out _)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
    }

    [Fact]
    public void ScoreTotal_BadArguments_ThrowForTheParameter()
    {
        FluentActions.Invoking(() => Instruments.ScoreTotal(null!, 5, ScoringPolicy.Default)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("instrument");
        FluentActions.Invoking(() => Instruments.ScoreTotal(Instrument.Phq9, 5, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        FluentActions.Invoking(() => Instruments.ScoreTotal(Instrument.Phq9, 5, ScoringPolicy.Default, (Sex)99)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("sex");
    }

    [Fact]
    public void Score_AnswerOutOfRange_NamesTheItemByItsNumber()
    {
        int[] items = [1, 1, 7, 1, 1, 1, 1, 1, 0];
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, items, ScoringPolicy.Default))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Item 3 must be in the range [0, 3].*").Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void ObservationCategory_IsTheFhirSurveyCode()
    {
        Instruments.ObservationCategory.Should().Be(new Iop.Domain.Coding.CodedValue("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
        Instruments.ObservationCategory.Display.Should().Be("Survey", "equality ignores the display, as FHIR does");
    }

    [Fact]
    public void TryScore_UndefinedSex_ThrowsForSex_EvenWhereTheScreenDoesNotDependOnIt()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, 1, 1, 0];
        FluentActions.Invoking(() => Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Default, out _, (Sex)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value must be a defined Sex member.*").Which.ParamName.Should().Be("sex");
    }

    [Fact]
    public void TryScore_AnswerOutOfRange_NamesTheItemByItsNumber()
    {
        int?[] items = [1, null, 7, 1, 1, 1, 1, 1, 0];
        FluentActions.Invoking(() => Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Default, out _))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Item 3 must be in the range [0, 3].*").Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void TryScore_CarriedItem_IsCarried()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, 1, 1, 0, 2];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Default, out var score).Should().BeTrue();
        score!.Value.CarriedAnswer.Should().Be(2);
        score.Value.Total.Should().Be(8, "the carried item is not summed");
    }

    [Fact]
    public void TryScore_SeveralSafetyItems_ReportsEachConcern_AsScoreDoes()
    {
        // ASQ: question 2 and the acuity question (the carried item, the fifth safety item) answered yes.
        int?[] items = [0, 1, 0, 0, 1];
        Instruments.TryScore(Instrument.Asq, items, ScoringPolicy.Default, out var score).Should().BeTrue();
        var complete = Instruments.Score(Instrument.Asq, [0, 1, 0, 0, 1], ScoringPolicy.Default);
        score!.Value.Findings.Should().HaveCount(2).And.Equal(complete.Findings);
        score.Value.Findings.Select(f => f.RuleId).Should().Equal(complete.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void WrongItemCount_SaysHowManyAnswersTheInstrumentNeeds()
    {
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, new int[8], ScoringPolicy.Default))
            .Should().Throw<ArgumentException>().WithMessage("The instrument needs 9 item answers, optionally followed by its carried item.*").Which.ParamName.Should().Be("items");
        FluentActions.Invoking(() => Instruments.Score(Instrument.Gad7, new int[8], ScoringPolicy.Default))
            .Should().Throw<ArgumentException>().WithMessage("The instrument needs exactly 7 item answers.*").Which.ParamName.Should().Be("items");
        FluentActions.Invoking(() => Instruments.TryScore(Instrument.Gad7, new int?[6], ScoringPolicy.Default, out _))
            .Should().Throw<ArgumentException>().WithMessage("The instrument needs exactly 7 item answers.*").Which.ParamName.Should().Be("items");
    }

    [Fact]
    public void ScoreBam_BadItems_SayWhatTheMonitorNeeds()
    {
        FluentActions.Invoking(() => Instruments.ScoreBam(new int[16]))
            .Should().Throw<ArgumentException>().WithMessage("The Brief Addiction Monitor needs 17 item entries (items 1 to 17; entry 7 is ignored).*").Which.ParamName.Should().Be("items");
        var items = new int[17];
        items[4] = 5;
        FluentActions.Invoking(() => Instruments.ScoreBam(items))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Every scored Brief Addiction Monitor item must be in the range [0, 4].*").Which.ParamName.Should().Be("items");
    }
}
