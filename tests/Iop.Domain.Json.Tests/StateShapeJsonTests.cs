using System.Text.Json;
using System.Text.Json.Nodes;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// The hand shapes that carry state the generated metadata cannot: a plan's versions, a policy's per-instrument
/// entries, an administration's answers (scored again on reading), a series' administrations, a built-in safety
/// item's wording, and an objective whose status is derived. Each round-trips, and each bad document is a
/// JsonException with the path and without the value.
/// </summary>
public sealed class StateShapeJsonTests
{
    private const string Marker = "ZQX";

    private static readonly LocalDate Start = new(2025, 3, 3);

    [Fact]
    public void Deserialize_PlanWithRevisionsAndParticipation_EqualsThePlanIncludingItsHistory()
    {
        var plan = TreatmentPlan.Create(Start, Content(ObjectiveStatus.NotStarted))
            .RecordParticipation(Start.PlusDays(1))
            .Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, Content(ObjectiveStatus.InProgress))
            .Revise(Start.PlusDays(60), RevisionReason.ClinicalChange, Content(ObjectiveStatus.Achieved))
            .RecordParticipation(Start.PlusDays(61));

        var back = IopJson.Deserialize<TreatmentPlan>(IopJson.Serialize(plan));

        back.Should().Be(plan);
        back.History.Should().Equal(plan.History);
        back.Previous!.Version.Should().Be(2);
    }

    [Fact]
    public void Serialize_Plan_WritesItsVersionsOldestFirstWithoutDerivedMembers()
    {
        var plan = TreatmentPlan.Create(Start, Content(ObjectiveStatus.NotStarted))
            .Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, Content(ObjectiveStatus.InProgress));

        var json = JsonNode.Parse(IopJson.Serialize(plan))!.AsObject();

        json.Select(p => p.Key).Should().Equal("versions");
        json["versions"]!.AsArray().Select(v => v!["effectiveDate"]!.GetValue<string>()).Should().Equal("2025-03-03", "2025-04-02");
        json["versions"]![0]!["revisionReason"].Should().BeNull();
    }

    [Fact]
    public void Deserialize_PlanWithoutVersions_ThrowsWithThePath()
    {
        var error = Read<TreatmentPlan>(JsonNode.Parse("{\"versions\":[]}")!);

        error.Message.Should().Contain("at least one version").And.EndWith("Path: $.");
    }

    [Fact]
    public void Deserialize_PlanRevisionWithoutReason_Throws()
    {
        var json = PlanJson();
        json["versions"]![1]!["revisionReason"] = null;

        Read<TreatmentPlan>(json).Message.Should().Contain("every later version has one").And.Contain("Path: $");
    }

    [Fact]
    public void Deserialize_PlanFirstVersionWithAReason_Throws()
    {
        var json = PlanJson();
        json["versions"]![0]!["revisionReason"] = "ClinicalChange";

        Read<TreatmentPlan>(json).Message.Should().Contain("first version has no revision reason");
    }

    [Fact]
    public void Deserialize_PlanRevisionBeforeThePreviousVersion_IsRefusedByTheCoreWithoutTheDate()
    {
        var json = PlanJson();
        json["versions"]![1]!["effectiveDate"] = "2024-01-07";

        var error = Read<TreatmentPlan>(json);

        error.Message.Should().Contain("TreatmentPlan refused the value").And.NotContain("2024");
    }

    [Fact]
    public void Deserialize_DefaultScoringPolicies_EqualThePoliciesWithTheirEntries()
    {
        foreach (var policy in new[] { ScoringPolicy.Default, ScoringPolicy.Prorating })
        {
            var json = JsonNode.Parse(IopJson.Serialize(policy))!;

            IopJson.Deserialize<ScoringPolicy>(json.ToJsonString()).Should().Be(policy);
            json["missingItemLimits"]!.AsArray().Should().ContainSingle();
            json["screenCutOffsBySex"]![0]!["male"]!.GetValue<int>().Should().Be(4);
            json["screenCutOffs"]![0]!["atOrAbove"]!.GetValue<int>().Should().Be(33);
        }
    }

    [Fact]
    public void Deserialize_PolicyWithTwoLimitsForOneInstrument_ThrowsNamingTheMember()
    {
        var json = JsonNode.Parse(IopJson.Serialize(ScoringPolicy.Default))!;
        json["missingItemLimits"]!.AsArray().Add(json["missingItemLimits"]![0]!.DeepClone());

        var error = Read<ScoringPolicy>(json);

        error.Message.Should().Contain("one entry per instrument").And.Contain("missingItemLimits").And.EndWith("Path: $.");
    }

    [Fact]
    public void Deserialize_PolicyLimitOutsideTheInstrument_IsRefusedWithoutTheValue()
    {
        var json = JsonNode.Parse(IopJson.Serialize(ScoringPolicy.Default))!;
        json["missingItemLimits"]![0]!["maximumMissing"] = 987;

        var error = Read<ScoringPolicy>(json);

        error.Message.Should().Contain("ScoringPolicy refused the value").And.NotContain("987");
    }

    [Fact]
    public void Deserialize_AdministrationsOfItemAnswers_ScoreAgainToTheSameScore()
    {
        int?[] prorated = [1, 2, null, 3, 0, 1, 2, 1, 0];
        Instruments.TryScore(Instrument.Phq9, prorated, ScoringPolicy.Prorating, out var proratedScore).Should().BeTrue();
        var administrations = new[]
        {
            new Administration(Start, Instruments.Score(Instrument.Phq9, [1, 2, 3, 3, 0, 1, 2, 1, 1, 2], ScoringPolicy.Default)),
            new Administration(Start, proratedScore!.Value),
            new Administration(Start, Instruments.Score(Instrument.AuditC, [2, 1, 0], ScoringPolicy.Default, Sex.Female)),
            new Administration(Start, Instruments.Score(Instrument.Asq, [0, 1, 0, 0, 1], ScoringPolicy.Default)),
            new Administration(Start, Instruments.ScoreTotal(Instrument.Gad7, 11, ScoringPolicy.Default, Sex.Male)),
        };

        var back = administrations.Select(a => IopJson.Deserialize<Administration>(IopJson.Serialize(a))).ToArray();

        back.Should().Equal(administrations);
        back.Select(a => a.Score.Findings.Count).Should().Equal(administrations.Select(a => a.Score.Findings.Count));
    }

    [Fact]
    public void Serialize_AdministrationOfItemAnswers_WritesTheAnswersAndNoTotal()
    {
        var administration = new Administration(Start, Instruments.Score(Instrument.Phq9, [1, 2, 3, 3, 0, 1, 2, 1, 1, 2], ScoringPolicy.Default));

        var json = JsonNode.Parse(IopJson.Serialize(administration))!;

        json["itemAnswers"]!.AsArray().Select(a => a!.GetValue<int>()).Should().Equal(1, 2, 3, 3, 0, 1, 2, 1, 1);
        json["carriedAnswer"]!.GetValue<int>().Should().Be(2);
        json["total"].Should().BeNull();
    }

    [Fact]
    public void Deserialize_AdministrationWithAnswersAndATotal_Throws()
    {
        var json = AdministrationJson();
        json["total"] = 14;

        var error = Read<Administration>(json);

        error.Message.Should().Contain("computed, not given").And.Contain("'total'").And.EndWith("Path: $.");
    }

    [Fact]
    public void Deserialize_AdministrationWithMoreMissingItemsThanThePolicyAllows_Throws()
    {
        var json = AdministrationJson();
        json["itemAnswers"]![0] = null;

        Read<Administration>(json).Message.Should().Contain("policy refuses to score these answers").And.Contain("Path: $");
    }

    [Fact]
    public void Deserialize_AdministrationWithARefusedAnswer_IsRefusedWithoutTheValue()
    {
        var json = AdministrationJson();
        json["itemAnswers"]![0] = 987;

        var error = Read<Administration>(json);

        error.Message.Should().Contain("Administration refused the value").And.NotContain("987");
    }

    [Fact]
    public void Deserialize_TotalOnlyAdministrationWithoutATotal_Throws()
    {
        var json = JsonNode.Parse(IopJson.Serialize(new Administration(Start, Instruments.ScoreTotal(Instrument.Phq9, 12, ScoringPolicy.Default))))!;
        json["total"] = null;

        Read<Administration>(json).Message.Should().Contain("total is required");
    }

    [Fact]
    public void Deserialize_SeriesFromAdministrations_KeepsItsItemLevelScores()
    {
        var series = MeasurementSeries.FromAdministrations(Instrument.Phq9,
        [
            new Administration(Start, Instruments.Score(Instrument.Phq9, [3, 3, 3, 2, 2, 2, 1, 1, 1], ScoringPolicy.Default)),
            new Administration(Start.PlusDays(30), Instruments.Score(Instrument.Phq9, [1, 1, 1, 1, 0, 0, 0, 0, 0], ScoringPolicy.Default)),
        ]);

        var back = IopJson.Deserialize<MeasurementSeries>(IopJson.Serialize(series));

        back.Should().Be(series);
        back.Scores.Should().HaveCount(2).And.Equal(series.Scores);
    }

    [Fact]
    public void Deserialize_SeriesWithBothMeasurementsAndAdministrations_Throws()
    {
        var json = JsonNode.Parse(IopJson.Serialize(new MeasurementSeries(Instrument.Phq9, [new Measurement(Start, 12)])))!;
        json["administrations"] = new JsonArray();

        Read<MeasurementSeries>(json).Message.Should().Contain("exactly one of them").And.Contain("Path: $");
    }

    [Fact]
    public void Deserialize_CopyOfABuiltInSafetyItem_KeepsTheBuiltInWording()
    {
        var copy = SafetyItem.Phq9ItemNine with { Code = null };

        var json = JsonNode.Parse(IopJson.Serialize(copy))!;
        var back = IopJson.Deserialize<SafetyItem>(json.ToJsonString());

        json["hasBuiltInWording"]!.GetValue<bool>().Should().BeTrue();
        back.Should().Be(copy);
        back.Concern.Message.Should().Be(SafetyItem.Phq9ItemNine.Concern.Message);
    }

    [Fact]
    public void Deserialize_CallerItemWithABuiltInsRule_KeepsTheGenericWording()
    {
        var own = new SafetyItem(9, 1, OutcomeRules.Phq9ItemNine) { Code = SafetyItem.Phq9ItemNine.Code };

        var back = IopJson.Deserialize<SafetyItem>(IopJson.Serialize(own));

        back.Should().Be(own);
        back.HasBuiltInWording.Should().BeFalse();
    }

    [Fact]
    public void Deserialize_BuiltInWordingNoBuiltInHas_ThrowsNamingTheMember()
    {
        var json = JsonNode.Parse(IopJson.Serialize(new SafetyItem(3, 2, OutcomeRules.Phq9ItemNine)))!;
        json["hasBuiltInWording"] = true;

        var error = Read<SafetyItem>(json);

        error.Message.Should().Contain("No built-in safety item").And.Contain("hasBuiltInWording").And.EndWith("Path: $.");
    }

    [Fact]
    public void Serialize_Objective_LeavesItsDerivedStatusOutAndKeepsLifecycleAndAchievement()
    {
        var objective = Objective(ObjectiveStatus.Revised) with { Lifecycle = GoalLifecycleStatus.Completed, Achievement = GoalAchievementStatus.NoProgress };

        var json = JsonNode.Parse(IopJson.Serialize(objective))!.AsObject();
        var back = IopJson.Deserialize<Objective>(json.ToJsonString());

        json.Select(p => p.Key).Should().NotContain("status").And.Contain(["lifecycle", "achievement"]);
        back.Should().Be(objective);
        back.Status.Should().Be(objective.Status);
    }

    [Fact]
    public void Deserialize_ObjectiveWithAStatus_IsRefusedAsAnUnknownMember()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Objective(ObjectiveStatus.InProgress)))!;
        json["status"] = "Achieved";

        Read<Objective>(json).Message.Should().Contain("could not be mapped").And.Contain("Path: $");
    }

    private static Objective Objective(ObjectiveStatus status) =>
        new("O1", "Attends group sessions.", MeasurableTarget.SessionsAttended(8), Start.PlusDays(90), status, []);

    private static PlanContent Content(ObjectiveStatus status) =>
        new(LevelOfCare.IntensiveOutpatient, [], [new Problem("P1", "Low mood.", [new Goal("G1", "Mood improves.", [Objective(status)])])]);

    private static JsonNode PlanJson() => JsonNode.Parse(IopJson.Serialize(
        TreatmentPlan.Create(Start, Content(ObjectiveStatus.NotStarted)).Revise(Start.PlusDays(30), RevisionReason.ScheduledReview, Content(ObjectiveStatus.InProgress))))!;

    private static JsonNode AdministrationJson() => JsonNode.Parse(IopJson.Serialize(
        new Administration(Start, Instruments.Score(Instrument.Phq9, [1, 2, 3, 3, 0, 1, 2, 1, 1], ScoringPolicy.Default))))!;

    private static JsonException Read<T>(JsonNode json)
    {
        var read = () => IopJson.Deserialize<T>(json.ToJsonString());
        return read.Should().Throw<JsonException>().Which;
    }
}
