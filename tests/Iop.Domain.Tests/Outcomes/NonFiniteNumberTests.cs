using System.Reflection;
using Iop.Domain.Outcomes;
using Iop.Domain.Tests.Conventions;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// NaN and the infinities are refused wherever a floating-point number enters the public API, with an
/// <see cref="ArgumentOutOfRangeException"/> that names the parameter (or the property, for an init setter),
/// states the allowed range and never prints the refused value. One theory per member;
/// <see cref="EveryFloatingPointInput_IsCoveredHere"/> fails when a new member takes a double without a theory here.
/// </summary>
public sealed class NonFiniteNumberTests
{
    private const string Finite = "Value must be a finite number";

    private static readonly ReliableChangeCriteria Rci = new("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, 5, 0.84) { CutOff = 10 };

    private static readonly double[] NonFiniteValues = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>Every public input of type double, float or their nullable forms, as Type.Member(parameter); one theory each below.</summary>
    private static readonly string[] Covered =
    [
        "ReliableChange.Index(before)",
        "ReliableChange.Index(after)",
        "ReliableChange.Classify(before)",
        "ReliableChange.Classify(after)",
        "ReliableChange.CutOffA(dysfunctionalMean)",
        "ReliableChange.CutOffA(dysfunctionalSd)",
        "ReliableChange.CutOffB(functionalMean)",
        "ReliableChange.CutOffB(functionalSd)",
        "ReliableChange.CutOffC(dysfunctionalMean)",
        "ReliableChange.CutOffC(dysfunctionalSd)",
        "ReliableChange.CutOffC(functionalMean)",
        "ReliableChange.CutOffC(functionalSd)",
        "ReliableChangeCriteria..ctor(preTreatmentStandardDeviation)",
        "ReliableChangeCriteria..ctor(reliability)",
        "ReliableChangeCriteria.PreTreatmentStandardDeviation",
        "ReliableChangeCriteria.Reliability",
        "ReliableChangeCriteria.Threshold",
        "ReliableChangeCriteria.CutOff",
        "ChangeCriteria..ctor(responseReduction)",
        "ChangeCriteria.NotOnTrackMinimumImprovement",
    ];

    public static TheoryData<double> NonFinite => [.. NonFiniteValues];

    public static TheoryData<string, double> Scores => Each("before", "after");

    public static TheoryData<string, double> CutOffAArguments => Each("dysfunctionalMean", "dysfunctionalSd");

    public static TheoryData<string, double> CutOffBArguments => Each("functionalMean", "functionalSd");

    public static TheoryData<string, double> CutOffCArguments => Each("dysfunctionalMean", "dysfunctionalSd", "functionalMean", "functionalSd");

    public static TheoryData<string, double> CriteriaArguments => Each("preTreatmentStandardDeviation", "reliability");

    [Theory]
    [MemberData(nameof(Scores))]
    public void Index_NonFiniteScore_IsRefused(string parameter, double value) =>
        Refused(() => ReliableChange.Index(Arg("before", parameter, value, 20), Arg("after", parameter, value, 8), Rci), parameter, Finite);

    [Theory]
    [MemberData(nameof(Scores))]
    public void Classify_NonFiniteScore_IsRefused(string parameter, double value) =>
        Refused(() => ReliableChange.Classify(Arg("before", parameter, value, 20), Arg("after", parameter, value, 8), Rci), parameter, Finite);

    [Fact]
    public void Classify_NaNAndInfinity_NoLongerClassify()
    {
        // Regression (issue 13): NaN was classified Unchanged and +∞ Recovered.
        FluentActions.Invoking(() => ReliableChange.Classify(double.NaN, 8, Rci)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("before");
        FluentActions.Invoking(() => ReliableChange.Classify(double.PositiveInfinity, 8, Rci)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("before");
        ReliableChange.Classify(20, 8, Rci).Should().Be(ChangeCategory.Recovered);
        ReliableChange.Classify(-double.MaxValue, -double.MaxValue, Rci).Should().Be(ChangeCategory.Unchanged);
    }

    [Theory]
    [MemberData(nameof(CutOffAArguments))]
    public void CutOffA_NonFiniteNorm_IsRefused(string parameter, double value) =>
        Refused(() => ReliableChange.CutOffA(Arg("dysfunctionalMean", parameter, value, 15), Arg("dysfunctionalSd", parameter, value, 5)), parameter, Finite);

    [Theory]
    [MemberData(nameof(CutOffBArguments))]
    public void CutOffB_NonFiniteNorm_IsRefused(string parameter, double value) =>
        Refused(() => ReliableChange.CutOffB(Arg("functionalMean", parameter, value, 3), Arg("functionalSd", parameter, value, 3)), parameter, Finite);

    [Theory]
    [MemberData(nameof(CutOffCArguments))]
    public void CutOffC_NonFiniteNorm_IsRefused(string parameter, double value) =>
        Refused(
            () => ReliableChange.CutOffC(
                Arg("dysfunctionalMean", parameter, value, 15),
                Arg("dysfunctionalSd", parameter, value, 5),
                Arg("functionalMean", parameter, value, 3),
                Arg("functionalSd", parameter, value, 3)),
            parameter,
            Finite);

    [Fact]
    public void CutOffs_FiniteNorms_AreComputed()
    {
        ReliableChange.CutOffA(15, 5).Should().Be(5);
        ReliableChange.CutOffB(3, 3).Should().Be(9);
        ReliableChange.CutOffC(15, 5, 3, 3).Should().Be(7.5);
    }

    [Theory]
    [MemberData(nameof(CriteriaArguments))]
    public void ReliableChangeCriteria_Constructor_NonFiniteNumber_IsRefused(string parameter, double value) =>
        Refused(
            () => _ = new ReliableChangeCriteria("Test sample", "1", global::Iop.Domain.Rules.SupportedDates.First, Arg("preTreatmentStandardDeviation", parameter, value, 5), Arg("reliability", parameter, value, 0.84)),
            parameter,
            parameter == "reliability" ? "Value must be in the range [0, 1)." : Finite);

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ReliableChangeCriteria_PreTreatmentStandardDeviation_NonFinite_IsRefused(double value) =>
        Refused(() => _ = Rci with { PreTreatmentStandardDeviation = value }, nameof(ReliableChangeCriteria.PreTreatmentStandardDeviation), Finite);

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ReliableChangeCriteria_Reliability_NonFinite_IsRefused(double value) =>
        Refused(() => _ = Rci with { Reliability = value }, nameof(ReliableChangeCriteria.Reliability), "Value must be in the range [0, 1).");

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ReliableChangeCriteria_Threshold_NonFinite_IsRefused(double value) =>
        Refused(() => _ = Rci with { Threshold = value }, nameof(ReliableChangeCriteria.Threshold), Finite);

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ReliableChangeCriteria_CutOff_NonFinite_IsRefused(double value) =>
        Refused(() => _ = Rci with { CutOff = value }, nameof(ReliableChangeCriteria.CutOff), Finite);

    [Fact]
    public void ReliableChangeCriteria_CutOff_NullAndFinite_AreAccepted()
    {
        (Rci with { CutOff = null }).CutOff.Should().BeNull();
        (Rci with { CutOff = -double.MaxValue }).CutOff.Should().Be(-double.MaxValue);
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ChangeCriteria_Constructor_NonFiniteResponseReduction_IsRefused(double value) =>
        Refused(() => _ = new ChangeCriteria("Test", "1", global::Iop.Domain.Rules.SupportedDates.First, Instrument.Phq9, 9, value, 5), "responseReduction", "Value must be in the range (0, 1].");

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ChangeCriteria_NotOnTrackMinimumImprovement_NonFinite_IsRefused(double value) =>
        Refused(() => _ = ChangeCriteria.Phq9 with { NotOnTrackMinimumImprovement = value }, nameof(ChangeCriteria.NotOnTrackMinimumImprovement), "Value must be in the range (0, 1].");

    [Fact]
    public void EveryFloatingPointInput_IsCoveredHere()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in LibraryTypes.Public)
        {
            foreach (var method in type.GetConstructors(Declared).Cast<MethodBase>().Concat(type.GetMethods(Declared)))
            {
                foreach (var parameter in method.GetParameters().Where(p => IsFloatingPoint(p.ParameterType)))
                {
                    found.Add(method.IsSpecialName && method.Name.StartsWith("set_", StringComparison.Ordinal)
                        ? $"{type.Name}.{method.Name["set_".Length..]}"
                        : $"{type.Name}.{method.Name}({parameter.Name})");
                }
            }
        }

        found.Should().NotBeEmpty("the scan must see the library's floating-point inputs");
        found.Should().BeEquivalentTo(Covered, "every public double or float input needs a NaN/infinity theory here");
    }

    private static bool IsFloatingPoint(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type.IsByRef ? type.GetElementType()! : type) ?? (type.IsByRef ? type.GetElementType()! : type);
        return underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(Half);
    }

    private static TheoryData<string, double> Each(params string[] parameters)
    {
        var data = new TheoryData<string, double>();
        foreach (var parameter in parameters)
        {
            foreach (var value in NonFiniteValues)
            {
                data.Add(parameter, value);
            }
        }

        return data;
    }

    private static double Arg(string name, string refused, double value, double fine) => name == refused ? value : fine;

    private static void Refused(Action act, string parameter, string range)
    {
        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).Which;
        thrown.Message.Should().StartWith(range, "the message states the allowed range");
        thrown.Message.Should().NotContain("NaN").And.NotContain("Infinity").And.NotContain("∞", "the message never prints the refused value");
        thrown.ActualValue.Should().BeNull("an exception's ActualValue is printed by its Message");
    }
}
