using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Findings to OperationOutcome; QuestionnaireResponses to scores and measurements.</summary>
public sealed class FindingsAndResponsesTests
{
    [Theory]
    [InlineData(Severity.Information, OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational)]
    [InlineData(Severity.Warning, OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.BusinessRule)]
    [InlineData(Severity.Error, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.BusinessRule)]
    public void ToOperationOutcome_EverySeverity_MapsWithTheRuleIdAsACoding(Severity severity, OperationOutcome.IssueSeverity expected, OperationOutcome.IssueType type)
    {
        var issue = OperationOutcomeMapping.ToOperationOutcome([OutcomeRules.Phq9Range.ToFinding(severity, "A message.")], Fictional.Context).Issue.Single();

        issue.Severity.Should().Be(expected);
        issue.Code.Should().Be(type);
        issue.Details.Coding.Should().ContainSingle(c => c.System == CodeSystems.RuleId && c.Code == "OUT-PHQ9-RANGE");
        issue.Details.Text.Should().Be("A message.");
    }

    [Fact]
    public void ToOperationOutcome_NoFindings_HasOneInformationIssue() =>
        OperationOutcomeMapping.ToOperationOutcome([], Fictional.Context).Issue.Should().ContainSingle().Which.Severity.Should().Be(OperationOutcome.IssueSeverity.Information);

    [Fact]
    public void ToScore_LoincAnswers_ScoresLikeTheItems() =>
        QuestionnaireResponseMapping.ToScore(Response(Fictional.Phq9Items.Select(LoincAnswer)), Instrument.Phq9, ScoringPolicy.Default).Should().Be(Fictional.Phq9);

    [Fact]
    public void ToScore_IntegerAnswersWithAFormTotal_SkipsTheTotal()
    {
        var response = Response(Fictional.Phq9Items.Select(i => (DataType)new Integer(i)));
        response.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = "44261-6", Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(12) }] });

        QuestionnaireResponseMapping.ToScore(response, Instrument.Phq9, ScoringPolicy.Default).Total.Should().Be(12);
    }

    [Fact]
    public void ToMeasurement_Authored_DatesTheMeasurement() =>
        QuestionnaireResponseMapping.ToMeasurement(Response(Fictional.Phq9Items.Select(LoincAnswer)), Instrument.Phq9, ScoringPolicy.Default)
            .Should().Be(new Measurement(new LocalDate(2026, 3, 2), 12));

    [Fact]
    public void ToScore_OneQuestionShort_Throws() =>
        FluentActions.Invoking(() => QuestionnaireResponseMapping.ToScore(Response(Fictional.Phq9Items.Take(8).Select(LoincAnswer)), Instrument.Phq9, ScoringPolicy.Default))
            .Should().Throw<ArgumentException>().WithParameterName("response");

    [Fact]
    public void ToScore_AnswerOutsideTheItem_ThrowsWithoutTheValue() =>
        FluentActions.Invoking(() => QuestionnaireResponseMapping.ToScore(Response([.. Fictional.Phq9Items.Take(8).Select(i => (DataType)new Integer(i)), new Integer(7)]), Instrument.Phq9, ScoringPolicy.Default))
            .Should().Throw<ArgumentException>().WithParameterName("response").Which.Message.Should().NotContain("7");

    [Fact]
    public void ToScore_InProgress_Throws()
    {
        var response = Response(Fictional.Phq9Items.Select(LoincAnswer));
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;

        FluentActions.Invoking(() => QuestionnaireResponseMapping.ToScore(response, Instrument.Phq9, ScoringPolicy.Default)).Should().Throw<ArgumentException>().WithParameterName("response");
    }

    private static DataType LoincAnswer(int value) => new Hl7.Fhir.Model.Coding("http://loinc.org", value switch
    {
        0 => "LA6568-5",
        1 => "LA6569-3",
        2 => "LA6570-1",
        _ => "LA6571-9",
    });

    private static QuestionnaireResponse Response(IEnumerable<DataType> answers) => new()
    {
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Authored = "2026-03-02T10:15:00-05:00",
        Item = [.. answers.Select((a, i) => new QuestionnaireResponse.ItemComponent { LinkId = $"q{i + 1}", Answer = [new QuestionnaireResponse.AnswerComponent { Value = a }] })],
    };
}
