using System.Reflection;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// Namespaces depend only downward, as the table below states (and docs/concepts.md describes). Every type the library declares is
/// scanned: signatures, fields, base types and the IL of every method body.
/// </summary>
public sealed class NamespaceDependencyTests
{
    /// <summary>Which concept namespaces each may use; the root namespace ("", internal helpers) is open to all.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        // The root holds the guard clauses; the date clause reads the supported range from Rules, which depends on nothing.
        [""] = ["Rules"],
        ["Rules"] = [],
        ["Coding"] = [],
        ["Continuum"] = ["Coding", "Rules"],
        ["Placement"] = ["Continuum", "Coding", "Rules"],
        ["Intensity"] = ["Continuum", "Coding", "Rules"],
        ["Outcomes"] = ["Continuum", "Coding", "Rules"],
        ["TreatmentPlans"] = ["Continuum", "Intensity", "Outcomes", "Coding", "Rules"],
        ["Matching"] = ["Placement", "Intensity", "Continuum", "Coding", "Rules"],
    };

    [Fact]
    public void EveryNamespace_IsKnown()
    {
        var unknown = LibraryTypes.All.Select(LibraryTypes.ConceptOf).Distinct().Where(c => !Allowed.ContainsKey(c));
        unknown.Should().BeEmpty("every concept namespace must be placed in the dependency table (Allowed, above)");
    }

    [Fact]
    public void Namespaces_DependOnlyDownward()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in LibraryTypes.All)
        {
            var from = LibraryTypes.ConceptOf(type);
            if (!Allowed.TryGetValue(from, out var allowed))
            {
                continue;
            }

            foreach (var used in ReferencedTypes(type))
            {
                if (used.Assembly != LibraryTypes.Assembly)
                {
                    continue;
                }

                var to = LibraryTypes.ConceptOf(used);
                if (to.Length != 0 && to != from && !allowed.Contains(to))
                {
                    violations.Add($"{type.FullName} ({from}) uses {used.FullName} ({to})");
                }
            }
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public void Scanner_FindsTypesUsedOnlyInsideMethodBodies()
    {
        // Guards the scanner itself: AsamCrosswalk uses the guard clauses only inside method bodies.
        ReferencedTypes(typeof(Iop.Domain.Continuum.AsamCrosswalk))
            .Should().Contain(t => t.Name == "LibraryGuardClauses");
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();

        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var arg in t.GetGenericArguments())
                {
                    Add(arg);
                }

                return;
            }

            if (!t.IsGenericParameter)
            {
                found.Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var f in type.GetFields(all))
        {
            Add(f.FieldType);
        }

        foreach (var p in type.GetProperties(all))
        {
            Add(p.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo mi)
            {
                Add(mi.ReturnType);
            }

            foreach (var p in method.GetParameters())
            {
                Add(p.ParameterType);
            }

            foreach (var t in TypesInBody(method))
            {
                Add(t);
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method) =>
        MethodBodies.ReferencedMembers(method).Select(member => member as Type ?? member.DeclaringType).OfType<Type>();
}
