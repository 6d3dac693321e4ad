using System.Diagnostics;
using System.Reflection;
using NodaTime;
using Xunit.Abstractions;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// The reflection-driven fuzz of issue 13: every public constructor, static factory, method, property getter and
/// <c>init</c> setter of the library called with random and edge arguments (a fixed seed, so a failure replays),
/// checked by <see cref="FuzzCalls"/>: only documented exceptions, a <c>ParamName</c> that is the member's own,
/// and no message repeating a value passed. Values the library returns feed later calls. Run it alone with
/// <c>dotnet test --filter FullyQualifiedName~Hardening</c>; a failure lists each defect as
/// <c>Type.Member(Parameters): what (xCount)</c> with the call that showed it.
/// </summary>
public sealed class MemberFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_201;
    private const int Rounds = 10;
    private const int TargetCalls = 120_000;

    [Fact]
    public void EveryPublicMember_CalledWithRandomAndEdgeArguments_ThrowsOnlyWhatItDocuments()
    {
        var clock = Stopwatch.StartNew();
        var values = new FuzzValues(Seed);
        values.SeedBuiltIns();
        var calls = new FuzzCalls(values);
        var members = FuzzMembers.All;
        var perRound = (TargetCalls / (Rounds * members.Count)) + 1;
        var unbuilt = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var member in members)
            {
                for (var k = 0; k < perRound; k++)
                {
                    if (!TryArguments(values, member, out var receiver, out var arguments, out var context))
                    {
                        unbuilt++;
                        continue;
                    }

                    if (calls.Call(member, receiver, arguments, $"round {round}, {context}") is null && AcceptedUnsupportedDate(member, arguments) is { } parameter)
                    {
                        calls.Record($"{FuzzMembers.Describe(member)}: accepts a date outside SupportedDates in {parameter}", $"\n      round {round}, {context}");
                    }
                }
            }
        }

        output.WriteLine($"{calls.Calls} calls in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}); {members.Count} members, {calls.MembersReached} reached, {calls.MembersReturned} returned normally at least once; {unbuilt} calls skipped for want of a receiver or argument; pool {values.PoolSize} values.");
        output.WriteLine($"{FuzzMembers.Unreachable.Count} members not callable by reflection: {string.Join("; ", FuzzMembers.Unreachable)}");
        output.WriteLine($"Argument types never built: {string.Join("; ", values.Unbuildable.Select(u => $"{u.Key} x{u.Value}"))}");
        output.WriteLine($"Exceptions thrown: {string.Join("; ", calls.Thrown.Select(t => $"{t.Key} x{t.Value}"))}");
        output.WriteLine($"{calls.DefectCount} defects:");
        foreach (var defect in calls.Defects)
        {
            output.WriteLine(defect);
        }

        DocumentedExceptions.Count.Should().BeGreaterThan(500, "the library's XML documentation file must be read");
        calls.Calls.Should().BeGreaterThanOrEqualTo(100_000);
        calls.MembersReached.Should().BeGreaterThan(members.Count * 9 / 10, "the fuzz must reach the library's members, not silently test nothing");
        calls.Defects.Should().BeEmpty("every exception a member throws is documented, names its parameter and never repeats a value passed");
    }

    /// <summary>
    /// The parameter through which a call that returned normally was given a date outside <c>SupportedDates</c>
    /// (a <see cref="LocalDate"/>, <see cref="DateInterval"/> or a collection of dates): issue 13 item 1 says every
    /// member refuses one. A due date (computed, so it may run past the range) and the range's own predicate are exempt.
    /// </summary>
    internal static string? AcceptedUnsupportedDate(MethodBase member, object?[] arguments)
    {
        var parameters = member.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].IsOut || Exempt.Contains($"{member.DeclaringType!.Name}.{member.Name}:{parameters[i].Name}"))
            {
                continue;
            }

            var outside = arguments[i] switch
            {
                LocalDate date => !global::Iop.Domain.Rules.SupportedDates.Contains(date),
                DateInterval dates => !global::Iop.Domain.Rules.SupportedDates.Contains(dates.Start) || !global::Iop.Domain.Rules.SupportedDates.Contains(dates.End),
                IEnumerable<LocalDate> dates => dates.Any(d => !global::Iop.Domain.Rules.SupportedDates.Contains(d)),
                _ => false,
            };
            if (outside)
            {
                return FuzzMembers.IsSetter(member) ? member.Name["set_".Length..] : parameters[i].Name;
            }
        }

        return null;
    }

    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal)
    {
        "SupportedDates.Contains:date",   // the predicate itself
        "ScheduledReview..ctor:dueDate",  // computed: a supported date plus at most 10 years (decision 0062)
        "PlacementDecision..ctor:assessmentValidThrough", // computed likewise: the assessment date plus its validity
    };

    /// <summary>Builds a receiver and arguments: at most one argument an edge value, or (one call in ten) all of them.</summary>
    internal static bool TryArguments(FuzzValues values, MethodBase member, out object? receiver, out object?[] arguments, out string context)
    {
        values.Secrets.Clear();
        var random = values.Random;
        var parameters = member.GetParameters();
        arguments = new object?[parameters.Length];
        receiver = null;
        context = string.Empty;
        if (!member.IsStatic && member is MethodInfo)
        {
            var type = member.DeclaringType!;
            receiver = type.IsValueType && random.Next(8) == 0 ? values.DefaultOf(type) : values.FromPool(type) ?? (type.IsValueType ? values.DefaultOf(type) : null);
            if (receiver is null)
            {
                return false;
            }
        }

        var allEdges = random.Next(10) == 0;
        var edgeIndex = random.Next(-1, parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.IsOut)
            {
                continue;
            }

            var edge = allEdges || i == edgeIndex;
            if (parameter.HasDefaultValue && !edge && random.Next(3) == 0)
            {
                arguments[i] = parameter.DefaultValue;
                continue;
            }

            if (!values.TryBuild(parameter.ParameterType, edge, depth: 0, out arguments[i]))
            {
                return false;
            }

            if (arguments[i] is null && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null)
            {
                return false;
            }

            if (edge)
            {
                context += $"{(context.Length == 0 ? string.Empty : ", ")}{parameter.Name} = {Show(arguments[i])}";
            }
        }

        context = (receiver is null ? string.Empty : $"on {Show(receiver)}; ") + (context.Length == 0 ? "plausible arguments" : "edge " + context);
        return true;
    }

    /// <summary>A short description of a value for the report (strings by length; nothing here is real data).</summary>
    internal static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"string[{text.Length}]",
        System.Collections.ICollection items => $"{value.GetType().Name}[{items.Count}]{(items.Count > 0 ? " {" + string.Join(", ", items.Cast<object?>().Take(3).Select(Show)) + "}" : string.Empty)}",
        _ => Truncate(Text(value)),
    };

    private static string Text(object value)
    {
        try
        {
            return value.ToString() ?? value.GetType().Name;
        }
        catch (Exception e)
        {
            return $"{value.GetType().Name} (ToString threw {e.GetType().Name})"; // the fuzz of ToString reports it
        }
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
