using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Iop.Domain.Rules;
using Iop.Domain.Tests.Conventions;
using NodaTime;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// Random and edge arguments for the fuzz, from one seeded <see cref="Random"/>, and a pool of library
/// values: every built-in (static property), then every library value a call returns or a setter accepts,
/// so later calls receive what earlier calls built. Values whose text could be PHI (strings, large random
/// numbers, random dates) are remembered as <see cref="Secrets"/> so a message that repeats one is caught.
/// </summary>
internal sealed class FuzzValues(int seed)
{
    private const int PoolCapacity = 48;

    private static readonly LocalDate PlausibleStart = new(2025, 3, 3);

    private readonly Dictionary<Type, List<object>> pool = [];
    private readonly Dictionary<Type, object> defaults = [];

    /// <summary>Gets the random source; every draw of the run comes from it, so a seed replays a run.</summary>
    public Random Random { get; } = new(seed);

    /// <summary>Gets the texts of the secret-bearing values drawn for the current call.</summary>
    public List<string> Secrets { get; } = [];

    /// <summary>Gets the types an argument could not be built for, with a count (reported, never silently skipped).</summary>
    public SortedDictionary<string, int> Unbuildable { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets how many library values the pool holds, over all types.</summary>
    public int PoolSize => pool.Values.Sum(l => l.Count);

    /// <summary>Adds every library value held by a public static property (built-ins, <c>Empty</c>, catalogues).</summary>
    public void SeedBuiltIns()
    {
        foreach (var type in LibraryTypes.Public.Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                Remember(property.GetValue(null));
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> (and, for a list, its first elements) when it is a library value.</summary>
    public void Remember(object? value)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (type.Assembly == LibraryTypes.Assembly && !type.IsEnum && type.IsPublic | type.IsNestedPublic)
        {
            if (!pool.TryGetValue(type, out var list))
            {
                pool[type] = list = [];
            }

            if (list.Count < PoolCapacity)
            {
                list.Add(value);
            }
            else
            {
                list[Random.Next(PoolCapacity)] = value;
            }
        }
        else if (value is IEnumerable items and not string)
        {
            var taken = 0;
            foreach (var item in items)
            {
                if (item is null || item.GetType().Assembly != LibraryTypes.Assembly || ++taken > 3)
                {
                    break;
                }

                Remember(item);
            }
        }
    }

    /// <summary>A value from the pool assignable to <paramref name="type"/>, or <see langword="null"/> when none is held.</summary>
    public object? FromPool(Type type)
    {
        if (pool.TryGetValue(type, out var exact) && exact.Count > 0)
        {
            return exact[Random.Next(exact.Count)];
        }

        var candidates = pool.Where(p => type.IsAssignableFrom(p.Key) && p.Value.Count > 0).OrderBy(p => p.Key.FullName, StringComparer.Ordinal).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var list = candidates[Random.Next(candidates.Length)].Value;
        return list[Random.Next(list.Count)];
    }

    /// <summary>The <see langword="default"/> of a value type (boxed, cached).</summary>
    public object DefaultOf(Type type)
    {
        if (!defaults.TryGetValue(type, out var value))
        {
            defaults[type] = value = RuntimeHelpers.GetUninitializedObject(type);
        }

        return value;
    }

    /// <summary>Builds an argument of <paramref name="type"/>: plausible, or (when <paramref name="edge"/>) an edge value.</summary>
    /// <returns><see langword="false"/> when the type is one the fuzz cannot build.</returns>
    public bool TryBuild(Type type, bool edge, int depth, out object? value)
    {
        value = null;
        if (type.IsByRef)
        {
            return TryBuild(type.GetElementType()!, edge, depth, out value);
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            if (Random.Next(edge ? 2 : 4) == 0)
            {
                return true;
            }

            return TryBuild(inner, edge, depth, out value);
        }

        if (edge && !type.IsValueType && Random.Next(4) == 0)
        {
            return true; // null for a reference type
        }

        if (type.IsEnum)
        {
            value = Enum(type, edge);
            return true;
        }

        if (Primitive(type, edge) is { } primitive)
        {
            value = primitive;
            return true;
        }

        if (Time(type, edge) is { } time)
        {
            value = time;
            return true;
        }

        if (depth < 3 && Collection(type, edge, depth, out value))
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<,>))
        {
            value = ConstantFunction(type, depth);
            return value is not null;
        }

        if (type == typeof(object))
        {
            value = FromPool(typeof(object)) ?? Text(edge);
            return true;
        }

        if (type.Assembly == LibraryTypes.Assembly || type.IsInterface)
        {
            if (type.IsValueType && edge && Random.Next(3) == 0)
            {
                value = DefaultOf(type);
                return true;
            }

            value = FromPool(type);
            if (value is null && type.IsValueType)
            {
                value = DefaultOf(type);
            }

            return value is not null;
        }

        Unbuildable[type.ToString()] = Unbuildable.GetValueOrDefault(type.ToString()) + 1;
        return false;
    }

