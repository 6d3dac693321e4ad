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
    public void ObservationCategory_IsTheFhirSurveyCode() =>
        Instruments.ObservationCategory.Should().Be(new Iop.Domain.Coding.CodedValue("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
}
