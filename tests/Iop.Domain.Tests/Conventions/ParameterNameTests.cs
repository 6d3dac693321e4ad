using System.Collections;
using System.Reflection;
using NodaTime;
using Xunit.Abstractions;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// A refused argument is named as the caller named it (issue 13, "parameter names are the member's own"):
/// every public constructor and method of the library, called with an undefined enum value for one
/// parameter and valid defaults for the rest, reports that parameter's name in <see cref="ArgumentException.ParamName"/>;
/// an <c>init</c> setter reports its property's name.
/// </summary>
public sealed class ParameterNameTests(ITestOutputHelper output)
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!;

    [Fact]
    public void UndefinedEnumArgument_IsRefusedUnderTheParameterOwnName()
    {
        var called = 0;
        var skipped = new List<string>();
        var mismatches = new List<string>();
        foreach (var type in LibraryTypes.Public.Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.ContainsGenericParameters))
        {
            foreach (var member in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(type.GetMethods(Declared).Where(m => !m.ContainsGenericParameters && (!m.IsSpecialName || IsSetter(m)))))
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var enumType = Nullable.GetUnderlyingType(ElementOf(parameters[i].ParameterType)) ?? ElementOf(parameters[i].ParameterType);
                    if (!enumType.IsEnum || parameters[i].IsOut)
                    {
                        continue;
                    }

                    // Empty collections first; a member that refuses them gets one element each.
                    var filled = false;
                    if (!TryCall(member, i, value: null, filled, out var baseline) && !TryCall(member, i, value: null, filled = true, out baseline))
                    {
                        skipped.Add($"{type.Name}.{Describe(member)} ({parameters[i].Name}): {baseline?.GetType().Name ?? "arguments not built"}");
                        continue; // arguments the factory cannot build, or defaults the member refuses
                    }

                    called++;
                    TryCall(member, i, Enum.ToObject(enumType, 999), filled, out var thrown);
                    var expected = IsSetter(member) ? member.Name["set_".Length..] : parameters[i].Name;
                    if (thrown is ArgumentException refused && refused.ParamName != expected)
                    {
                        mismatches.Add($"{type.Name}.{Describe(member)} ({parameters[i].Name} = 999): ParamName \"{refused.ParamName}\", expected \"{expected}\"");
                    }
                }
            }
        }

        output.WriteLine($"{called} member/parameter pairs called with an undefined enum value; {skipped.Count} skipped:");
        skipped.ForEach(output.WriteLine);
        mismatches.ForEach(output.WriteLine);
        called.Should().BeGreaterThan(50, "the scan must reach the library's members, not silently test nothing");
        mismatches.Should().BeEmpty();
    }

    private static bool IsSetter(MethodBase member) => member.IsSpecialName && member.Name.StartsWith("set_", StringComparison.Ordinal);

    private static Type ElementOf(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private static string Describe(MethodBase member) =>
        $"{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>Calls <paramref name="member"/> with defaults, <paramref name="value"/> (when given) at <paramref name="index"/>.</summary>
    /// <returns><see langword="false"/> when arguments cannot be built or the call threw.</returns>
    private static bool TryCall(MethodBase member, int index, object? value, bool filled, out Exception? thrown)
    {
        thrown = null;
        var parameters = member.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i == index && value is not null)
            {
                arguments[i] = value;
            }
            else if (!TryBuild(parameters[i], depth: 0, filled, out arguments[i]))
            {
                return false;
            }
        }

        object? receiver = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            if (!TryBuild(member.DeclaringType!, depth: 0, filled, out receiver) || receiver is null)
            {
                return false;
            }

            // A copy, so a setter never changes an instance a static property hands to everyone.
            receiver = CloneMethod.Invoke(receiver, null);
        }

        try
        {
            if (member is ConstructorInfo constructor)
            {
                constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
            }
            else
            {
                member.Invoke(receiver, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            }

            return true;
        }
        catch (Exception e)
        {
            thrown = e;
            return false;
        }
    }

    private static bool TryBuild(ParameterInfo parameter, int depth, bool filled, out object? value)
    {
        if (parameter.HasDefaultValue && !parameter.IsOut)
        {
            value = parameter.DefaultValue;
            return true;
        }

        var type = ElementOf(parameter.ParameterType);
        if (!type.IsValueType && new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable)
        {
            value = null;
            return true;
        }

        return TryBuild(type, depth, filled, out value);
    }

    /// <summary>The argument factory: cheap, valid-looking values, or <see langword="false"/>.</summary>
    private static bool TryBuild(Type type, int depth, bool filled, out object? value)
    {
        value = null;
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return true;
        }

        if (type.IsEnum)
        {
            // The first defined member, passing over a zero "None" (IsoDayOfWeek.None is no day).
            var members = Enum.GetValues(type).Cast<object>().ToArray();
            value = members.FirstOrDefault(m => Convert.ToInt64(m, System.Globalization.CultureInfo.InvariantCulture) != 0) ?? members.FirstOrDefault();
            return value is not null;
        }

        value = type switch
        {
            _ when type == typeof(LocalDate) => new LocalDate(2025, 3, 3),
            _ when type == typeof(Duration) => Duration.FromHours(1),
            _ when type == typeof(LocalTime) => new LocalTime(9, 0),
            _ when type == typeof(DateInterval) => new DateInterval(new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 30)),
            _ when type == typeof(string) => "x",
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(double) => 1.0,
            _ when type == typeof(decimal) => 1m,
            _ when type == typeof(bool) => false,
            _ => null,
        };
        if (value is not null)
        {
            return true;
        }

        if (type.IsArray)
        {
            return TryCollection(type.GetElementType()!, depth, filled, out value);
        }

        if (type.IsGenericType && type.IsInterface && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
            {
                value = Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments));
                return true;
            }

            if (arguments.Length == 1 && type.IsAssignableFrom(arguments[0].MakeArrayType()))
            {
                return TryCollection(arguments[0], depth, filled, out value);
            }

            return false;
        }

        if (type.Assembly != LibraryTypes.Assembly || type.ContainsGenericParameters)
        {
            return false;
        }

        // A library type: one of its own static properties (Default, Medicare2024, …), else a cheap factory or constructor.
        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (property is not null)
        {
            value = property.GetValue(null);
            return value is not null;
        }

        if (depth >= 3)
        {
            return false;
        }

        var makers = type.GetConstructors().Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == type && !m.ContainsGenericParameters))
            .Where(m => m.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
            .OrderBy(m => m.GetParameters().Length)
            .ThenBy(m => m.ToString(), StringComparer.Ordinal);
        foreach (var maker in makers)
        {
            var parameters = maker.GetParameters();
            var arguments = new object?[parameters.Length];
            if (!parameters.Select((p, i) => TryBuild(p, depth + 1, filled, out arguments[i])).All(built => built))
            {
                continue;
            }

            try
            {
                value = maker is ConstructorInfo constructor
                    ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null)
                    : maker.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);
                return value is not null;
            }
            catch (ArgumentException)
            {
                // defaults this maker refuses; try the next
            }
        }

        return false;
    }

    /// <summary>An array of <paramref name="element"/>: empty, or (when <paramref name="filled"/>) one built element.</summary>
    private static bool TryCollection(Type element, int depth, bool filled, out object? value)
    {
        value = Array.CreateInstance(element, filled ? 1 : 0);
        if (!filled)
        {
            return true;
        }

        if (depth >= 3 || !TryBuild(element, depth + 1, filled: false, out var item) || item is null)
        {
            return false;
        }

        ((Array)value).SetValue(item, 0);
        return true;
    }
}
