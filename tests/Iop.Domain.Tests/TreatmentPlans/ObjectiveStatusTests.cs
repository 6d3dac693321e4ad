using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using static Iop.Domain.Tests.TreatmentPlans.Plans;

namespace Iop.Domain.Tests.TreatmentPlans;

/// <summary>
/// Objective statuses in the FHIR R4 Goal vocabularies: codes both ways, the reading of the coarse
/// <see cref="ObjectiveStatus"/>, the history across revisions and the two status rules at their boundaries.
/// </summary>
public sealed class ObjectiveStatusTests
{
    public static TheoryData<GoalLifecycleStatus> Lifecycles => [.. Enum.GetValues<GoalLifecycleStatus>()];

    public static TheoryData<GoalAchievementStatus> Achievements => [.. Enum.GetValues<GoalAchievementStatus>()];

    public static TheoryData<ObjectiveStatus> Statuses => [.. Enum.GetValues<ObjectiveStatus>()];

    /// <summary>Every lifecycle × every achievement status, and "none recorded".</summary>
    public static TheoryData<GoalLifecycleStatus, GoalAchievementStatus?> Pairs
    {
        get
        {
            var data = new TheoryData<GoalLifecycleStatus, GoalAchievementStatus?>();
            foreach (var lifecycle in Enum.GetValues<GoalLifecycleStatus>())
            {
                data.Add(lifecycle, null);
                foreach (var achievement in Enum.GetValues<GoalAchievementStatus>())
                {
                    data.Add(lifecycle, achievement);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Vocabularies_HaveTheNineFhirR4MembersEach()
    {
        Enum.GetValues<GoalLifecycleStatus>().Select(GoalStatusCodes.ToCode).Should().OnlyHaveUniqueItems().And.HaveCount(9, "FHIR R4 goal-status has nine codes");
        Enum.GetValues<GoalAchievementStatus>().Select(GoalStatusCodes.ToCode).Should().OnlyHaveUniqueItems().And.HaveCount(9, "FHIR R4 goal-achievement has nine codes");
    }

    [Theory]
    [InlineData(GoalLifecycleStatus.Proposed, "proposed")]
    [InlineData(GoalLifecycleStatus.Planned, "planned")]
    [InlineData(GoalLifecycleStatus.Accepted, "accepted")]
    [InlineData(GoalLifecycleStatus.Active, "active")]
    [InlineData(GoalLifecycleStatus.OnHold, "on-hold")]
    [InlineData(GoalLifecycleStatus.Completed, "completed")]
    [InlineData(GoalLifecycleStatus.Cancelled, "cancelled")]
    [InlineData(GoalLifecycleStatus.EnteredInError, "entered-in-error")]
    [InlineData(GoalLifecycleStatus.Rejected, "rejected")]
    public void ToCode_Lifecycle_IsTheFhirGoalStatusCode(GoalLifecycleStatus status, string code)
    {
        GoalStatusCodes.ToCode(status).Should().Be(code);
        GoalStatusCodes.LifecycleFromCode(code).Should().Be(status);
    }

    [Theory]
    [InlineData(GoalAchievementStatus.InProgress, "in-progress")]
    [InlineData(GoalAchievementStatus.Improving, "improving")]
    [InlineData(GoalAchievementStatus.Worsening, "worsening")]
    [InlineData(GoalAchievementStatus.NoChange, "no-change")]
    [InlineData(GoalAchievementStatus.Achieved, "achieved")]
    [InlineData(GoalAchievementStatus.Sustaining, "sustaining")]
    [InlineData(GoalAchievementStatus.NotAchieved, "not-achieved")]
    [InlineData(GoalAchievementStatus.NoProgress, "no-progress")]
    [InlineData(GoalAchievementStatus.NotAttainable, "not-attainable")]
    public void ToCode_Achievement_IsTheFhirGoalAchievementCode(GoalAchievementStatus status, string code)
    {
        GoalStatusCodes.ToCode(status).Should().Be(code);
        GoalStatusCodes.AchievementFromCode(code).Should().Be(status);
    }

    [Theory]
    [InlineData("Active")] // FHIR codes are case-sensitive
    [InlineData("on_hold")] // not the FHIR spelling
    [InlineData("achieved")] // an achievement code is not a lifecycle code
    [InlineData("")]
    public void TryFromCode_UnknownLifecycleCode_ReturnsFalse(string code)
    {
        GoalStatusCodes.TryFromCode(code, out GoalLifecycleStatus _).Should().BeFalse();
        var act = () => GoalStatusCodes.LifecycleFromCode(code);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Theory]
    [InlineData("Achieved")] // case-sensitive
    [InlineData("active")] // a lifecycle code is not an achievement code
    [InlineData("SECRET")]
    public void TryFromCode_UnknownAchievementCode_ReturnsFalseAndNeverEchoesIt(string code)
    {
        GoalStatusCodes.TryFromCode(code, out GoalAchievementStatus _).Should().BeFalse();
        var act = () => GoalStatusCodes.AchievementFromCode(code);
        act.Should().Throw<ArgumentException>().WithParameterName("code").Which.Message.Should().NotContain("SECRET");
    }

    [Fact]
    public void TryFromCode_Null_ReturnsFalse()
    {
        GoalStatusCodes.TryFromCode(null, out GoalLifecycleStatus _).Should().BeFalse();
        GoalStatusCodes.TryFromCode(null, out GoalAchievementStatus _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_EverySetValue_ReadsBackUnchanged(ObjectiveStatus status)
    {
        var objective = Objective("SECRET-o1") with { Status = status };

        objective.Status.Should().Be(status);
        new Objective("o", "s", null, null, status, []).Status.Should().Be(status, "the constructor sets the same statuses");
    }

    [Theory]
    [InlineData(ObjectiveStatus.NotStarted, GoalLifecycleStatus.Planned, null)]
    [InlineData(ObjectiveStatus.InProgress, GoalLifecycleStatus.Active, GoalAchievementStatus.InProgress)]
    [InlineData(ObjectiveStatus.Achieved, GoalLifecycleStatus.Completed, GoalAchievementStatus.Achieved)]
    [InlineData(ObjectiveStatus.Revised, GoalLifecycleStatus.Completed, null)]
    [InlineData(ObjectiveStatus.Discontinued, GoalLifecycleStatus.Cancelled, GoalAchievementStatus.NotAchieved)]
    public void Status_Set_SetsBothFhirStatuses(ObjectiveStatus status, GoalLifecycleStatus lifecycle, GoalAchievementStatus? achievement)
    {
        var objective = Objective("SECRET-o1") with { Status = status };

        (objective.Lifecycle, objective.Achievement).Should().Be((lifecycle, achievement));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Status_ReadFromEveryPair_IsOpenExactlyWhileSoughtOrNotYetStarted(GoalLifecycleStatus lifecycle, GoalAchievementStatus? achievement)
    {
        var objective = Objective("SECRET-o1") with { Lifecycle = lifecycle, Achievement = achievement };
        var sought = lifecycle is GoalLifecycleStatus.Proposed or GoalLifecycleStatus.Planned or GoalLifecycleStatus.Accepted
            or GoalLifecycleStatus.Active or GoalLifecycleStatus.OnHold;

        objective.IsOpen.Should().Be(sought);
        (objective.Status == ObjectiveStatus.Achieved).Should().Be(lifecycle == GoalLifecycleStatus.Completed && objective.IsMarkedAchieved);
        (objective.Status == ObjectiveStatus.Revised).Should().Be(lifecycle == GoalLifecycleStatus.Completed && achievement is null);
    }

    [Fact]
    public void Lifecycle_SetToUndefined_ThrowsNamingTheProperty()
    {
        var objective = Objective("SECRET-o1");

        ((Action)(() => _ = objective with { Lifecycle = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Lifecycle");
        ((Action)(() => _ = objective with { Achievement = (GoalAchievementStatus)10 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Achievement");
        ((Action)(() => _ = objective with { Status = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Status");
    }

    [Fact]
    public void Equals_ObjectivesDifferingOnlyInAchievement_AreNotEqual()
    {
        var improving = Objective("SECRET-o1") with { Achievement = GoalAchievementStatus.Improving };

        ContractAssertions.Equality(improving, Objective("SECRET-o1") with { Achievement = GoalAchievementStatus.Improving }, Objective("SECRET-o1"), improving with { Lifecycle = GoalLifecycleStatus.OnHold });
    }

    [Fact]
    public void StatusHistoryOf_ThreeVersions_ListsTheVersionsThatHoldTheObjective()
    {
        var first = Plan(ValidContent());
        var withoutO3 = ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group()) with { Achievement = GoalAchievementStatus.Improving })));
        var second = first.Revise(Start.PlusDays(28), RevisionReason.ScheduledReview, withoutO3);
        var third = second.Revise(Start.PlusDays(56), RevisionReason.ScheduledReview, ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", Objective("SECRET-o1", Group()) with { Status = ObjectiveStatus.Achieved }))));

        third.StatusHistoryOf("SECRET-o1").Should().Equal(
            new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Active, GoalAchievementStatus.InProgress),
            new ObjectiveStatusEntry(2, Start.PlusDays(28), GoalLifecycleStatus.Active, GoalAchievementStatus.Improving),
            new ObjectiveStatusEntry(3, Start.PlusDays(56), GoalLifecycleStatus.Completed, GoalAchievementStatus.Achieved));
        third.StatusHistoryOf("SECRET-o3").Select(e => e.Version).Should().Equal([1], "versions 2 and 3 have no objective o3");
        third.StatusHistoryOf("unknown").Should().BeEmpty();
    }

    [Fact]
    public void StatusHistoryOf_HundredThousandVersions_WalksTheChainWithoutRecursion()
    {
        const int Revisions = 100_000;
        var plan = Plan(ValidContent());
        for (var i = 0; i < Revisions; i++)
        {
            plan = plan.Revise(Start, RevisionReason.ScheduledReview, plan.Content);
        }

        var history = plan.StatusHistoryOf("SECRET-o1");

        history.Should().HaveCount(Revisions + 1);
        history[0].Version.Should().Be(1);
        history[^1].Version.Should().Be(Revisions + 1);
    }

    /// <summary>Seeds for a random revision chain: per version, whether objective o1 is present and its statuses.</summary>
    private static Arbitrary<int[]> Chains { get; } = Gen.Choose(0, 199).ArrayOf().Where(a => a.Length is > 0 and < 30).ToArbitrary();

    [Property]
    public Property StatusHistoryOf_AnyRevisionChain_EqualsTheObjectiveReadFromEachVersion() => Prop.ForAll(Chains, seeds =>
    {
        var lifecycles = Enum.GetValues<GoalLifecycleStatus>();
        var achievements = Enum.GetValues<GoalAchievementStatus>();
        TreatmentPlan? plan = null;
        foreach (var seed in seeds)
        {
            // seed % 10 == 0: the version lacks o1; otherwise o1 with a lifecycle and an achievement (or none) from the seed.
            var objective = Objective("SECRET-o1", Group(), Individual()) with
            {
                Lifecycle = lifecycles[seed % lifecycles.Length],
                Achievement = seed % 7 == 0 ? null : achievements[seed % achievements.Length],
            };
            var content = seed % 10 == 0
                ? ValidContent().WithProblems(Problem("SECRET-p2", Goal("SECRET-g2", Objective("SECRET-o9", Individual()))))
                : ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective)));
            plan = plan is null ? TreatmentPlan.Create(Start, content) : plan.Revise(plan.EffectiveDate.PlusDays(seed % 3), RevisionReason.ScheduledReview, content);
        }

        var expected = plan!.History
            .SelectMany(v => v.Content.Objectives.Where(o => o.Id == "SECRET-o1").Select(o => new ObjectiveStatusEntry(v.Version, v.EffectiveDate, o.Lifecycle, o.Achievement)));
        return plan.StatusHistoryOf("SECRET-o1").SequenceEqual(expected);
    });

    [Fact]
    public void StatusHistoryOf_BlankId_Throws()
    {
        var act = () => ValidPlan().StatusHistoryOf(" ");

        act.Should().Throw<ArgumentException>().WithParameterName("objectiveId");
    }

    [Fact]
    public void ObjectiveStatusEntry_ToString_PrintsNoDate()
    {
        new ObjectiveStatusEntry(2, Start, GoalLifecycleStatus.Active, GoalAchievementStatus.Improving).ToString().Should().Be("v2 Active, Improving");
        new ObjectiveStatusEntry(1, Start, GoalLifecycleStatus.Planned, null).ToString().Should().NotContain("2025");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Validate_EveryStatusPair_ReportsAchievedActiveExactlyForAchievedAndActive(GoalLifecycleStatus lifecycle, GoalAchievementStatus? achievement)
    {
        var evaluation = Validate(PlanWith(Objective("SECRET-o1", Group(), Individual()) with { Lifecycle = lifecycle, Achievement = achievement, TargetDate = AsOf }));
        var expected = lifecycle == GoalLifecycleStatus.Active && achievement == GoalAchievementStatus.Achieved;

        evaluation.Findings.Any(f => f.RuleId.Value == "PLAN-OBJECTIVE-ACHIEVED-ACTIVE").Should().Be(expected);
    }

    [Fact]
    public void Validate_AchievedAndActive_IsAWarningOnTheObjective()
    {
        var finding = Validate(PlanWith(Objective("SECRET-o1", Group(), Individual()) with { Achievement = GoalAchievementStatus.Achieved })).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-OBJECTIVE-ACHIEVED-ACTIVE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Objective, "SECRET-o1"));
        finding.Message.Should().NotContain(Secret);
    }

    [Theory]
    [InlineData(9, true)] // one under the threshold: "below 10" is met
    [InlineData(10, false)] // exactly at the threshold: not below it
    [InlineData(11, false)] // one over
    public void Validate_Phq9BelowTenTargetAtTheBoundary_ReportsMetNotMarkedOnlyWhenMet(int latestScore, bool met)
    {
        var phq9 = Series(new Measurement(Start, 20), new Measurement(AsOf, latestScore));

        var ids = Ids(Validate(PlanWith(Objective("SECRET-o1", Group(), Individual())), measurements: [phq9]));

        ids.Contains("PLAN-OBJECTIVE-MET-NOT-MARKED").Should().Be(met);
    }

    [Fact]
    public void Validate_MeetingScoreAfterTheCheckDate_DoesNotCount()
    {
        var phq9 = Series(new Measurement(Start, 20), new Measurement(AsOf.PlusDays(1), 4));

        Ids(Validate(PlanWith(Objective("SECRET-o1", Group(), Individual())), measurements: [phq9])).Should().BeEmpty("the latest score on or before the check date is 20");
    }

    [Fact]
    public void Validate_MetButNotMarked_IsAWarningOnTheObjective()
    {
        var finding = Validate(PlanWith(Objective("SECRET-o1", Group(), Individual())), measurements: [Series(new Measurement(AsOf, 4))]).Findings.Should().ContainSingle().Which;

        finding.RuleId.Value.Should().Be("PLAN-OBJECTIVE-MET-NOT-MARKED");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Objective, "SECRET-o1"));
        finding.Message.Should().NotContain(Secret).And.NotContain("4");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Validate_TargetMetUnderEveryStatusPair_ReportsUnlessMarkedOrWithdrawn(GoalLifecycleStatus lifecycle, GoalAchievementStatus? achievement)
    {
        var objective = Objective("SECRET-o1", Group(), Individual()) with { Lifecycle = lifecycle, Achievement = achievement, TargetDate = AsOf };
        var withdrawn = lifecycle is GoalLifecycleStatus.Cancelled or GoalLifecycleStatus.Rejected or GoalLifecycleStatus.EnteredInError;
        var marked = achievement is GoalAchievementStatus.Achieved or GoalAchievementStatus.Sustaining;

        var ids = Ids(Validate(PlanWith(objective), measurements: [Series(new Measurement(AsOf, 4))]));

        ids.Contains("PLAN-OBJECTIVE-MET-NOT-MARKED").Should().Be(!withdrawn && !marked);
    }

    [Fact]
    public void Validate_SeriesOfAnotherInstrument_IsNotApplied()
    {
        var gad7 = new MeasurementSeries(Instrument.Gad7, [new Measurement(AsOf, 0)]);

        Ids(Validate(PlanWith(Objective("SECRET-o1", Group(), Individual())), measurements: [gad7])).Should().BeEmpty();
    }

    [Fact]
    public void Validate_TwoSeriesForOneInstrument_Throws()
    {
        var act = () => Validate(ValidPlan(), measurements: [Series(new Measurement(AsOf, 4)), Series(new Measurement(AsOf, 20))]);

        act.Should().Throw<ArgumentException>().WithParameterName("measurements");
    }

    [Fact]
    public void Validate_NullSeries_Throws()
    {
        var act = () => Validate(ValidPlan(), measurements: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("measurements");
    }

    private static MeasurementSeries Series(params Measurement[] scores) => new(Instrument.Phq9, scores);

    /// <summary>The valid plan with one problem, goal and objective (so one objective's findings are seen alone).</summary>
    private static TreatmentPlan PlanWith(Objective objective) => Plan(ValidContent().WithProblems(Problem("SECRET-p1", Goal("SECRET-g1", objective))));
}
