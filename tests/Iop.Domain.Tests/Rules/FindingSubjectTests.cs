using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

public sealed class FindingSubjectTests
{
    private static readonly RuleSource Source = Citations.Tip47;
    private static readonly LocalDate Monday = new(2025, 3, 3);
    private static readonly DateInterval Week = new(Monday, Monday.PlusDays(6));

    [Fact]
    public void Factories_SetKindAndExactlyOneOfPeriodAndId()
    {
        FindingSubject.Week(Week).Should().Match<FindingSubject>(s => s.Kind == SubjectKind.Week && s.Period == Week && s.Id == null);
        FindingSubject.Day(Monday).Should().Match<FindingSubject>(s => s.Kind == SubjectKind.Day && s.Period == new DateInterval(Monday, Monday) && s.Id == null);
        FindingSubject.Dates(Week).Should().Match<FindingSubject>(s => s.Kind == SubjectKind.Period && s.Period == Week && s.Id == null);
        FindingSubject.Part(SubjectKind.Goal, "goal-1").Should().Match<FindingSubject>(s => s.Kind == SubjectKind.Goal && s.Period == null && s.Id == "goal-1");
    }

    [Fact]
    public void Week_LongerThanSevenDays_Throws()
    {
        FluentActions.Invoking(() => FindingSubject.Week(new DateInterval(Monday, Monday.PlusDays(7))))
            .Should().Throw<ArgumentException>().WithParameterName("week");
        FindingSubject.Week(new DateInterval(Monday, Monday.PlusDays(2))).Period!.Length.Should().Be(3); // a partial first week is a week
    }

    [Theory]
    [InlineData(SubjectKind.Week)]   // date kinds have their own factories
    [InlineData(SubjectKind.Day)]
    [InlineData(SubjectKind.Period)]
    [InlineData((SubjectKind)0)]     // not a member
    [InlineData((SubjectKind)99)]
    public void Part_WithoutAnIdentifiedKind_Throws(SubjectKind kind) =>
        FluentActions.Invoking(() => FindingSubject.Part(kind, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");

    [Fact]
    public void Part_BlankId_Throws()
    {
        FluentActions.Invoking(() => FindingSubject.Part(SubjectKind.Programme, " ")).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => FindingSubject.Part(SubjectKind.Programme, null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void ToString_NamesTheKindOnly_NeverTheIdOrDates()
    {
        FindingSubject.Part(SubjectKind.Objective, "Jane-Doe-objective").ToString().Should().Be("Objective");
        FindingSubject.Week(Week).ToString().Should().Be("Week");
        var finding = new Rule(new RuleId("X-1"), "Summary.", Source).ToFinding(Severity.Warning, "Message.", FindingSubject.Part(SubjectKind.Programme, "secret-key"));
        finding.ToString().Should().Be("[Warning] X-1 (Programme): Message.");
    }

    [Fact]
    public void Equality_IsByValue_AndFindingsCompareTheirSubjects()
    {
        ContractAssertions.Equality(
            FindingSubject.Part(SubjectKind.Goal, "a"),
            FindingSubject.Part(SubjectKind.Goal, "a"),
            FindingSubject.Part(SubjectKind.Goal, "b"),
            FindingSubject.Part(SubjectKind.Objective, "a"),
            FindingSubject.Day(Monday));
        var rule = new Rule(new RuleId("X-1"), "Summary.", Source);
        rule.ToFinding(Severity.Warning, "M.", FindingSubject.Day(Monday)).Should().NotBe(rule.ToFinding(Severity.Warning, "M.", FindingSubject.Day(Monday.PlusDays(1))));
        rule.ToFinding(Severity.Warning, "M.").Should().NotBe(rule.ToFinding(Severity.Warning, "M.", FindingSubject.Day(Monday)));
    }

    [Fact]
    public void Ordering_IsKindThenPeriodThenId()
    {
        var subjects = new[]
        {
            FindingSubject.Part(SubjectKind.Goal, "b"),
            FindingSubject.Day(Monday.PlusDays(1)),
            FindingSubject.Week(Week),
            FindingSubject.Part(SubjectKind.Goal, "a"),
            FindingSubject.Day(Monday),
        };
        subjects.Order().Should().Equal(
            FindingSubject.Week(Week),
            FindingSubject.Day(Monday),
            FindingSubject.Day(Monday.PlusDays(1)),
            FindingSubject.Part(SubjectKind.Goal, "a"),
            FindingSubject.Part(SubjectKind.Goal, "b"));
        (FindingSubject.Day(Monday) < FindingSubject.Day(Monday.PlusDays(1))).Should().BeTrue();
        (FindingSubject.Day(Monday) <= FindingSubject.Day(Monday)).Should().BeTrue();
        (FindingSubject.Day(Monday) > null).Should().BeTrue();
        (FindingSubject.Day(Monday) >= FindingSubject.Day(Monday.PlusDays(1))).Should().BeFalse();
    }

    [Fact]
    public void Evaluation_OrdersFindingsOfOneRuleAndMessageBySubject_WithTheWholeInputFirst()
    {
        var rule = new Rule(new RuleId("X-1"), "Summary.", Source);
        var second = rule.ToFinding(Severity.Error, "Short week.", FindingSubject.Week(new DateInterval(Monday.PlusDays(7), Monday.PlusDays(13))));
        var first = rule.ToFinding(Severity.Error, "Short week.", FindingSubject.Week(Week));
        var whole = rule.ToFinding(Severity.Error, "Short week.");
        new Evaluation<int>(0, [second, first, whole]).Findings.Should().Equal(whole, first, second);
    }
}
