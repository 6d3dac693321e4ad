using System.Reflection;
using System.Text.RegularExpressions;
using Iop.Domain.Coding;

namespace Iop.Domain.Tests.Coding;

/// <summary>Every code system URI is absolute, and the ones the library defines live under its home (no <c>urn:iop-domain:</c>).</summary>
public sealed partial class CodeSystemsTests
{
    public static TheoryData<string> AllUris { get; } =
        [.. typeof(CodeSystems).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.Name != nameof(CodeSystems.LibraryCanonicalBase)).Select(p => (string)p.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(AllUris))]
    public void Uri_IsAbsoluteHttpOrOid_AndNeverAPrivateUrn(string uri)
    {
        new Uri(uri).Scheme.Should().BeOneOf("http", "https", "urn");
        uri.Should().NotStartWith("urn:iop-domain");
        uri.Should().Match(u => !u.StartsWith("urn:", StringComparison.Ordinal) || u.StartsWith("urn:oid:", StringComparison.Ordinal)); // an OID is the only urn allowed
    }

    [Fact]
    public void LibraryCanonicalBase_IsTheRepositoryUrlOfThePackage()
    {
        var project = File.ReadAllText(RepositoryPaths.Combine("src/Iop.Domain/Iop.Domain.csproj"));
        var repository = RepositoryUrl().Match(project).Groups[1].Value;

        CodeSystems.LibraryCanonicalBase.Should().Be(repository + "/fhir/CodeSystem/");
    }

    [Theory]
    [InlineData("asam-3")]
    [InlineData("asam-4")]
    [InlineData("locus")]
    [InlineData("teds-services")]
    [InlineData("teds-reason")]
    [InlineData("level-of-care")]
    [InlineData("rule-id")]
    public void LibrarySystem_IsListedInFhirMd(string id) =>
        File.ReadAllText(RepositoryPaths.Combine("docs/fhir.md")).Should().Contain($"| `{id}` | `…/fhir/CodeSystem/{id}`");

    [GeneratedRegex("<RepositoryUrl>([^<]+)</RepositoryUrl>")]
    private static partial Regex RepositoryUrl();
}
