using System.Text.RegularExpressions;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// What a user reads (docs, XML docs, rule sources, package metadata, samples) cites original publications
/// and nothing outside this repository: every document it names (a <c>.md</c> path) is a file of this
/// repository, found beside the naming file, from the root or under docs/, and never above the root. A pointer to
/// working notes a user never sees names a file the repository does not hold, so it is reported without the test
/// having to know its name.
/// </summary>
public sealed partial class CitationConventionTests
{
    private static readonly string[] Extensions = [".cs", ".md", ".csproj", ".props", ".targets", ".txt"];

    /// <summary>The files a user of the package or the repository reads, relative to the root.</summary>
    public static IReadOnlyList<string> Files { get; } = FindFiles();

    [Fact]
    public void Files_IncludeDocsSourcesAndMetadata_SoTheScanIsNotVacuous() =>
        Files.Should().Contain(["README.md", "Directory.Packages.props", "docs/rules.md", "src/Iop.Domain/Iop.Domain.csproj", "src/Iop.Domain/Intensity/IntensityRuleSet.cs"]);

    [Fact]
    public void Files_PointAtNothingOutsideTheRepository()
    {
        var hits = Files.SelectMany(f => Pointers(f, File.ReadAllText(RepositoryPaths.Combine(f))));

        hits.Should().BeEmpty("cite the original publication (regulation, publisher, paper), not a file a user never sees");
    }

    [Theory]
    [InlineData("/// <value>9 h (see ../notes/working-notes.md §1.4).</value>", "../notes/working-notes.md")] // above the root
    [InlineData("as WORKING-NOTES.md says", "WORKING-NOTES.md")] // no such file here
    [InlineData("see README.md/../../x.md", "README.md/../../x.md")] // climbs out through a file of the repository
    public void Pointers_ALineNamingADocumentOutsideTheRepository_IsReported(string line, string path) =>
        Pointers("src/x.cs", "first line\n" + line).Should().ContainSingle().Which.Should().Be($"src/x.cs:2: {path}");

    [Theory]
    [InlineData("/// <value>9 h (42 CFR 410.44; SAMHSA 2021 Advisory).</value>")]
    [InlineData("the rule's row in docs/rules.md")] // from the root
    [InlineData("see rules.md and decisions/0062-supported-dates.md")] // under docs/
    [InlineData("see https://example.org/guide/README.md")] // a web address is a citation, not a file
    public void Pointers_APrimaryCitationOrADocumentOfTheRepository_IsNotReported(string line) =>
        Pointers("src/x.cs", line).Should().BeEmpty();

    private static IEnumerable<string> Pointers(string file, string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .SelectMany((line, i) => DocumentPath().Matches(line)
                .Where(m => !m.Value.Contains("//", StringComparison.Ordinal) && !IsInRepository(file, m.Value))
                .Take(1)
                .Select(m => $"{file}:{i + 1}: {m.Value}"));

    /// <summary>Whether <paramref name="path"/>, named in <paramref name="file"/>, is a document of the repository.</summary>
    private static bool IsInRepository(string file, string path)
    {
        var root = Path.GetFullPath(RepositoryPaths.Root);
        string[] bases = [Path.GetDirectoryName(RepositoryPaths.Combine(file))!, root, Path.Combine(root, "docs")];
        return bases.Select(b => Path.GetFullPath(Path.Combine(b, path)))
            .Any(full => full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full));
    }

    /// <summary>A path ending in <c>.md</c>, with any web address it is part of (excluded by its <c>//</c>).</summary>
    [GeneratedRegex(@"[A-Za-z0-9_.:/\\-]+\.md\b")]
    private static partial Regex DocumentPath();

    private static string[] FindFiles()
    {
        string[] rootFiles = ["README.md", "CHANGELOG.md", ".editorconfig", "Directory.Build.props", "Directory.Packages.props"];
        var trees = new[] { "docs", "src", "samples", "benchmarks" }
            .SelectMany(d => Directory.EnumerateFiles(RepositoryPaths.Combine(d), "*", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .Where(p => Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj" or "BenchmarkDotNet.Artifacts"));
        return [.. rootFiles.Where(f => File.Exists(RepositoryPaths.Combine(f))).Concat(trees).Order(StringComparer.Ordinal)];
    }
}
