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
        // Every other result is read back as the record of a decision already taken (decision 0073). The matching
        // results are not yet: Matching's internals are being reworked for speed in a parallel change, and their
        // FromRecord (kept small, through the public properties) is left to land after it. Written, not read back.
        [typeof(Matching.MatchCriterion)] = OutputOnly,
        [typeof(Matching.MatchResult)] = OutputOnly,
        [typeof(Matching.ProgrammeExclusion)] = OutputOnly,
        [typeof(Matching.ProgrammeMatch)] = OutputOnly,
        [typeof(Matching.TrackRejection)] = OutputOnly,
        // Known gaps, reported to be closed in the core (the contract cannot carry what the public API cannot build):
        [typeof(Outcomes.ScoringPolicy)] = "Gap: its per-instrument missing-item limits and sex cut-offs are private init state that no public member exposes, so its JSON loses them.",
        [typeof(TreatmentPlans.TreatmentPlan)] = "Gap: a plan links its previous versions (Previous, History), which the generated metadata writes as a cycle; it needs a versions shape through Create and the revision methods.",
        [typeof(Outcomes.Administration)] = "Gap: it carries an InstrumentScore, a result with no public constructor (Instrument.Score makes one), so it is written but cannot be read back; it needs a shape of the answers that scores again on reading. For the same reason a MeasurementSeries built by FromAdministrations loses its item-level scores in JSON (ValueFactory skips that factory; series built from measurements round-trip).",
        [typeof(Outcomes.SafetyItem)] = "Gap: a copy of a built-in item (with { Code = … }) keeps the built-in's finding wording, which the public constructor cannot take; the built-ins themselves round-trip (SafetyItemConverter).",
        // An entry of a level-of-care history has no public way in of its own; it round-trips inside its
        // LevelOfCareHistory (which is rebuilt through Admit, Append and Discharge).
        [typeof(Outcomes.EpisodeColumns)] = "A view over the caller's column spans (a ref struct), not data: serialize the columns themselves.",
        [typeof(Continuum.LevelOfCareChange)] = "An entry exists only inside a LevelOfCareHistory, which round-trips; alone it is written, not read.",
    };

    private const string OutputOnly = "A matching result, not yet read back (Matching's internals change in a parallel branch): written, not read back.";

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
