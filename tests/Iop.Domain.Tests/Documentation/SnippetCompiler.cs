using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Iop.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Iop.Domain.Tests.Documentation;

/// <summary>
/// Compiles a documentation snippet as a user's project would: C# as the pinned SDK compiles it, nullable
/// enabled, warning level 10, the SDK's implicit global usings, and references to the .NET runtime, this
/// library and its two dependencies, and the two companion packages with theirs (nothing else the tests use). Every other <c>using</c> is the block's.
/// </summary>
internal static partial class SnippetCompiler
{
    /// <summary>What <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> gives a console or library project.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The errors and warnings of the snippet, each with the document's line.</summary>
    public static IReadOnlyList<string> Diagnose(MarkdownSnippet snippet)
    {
        var source = snippet.IsFragment ? WrapFragment(snippet) : $"#line {snippet.FirstCodeLine} \"{snippet.Document}\"\n{snippet.Code}\n";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "ImplicitUsings.cs"), CSharpSyntaxTree.ParseText(source, parse, snippet.Document)],
            References.Value,
            new CSharpCompilationOptions(snippet.IsFragment ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithWarningLevel(10));

        return compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            // A block that declares only types has no entry point; that is not the reader's concern.
            .Where(d => d.Id != "CS5001")
            .Select(d => d.ToString())
            .ToArray();
    }

    /// <summary>
    /// A fragment's leading <c>using</c> directives stay at file level; its other lines become the body of
    /// a method whose parameters are those the fragment marker names.
    /// </summary>
    private static string WrapFragment(MarkdownSnippet snippet)
    {
        var lines = snippet.Code.Split('\n');
        var usings = lines.TakeWhile(l => l.Trim().Length == 0 || UsingDirective().IsMatch(l)).Count();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"#line {snippet.FirstCodeLine} \"{snippet.Document}\"\n")
            .AppendJoin('\n', lines[..usings]).Append('\n')
            .Append("#line hidden\ninternal static class Snippet\n{\n")
            .Append(CultureInfo.InvariantCulture, $"    internal static void Fragment({snippet.FragmentParameters})\n    {{\n")
            .Append(CultureInfo.InvariantCulture, $"#line {snippet.FirstCodeLine + usings} \"{snippet.Document}\"\n")
            .AppendJoin('\n', lines[usings..]).Append('\n')
            .Append("#line hidden\n    }\n}\n");
        return text.ToString();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies (the shared framework folder) stand in for the reference pack.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal));
        string[] library =
        [
            typeof(RuleId).Assembly.Location,
            typeof(NodaTime.LocalDate).Assembly.Location,
            typeof(Ardalis.GuardClauses.Guard).Assembly.Location,
        ];
        // The companion packages (README's "Integrating") and their dependencies, from the test's own output.
        var companions = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("Hl7.Fhir.", StringComparison.Ordinal)
                || name is "Iop.Domain.Json.dll" or "Iop.Domain.Fhir.dll" or "NodaTime.Serialization.SystemTextJson.dll"));
        return [.. framework.Concat(library).Concat(companions).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
