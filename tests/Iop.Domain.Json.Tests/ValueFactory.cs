using System.Collections;
using System.Reflection;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// Builds valid values of any public core type by reflection, from a seed: through the type's public
/// constructors, the core's public static factories and built-in instances, then its public pseudo-mutators
/// (instance methods returning the type, such as <c>LevelOfCareHistory.Append</c>) and init setters. Arguments
/// are generated the same way, recursively; whatever the core refuses is drawn again, so every value returned
/// passed the core's own checks. A type added later is covered without a line here.
/// </summary>
internal sealed class ValueFactory(int seed)
{
    private const int MaxDepth = 5;
    private const int Attempts = 200;
    private static readonly Assembly Core = typeof(RuleId).Assembly;
    private readonly Random random = new(seed);

    public object Make(Type type) => Make(type, 0) ?? throw new InvalidOperationException($"No value of {type} was generated.");

    /// <summary>Whether the factory can build a value of the type at all (some public way in exists).</summary>
    public static bool HasPublicWayIn(Type type) => Makers(type).Any();

    private object? Make(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return random.Next(4) == 0 ? null : Make(underlying, depth);
        }

        if (Leaf(type) is { } leaf)
        {
            return leaf;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(random.Next(values.Length));
        }

        if (SequenceElement(type) is { } element)
        {
            var count = depth >= MaxDepth ? 0 : random.Next(4);
            var array = Array.CreateInstance(element, count);
            for (var i = 0; i < count; i++)
            {
                array.SetValue(Make(element, depth + 1), i);
            }

            return array;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            var args = type.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            for (var i = depth >= MaxDepth ? 0 : random.Next(3); i > 0; i--)
            {
                dictionary[Make(args[0], depth + 1)!] = Make(args[1], depth + 1);
            }

            return dictionary;
        }

        return Build(type, depth);
    }

    private object? Leaf(Type type)
    {
        if (type == typeof(int)) return random.Next(0, 12);
        if (type == typeof(long)) return (long)random.Next(0, 1000);
        if (type == typeof(double)) return Math.Round(random.NextDouble(), 3);
        if (type == typeof(decimal)) return random.Next(0, 100) / 10m;
        if (type == typeof(bool)) return random.Next(2) == 0;
        if (type == typeof(string)) return $"T{random.Next(0, 50)}";
        if (type == typeof(Uri)) return new Uri($"https://example.org/source/{random.Next(0, 9)}");
        if (type == typeof(LocalDate)) return Date();
        if (type == typeof(LocalTime)) return LocalTime.FromMinutesSinceMidnight(random.Next(0, 24 * 4) * 15);
        if (type == typeof(Duration)) return Duration.FromMinutes(random.Next(1, 16) * 15);
        if (type == typeof(Period)) return random.Next(2) == 0 ? Period.FromMonths(random.Next(1, 13)) : Period.FromDays(random.Next(1, 120));
        if (type == typeof(DateInterval))
        {
            var start = Date();
            return new DateInterval(start, start.PlusDays(random.Next(0, 60)));
        }

        if (type == typeof(RuleId)) return new RuleId($"TEST-R{random.Next(0, 20)}");
        return null;
    }

    private LocalDate Date() => new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 6 * 365));

    private object Build(Type type, int depth)
    {
        var makers = Makers(type).ToArray();
        if (makers.Length == 0)
        {
            throw new InvalidOperationException($"{type} has no public constructor, factory or built-in instance.");
        }

        // Deep in a graph, prefer the built-in instances (no arguments) so that recursion ends.
        var shallow = makers.Where(m => m is PropertyInfo || (m is MethodBase b && b.GetParameters().Length == 0)).ToArray();
        Exception? last = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var pool = depth >= MaxDepth && shallow.Length > 0 ? shallow : makers;
            try
            {
                var value = Invoke(pool[random.Next(pool.Length)], depth);
                if (value is not null && type.IsInstanceOfType(value))
                {
                    return Vary(value, type, depth);
                }
            }
            catch (Exception ex) when (Refusal(ex) is { } refusal)
            {
                last = refusal;
            }
        }

        throw new InvalidOperationException($"No valid {type} in {Attempts} attempts.", last);
    }

    private object? Invoke(MemberInfo maker, int depth) => maker switch
    {
        ConstructorInfo ctor => ctor.Invoke(Arguments(ctor, depth)),
        MethodInfo method => method.Invoke(null, Arguments(method, depth)),
        PropertyInfo { PropertyType: var t } property when SequenceElement(t) is not null =>
            ((IEnumerable)property.GetValue(null)!).Cast<object>().OrderBy(_ => random.Next()).FirstOrDefault(),
        PropertyInfo property => property.GetValue(null),
        _ => null,
    };

    /// <summary>Pseudo-mutators (instance methods returning the type) and init setters, a few at random.</summary>
    private object Vary(object value, Type type, int depth)
    {
        var mutators = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.ReturnType == type && !m.IsSpecialName && !m.ContainsGenericParameters && m.Name is not "Merge")
            .ToArray();
        for (var i = depth >= MaxDepth || mutators.Length == 0 ? 0 : random.Next(3); i > 0; i--)
        {
            var mutator = mutators[random.Next(mutators.Length)];
            try
            {
                value = mutator.Invoke(value, Arguments(mutator, depth))!;
            }
            catch (Exception ex) when (Refusal(ex) is not null)
            {
            }
        }

        // Init setters only on a copy: a built-in instance (a static property) is shared and must not change.
        var copyable = type.IsValueType || type.GetMethod("<Clone>$") is not null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => copyable && p.SetMethod is { IsPublic: true }))
        {
            if (random.Next(3) != 0)
            {
                continue;
            }

            try
            {
                var copy = Copy(value);
                property.SetValue(copy, Make(property.PropertyType, depth + 1));
                value = copy;
            }
            catch (Exception ex) when (Refusal(ex) is not null)
            {
            }
        }

        return value;
    }

    /// <summary>A record's copy (its clone method), so that an init setter never changes a shared instance.</summary>
    private static object Copy(object value)
    {
        if (value.GetType().IsValueType)
        {
            return value;
        }

        var clone = value.GetType().GetMethod("<Clone>$");
        return clone is null ? value : clone.Invoke(value, null)!;
    }

    private object?[] Arguments(MethodBase method, int depth) =>
        [.. method.GetParameters().Select(p => Make(p.ParameterType, depth + 1))];

    private static IEnumerable<MemberInfo> Makers(Type type)
    {
        foreach (var ctor in type.GetConstructors())
        {
            yield return ctor;
        }

        foreach (var exported in Core.GetExportedTypes())
        {
            foreach (var method in exported.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (method.ReturnType == type && !method.IsSpecialName && !method.ContainsGenericParameters
                    && method.GetParameters().All(p => p.ParameterType != type && !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
                {
                    yield return method;
                }
            }

            foreach (var property in exported.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.PropertyType == type || SequenceElement(property.PropertyType) == type)
                {
                    yield return property;
                }
            }
        }
    }

    private static Type? SequenceElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Exception? Refusal(Exception ex)
    {
        var inner = ex is TargetInvocationException { InnerException: { } i } ? i : ex;
        return inner is ArgumentException or InvalidOperationException or OverflowException or TargetException ? inner : null;
    }
}
