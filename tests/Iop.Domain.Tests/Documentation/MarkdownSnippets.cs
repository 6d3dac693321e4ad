using System.Text.RegularExpressions;

namespace Iop.Domain.Tests.Documentation;

/// <summary>
/// Reads the fenced code blocks of the repository's Markdown documents (CommonMark fences: three or more
/// backticks or tildes, closed by a fence of the same character at least as long).
/// </summary>
internal static partial class MarkdownSnippets
{
    /// <summary>The documents a user reads: the two READMEs and everything under docs/, decisions included.</summary>
    public static IReadOnlyList<string> Documents { get; } = FindDocuments();

    /// <summary>Every C# block of every document, in document order.</summary>
    public static IReadOnlyList<MarkdownSnippet> All { get; } =
        Documents.SelectMany(d => Extract(d, File.ReadAllText(RepositoryPaths.Combine(d)))).ToArray();

    public static MarkdownSnippet Find(string id) => All.Single(s => s.Id == id);

    /// <summary>The C# blocks of one document (info string <c>csharp</c>, <c>cs</c> or <c>c#</c>).</summary>
    public static IEnumerable<MarkdownSnippet> Extract(string document, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        foreach (var block in Blocks(lines).Where(b => b.Closed && IsCSharp(b.Info)))
        {
            var code = string.Join('\n', lines[block.Start..(block.End - 1)]);
            yield return new MarkdownSnippet(document, block.Start, code, FragmentMarker(lines, block.Start - 1));
        }
    }

    /// <summary>The 1-based lines of fences that open a block and are never closed.</summary>
    public static IReadOnlyList<int> UnclosedFences(string text) =>
        Blocks(text.ReplaceLineEndings("\n").Split('\n')).Where(b => !b.Closed).Select(b => b.Start).ToArray();

    private static bool IsCSharp(string info) =>
        info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is "csharp" or "cs" or "c#";

    /// <summary>
    /// The parameters written in a <c>&lt;!-- fragment --&gt;</c> or <c>&lt;!-- fragment: LocalDate asOf --&gt;</c>
    /// comment on the last non-blank line before the fence (index <paramref name="fence"/>, 0-based), or null.
    /// </summary>
    private static string? FragmentMarker(string[] lines, int fence)
    {
        for (var i = fence - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var marker = FragmentComment().Match(lines[i].Trim());
            return marker.Success ? marker.Groups["parameters"].Value.Trim() : null;
        }

        return null;
    }

    /// <summary>Fenced blocks: Start is the 1-based line of the opening fence, End that of the closing one.</summary>
    private static IEnumerable<(int Start, int End, string Info, bool Closed)> Blocks(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var close = -1;
            for (var j = i + 1; j < lines.Length && close < 0; j++)
            {
                var candidate = Fence().Match(lines[j]);
                if (candidate.Success && candidate.Groups["fence"].Value[0] == fence[0]
                    && candidate.Groups["fence"].Value.Length >= fence.Length && candidate.Groups["info"].Value.Trim().Length == 0)
                {
                    close = j;
                }
            }

            yield return (i + 1, close < 0 ? lines.Length : close + 1, open.Groups["info"].Value.Trim(), close >= 0);
            if (close < 0)
            {
                yield break;
            }

            i = close;
        }
    }

    private static string[] FindDocuments()
    {
        var docs = Directory.GetFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'));
        return ["README.md", "src/Iop.Domain/README.md", .. docs.Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!--\s*fragment(?::(?<parameters>.*?))?\s*-->$")]
    private static partial Regex FragmentComment();
}