    private object Enum(Type type, bool edge)
    {
        var members = System.Enum.GetValues(type);
        if (edge && Random.Next(3) == 0)
        {
            var odd = new long[] { 0, -1, 999, int.MaxValue }[Random.Next(4)];
            return System.Enum.ToObject(type, odd);
        }

        return members.GetValue(Random.Next(members.Length))!;
    }

    private object? Primitive(Type type, bool edge)
    {
        if (type == typeof(string))
        {
            return Text(edge);
        }

        if (type == typeof(bool))
        {
            return Random.Next(2) == 0;
        }

        if (type == typeof(int))
        {
            return edge ? Pick(0, -1, 1, int.MinValue, int.MaxValue, (int)SecretNumber(), -(int)SecretNumber()) : Random.Next(0, 12);
        }

        if (type == typeof(long))
        {
            return edge ? Pick(0L, -1L, long.MinValue, long.MaxValue, SecretNumber()) : (long)Random.Next(0, 12);
        }

        if (type == typeof(double))
        {
            return edge
                ? Pick(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue, -double.MaxValue, -1.0, SecretNumber() + 0.25)
                : Math.Round(Random.NextDouble() * Pick(1.0, 10.0, 30.0), 2);
        }

        if (type == typeof(decimal))
        {
            return edge ? Pick(decimal.MinValue, decimal.MaxValue, -1m, 0m, SecretNumber() + 0.25m) : Math.Round((decimal)Random.NextDouble(), 2);
        }

        return null;
    }

    private object? Time(Type type, bool edge)
    {
        if (type == typeof(LocalDate))
        {
            return edge ? EdgeDate() : PlausibleDate();
        }

        if (type == typeof(LocalTime))
        {
            return edge ? Pick(LocalTime.Midnight, LocalTime.MaxValue, new LocalTime(23, 59)) : new LocalTime(Random.Next(6, 21), Random.Next(4) * 15);
        }

        if (type == typeof(Duration))
        {
            return edge
                ? Pick(Duration.Zero, Duration.Epsilon, -Duration.Epsilon, Duration.MaxValue, Duration.MinValue, Duration.FromDays(1), Duration.FromDays(2), Duration.FromHours(SecretNumber() % 100_000))
                : Duration.FromMinutes(15 * Random.Next(1, 17));
        }

        if (type == typeof(Period))
        {
            return edge
                ? Pick(Period.Zero, Period.FromDays(-1), Period.FromDays(int.MaxValue), Period.FromYears(int.MaxValue), Period.FromMonths(121), Period.FromHours(1), Period.FromYears(10))
                : Pick(Period.FromDays(Random.Next(1, 61)), Period.FromWeeks(Random.Next(1, 5)), Period.FromMonths(Random.Next(1, 4)));
        }

