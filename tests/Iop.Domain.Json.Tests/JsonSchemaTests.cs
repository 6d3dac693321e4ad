using System.Text.Json;
using System.Text.Json.Nodes;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// The committed schema files (docs/json-schema/) are the contract of <see cref="IopJson.ContractVersion"/>: a change
/// to the generated schema fails here until the version is bumped and the files are regenerated with
/// <c>IOP_JSON_WRITE_SCHEMA=1 dotnet test tests/Iop.Domain.Json.Tests --filter JsonSchemaTests</c>, which refuses
/// to overwrite files of the same version with a different schema.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Folder => Path.Combine(RepositoryRoot(), "docs", "json-schema");

    [Fact]
    public void ExportSchema_EveryContractType_MatchesTheCommittedFileOfThisVersion()
    {
        var generated = IopJson.ContractTypes.ToDictionary(FileName, t => IopJson.ExportSchema(t).ToJsonString(Indented) + "\n");
        var versionFile = Path.Combine(Folder, "contract-version.txt");
        var committedVersion = File.Exists(versionFile) ? File.ReadAllText(versionFile).Trim() : "none";
        var changed = generated.Where(g => !File.Exists(Path.Combine(Folder, g.Key)) || File.ReadAllText(Path.Combine(Folder, g.Key)) != g.Value)
            .Select(g => g.Key)
            .Concat(Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.schema.json").Select(Path.GetFileName).Where(f => !generated.ContainsKey(f!))! : [])
            .ToArray();

        if (changed.Length > 0 && committedVersion != IopJson.ContractVersion && Environment.GetEnvironmentVariable("IOP_JSON_WRITE_SCHEMA") == "1")
        {
            Write(generated);
            return;
        }

        changed.Should().BeEmpty(
            committedVersion == IopJson.ContractVersion
                ? "the schema of contract {0} changed: bump IopJson.ContractVersion, then regenerate (IOP_JSON_WRITE_SCHEMA=1 dotnet test tests/Iop.Domain.Json.Tests --filter JsonSchemaTests)"
                : "the contract version is {0} but docs/json-schema/ holds another: regenerate (IOP_JSON_WRITE_SCHEMA=1 dotnet test tests/Iop.Domain.Json.Tests --filter JsonSchemaTests)",
            IopJson.ContractVersion);
        committedVersion.Should().Be(IopJson.ContractVersion);
    }

    [Fact]
    public void ExportSchema_Session_RequiresItsKindAndRefusesUnknownMembers()
    {
        var schema = IopJson.ExportSchema(typeof(Intensity.Session));

        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("kind");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("GroupTherapy");
        schema["properties"]!["duration"]!["format"]!.GetValue<string>().Should().Be("duration");
    }

    private static void Write(Dictionary<string, string> generated)
    {
        Directory.CreateDirectory(Folder);
        foreach (var stale in Directory.GetFiles(Folder, "*.schema.json"))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in generated)
        {
            File.WriteAllText(Path.Combine(Folder, name), text);
        }

        File.WriteAllText(Path.Combine(Folder, "contract-version.txt"), IopJson.ContractVersion + "\n");
    }

    private static string FileName(Type type) => IopJson.ExportSchema(type)["title"]!.GetValue<string>() + ".schema.json";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Iop.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Iop.Domain.sln) was not found.");
    }
}
