using Ardalis.GuardClauses;

namespace Iop.Domain.Tests.Conventions;

/// <summary>
/// Every guard clause the library calls names the parameter, states the allowed range or rule, and never
/// repeats the refused value. The clauses in use are found in the library's IL, so a clause added later
/// without a case here fails <see cref="EveryGuardClauseInUse_IsCoveredHere"/>.
/// </summary>
public sealed class GuardClauseTests
{
    // A value no message could contain by accident: if it shows up, the message echoes the input.
    private const string SecretText = "Patient Jane Q. Sentinel 4711";
    private const int SecretNumber = 987_654_321;

    /// <summary>One refusal per clause in use: the call, the parameter name it must report, and the refused value.</summary>
    public static TheoryData<string, Action, string> Refusals => new()
    {
        { nameof(LibraryGuardClauses.OutsideRange), () => Guard.Against.OutsideRange(SecretNumber, 0, 27, "total"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.OutsideRange) + " NaN", () => Guard.Against.OutsideRange(double.NaN, 0.0, 1.0, "ratio"), "NaN" },
        { nameof(LibraryGuardClauses.NotFinite), () => Guard.Against.NotFinite(double.NaN, "score"), "NaN" },
        { nameof(LibraryGuardClauses.NotFinite) + " +Infinity", () => Guard.Against.NotFinite(double.PositiveInfinity, "score"), "Infinity" },
        { nameof(LibraryGuardClauses.NotFinite) + " -Infinity", () => Guard.Against.NotFinite(double.NegativeInfinity, "score"), "\u221E" },
        { nameof(LibraryGuardClauses.BelowMinimum), () => Guard.Against.BelowMinimum(-SecretNumber, 0, "count"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.UndefinedMember), () => Guard.Against.UndefinedMember((DayOfWeek)SecretNumber, "day"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.EndBeforeStart), () => Guard.Against.EndBeforeStart(SecretNumber - 1, SecretNumber, "end"), (SecretNumber - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.UnsupportedDate), () => Guard.Against.UnsupportedDate(new NodaTime.LocalDate(9999, 12, 31), "end"), "9999" },
        { nameof(LibraryGuardClauses.UnsupportedDate) + " nullable", () => Guard.Against.UnsupportedDate((NodaTime.LocalDate?)new NodaTime.LocalDate(1899, 12, 31), "end"), "1899" },
        { nameof(LibraryGuardClauses.UnsupportedDates), () => Guard.Against.UnsupportedDates(new NodaTime.DateInterval(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(9999, 12, 31)), "period"), "9999" },
        { nameof(LibraryGuardClauses.UnsupportedDates) + " list", () => Guard.Against.UnsupportedDates(new[] { new NodaTime.LocalDate(2025, 1, 1), NodaTime.LocalDate.MaxIsoValue }, "dates"), "9999" },
        { nameof(LibraryGuardClauses.UnsupportedDates) + " null", () => Guard.Against.UnsupportedDates((NodaTime.DateInterval?)null, "period"), SecretText },
        { nameof(LibraryGuardClauses.HoursOutsideRange), () => Guard.Against.HoursOutsideRange(NodaTime.Duration.FromMinutes(SecretNumber), NodaTime.Duration.Zero, NodaTime.Duration.FromHours(24), "hours"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.HoursOutsideRange) + " negative", () => Guard.Against.HoursOutsideRange(NodaTime.Duration.FromMinutes(-SecretNumber), NodaTime.Duration.Zero, NodaTime.Duration.FromHours(24), "hours"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.NegativeHours), () => Guard.Against.NegativeHours(NodaTime.Duration.FromMinutes(-SecretNumber), "hours"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.PeriodLongerThanTenYears), () => Guard.Against.PeriodLongerThanTenYears(NodaTime.Period.FromDays(SecretNumber), "interval"), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(LibraryGuardClauses.PeriodLongerThanTenYears) + " null", () => Guard.Against.PeriodLongerThanTenYears(null!, "interval"), SecretText },
        { nameof(LibraryGuardClauses.Blank), () => Guard.Against.Blank("   ", "statement"), "   " },
        { nameof(LibraryGuardClauses.Blank) + " null", () => Guard.Against.Blank(null, "statement"), SecretText },
        { nameof(LibraryGuardClauses.NullElements), () => Guard.Against.NullElements(new[] { SecretText, null! }, "items"), SecretText },
        { nameof(LibraryGuardClauses.NullElementsCopy), () => Guard.Against.NullElementsCopy(new[] { SecretText, null! }, "items"), SecretText },
        { nameof(LibraryGuardClauses.EmptyOrNullElements), () => Guard.Against.EmptyOrNullElements(Array.Empty<string>(), "items"), SecretText },
        { nameof(LibraryGuardClauses.NullValues), () => Guard.Against.NullValues(new Dictionary<string, string> { [SecretText] = null! }, "parts"), SecretText },
        { nameof(LibraryGuardClauses.NullValues) + " null", () => Guard.Against.NullValues((IReadOnlyDictionary<string, string>?)null, "parts"), SecretText },
        { nameof(GuardClauseExtensions.Null), () => Guard.Against.Null((string?)null, "value"), SecretText },
        { nameof(GuardClauseExtensions.OutOfRange), () => Guard.Against.OutOfRange(SecretNumber, "total", 0, 27, "Value must be in the range [0, 27]."), SecretNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { nameof(GuardClauseExtensions.NullOrWhiteSpace), () => Guard.Against.NullOrWhiteSpace("  ", "text", "Value must not be empty or white space."), "  " },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Clause_Refusing_NamesTheParameterAndNeverTheValue(string clause, Action refuse, string refused)
    {
        var thrown = refuse.Should().Throw<ArgumentException>($"{clause} must refuse").Which;
        thrown.ParamName.Should().NotBeNullOrEmpty();
        thrown.Message.Should().Contain(thrown.ParamName!);
        if (refused.Trim().Length > 0)
        {
            thrown.Message.Should().NotContain(refused, $"{clause} must not echo the refused value");
        }

        if (thrown is ArgumentOutOfRangeException range)
        {
            range.ActualValue.Should().BeNull("an exception's ActualValue is printed by its Message");
        }
    }

    [Fact]
    public void OutsideRange_Refusing_StatesTheAllowedRange()
    {
        var act = () => Guard.Against.OutsideRange(28, 0, 27, "total");
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total").WithMessage("Value must be in the range [0, 27].*");
    }

    [Fact]
    public void NotFinite_Refusing_StatesTheAllowedRange()
    {
        var act = () => Guard.Against.NotFinite(double.NaN, "score");
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score").WithMessage("Value must be a finite number.*");
    }

    [Fact]
    public void Clauses_Accepting_ReturnTheValue()
    {
        Guard.Against.OutsideRange(27, 0, 27).Should().Be(27);
        Guard.Against.NotFinite(-double.MaxValue).Should().Be(-double.MaxValue);
        Guard.Against.NotFinite(double.Epsilon).Should().Be(double.Epsilon);
        Guard.Against.BelowMinimum(0, 0).Should().Be(0);
        Guard.Against.HoursOutsideRange(NodaTime.Duration.FromHours(24), NodaTime.Duration.Zero, NodaTime.Duration.FromHours(24)).Should().Be(NodaTime.Duration.FromHours(24));
        Guard.Against.HoursOutsideRange(NodaTime.Duration.Zero, NodaTime.Duration.Zero, NodaTime.Duration.FromHours(24)).Should().Be(NodaTime.Duration.Zero);
        Guard.Against.NegativeHours(NodaTime.Duration.Zero).Should().Be(NodaTime.Duration.Zero);
        Guard.Against.PeriodLongerThanTenYears(NodaTime.Period.FromYears(10)).Should().Be(NodaTime.Period.FromYears(10));
        Guard.Against.PeriodLongerThanTenYears(NodaTime.Period.FromMonths(120)).Should().Be(NodaTime.Period.FromMonths(120));
        Guard.Against.PeriodLongerThanTenYears(NodaTime.Period.FromWeeks(522)).Should().Be(NodaTime.Period.FromWeeks(522));
        Guard.Against.PeriodLongerThanTenYears(NodaTime.Period.FromDays(3660)).Should().Be(NodaTime.Period.FromDays(3660));
        Guard.Against.UndefinedMember(DayOfWeek.Monday).Should().Be(DayOfWeek.Monday);
        Guard.Against.EndBeforeStart(3, 3).Should().Be(3);
        Guard.Against.Blank(" a ").Should().Be(" a ");
        Guard.Against.UnsupportedDate(new NodaTime.LocalDate(1900, 1, 1)).Should().Be(new NodaTime.LocalDate(1900, 1, 1));
        Guard.Against.UnsupportedDate(new NodaTime.LocalDate(2199, 12, 31)).Should().Be(new NodaTime.LocalDate(2199, 12, 31));
        Guard.Against.UnsupportedDate((NodaTime.LocalDate?)null).Should().BeNull("an open end is null");
        Guard.Against.UnsupportedDates(new NodaTime.DateInterval(new NodaTime.LocalDate(1900, 1, 1), new NodaTime.LocalDate(2199, 12, 31))).End.Should().Be(new NodaTime.LocalDate(2199, 12, 31));
        Guard.Against.UnsupportedDates(new[] { new NodaTime.LocalDate(1900, 1, 1) }).Should().Equal(new NodaTime.LocalDate(1900, 1, 1));
        Guard.Against.NullElements(new[] { "a" }).Should().Equal("a");
        Guard.Against.EmptyOrNullElements(new[] { "a" }).Should().Equal("a");
        Guard.Against.NullElementsCopy(new[] { "a" }).Should().Equal("a");
    }

    [Fact]
    public void NullElements_CopiesTheCollection()
    {
        var source = new List<string> { "a" };
        var copy = Guard.Against.NullElements(source);
        source.Add("b");
        copy.Should().Equal("a");
        var array = new[] { "a" };
        var arrayCopy = Guard.Against.NullElementsCopy(array);
        array[0] = "b";
        arrayCopy.Should().Equal("a");
    }

    [Fact]
    public void NullValues_CopiesTheDictionary()
    {
        var source = new Dictionary<string, string> { ["k"] = "a" };
        var copy = Guard.Against.NullValues(source);
        source["k"] = "b";
        source["l"] = "c";
        copy.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("k", "a"));
    }

    [Fact]
    public void EveryGuardClauseInUse_IsCoveredHere()
    {
        var covered = Refusals.Select(row => ((string)row[0]).Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var inUse = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var method in LibraryTypes.All.SelectMany(MethodBodies.MethodsOf))
        {
            foreach (var called in MethodBodies.CalledMethods(method))
            {
                var parameters = called.GetParameters();
                if (called.IsStatic && parameters.Length > 0 && parameters[0].ParameterType == typeof(IGuardClause))
                {
                    inUse.Add(called.Name);
                }
            }
        }

        inUse.Should().NotBeEmpty("the scan must see the library's guard calls");
        inUse.Should().BeSubsetOf(covered);
    }
}
