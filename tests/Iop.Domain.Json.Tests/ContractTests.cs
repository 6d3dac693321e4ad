using System.Text.Json;
using System.Text.Json.Nodes;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>The shape of the contract: strings for enums, rule ids and NodaTime values; the state of each type.</summary>
public sealed class ContractTests
{
    // A Tuesday 09:00 group session of three hours (values chosen to be unlike any default).
    private static readonly Session Group = new(new LocalDate(2025, 3, 4), new LocalTime(9, 0), Duration.FromHours(3), ServiceKind.GroupTherapy, DeliveryMode.InPerson, Attendance.Attended);

    public static TheoryData<Type> Enums() => [.. typeof(RuleId).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Enums))]
    public void Serialize_EveryMemberOfEveryEnum_WritesItsNameAndReadsItBack(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            var json = IopJson.Serialize(value, type);

            json.Should().Be($"\"{Enum.GetName(type, value)}\"");
            IopJson.Deserialize(json, type).Should().Be(value);
        }
    }

    [Fact]
    public void Serialize_Session_KeepsItsKindAndWritesIsoValues()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!;

        json["kind"]!.GetValue<string>().Should().Be("GroupTherapy");
        json["date"]!.GetValue<string>().Should().Be("2025-03-04");
        json["start"]!.GetValue<string>().Should().Be("09:00:00");
        json["duration"]!.GetValue<string>().Should().Be("PT3H");
        IopJson.Deserialize<Session>(json.ToJsonString()).Kind.Should().Be(ServiceKind.GroupTherapy);
    }

    [Fact]
    public void Serialize_Finding_WritesTheRuleIdAsAPlainString()
    {
        var finding = IntensityRules.IntensiveOutpatientMinimumHours.ToFinding(Severity.Error, "Below the minimum.");

        var json = JsonNode.Parse(IopJson.Serialize(finding))!;

        json["ruleId"]!.GetValue<string>().Should().Be(IntensityRules.IntensiveOutpatientMinimumHours.Id.Value);
    }

    [Fact]
    public void Serialize_Session_LeavesDerivedPropertiesOut()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Group))!.AsObject();

        json.Select(p => p.Key).Should().NotContain(["end", "crossesMidnight", "isAttendedQualifying"]);
    }

    [Fact]
    public void Deserialize_AResultMissingItsParts_ThrowsInsteadOfAnEmptyValue()
    {
        var read = () => IopJson.Deserialize<BillingDay>("{\"date\":\"2025-03-04\"}");

        read.Should().Throw<JsonException>().WithMessage("*missing required properties*services*Path: $.");
    }

    [Fact]
    public void ContractTypes_EachOne_HasMetadata()
    {
        var missing = IopJson.ContractTypes.Where(t => !HasMetadata(t)).ToArray();

        missing.Should().BeEmpty();
    }

    private static bool HasMetadata(Type type)
    {
        try
        {
            return IopJson.Options.GetTypeInfo(type) is not null;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
