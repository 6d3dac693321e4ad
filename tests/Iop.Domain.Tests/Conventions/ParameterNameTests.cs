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

                    if (!TryCall(member, i, value: null, out _))
                    {
                        continue; // arguments the factory cannot build, or defaults the member refuses
                    }

                    called++;
                    TryCall(member, i, Enum.ToObject(enumType, 999), out var thrown);
                    var expected = IsSetter(member) ? member.Name["set_".Length..] : parameters[i].Name;
                    if (thrown is ArgumentException refused && refused.ParamName != expected)
                    {
                        mismatches.Add($"{type.Name}.{Describe(member)} ({parameters[i].Name} = 999): ParamName \"{refused.ParamName}\", expected \"{expected}\"");
                    }
                }
            }
        }

        output.WriteLine($"{called} member/parameter pairs called with an undefined enum value.");
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
    private static bool TryCall(MethodBase member, int index, object? value, out Exception? thrown)
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
            else if (!TryBuild(parameters[i], depth: 0, out arguments[i]))
            {
                return false;
            }
        }

        object? receiver = null;
        if (!member.IsStatic && member is MethodInfo)
        {
            if (!TryBuild(member.DeclaringType!, depth: 0, out receiver) || receiver is null)
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

    private static bool TryBuild(ParameterInfo parameter, int depth, out object? value)
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

        return TryBuild(type, depth, out value);
    }

    /// <summary>The argument factory: cheap, valid-looking values, or <see langword="false"/>.</summary>
    private static bool TryBuild(Type type, int depth, out object? value)
    {
        value = null;
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return true;
        }

        if (type.IsEnum)
        {
            var members = Enum.GetValues(type);
            value = members.Length > 0 ? members.GetValue(0) : null;
            return value is not null;
        }

        value = type switch
        {
            _ when type == typeof(LocalDate) => new LocalDate(2025, 3, 3),
            _ when type == typeof(Duration) => Duration.FromHours(1),
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
            value = Array.CreateInstance(type.GetElementType()!, 0);
            return true;
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

            if (arguments.Length == 1)
            {
                value = Array.CreateInstance(arguments[0], 0);
                return type.IsInstanceOfType(value);
            }

            return false;
        }

        if (type.Assembly != LibraryTypes.Assembly || type.ContainsGenericParameters)
        {
            return false;
        }

        // A library type: one of its own static properties (Default, Medicare2024, …), else a cheap constructor.
        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (property is not null)
        {
            value = property.GetValue(null);
            return value is not null;
        }

        if (depth >= 2)
        {
            return false;
        }

        foreach (var constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            if (!parameters.Select((p, i) => TryBuild(p, depth + 1, out arguments[i])).All(built => built))
            {
                continue;
            }

            try
            {
                value = constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
                return true;
            }
            catch (ArgumentException)
            {
                // defaults this constructor refuses; try the next
            }
        }

        return false;
    }
}
