using System.Text.Json;
using System.Text.Json.Nodes;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// Bad documents: each is a JsonException that states the rule broken and the JSON path, never a default value
/// standing in, and never the offending value (a marker value is planted and must not appear in the message).
/// </summary>
public sealed class BadJsonTests
{
    // A marker that would be visible if a message echoed the value it refused.
    private const string Marker = "ZQX";

    private static readonly Session Group = new(new LocalDate(2025, 3, 4), new LocalTime(9, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

    [Fact]
    public void Deserialize_MissingMember_ThrowsNamingTheMemberAndPath()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!.AsObject();
        json.Remove("kind");

        var error = Read<Session>(json);

        error.Message.Should().Contain("missing required properties").And.Contain("kind").And.EndWith("Path: $.");
    }

    [Fact]
    public void Deserialize_UnknownEnumName_ThrowsNamingTheTypeAndPath()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;
        json["kind"] = Marker;

        var error = Read<Session>(json);

        error.Message.Should().Contain("Unknown ServiceKind member").And.EndWith("Path: $.kind.").And.NotContain(Marker);
        error.Path.Should().Be("$.kind");
    }

    [Fact]
    public void Deserialize_EnumAsNumber_Throws()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;
        json["kind"] = 4;

        Read<Session>(json).Message.Should().Contain("must be a string naming one of its members");
    }

    [Fact]
    public void Deserialize_ValueOutOfRange_ThrowsWithTheRuleAndPathAndNotTheValue()
    {
        // 25 hours: above the one-day limit of a session (Session refuses it).
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;
        json["duration"] = "PT25H";

        var error = Read<Session>(json);

        error.Message.Should().Contain("Session refused the value").And.Contain("at most one day").And.NotContain("25");
        error.Path.Should().Be("$");
    }

    [Fact]
    public void Deserialize_ValueOutOfRangeDeepInside_ReportsThePathOfTheObject()
    {
        var evaluation = new Evaluation<int>(7, [IntensityRules.IntensiveOutpatientMinimumHours.ToFinding(Severity.Error, "Below.")]);
        var json = JsonNode.Parse(IopJson.Serialize(evaluation))!;
        json["findings"]![0]!["ruleId"] = "lower-" + Marker.ToLowerInvariant();

        var error = Read<Evaluation<int>>(json);

        error.Message.Should().Contain("RuleId refused the value").And.Contain("upper-case").And.NotContain(Marker.ToLowerInvariant());
        error.Path.Should().Be("$.findings[0].ruleId");
    }

    [Fact]
    public void Deserialize_MalformedDate_ThrowsWithTheExpectedFormAndNotTheText()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;
        json["date"] = "2025-13-" + Marker;

        var error = Read<Session>(json);

        error.Message.Should().Contain("ISO 8601 date").And.EndWith("Path: $.date.").And.NotContain(Marker);
    }

    [Fact]
    public void Deserialize_UnknownMember_Throws()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;
        json["extra"] = 1;

        Read<Session>(json).Message.Should().Contain("could not be mapped").And.Contain("Path: $");
    }

    [Fact]
    public void Deserialize_NullForANonNullableMember_Throws()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Measurements()))!;
        json["instrument"] = null;

        Read<MeasurementSeries>(json).Message.Should().Contain("Path: $");
    }

    [Fact]
    public void Deserialize_NotJson_ThrowsWithoutEchoingTheText()
    {
        var read = () => IopJson.Deserialize<Session>("{\"date\": " + Marker + "}");

        read.Should().Throw<JsonException>().Where(e => e.Message.StartsWith("The text is not well-formed JSON.", StringComparison.Ordinal) && !e.Message.Contains(Marker, StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_Null_Throws()
    {
        var read = () => IopJson.Deserialize<Session>("null");

        read.Should().Throw<JsonException>().WithMessage("*null*Path: $.");
    }

    [Fact]
    public void Deserialize_NestedShapeError_ReportsTheFullPath()
    {
        var finding = IntensityRules.IntensiveOutpatientMinimumHours.ToFinding(Severity.Error, "Below.", FindingSubject.Day(new LocalDate(2025, 3, 4)));
        var json = JsonNode.Parse(IopJson.Serialize(new Evaluation<int>(1, [finding])))!;
        json["findings"]![0]!["subject"]!["kind"] = Marker;

        var error = Read<Evaluation<int>>(json);

        error.Path.Should().Be("$.findings[0].subject.kind");
        error.Message.Should().NotContain(Marker);
    }

    private static MeasurementSeries Measurements() => new(Instrument.Phq9, [new Measurement(new LocalDate(2025, 3, 4), 12)]);

    private static JsonException Read<T>(JsonNode json)
    {
        var read = () => IopJson.Deserialize<T>(json.ToJsonString());
        return read.Should().Throw<JsonException>().Which;
    }
}
