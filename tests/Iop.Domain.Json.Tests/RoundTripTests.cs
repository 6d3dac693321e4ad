using System.Reflection;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Iop.Domain.Rules;

namespace Iop.Domain.Json.Tests;

/// <summary>
/// deserialize(serialize(x)) equals x for every public type of the core, over generated valid values. The
/// types are enumerated from the core assembly, so a public type added later without JSON support fails here.
/// </summary>
public sealed class RoundTripTests
{
    /// <summary>
    /// The only public types that do not round-trip, each with the reason. Everything else must.
    /// </summary>
    private static readonly Dictionary<Type, string> Exclusions = new()
    {
        // A scoring policy's per-instrument entries are made only by its pseudo-mutators (WithMaximumMissingItems, …);
        // they round-trip inside their ScoringPolicy, which is rebuilt through those methods.
        [typeof(Outcomes.MissingItemLimit)] = PolicyEntry,
        [typeof(Outcomes.SexScreenCutOffs)] = PolicyEntry,
        [typeof(Outcomes.ScreenCutOff)] = PolicyEntry,
        [typeof(Outcomes.EpisodeColumns)] = "A view over the caller's column spans (a ref struct), not data: serialize the columns themselves.",
        // An entry of a level-of-care history has no public way in of its own; it round-trips inside its
        // LevelOfCareHistory (which is rebuilt through Admit, Append and Discharge).
        [typeof(Continuum.LevelOfCareChange)] = "An entry exists only inside a LevelOfCareHistory, which round-trips; alone it is written, not read.",
    };

    private const string PolicyEntry = "An entry exists only inside a ScoringPolicy, which round-trips; alone it is written, not read.";

    public static TheoryData<Type> ContractTypes() => [.. TypesUnderTest()];

    [Fact]
    public void ContractTypes_EveryPublicTypeOfTheCore_IsInTheContractOrExcludedWithAReason()
    {
        // A ref struct (EpisodeColumns, a view over spans) cannot be a type argument of the metadata at all.
        var missing = TypesUnderTest().Concat(Exclusions.Keys.Where(t => !t.IsByRefLike))
            .Where(t => !IopJson.ContractTypes.Contains(t))
            .Select(t => t.FullName)
            .ToArray();

        missing.Should().BeEmpty("every public type of the core needs a [JsonSerializable] line in IopJsonContext and ContractTypeList");
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void Deserialize_SerializedGeneratedValue_EqualsTheValue(Type type)
    {
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            var value = new ValueFactory(seed).Make(type);
            var json = IopJson.Serialize(value, type);
            var back = IopJson.Deserialize(json, type);
            return Equal(type, value, back);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void Serialize_GeneratedValueTwice_WritesTheSameText(Type type)
    {
        var value = new ValueFactory(type.FullName!.Length).Make(type);

        var json = IopJson.Serialize(value, type);
        var again = IopJson.Serialize(IopJson.Deserialize(json, type), type);

        again.Should().Be(json);
    }

    private static bool Equal(Type type, object value, object? back)
    {
        if (back is null || back.GetType() != value.GetType())
        {
            return false;
        }

        // Types with value equality (every data type of the core) compare by Equals; a policy object
        // (CriteriaPlacementPolicy, DimensionalPlacementPolicy) is behaviour around a rule set, with reference
        // equality, so it compares by what it holds: its JSON.
        var equatable = typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
        return equatable
            ? value.Equals(back)
            : IopJson.Serialize(value, type) == IopJson.Serialize(back, type);
    }

    /// <summary>
    /// Every public type of the core but those that have no JSON by nature: static classes (no instances),
    /// interfaces (the concrete types are tested), and generic definitions, which are tested closed with the
    /// type arguments the core uses (string for a caller's key or group). The exclusions above are checked to
    /// be in the contract (they are written) but not round-tripped.
    /// </summary>
    private static IEnumerable<Type> TypesUnderTest()
    {
        var closed = new[]
        {
            typeof(Evaluation<int>),
            typeof(Evaluation<TreatmentPlans.ReviewSchedule>),
            typeof(RuleSetCatalogue<Intensity.IntensityRuleSet>),
            typeof(RuleSetCatalogue<Intensity.BillingRuleSet>),
            typeof(RuleSetCatalogue<Outcomes.CohortCriteria>),
            typeof(RuleSetCatalogue<Outcomes.EpisodeCriteria>),
            typeof(Outcomes.Episode<string>),
            typeof(Outcomes.CohortReport<string>),
            typeof(Outcomes.SuppressedCohortReport<string>),
            typeof(Outcomes.ReportCell<Outcomes.Proportion?>),
            typeof(Outcomes.ReportCell<double?>),
            typeof(Outcomes.ReportCell<int?>),
            typeof(Outcomes.ReportCell<long>),
        };
        return typeof(RuleId).Assembly.GetExportedTypes()
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface && !t.IsGenericTypeDefinition && !t.IsEnum)
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Concat(closed)
            .Where(t => !Exclusions.ContainsKey(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }
}
