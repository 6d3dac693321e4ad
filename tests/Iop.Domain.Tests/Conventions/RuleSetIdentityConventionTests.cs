using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using FluentAssertions;
using Iop.Domain.Rules;
using Iop.Domain.Tests.Hardening;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// The identity of every rule set (<see cref="IRuleSet"/>: name, version, the dates in force and the sources) reads
/// the same in every type's documentation: each settable identity property documents the refusals its setter
/// makes, in the same words, so that a user who has read one rule set's IntelliSense has read them all. Whether
/// <c>Sources</c> may be empty differs by type; its documentation is checked against the setter's behaviour.
/// </summary>
public sealed class RuleSetIdentityConventionTests
{
    private const string Blank = "ArgumentException: Set to null or a blank value.";
    private const string After = "ArgumentException: Set to a date after EffectiveTo (when moving both later, set EffectiveTo first).";
    private const string AfterOrVerified = "ArgumentException: Set to a date after EffectiveTo or VerifiedThrough (when moving them all later, set those first).";
    private const string FromOutside = "ArgumentOutOfRangeException: Set to a date outside Rules.SupportedDates.";
    private const string Before = "ArgumentException: Set to a date before EffectiveFrom.";
    private const string ToOutside = "ArgumentOutOfRangeException: Set to a date outside Rules.SupportedDates (an open end is null).";
    private const string SourcesNull = "ArgumentNullException: Set to null.";
    private const string SourcesEmpty = "ArgumentException: Set to an empty list or one holding a null.";
    private const string SourcesHoldingNull = "ArgumentException: Set to a list holding a null.";

    /// <summary>Every public rule-set type but the catalogue.</summary>
    public static TheoryData<Type> RuleSetTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in LibraryTypes.Public.Where(t => !t.IsInterface && !t.IsGenericType && typeof(IRuleSet).IsAssignableFrom(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void RuleSetTypes_AreFound()
    {
        RuleSetTypes().Count.Should().BeGreaterThanOrEqualTo(15, "the scan must see every rule-set type of the library");
    }

    [Theory]
    [MemberData(nameof(RuleSetTypes))]
    public void SettableIdentityProperties_DocumentTheSameRefusals(Type type)
    {
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [nameof(IRuleSet.Name)] = [Blank],
            [nameof(IRuleSet.Version)] = [Blank],
            [nameof(IRuleSet.EffectiveFrom)] = type.GetProperty("VerifiedThrough") is null ? [After, FromOutside] : [AfterOrVerified, FromOutside],
            [nameof(IRuleSet.EffectiveTo)] = [Before, ToOutside],
            [nameof(IRuleSet.Sources)] = [SourcesNull, AcceptsEmptySources(type) ? SourcesHoldingNull : SourcesEmpty],
        };
        var settable = 0;
        foreach (var (name, refusals) in expected)
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (property?.SetMethod is null)
            {
                continue;
            }

            settable++;
            Exceptions(type, name).Should().Equal(refusals, "{0}.{1} documents its setter's refusals in the words every rule set uses", type.Name, name);
        }

        settable.Should().BeGreaterThan(0, "every rule set lets a caller derive a version with a settable identity");
    }

    /// <summary>Whether the type's <c>Sources</c> setter accepts an empty list.</summary>
    private static bool AcceptsEmptySources(Type type)
    {
        var sources = type.GetProperty(nameof(IRuleSet.Sources), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        if (sources?.SetMethod is null)
        {
            return false;
        }

        // The setter checks only the value it is given, so an object no constructor has run on is enough.
        var copy = RuntimeHelpers.GetUninitializedObject(type);
        try
        {
            sources.SetValue(copy, Array.Empty<RuleSource>());
            ((IRuleSet)copy).Sources.Should().BeEmpty("an accepted empty list is kept");
            return true;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException { ParamName: "Sources" })
        {
            return false;
        }
    }

    /// <summary>The property's exception tags as "Type: text", the text with each reference written as its last name.</summary>
    private static string[] Exceptions(Type type, string property)
    {
        DocumentedExceptions.TryGetMember($"P:{type.FullName}.{property}", out var member).Should().BeTrue("{0}.{1} is documented", type.Name, property);
        return member!.Elements("exception").Select(e =>
        {
            var cref = ((string)e.Attribute("cref")!).Split('.')[^1];
            var text = string.Concat(e.Nodes().Select(n => n switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } c => Short(c.Value),
                XElement { Name.LocalName: "see" } see => (string?)see.Attribute("langword") ?? string.Empty,
                _ => string.Empty,
            }));
            return $"{cref}: {string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";
        }).ToArray();
    }

    /// <summary>"P:Iop.Domain.Outcomes.CohortCriteria.EffectiveTo" → "EffectiveTo"; "T:Iop.Domain.Rules.SupportedDates" → "Rules.SupportedDates".</summary>
    private static string Short(string cref)
    {
        var parts = cref[2..].Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) ? $"{parts[^2]}.{parts[^1]}" : parts[^1];
    }
}
