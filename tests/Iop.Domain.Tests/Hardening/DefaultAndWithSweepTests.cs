using System.Reflection;
using Xunit.Abstractions;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// The default/with sweep of issue 13: the <see langword="default"/> of every public struct given to each of its own
/// members and to every member that takes it, and every public record copied with each <c>init</c> property set to
/// edge values (what a <c>with</c> expression does: clone, then set), each result then read through every getter
/// and printed, hashed and compared. The checks are the fuzz's (<see cref="FuzzCalls"/>).
/// </summary>
public sealed class DefaultAndWithSweepTests(ITestOutputHelper output)
{
    private const int Seed = 13_013;
    private const int CallsPerCase = 4;
    private const int EdgesPerProperty = 12;

    [Fact]
    public void EveryPublicStruct_Default_IsUsableOrRefusedAsDocumented()
    {
        var values = Warmed(Seed);
        var calls = new FuzzCalls(values);
        var structs = FuzzMembers.Types.Where(t => t.IsValueType).ToHashSet();
        var cases = 0;
        foreach (var member in FuzzMembers.All)
        {
            var type = member.DeclaringType!;
            var onDefault = structs.Contains(type) && !member.IsStatic && member is MethodInfo;
            var parameters = member.GetParameters();
            for (var i = -1; i < parameters.Length; i++)
            {
                var parameterType = i < 0 ? null : Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
                if ((i < 0 && !onDefault) || (i >= 0 && (parameterType is null || !structs.Contains(parameterType) || parameters[i].IsOut)))
                {
                    continue;
                }

                cases++;
                for (var k = 0; k < CallsPerCase; k++)
                {
                    if (!Plausible(values, member, out var receiver, out var arguments))
                    {
                        continue;
                    }

                    if (i < 0)
                    {
                        receiver = values.DefaultOf(type);
                    }
                    else
                    {
                        arguments[i] = values.DefaultOf(parameterType!);
                    }

                    calls.Call(member, receiver, arguments, i < 0 ? $"on default({type.Name})" : $"{parameters[i].Name} = default({parameterType!.Name})");
                }
            }
        }

        Report(calls, $"{structs.Count} public structs; {cases} member/default cases");
        calls.Calls.Should().BeGreaterThan(500, "the sweep must reach the structs' members");
        calls.Defects.Should().BeEmpty("a default value is either meaningful or refused as documented");
    }

    [Fact]
    public void EveryPublicRecord_WithEachInitPropertySetToEdgeValues_ThrowsOnlyWhatItDocumentsAndStaysUsable()
    {
        var values = Warmed(Seed + 1);
        var calls = new FuzzCalls(values);
        var records = FuzzMembers.Types.Where(IsRecord).ToArray();
        var setters = 0;
        foreach (var type in records)
        {
            var getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0).Select(p => p.GetMethod!).ToArray();
            foreach (var setter in FuzzMembers.All.Where(m => m.DeclaringType == type && FuzzMembers.IsSetter(m)))
            {
                setters++;
                var propertyType = setter.GetParameters()[0].ParameterType;
                for (var k = 0; k < EdgesPerProperty + 3; k++)
                {
                    values.Secrets.Clear();
                    var original = type.IsValueType && k == 0 ? values.DefaultOf(type) : values.FromPool(type);
                    if (original is null || !values.TryBuild(propertyType, edge: k < EdgesPerProperty, depth: 0, out var value) || (value is null && propertyType.IsValueType && Nullable.GetUnderlyingType(propertyType) is null))
                    {
                        continue;
                    }

                    var context = $"{MemberFuzzTests.Show(original)} with {{ {setter.Name["set_".Length..]} = {MemberFuzzTests.Show(value)} }}";
                    if (calls.Call(setter, original, [value], context) is not null || calls.LastMade is not { } copy)
                    {
                        continue;
                    }

                    foreach (var getter in getters)
                    {
                        calls.Call(getter, copy, [], context + " then " + getter.Name["get_".Length..]);
                    }
                }
            }
        }

        Report(calls, $"{records.Length} public records; {setters} init setters");
        setters.Should().BeGreaterThan(50, "the sweep must reach the records' init setters");
        calls.Defects.Should().BeEmpty("a value a with-expression accepts is usable, and one it refuses is refused as documented");
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    /// <summary>A pool warmed by two plausible calls of every member, so records and structs have real instances.</summary>
    private static FuzzValues Warmed(int seed)
    {
        var values = new FuzzValues(seed);
        values.SeedBuiltIns();
        var warm = new FuzzCalls(values);
        for (var round = 0; round < 2; round++)
        {
            foreach (var member in FuzzMembers.All.Where(m => m is ConstructorInfo || m.IsStatic || (m is MethodInfo method && method.ReturnType != typeof(void))))
            {
                if (Plausible(values, member, out var receiver, out var arguments))
                {
                    warm.Call(member, receiver, arguments, "warm-up");
                }
            }
        }

        return values;
    }

    private static bool Plausible(FuzzValues values, MethodBase member, out object? receiver, out object?[] arguments)
    {
        values.Secrets.Clear();
        var parameters = member.GetParameters();
        arguments = new object?[parameters.Length];
        receiver = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            var type = member.DeclaringType!;
            receiver = values.FromPool(type) ?? (type.IsValueType ? values.DefaultOf(type) : null);
            if (receiver is null)
            {
                return false;
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!parameters[i].IsOut && !values.TryBuild(parameters[i].ParameterType, edge: false, depth: 0, out arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(FuzzCalls calls, string scope)
    {
        output.WriteLine($"{scope}: {calls.Calls} calls, {calls.MembersReached} members reached.");
        output.WriteLine($"Exceptions thrown: {string.Join("; ", calls.Thrown.Select(t => $"{t.Key} x{t.Value}"))}");
        output.WriteLine($"{calls.DefectCount} defects:");
        foreach (var defect in calls.Defects)
        {
            output.WriteLine(defect);
        }
    }
}
