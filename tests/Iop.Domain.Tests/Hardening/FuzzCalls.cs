using System.Reflection;
using Iop.Domain.Tests.Conventions;

namespace Iop.Domain.Tests.Hardening;

/// <summary>
/// Calls members and checks what they throw, for the fuzz and the default/with sweep: an exception must be
/// of a type the member documents in an <c>&lt;exception&gt;</c> tag (or derived from one); an
/// <see cref="ArgumentException"/> must name one of the member's parameters (the property, for an
/// <c>init</c> setter); and no exception message may contain a secret-bearing value passed in the call.
/// Each defect is recorded once per member, check and exception type, with a count and a first example.
/// </summary>
internal sealed class FuzzCalls(FuzzValues values)
{
    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly Dictionary<MethodBase, IReadOnlyList<Type>> documented = [];
    private readonly SortedDictionary<string, (int Count, string Example)> defects = new(StringComparer.Ordinal);
    private readonly HashSet<MethodBase> reached = [];
    private readonly HashSet<MethodBase> returned = [];

    /// <summary>Gets what the last call that returned normally made: its result, or for a setter the changed copy.</summary>
    public object? LastMade { get; private set; }

    /// <summary>Gets the number of calls made.</summary>
    public int Calls { get; private set; }

    /// <summary>Gets the number of distinct members called at least once.</summary>
    public int MembersReached => reached.Count;

    /// <summary>Gets the number of distinct members that returned normally at least once.</summary>
    public int MembersReturned => returned.Count;

    /// <summary>Gets the defects, one line each: member, parameter, exception, count and an example.</summary>
    public IEnumerable<string> Defects => defects.Select(d => $"{d.Key} (x{d.Value.Count}){d.Value.Example}");

    /// <summary>Gets the number of distinct defects.</summary>
    public int DefectCount => defects.Count;

    /// <summary>
    /// Calls <paramref name="member"/> on <paramref name="receiver"/> (a setter on a copy of it) with
    /// <paramref name="arguments"/>, checks the outcome and remembers a library value it returns.
    /// </summary>
    /// <param name="context">What the call was (for example which argument was the edge value), for the report.</param>
    /// <returns>The exception thrown, if any.</returns>
    public Exception? Call(MethodBase member, object? receiver, object?[] arguments, string context)
    {
        if (FuzzMembers.IsSetter(member) && receiver is not null)
        {
            receiver = CloneMethod.Invoke(receiver, null); // never change a value others hold (built-ins)
        }

        Calls++;
        LastMade = null;
        reached.Add(member);
        try
        {
            var result = member is ConstructorInfo constructor
                ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null)
                : member.Invoke(receiver, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            returned.Add(member);
            var made = FuzzMembers.IsSetter(member) ? receiver : result;
            LastMade = made;
            Usable(member, made, context);
            values.Remember(made);
            foreach (var argument in arguments)
            {
                values.Remember(argument); // out parameters
            }

            return null;
        }
        catch (Exception thrown)
        {
            Check(member, thrown, context);
            return thrown;
        }
    }

    /// <summary>Gets how many times each exception type was thrown (a check that the fuzz reaches the refusals).</summary>
    public SortedDictionary<string, int> Thrown { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks that a library value a member returned (or a setter accepted) can be printed, hashed and compared:
    /// a value the library accepts never throws later (issue 13, item 3).
    /// </summary>
    public void Usable(MethodBase member, object? made, string context)
    {
        if (made is null || made.GetType().Assembly != LibraryTypes.Assembly)
        {
            return;
        }

        foreach (var (what, use) in new (string, Func<object, object?>)[] { ("ToString", v => v.ToString()), ("GetHashCode", v => v.GetHashCode()), ("Equals", v => v.Equals(v)) })
        {
            try
            {
                use(made);
            }
            catch (Exception thrown)
            {
                Record(
                    $"{FuzzMembers.Describe(member)}: the {made.GetType().Name} it returned (or accepted) throws {thrown.GetType().Name} from {what}",
                    $"\n      {context}; thrown at {Origin(thrown)}: {thrown.Message}");
            }
        }
    }

    /// <summary>Records a defect found outside a call's exception (for example a value a setter accepted failing later).</summary>
    public void Record(string key, string example)
    {
        defects[key] = defects.TryGetValue(key, out var known) ? (known.Count + 1, known.Example) : (1, example);
    }

    /// <summary>Checks an exception <paramref name="member"/> threw against its documentation and the values passed.</summary>
    public void Check(MethodBase member, Exception thrown, string context)
    {
        if (!documented.TryGetValue(member, out var allowed))
        {
            documented[member] = allowed = DocumentedExceptions.Of(member);
        }

        var name = FuzzMembers.Describe(member);
        var type = thrown.GetType().Name;
        Thrown[type] = Thrown.GetValueOrDefault(type) + 1;
        var where = Origin(thrown);
        if (!allowed.Any(t => t.IsInstanceOfType(thrown)))
        {
            Record($"{name}: undocumented {type}", $"\n      {context}; thrown at {where}: {thrown.Message}");
        }

        if (thrown is ArgumentException refused && !FuzzMembers.ParameterNames(member).Contains(refused.ParamName))
        {
            Record(
                $"{name}: {type} ParamName \"{refused.ParamName}\" is not one of ({string.Join(", ", FuzzMembers.ParameterNames(member))})",
                $"\n      {context}; thrown at {where}");
        }

        foreach (var secret in values.Secrets)
        {
            if (thrown.Message.Contains(secret, StringComparison.Ordinal))
            {
                Record($"{name}: {type} message contains a value passed", $"\n      {context}; thrown at {where}; message repeats \"{secret}\"");
                break;
            }
        }
    }

    /// <summary>The first library frame of the stack trace: where the exception came from.</summary>
    private static string Origin(Exception thrown)
    {
        var lines = (thrown.StackTrace ?? string.Empty).Split('\n');
        return lines.FirstOrDefault(l => l.Contains(" Iop.Domain.", StringComparison.Ordinal) && !l.Contains("Iop.Domain.Tests", StringComparison.Ordinal))?.Trim()
            ?? lines.FirstOrDefault()?.Trim() ?? "?";
    }
}
