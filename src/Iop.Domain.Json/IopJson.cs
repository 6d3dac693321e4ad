using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Iop.Domain.Json.Converters;
using Iop.Domain.Json.Generated;

namespace Iop.Domain.Json;

/// <summary>
/// The JSON contract of Iop.Domain: serialize and read every public input, rule set and result of the core
/// with System.Text.Json, through source-generated metadata (no reflection, AOT and trim clean).
/// </summary>
/// <remarks>
/// <para><b>One entry.</b> Use <see cref="Serialize{T}(T)"/> and <see cref="Deserialize{T}(string)"/>, or pass
/// <see cref="Options"/> (or <see cref="GetTypeInfo{T}"/>) to <see cref="JsonSerializer"/> yourself; combine
/// <see cref="TypeInfoResolver"/> with your own context to embed core types in your documents.</para>
/// <para><b>Values.</b> Members are camelCase. NodaTime values are ISO 8601 strings (through
/// NodaTime.Serialization.SystemTextJson): dates <c>"2025-03-03"</c>, times <c>"09:00:00"</c>, date intervals
/// <c>"2025-03-03/2025-03-09"</c> (both ends inclusive), durations in hours <c>"PT3H"</c>, periods <c>"P1M"</c>.
/// Enums are their member names exactly as declared (<c>"IntensiveOutpatient"</c>); a rule id is its plain
/// string (<c>"INT-IOP-MIN-HOURS"</c>). The contract is each type's state: derived properties (for example
/// <c>Session.End</c>) are not written and are computed again when read. Results of evaluations are written as
/// their public parts and read back as the record of a decision already taken: their findings as written, nothing
/// evaluated again (to re-decide, evaluate the inputs again).</para>
/// <para><b>Strict reading.</b> Every member is required (null where the type allows null), unknown members are
/// refused, enums must name a member, and every value passes the core's own checks. Each failure is a
/// <see cref="JsonException"/> whose message states the rule broken and ends with the JSON path; no message
/// repeats the offending value, which may be a person's. Through <see cref="Deserialize{T}(string)"/> a value the
/// core refuses is reported at the path of the object that refused it; calling <see cref="JsonSerializer"/>
/// directly with <see cref="Options"/> gives the same exceptions for the converters and setters, but a
/// constructor's refusal arrives as the core's <see cref="ArgumentException"/>, and the path is in
/// <see cref="JsonException.Path"/> rather than the message.</para>
/// <para><b>Versioned.</b> The contract is described by JSON Schema files (docs/json-schema/ in the repository,
/// and <see cref="ExportSchema"/>); <see cref="ContractVersion"/> changes whenever they do.</para>
/// <para>This type is thread-safe; <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class IopJson
{
    /// <summary>The version of the JSON contract: the schema files in docs/json-schema/ describe this version.</summary>
    /// <value>Semantic: the major part changes when a document valid before may be refused now.</value>
    public const string ContractVersion = "4.0.0";

    private static readonly JsonConverter[] Converters =
    [
        .. GeneratedContract.Converters(),
        new LocalDateConverter(),
        new LocalTimeConverter(),
        new DateIntervalConverter(),
        new PeriodConverter(),
        new IsoDurationConverter(),
        new RuleIdConverter(),
        new AttendanceRatioConverter(),
        new LocusLevelConverter(),
        new UsStateConverter(),
        new AsamLevelConverter(),
        new HoursCeilingConverter(),
        new FindingSubjectConverter(),
        new InstrumentItemConverter(),
        new RatedDimensionConverter(),
        new MeasurableTargetConverter(),
        new LevelOfCareHistoryConverter(),
        new CohortSummaryConverter(),
        new SafetyItemConverter(),
        new ScoringPolicyConverter(),
        new AdministrationConverter(),
        new MeasurementSeriesConverter(),
        new TreatmentPlanConverter(),
        new BillingCodeMapConverter(),
        new SuppressedCohortSummaryConverter(),
        new EnumMemberConverter<Coding.TedsDischargeReason>(),
        new EnumMemberConverter<Coding.TedsServiceSetting>(),
        new EnumMemberConverter<Continuum.AgeGroup>(),
        new EnumMemberConverter<Continuum.AsamEdition>(),
        new EnumMemberConverter<Continuum.AsamManagement>(),
        new EnumMemberConverter<Continuum.LevelChangeDirection>(),
        new EnumMemberConverter<Continuum.LevelChangeReason>(),
        new EnumMemberConverter<Continuum.LevelOfCare>(),
        new EnumMemberConverter<Intensity.Attendance>(),
        new EnumMemberConverter<Intensity.DeliveryMode>(),
        new EnumMemberConverter<Intensity.Modality>(),
        new EnumMemberConverter<Intensity.PerDiemTier>(),
        new EnumMemberConverter<Intensity.ProviderSetting>(),
        new EnumMemberConverter<Intensity.ServiceFurnisher>(),
        new EnumMemberConverter<Intensity.ServiceKind>(),
        new EnumMemberConverter<Intensity.TelehealthPosition>(),
        new EnumMemberConverter<Matching.AccreditationBody>(),
        new EnumMemberConverter<Matching.AftercareService>(),
        new EnumMemberConverter<Matching.NeedStrength>(),
        new EnumMemberConverter<Matching.TrackKind>(),
        new EnumMemberConverter<Outcomes.ChangeCategory>(),
        new EnumMemberConverter<Outcomes.InstrumentLicence>(),
        new EnumMemberConverter<Outcomes.MeasurementOccasion>(),
        new EnumMemberConverter<Outcomes.MissingItemPolicy>(),
        new EnumMemberConverter<Outcomes.Sex>(),
        new EnumMemberConverter<Placement.AsamDimension>(),
        new EnumMemberConverter<Placement.Determination>(),
        new EnumMemberConverter<Placement.DiscrepancyReason>(),
        new EnumMemberConverter<Placement.LocusScale>(),
        new EnumMemberConverter<Placement.RatingInstrument>(),
        new EnumMemberConverter<Placement.SymptomTrend>(),
        new EnumMemberConverter<Placement.TransitionOutcome>(),
        new EnumMemberConverter<Rules.Sensitivity>(),
        new EnumMemberConverter<Rules.Severity>(),
        new EnumMemberConverter<Rules.SubjectKind>(),
        new EnumMemberConverter<TreatmentPlans.GoalAchievementStatus>(),
        new EnumMemberConverter<TreatmentPlans.GoalLifecycleStatus>(),
        new EnumMemberConverter<TreatmentPlans.MutualHelpGroup>(),
        new EnumMemberConverter<TreatmentPlans.ObjectiveStatus>(),
        new EnumMemberConverter<TreatmentPlans.RecoveryDimension>(),
        new EnumMemberConverter<TreatmentPlans.ResponsibleRole>(),
        new EnumMemberConverter<TreatmentPlans.ReviewKind>(),
        new EnumMemberConverter<TreatmentPlans.RevisionReason>(),
        new EnumMemberConverter<TreatmentPlans.SupportRole>(),
        new EnumMemberConverter<TreatmentPlans.TargetComparison>(),
        new EnumMemberConverter<TreatmentPlans.TargetKind>(),
        new EnumMemberConverter<NodaTime.IsoDayOfWeek>(),
    ];

    /// <summary>Gets the metadata of the contract: the source-generated context with the strict reading rules.</summary>
    /// <value>Combine it with your own context (<see cref="JsonTypeInfoResolver"/>.Combine) to embed core types.</value>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = IopJsonContext.Default.WithAddedModifier(StrictContract.Apply);

    /// <summary>Gets the serializer options of the contract (read-only).</summary>
    /// <value>camelCase members, the contract's converters, strict reading, <see cref="TypeInfoResolver"/>.</value>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the types whose JSON the contract defines, one schema file each.</summary>
    public static IReadOnlyList<Type> ContractTypes { get; } = GeneratedContract.Roots;

    /// <summary>Gets the contract's metadata for <typeparamref name="T"/>, for <see cref="JsonSerializer"/> calls.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Writes a value as JSON.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The value holds something the contract cannot write (an undefined enum value,
    /// a default rule id).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, GetTypeInfo<T>());

    /// <summary>Writes a value as UTF-8 JSON.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The value holds something the contract cannot write.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, GetTypeInfo<T>());

    /// <summary>Reads a value from JSON text, strictly (see the remarks of <see cref="IopJson"/>).</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The text is not a valid document of <typeparamref name="T"/>: the message
    /// states the rule broken and the JSON path, never the offending value.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return (T)Read(System.Text.Encoding.UTF8.GetBytes(json), GetTypeInfo<T>());
    }

    /// <summary>Reads a value from UTF-8 JSON, strictly (see the remarks of <see cref="IopJson"/>).</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The text is not a valid document of <typeparamref name="T"/>: the message
    /// states the rule broken and the JSON path, never the offending value.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) => (T)Read(utf8Json, GetTypeInfo<T>());

    /// <summary>Writes a value of a type known at run time as JSON.</summary>
    /// <param name="value">The value (null writes <c>null</c>).</param>
    /// <param name="type">A type of the contract, the value's type.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="type"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The value holds something the contract cannot write.</exception>
    public static string Serialize(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return JsonSerializer.Serialize(value, Options.GetTypeInfo(type));
    }

    /// <summary>Reads a value of a type known at run time from JSON text, strictly.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="type">A type of the contract.</param>
    /// <returns>The value, of <paramref name="type"/>; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="type"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="type"/> is not part of the contract.</exception>
    /// <exception cref="JsonException">The text is not a valid document of <paramref name="type"/>: the message
    /// states the rule broken and the JSON path, never the offending value.</exception>
    public static object Deserialize(string json, Type type)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(type);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), Options.GetTypeInfo(type));
    }

    /// <summary>The JSON Schema (draft 2020-12) of one type of the contract, as in docs/json-schema/.</summary>
    /// <param name="type">One of <see cref="ContractTypes"/>.</param>
    /// <returns>A new schema document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not one of <see cref="ContractTypes"/>.</exception>
    public static JsonObject ExportSchema(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!ContractTypes.Contains(type))
        {
            throw new ArgumentException("The type is not one of IopJson.ContractTypes.", nameof(type));
        }

        return ContractSchema.Export(Options, type);
    }

    private static object Read(ReadOnlySpan<byte> utf8Json, JsonTypeInfo info)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, info)
                ?? throw new JsonException($"The document is null; a {info.Type.Name} is required. Path: $.", "$", null, null);
        }
        catch (JsonException error)
        {
            throw JsonErrors.Described(error, WellFormed(utf8Json));
        }
        catch (ArgumentException refusal)
        {
            JsonNode? document;
            try
            {
                document = JsonNode.Parse(utf8Json);
            }
            catch (JsonException)
            {
                throw JsonErrors.Refused(info.Type, refusal, "$");
            }

            throw JsonErrors.Located(document, info, refusal);
        }
    }

    private static bool WellFormed(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = TypeInfoResolver,
        };
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