        if (type == typeof(DateInterval))
        {
            if (edge)
            {
                return Random.Next(6) switch
                {
                    0 => new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue),
                    1 => new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue),
                    2 => new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(6)),
                    3 => new DateInterval(SupportedDates.Last.PlusDays(-6), SupportedDates.Last),
                    4 => new DateInterval(SupportedDates.First, SupportedDates.First.PlusDays(Random.Next(0, 30))),
                    _ => new DateInterval(SupportedDates.Last.PlusDays(-Random.Next(0, 30)), new LocalDate(2200, 1, 5)),
                };
            }

            var start = PlausibleDate().PlusDays(-Random.Next(0, 30));
            return new DateInterval(start, start.PlusDays(Random.Next(0, 90)));
        }

        return null;
    }

    private bool Collection(Type type, bool edge, int depth, out object? value)
    {
        value = null;
        Type? element = null;
        var isDictionary = false;
        if (type.IsArray)
        {
            element = type.GetElementType();
        }
        else if (type.IsGenericType && type.IsInterface && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var definition = type.GetGenericTypeDefinition();
            isDictionary = definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>);
            if (!isDictionary && type.GetGenericArguments().Length == 1 && type.IsAssignableFrom(type.GetGenericArguments()[0].MakeArrayType()))
            {
                element = type.GetGenericArguments()[0];
            }
        }

        if (isDictionary)
        {
            var arguments = type.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            for (var i = Random.Next(3); i > 0; i--)
            {
                if (TryBuild(arguments[0], edge: false, depth + 1, out var key) && key is not null && TryBuild(arguments[1], edge, depth + 1, out var item))
                {
                    dictionary[key] = item;
                }
            }

            value = dictionary;
            return true;
        }

        if (element is null)
        {
            return false;
        }

        var length = Random.Next(edge ? 7 : 5);
        var array = Array.CreateInstance(element, length);
        for (var i = 0; i < length; i++)
        {
            // In an edge collection one element is odd (null, an edge date, default, …) and the rest plausible.
            if (!TryBuild(element, edge && Random.Next(length) == 0, depth + 1, out var item))
            {
                return false;
            }

            if (item is not null || !element.IsValueType)
            {
                array.SetValue(item, i);
            }
        }

        value = array;
        return true;
    }

    private object? ConstantFunction(Type type, int depth)
    {
        var arguments = type.GetGenericArguments();
        if (!TryBuild(arguments[1], edge: false, depth + 1, out var result) || result is null)
        {
            return null;
        }

        var make = typeof(FuzzValues).GetMethod(nameof(Constant), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arguments);
        return make.Invoke(null, [result]);
    }

    private static Func<TIn, TOut> Constant<TIn, TOut>(TOut value) => _ => value;

    private string Text(bool edge)
    {
        if (edge && Random.Next(2) == 0)
        {
            return Pick(string.Empty, "   ", "\0", "\t\n", new string('x', 5000), "é\u0301\uD83D\uDE00");
        }

        // A secret-looking text: a message that repeats it leaks caller text.
        var text = "Zq" + Random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        Secrets.Add(text);
        return text;
    }

    private long SecretNumber()
    {
        var number = (long)Random.Next(100_000_000, 999_999_999);
        Secrets.Add(number.ToString(CultureInfo.InvariantCulture));
        Secrets.Add(number.ToString("N0", CultureInfo.InvariantCulture));
        return number;
    }

    private LocalDate PlausibleDate()
    {
        // Most dates fall in one 10-week window, so sessions, ranges, histories and as-of dates built in
        // different calls still meet (a session inside the range evaluated); some spread over years.
        var date = PlausibleStart.PlusDays(Random.Next(4) == 0 ? Random.Next(0, 2500) : Random.Next(0, 70));
        Secrets.Add(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Secrets.Add(date.ToString());
        return date;
    }

    private LocalDate EdgeDate() => Random.Next(10) switch
    {
        0 => LocalDate.MinIsoValue,
        1 => LocalDate.MaxIsoValue,
        2 => new LocalDate(9999, 12, 31),
        3 => new LocalDate(9999, 12, 20),
        4 => new LocalDate(1899, 12, 31),
        5 => new LocalDate(2200, 1, 1),
        6 => SupportedDates.First,
        7 => SupportedDates.Last,
        8 => SupportedDates.Last.PlusDays(-Random.Next(1, 40)),
        _ => SupportedDates.First.PlusDays(Random.Next(1, 40)),
    };

    private T Pick<T>(params T[] choices) => choices[Random.Next(choices.Length)];
}
