using Iop.Domain.Tests.Documentation;

namespace Iop.Domain.Tests.Samples;

/// <summary>
/// The README's code example also runs in the sample, so it cannot rot (Polly's snippets idea): its lines
/// appear in the sample in the same order and together, not merely somewhere in the file.
/// </summary>
public sealed class ReadmeTests
{
    private static readonly string SamplePath = RepositoryPaths.Combine("samples", "Iop.Domain.Samples", "ContinuumWalkthrough.cs");

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Iop.Domain/README.md")] // the package README shows the first lines of the same example
    public void ReadmeExample_AppearsInTheSampleInOrderAndContiguously(string document)
    {
        var example = CodeLines(MarkdownSnippets.All.First(s => s.Document == document).Code);
        var sample = CodeLines(File.ReadAllText(SamplePath));

        example.Should().HaveCountGreaterThan(3);
        IndexOfRun(sample, example).Should().BeGreaterThanOrEqualTo(0, "the example in {0} must run, line for line and in order, in ContinuumWalkthrough.cs", document);
    }

    [Fact]
    public void IndexOfRun_LinesInOrderAndTogether_FindsThem() =>
        IndexOfRun(["a", "{", "b", "c", "}"], ["b", "c", "}"]).Should().Be(2);

    [Fact]
    public void IndexOfRun_LinesPresentButReordered_IsNotFound() =>
        // The old check accepted any line found anywhere: "}" matched wherever a brace stood.
        IndexOfRun(["b", "a", "}", "c"], ["a", "b", "c"]).Should().Be(-1);

    [Fact]
    public void IndexOfRun_LinesInOrderWithAnotherLineBetween_IsNotFound() =>
        IndexOfRun(["a", "x", "b"], ["a", "b"]).Should().Be(-1);

    /// <summary>Trimmed non-blank lines, without using directives (the sample file has its own).</summary>
    private static string[] CodeLines(string code) =>
        code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();

    /// <summary>Where <paramref name="run"/> starts as a contiguous, ordered run inside <paramref name="lines"/>, or -1.</summary>
    private static int IndexOfRun(IReadOnlyList<string> lines, IReadOnlyList<string> run)
    {
        for (var start = 0; start + run.Count <= lines.Count; start++)
        {
            if (Enumerable.Range(0, run.Count).All(i => string.Equals(lines[start + i], run[i], StringComparison.Ordinal)))
            {
                return start;
            }
        }

        return -1;
    }
}
