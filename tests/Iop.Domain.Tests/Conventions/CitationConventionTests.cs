namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// What a user reads (docs, XML docs, rule sources, package metadata, samples) cites original publications
/// and nothing outside this repository: no pointer to working notes a user never sees.
/// </summary>
public sealed class CitationConventionTests
{
    /// <summary>Pointers to material outside the repository, matched case-insensitively.</summary>
    private static readonly string[] OutsidePointers =
        ["shared/", "DEVELOPERS.md", "domain-reference", "domain reference", "users.md", "user research", "users research"];

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
    [InlineData("/// <value>9 h (domain reference §1.4).</value>", "domain reference")]
    [InlineData("see Shared/Domain-Reference.md", "shared/")] // case does not hide it
    [InlineData("as DEVELOPERS.md says", "DEVELOPERS.md")]
    public void Pointers_ALineCitingNotesOutsideTheRepository_IsReported(string line, string phrase) =>
        Pointers("x.cs", "first line\n" + line).Should().ContainSingle().Which.Should().Be($"x.cs:2: {phrase}");

    [Fact]
    public void Pointers_APrimaryCitation_IsNotReported() =>
        Pointers("x.cs", "/// <value>9 h (42 CFR 410.44; SAMHSA 2021 Advisory).</value>").Should().BeEmpty();

    private static IEnumerable<string> Pointers(string file, string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .SelectMany((line, i) => OutsidePointers
                .Where(p => line.Contains(p, StringComparison.OrdinalIgnoreCase))
                .Take(1)
                .Select(p => $"{file}:{i + 1}: {p}"));

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
