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
    // Enough that an Episode (whose after-care visits must follow its discharge) is found for every seed a property draws.
    private const int Attempts = 2000;
    private static readonly Assembly Core = typeof(RuleId).Assembly;
    private readonly Random random = new(seed);

    public object Make(Type type) => Make(type, 0) ?? throw new InvalidOperationException($"No value of {type} was generated.");

    /// <summary>Whether the factory can build a value of the type at all (some public way in exists).</summary>
    public static bool HasPublicWayIn(Type type) => Makers(type).Any();

    private object? Make(Type type, int depth)
    {
        if (depth > 4 * MaxDepth)
        {
            // A result made from another result's parts can nest; past this depth the attempt is drawn again.
            throw new InvalidOperationException("The generated value nests too deeply.");
        }

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

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<,>) && type.GetGenericArguments()[1] == typeof(string))
        {
            return typeof(ValueFactory).GetMethod(nameof(GroupOf), BindingFlags.NonPublic | BindingFlags.Instance)!
                .MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(this, null);
        }

        if (type.IsInterface)
        {
            // An interface argument (IPlacementPolicy for TransitionReview.Decide): one of the core's types that implement it.
            var implementations = Core.GetExportedTypes().Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && type.IsAssignableFrom(t)).ToArray();
            if (implementations.Length > 0)
            {
                return Make(implementations[random.Next(implementations.Length)], depth);
            }
        }

        return Build(type, depth);
    }

    /// <summary>A grouping function for a cohort report: each item in one of three groups, at random.</summary>
    private Func<T, string> GroupOf<T>()
    {
        var groups = new[] { "G0", "G1", "G2" };
        return _ => groups[random.Next(groups.Length)];
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

    /// <summary>
    /// Evaluations that take a span (which reflection cannot pass), run here on generated inputs: their results
    /// are made the only way a caller makes them.
    /// </summary>
    private static readonly Dictionary<Type, Func<ValueFactory, int, object>> SpanEvaluations = new()
    {
        [typeof(Outcomes.BamScore)] = (f, _) => Outcomes.Instruments.ScoreBam([.. Enumerable.Range(0, 17).Select(_ => f.random.Next(0, 5))]),
        [typeof(Intensity.BillingDay)] = (f, depth) =>
        {
            var sessions = (Intensity.Session[])f.Make(typeof(Intensity.Session[]), depth)!;
            var date = sessions.Length > 0 ? sessions[f.random.Next(sessions.Length)].Date : f.Date();
            return Intensity.BillingDays.Classify(date, sessions.Where(s => s.Date == date).ToArray(), (Intensity.BillingRuleSet)f.Make(typeof(Intensity.BillingRuleSet), depth + 1)!);
        },
    };

    /// <summary>
    /// Matching results, made from one call to <see cref="Matching.ProgrammeMatching.Match"/> on a generated person
    /// and a few programmes drawn around that person (some fit, some miss a requirement, some have a track that does
    /// not fit), so that matches, exclusions, rejected tracks and criteria all occur; random programmes almost never
    /// match a random person, and drawing until they do does not end.
    /// </summary>
    private static readonly Dictionary<Type, Func<ValueFactory, int, object?>> MatchingParts = new()
    {
        [typeof(Matching.MatchResult)] = (f, depth) => f.MatchAround(depth),
        [typeof(Matching.ProgrammeMatch)] = (f, depth) => f.Pick(f.MatchAround(depth).Matches),
        [typeof(Matching.ProgrammeExclusion)] = (f, depth) => f.Pick(f.MatchAround(depth).Exclusions),
        [typeof(Matching.TrackRejection)] = (f, depth) =>
        {
            var result = f.MatchAround(depth);
            return f.Pick([.. result.Matches.SelectMany(m => m.RejectedTracks), .. result.Exclusions.SelectMany(e => e.RejectedTracks)]);
        },
        [typeof(Matching.MatchCriterion)] = (f, depth) =>
        {
            var result = f.MatchAround(depth);
            return f.Pick([.. result.Matches.SelectMany(m => m.Met.Concat(m.UnmetPreferences))]);
        },
    };

    /// <summary>The built-in intensity rule sets (static properties of <see cref="Intensity.IntensityRuleSet"/>), one drawn per match.</summary>
    private static readonly Intensity.IntensityRuleSet[] BuiltInIntensityRules =
        [.. typeof(Intensity.IntensityRuleSet).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Intensity.IntensityRuleSet)).Select(p => (Intensity.IntensityRuleSet)p.GetValue(null)!)];

    private object? Pick<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items[random.Next(items.Count)];

    private Matching.MatchResult MatchAround(int depth)
    {
        // The person's needs and preferences as generated, free every day, so that whether a track fits is the intensity standard's question.
        var everyDay = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => new Matching.AvailabilityWindow(d, new LocalTime(7, 0), new LocalTime(23, 0)));
        Matching.NeedStrength? Optional() => random.Next(3) switch { 0 => null, 1 => Matching.NeedStrength.Required, _ => Matching.NeedStrength.Preferred };
        var levels = Enum.GetValues<Continuum.LevelOfCare>();
        var ages = Enum.GetValues<Continuum.AgeGroup>();
        var person = new Matching.PersonNeeds(levels[random.Next(levels.Length)], ages[random.Next(ages.Length)], everyDay)
        {
            Telehealth = Optional(),
            CoOccurringCare = Optional(),
            FamilyInvolvement = Optional(),
            Payer = random.Next(2) == 0 ? null : "Payer",
            PayerStrength = Optional() ?? Matching.NeedStrength.Required,
            Language = random.Next(2) == 0 ? null : "es",
            LanguageStrength = Optional() ?? Matching.NeedStrength.Preferred,
            PreferredModalities = [.. Enum.GetValues<Intensity.Modality>().Where(_ => random.Next(3) == 0)],
            PreferredAftercare = [.. Enum.GetValues<Matching.AftercareService>().Where(_ => random.Next(3) == 0)],
        };
        var asOf = Date();
        var programmes = new List<Matching.ProgrammeProfile>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var tracks = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Matching.ScheduleTrack(
                person.Level,
                Matching.TrackKind.Evening,
                Enum.GetValues<IsoDayOfWeek>().Skip(1).Take(random.Next(1, 6)),
                new LocalTime(random.Next(2) == 0 ? 9 : 18, 0),
                Duration.FromMinutes(60 * random.Next(1, 6)))).ToArray();
            var programme = new Matching.ProgrammeProfile($"P{i}", [person.Level], [person.AgeGroup], tracks, asOf.PlusDays(random.Next(-30, 400)))
            {
                CoOccurringCapable = random.Next(2) == 0,
                FamilyProgramme = random.Next(2) == 0,
                Modalities = [.. Enum.GetValues<Intensity.Modality>().Where(_ => random.Next(2) == 0)],
                Aftercare = [.. Enum.GetValues<Matching.AftercareService>().Where(_ => random.Next(2) == 0)],
                PayersAccepted = person.Payer is { } payer && random.Next(4) != 0 ? [payer] : [],
                Languages = person.Language is { } language && random.Next(4) != 0 ? [language] : [],
            };
            programmes.Add(random.Next(5) == 0 ? programme with { Levels = [.. Enum.GetValues<Continuum.LevelOfCare>().Where(l => l != person.Level).Take(1)] } : programme);
        }

        return Matching.ProgrammeMatching.Match(person, programmes, asOf, BuiltInIntensityRules[random.Next(BuiltInIntensityRules.Length)]);
    }

    private object Build(Type type, int depth)
    {
        if (SpanEvaluations.TryGetValue(type, out var evaluation))
        {
            return Attempt(type, () => evaluation(this, depth + 1), depth);
        }

        if (MatchingParts.TryGetValue(type, out var part))
        {
            return Attempt(type, () => part(this, depth + 1), depth);
        }

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
                var value = Invoke(pool[random.Next(pool.Length)], type, depth);
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

    private object Attempt(Type type, Func<object?> make, int depth)
    {
        Exception? last = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                if (make() is { } value && type.IsInstanceOfType(value))
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

    private object? Invoke(MemberInfo maker, Type wanted, int depth) => maker switch
    {
        ConstructorInfo ctor => ctor.Invoke(Arguments(ctor, depth)),
        MethodInfo { IsStatic: true } method => ValueOf(method.Invoke(null, Arguments(method, depth)), method.ReturnType),
        MethodInfo method => method.Invoke(Make(method.ReflectedType!, depth + 1), Arguments(method, depth)),
        PropertyInfo property => Part(property.GetValue(property.GetMethod!.IsStatic ? null : Make(property.ReflectedType!, depth + 1)), property.PropertyType, wanted),
        _ => null,
    };

    /// <summary>A static maker's value: itself, or an evaluation's value (<c>Evaluation&lt;T&gt;.Value</c>).</summary>
    private static object? ValueOf(object? made, Type returned) =>
        returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(Evaluation<>) && made is not null
            ? returned.GetProperty(nameof(Evaluation<int>.Value))!.GetValue(made)
            : made;

    /// <summary>A property's value, or one element of a list (or one value of a dictionary) it holds, at random.</summary>
    private object? Part(object? held, Type type, Type wanted)
    {
        if (held is null || type == wanted)
        {
            return held;
        }

        if (SequenceElement(type) is not null)
        {
            return ((IEnumerable)held).Cast<object>().OrderBy(_ => random.Next()).FirstOrDefault();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return ((IEnumerable)type.GetProperty("Values")!.GetValue(held)!).Cast<object>().OrderBy(_ => random.Next()).FirstOrDefault();
        }

        return held;
    }

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
        var direct = DirectMakers(type).ToArray();
        return direct.Length > 0 ? direct : Results(type);
    }

    private static IEnumerable<MemberInfo> DirectMakers(Type type)
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

            // Generic evaluations (EpisodeOutcomes.Evaluate<TKey>, CohortMetrics.SummarizeBy<TKey, TGroup>), closed
            // with string for every caller key and group, as the contract closes them.
            foreach (var method in exported.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.IsGenericMethodDefinition && !m.IsSpecialName))
            {
                if (Closed(method) is { } closed && closed.ReturnType == type
                    && closed.GetParameters().All(p => p.ParameterType != type && !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
                {
                    yield return closed;
                }
            }
        }
    }

    /// <summary>
    /// A result has no public way in of its own: it is made by running an evaluation on generated inputs (a static
    /// method returning an <c>Evaluation&lt;T&gt;</c> of it, an instance method of another type such as
    /// <c>TransitionReview.Decide</c>), or it is a part of another result (a week of an intensity evaluation, a cell of
    /// a suppressed summary), read through that result's public properties.
    /// </summary>
    private static IEnumerable<MemberInfo> Results(Type type)
    {
        if (type.GetConstructors().Length > 0)
        {
            yield break;
        }

        var evaluation = typeof(Evaluation<>).MakeGenericType(type);
        foreach (var exported in Core.GetExportedTypes().Where(t => t != type && !t.IsGenericTypeDefinition && !t.IsByRefLike && !t.IsInterface))
        {
            foreach (var method in exported.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (method.ReturnType == evaluation && !method.ContainsGenericParameters && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
                {
                    yield return method;
                }
            }

            if (exported.IsAbstract && exported.IsSealed)
            {
                continue;
            }

            foreach (var method in exported.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if ((method.ReturnType == type || Nullable.GetUnderlyingType(method.ReturnType) == type) && !method.IsSpecialName && !method.ContainsGenericParameters
                    && method.GetParameters().All(p => p.ParameterType != type && !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
                {
                    yield return method;
                }
            }

            foreach (var property in exported.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var held = property.PropertyType;
                var dictionaryValue = held.IsGenericType && held.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? held.GetGenericArguments()[1] : null;
                if (held == type || SequenceElement(held) == type || dictionaryValue == type)
                {
                    yield return property;
                }
            }
        }
    }

    private static MethodInfo? Closed(MethodInfo definition)
    {
        try
        {
            return definition.MakeGenericMethod([.. definition.GetGenericArguments().Select(_ => typeof(string))]);
        }
        catch (ArgumentException)
        {
            return null;
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
