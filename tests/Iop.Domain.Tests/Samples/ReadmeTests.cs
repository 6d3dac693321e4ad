namespace Iop.Domain.Tests.Samples;

/// <summary>The README's code example also runs in the sample, so it cannot rot (Polly's snippets idea).</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void ReadmeExample_IsContainedLineByLineInTheSample()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README has a C# example");
        var end = readme.IndexOf("```", start + 9, StringComparison.Ordinal);
        var lines = readme[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();

        var sample = File.ReadAllLines(RepositoryPaths.Combine("samples", "Iop.Domain.Samples", "ContinuumWalkthrough.cs")).Select(l => l.Trim()).ToHashSet();
        lines.Should().HaveCountGreaterThan(5);
        lines.Should().OnlyContain(l => sample.Contains(l), "every README line must run in the sample");
    }
}
