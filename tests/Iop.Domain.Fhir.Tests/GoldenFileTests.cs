using Hl7.Fhir.Model;

namespace Iop.Domain.Fhir.Tests;

/// <summary>
/// Each mapping against a golden JSON file that a person has read (tests/Iop.Domain.Fhir.Tests/Golden), and the
/// golden file parsed back with Firely's parser. A missing golden file is written from the current output and
/// the test fails, so that it is read before it is committed.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Names() => GoldenCases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Serialize_Mapping_MatchesItsGoldenFile(string name)
    {
        var json = FhirJson.Serialize(GoldenCases.All[name]());
        var golden = FhirJson.GoldenPath(name);
        if (!File.Exists(golden))
        {
            File.WriteAllText(FhirJson.SourceGoldenPath(name), json);
            Assert.Fail($"Golden file {name}.json was missing and has been written: read it, then commit it.");
        }

        json.Should().Be(File.ReadAllText(golden).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_GoldenFile_GivesBackTheMappedResource(string name)
    {
        var parsed = FhirJson.Parse(File.ReadAllText(FhirJson.GoldenPath(name)));

        parsed.IsExactly(GoldenCases.All[name]()).Should().BeTrue();
    }
}
