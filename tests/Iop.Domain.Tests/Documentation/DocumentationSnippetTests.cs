namespace Iop.Domain.Tests.Documentation;

/// <summary>
/// Every C# block in README.md, src/Iop.Domain/README.md and docs/ compiles against the library, so a
/// renamed type or a changed signature breaks the build of the docs the same day it breaks a user's.
/// The convention (whole files, fragments and their markers) is in docs/testing.md.
/// </summary>
public sealed class DocumentationSnippetTests
{
    public static TheoryData<string> Snippets() => [.. MarkdownSnippets.All.Select(s => s.Id)];

    public static TheoryData<string> Documents() => [.. MarkdownSnippets.Documents];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompiledWithItsUsings_HasNoErrorOrWarning(string id) =>
        SnippetCompiler.Diagnose(MarkdownSnippets.Find(id)).Should().BeEmpty("the block at {0} must compile as a user would paste it", id);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_EveryCodeFence_IsClosed(string document) =>
        // An unclosed fence renders the rest of the document as code.
        MarkdownSnippets.UnclosedFences(File.ReadAllText(RepositoryPaths.Combine(document))).Should().BeEmpty();

    [Fact]
    public void Snippets_AreFoundInTheReadmeAndInDocs_SoTheTheoryIsNotVacuous()
    {
        MarkdownSnippets.All.Select(s => s.Document).Should().Contain(["README.md", "docs/concepts.md", "docs/getting-started.md"]);
        MarkdownSnippets.All.Should().HaveCountGreaterThan(8);
    }

    [Fact]
    public void Diagnose_AWholeFileThatUsesAnUnknownMember_ReportsItAtTheDocumentLine()
    {
        // Guards the compiler harness against passing everything: a block that cannot compile must fail.
        var snippet = new MarkdownSnippet("docs/example.md", 10, "using Iop.Domain.Continuum;\n\nvar level = LevelOfCare.NoSuchLevel;", null);

        SnippetCompiler.Diagnose(snippet).Should().ContainSingle().Which.Should().Contain("docs/example.md(13,").And.Contain("CS0117");
    }

    [Fact]
    public void Diagnose_AWholeFileWithoutItsUsing_ReportsTheUnknownType()
    {
        // The library's namespaces are not implicit: a block shows the using a user needs.
        var snippet = new MarkdownSnippet("docs/example.md", 1, "var level = LevelOfCare.IntensiveOutpatient;", null);

        SnippetCompiler.Diagnose(snippet).Should().ContainSingle().Which.Should().Contain("CS0103");
    }

    [Fact]
    public void Diagnose_AFragmentWithItsParameters_Compiles()
    {
        var snippet = new MarkdownSnippet("docs/example.md", 1, "using NodaTime;\nusing Iop.Domain.Continuum;\n\nvar next = asOf.PlusDays(1);\nvar down = level.StepDown();", "LocalDate asOf, LevelOfCare level");

        SnippetCompiler.Diagnose(snippet).Should().BeEmpty();
    }

    [Fact]
    public void Diagnose_AFragmentThatUsesAnUndeclaredName_ReportsIt()
    {
        var snippet = new MarkdownSnippet("docs/example.md", 1, "using NodaTime;\n\nvar next = asOf.PlusDays(1);", string.Empty);

        SnippetCompiler.Diagnose(snippet).Should().ContainSingle().Which.Should().Contain("docs/example.md(4,").And.Contain("CS0103");
    }

    [Fact]
    public void Diagnose_AWarning_IsReported()
    {
        // Warnings count: a user's build treats them as errors as this repository's does.
        var snippet = new MarkdownSnippet("docs/example.md", 1, "string? text = null;\nvar length = text.Length;", null);

        SnippetCompiler.Diagnose(snippet).Should().ContainSingle().Which.Should().Contain("CS8602");
    }

    [Fact]
    public void Extract_AFragmentMarkerBeforeTheFence_GivesItsParameters()
    {
        const string text = "Intro\n\n<!-- fragment: LocalDate asOf -->\n```csharp\nvar x = asOf;\n```\n\n```cs\nvar y = 1;\n```\n\n```\nnot C#\n```\n";

        MarkdownSnippets.Extract("d.md", text).Should().Equal(
            new MarkdownSnippet("d.md", 4, "var x = asOf;", "LocalDate asOf"),
            new MarkdownSnippet("d.md", 8, "var y = 1;", null));
    }

    [Fact]
    public void UnclosedFences_AFenceNeverClosed_IsReportedAtItsLine()
    {
        const string text = "# Title\n```csharp\nvar x = 1;\n```\n\ntext\n```csharp\nvar y = 2;\n";

        MarkdownSnippets.UnclosedFences(text).Should().Equal(7);
    }
}
