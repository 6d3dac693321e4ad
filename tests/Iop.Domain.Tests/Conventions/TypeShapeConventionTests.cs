using System.Reflection;
using System.Runtime.CompilerServices;

namespace Iop.Domain.Tests.Conventions;

/// <summary>NodaTime-style reflection tests: the shapes every public type must have.</summary>
public sealed class TypeShapeConventionTests
{
    public static TheoryData<Type> PublicTypes() => [.. LibraryTypes.Public];

    [Fact]
    public void PublicTypes_Exist_SoTheConventionTheoriesAreNotVacuous() =>
        LibraryTypes.Public.Should().HaveCountGreaterThan(20);

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsSealedAbstractStaticOrEnum(Type type)
    {
        var ok = type.IsSealed || type.IsAbstract || type.IsEnum || type.IsInterface || type.IsValueType;
        ok.Should().BeTrue($"{type.FullName} must be sealed, abstract, static, an interface, a struct or an enum");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicSetters_OnlyInit(Type type)
    {
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        setters.Should().BeEmpty($"{type.FullName} must be immutable: use init, not set");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicFields_ExceptEnumMembersAndConstants(Type type)
    {
        if (type.IsEnum)
        {
            return;
        }

        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsLiteral)
            .Select(f => f.Name);
        fields.Should().BeEmpty($"{type.FullName} exposes properties, never fields (NodaTime's regret about Offset fields)");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_ImplementingIEquatable_DefinesEqualityOperators(Type type)
    {
        if (!Implements(type, typeof(IEquatable<>)) || type.IsInterface)
        {
            return;
        }

        type.GetMethod("op_Equality", [type, type]).Should().NotBeNull($"{type.FullName} is IEquatable<T> and must define ==");
        type.GetMethod("op_Inequality", [type, type]).Should().NotBeNull($"{type.FullName} is IEquatable<T> and must define !=");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_ImplementingIComparable_DefinesOrderingOperators(Type type)
    {
        if (!Implements(type, typeof(IComparable<>)) || type.IsInterface)
        {
            return;
        }

        type.GetMethod("op_LessThan", [type, type]).Should().NotBeNull($"{type.FullName} is IComparable<T> and must define <");
        type.GetMethod("op_LessThanOrEqual", [type, type]).Should().NotBeNull($"{type.FullName} is IComparable<T> and must define <=");
        type.GetMethod("op_GreaterThan", [type, type]).Should().NotBeNull($"{type.FullName} is IComparable<T> and must define >");
        type.GetMethod("op_GreaterThanOrEqual", [type, type]).Should().NotBeNull($"{type.FullName} is IComparable<T> and must define >=");
    }

    [Fact]
    public void AllTypes_HaveNoMutableStaticFields()
    {
        // "No static mutable state": every static field the library declares (public or not) is readonly or
        // constant. Compiler-generated lambda caches are exempt: they hold delegates to pure methods.
        var mutable = LibraryTypes.All
            .Where(t => !LibraryTypes.IsCompilerGenerated(t))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");
        mutable.Should().BeEmpty();
    }

    [Fact]
    public void Enums_DoNotUseZeroAsAMember()
    {
        // default(TEnum) is invalid for our enums (NodaTime's IsoDayOfWeek), so it cannot pass silently.
        var zeroes = LibraryTypes.Public
            .Where(t => t.IsEnum && Enum.GetValues(t).Cast<object>().Any(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) == 0))
            .Select(t => t.FullName);
        zeroes.Should().BeEmpty();
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric && i.GetGenericArguments()[0] == type);
}
