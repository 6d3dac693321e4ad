using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// No protected health information in <c>ToString()</c>: a public type that carries a person's dates,
/// the caller's opaque keys or free text must write its own <c>ToString()</c> instead of the record's
/// generated one, which prints every property. Rule sets and policies (they have an
/// <c>EffectiveFrom</c>) describe rules, not people, and are exempt.
/// </summary>
public sealed class PrintingConventionTests
{
    private static readonly Type[] PersonalTypes = [typeof(LocalDate), typeof(LocalDate?), typeof(DateInterval), typeof(LocalDateTime), typeof(string), typeof(IReadOnlyList<string>)];

    public static TheoryData<Type> TypesCarryingPersonalValues() =>
    [
        .. LibraryTypes.Public.Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed))
            .Where(t => t.GetProperty("EffectiveFrom") is null)
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Any(p => PersonalTypes.Contains(p.PropertyType) || p.PropertyType.IsGenericParameter)),
    ];

    [Fact]
    public void TypesCarryingPersonalValues_AreFound_SoTheTheoryIsNotVacuous() =>
        TypesCarryingPersonalValues().Count.Should().BeGreaterThan(10);

    [Theory]
    [MemberData(nameof(TypesCarryingPersonalValues))]
    public void Type_CarryingDatesKeysOrText_WritesItsOwnToString(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
        var own = toString.DeclaringType == type && !toString.IsDefined(typeof(CompilerGeneratedAttribute));
        own.Should().BeTrue($"{type.FullName} carries dates, keys or text and must not print them through the generated ToString");
    }

    [Fact]
    public void ToString_OfDatedValues_PrintsNoDate()
    {
        var date = new LocalDate(2025, 3, 14); // a date that would show as 2025-03-14, 3/14/2025 or 14 March
        var printed = new[]
        {
            new Iop.Domain.Intensity.Session(date, new LocalTime(18, 0), Duration.FromMinutes(90), Iop.Domain.Intensity.ServiceKind.GroupTherapy, Iop.Domain.Intensity.DeliveryMode.InPerson, Iop.Domain.Intensity.Attendance.Attended).ToString(),
            new Iop.Domain.Outcomes.Measurement(date, 12).ToString(),
            new Iop.Domain.Outcomes.Episode<string>("fictional", Iop.Domain.Continuum.LevelOfCareHistory.Admit(date, Iop.Domain.Continuum.LevelOfCare.IntensiveOutpatient)).ToString(),
        };

        printed.Should().OnlyContain(text => !text.Contains("2025", StringComparison.Ordinal) && !text.Contains("14", StringComparison.Ordinal));
        printed[0].Should().Be("Session (GroupTherapy, 90 min, InPerson, Attended)");
    }
}
