namespace Iop.Domain.Tests.Documentation;

/// <summary>
/// One fenced C# block of a Markdown document: where it starts, its code, and, for a block marked as a
/// fragment (<c>&lt;!-- fragment: … --&gt;</c> on the line before its fence), the parameters of the
/// method its statements are compiled in.
/// </summary>
internal sealed record MarkdownSnippet(string Document, int Line, string Code, string? FragmentParameters)
{
    /// <summary>The first line of code (the line after the opening fence), 1-based.</summary>
    public int FirstCodeLine => Line + 1;

    public bool IsFragment => FragmentParameters is not null;

    /// <summary>"docs/concepts.md:71": the document and the line of the opening fence.</summary>
    public string Id => $"{Document}:{Line}";

    public override string ToString() => Id;
}
