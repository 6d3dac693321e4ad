using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Json.Shapes;
using Iop.Domain.Outcomes;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;

using static Iop.Domain.Json.Converters.ShapeRefusal;

namespace Iop.Domain.Json.Converters;

// Converters of core types built by factories: each maps the value to its shape and back through the core's
// public factory, so the core's checks run on everything read.

/// <summary>Refusals of the shapes themselves (a member the kind needs is null), reported like the core's.</summary>
internal static class ShapeRefusal
{
    public static ArgumentException Invalid(string rule, string member) => new(rule, member);
}

/// <summary><see cref="AsamLevel"/> through <see cref="AsamLevel.Parse"/>.</summary>
internal sealed class AsamLevelConverter : ShapeConverter<AsamLevel, AsamLevelShape>
{
    protected override AsamLevelShape ToShape(AsamLevel value) => new(value.Edition, value.Code);

    protected override AsamLevel FromShape(AsamLevelShape shape) => AsamLevel.Parse(shape.Code, shape.Edition);
}

/// <summary><see cref="HoursCeiling"/> through <see cref="HoursCeiling.AtMost"/> and <see cref="HoursCeiling.Below"/>.</summary>
internal sealed class HoursCeilingConverter : ShapeConverter<HoursCeiling, HoursCeilingShape>
{
    protected override HoursCeilingShape ToShape(HoursCeiling value) => new(value.Hours, value.IsInclusive);

    protected override HoursCeiling FromShape(HoursCeilingShape shape) =>
        shape.IsInclusive ? HoursCeiling.AtMost(shape.Hours) : HoursCeiling.Below(shape.Hours);
}

/// <summary><see cref="FindingSubject"/> through its factory for the kind.</summary>
internal sealed class FindingSubjectConverter : ShapeConverter<FindingSubject, FindingSubjectShape>
{
    protected override FindingSubjectShape ToShape(FindingSubject value) => new(value.Kind, value.Period, value.Id);

    protected override FindingSubject FromShape(FindingSubjectShape shape) => shape.Kind switch
    {
        SubjectKind.Week => FindingSubject.Week(shape.Period ?? throw Missing("period")),
        SubjectKind.Day => shape.Period is { } day && day.Start == day.End ? FindingSubject.Day(day.Start) : throw Missing("period"),
        SubjectKind.Period => FindingSubject.Dates(shape.Period ?? throw Missing("period")),
        _ => FindingSubject.Part(shape.Kind, shape.Id ?? throw Missing("id")),
    };

    private static ArgumentException Missing(string member) =>
        Invalid("A subject of this kind needs its " + member + " (a day's period is that one day).", member);
}

/// <summary><see cref="InstrumentItem"/> through <see cref="InstrumentItem.Range"/> or <see cref="InstrumentItem.OneOf"/>.</summary>
internal sealed class InstrumentItemConverter : ShapeConverter<InstrumentItem, InstrumentItemShape>
{
    protected override InstrumentItemShape ToShape(InstrumentItem value) => new(value.AllowedValues);

    protected override InstrumentItem FromShape(InstrumentItemShape shape)
    {
        var values = shape.AllowedValues;
        var contiguous = values.Count > 0 && values.Zip(values.Skip(1)).All(p => p.Second == p.First + 1);
        return contiguous ? InstrumentItem.Range(values[0], values[^1]) : InstrumentItem.OneOf(values);
    }
}

/// <summary><see cref="RatedDimension"/> through <see cref="RatedDimension.Asam"/> or <see cref="RatedDimension.Locus"/>.</summary>
internal sealed class RatedDimensionConverter : ShapeConverter<RatedDimension, RatedDimensionShape>
{
    protected override RatedDimensionShape ToShape(RatedDimension value) => new(value.Instrument, value.Number);

    protected override RatedDimension FromShape(RatedDimensionShape shape) => shape.Instrument switch
    {
        RatingInstrument.Asam => RatedDimension.Asam((AsamDimension)shape.Number),
        RatingInstrument.Locus => RatedDimension.Locus((LocusScale)shape.Number),
        _ => throw Invalid("Value must be a defined RatingInstrument member.", "instrument"),
    };
}

/// <summary><see cref="MeasurableTarget"/> through its factory for the kind.</summary>
internal sealed class MeasurableTargetConverter : ShapeConverter<MeasurableTarget, MeasurableTargetShape>
{
    protected override MeasurableTargetShape ToShape(MeasurableTarget value) =>
        new(value.Kind, value.Measure, value.Comparison, value.Threshold, value.Description);

    protected override MeasurableTarget FromShape(MeasurableTargetShape shape) => shape.Kind switch
    {
        TargetKind.MeasureValue => MeasurableTarget.ForMeasure(
            shape.Measure ?? throw Missing("measure"), shape.Comparison ?? throw Missing("comparison"), shape.Threshold ?? throw Missing("threshold")),
        TargetKind.SessionsAttended => MeasurableTarget.SessionsAttended(WholeThreshold(shape)),
        TargetKind.DaysAbstinent => MeasurableTarget.DaysAbstinent(WholeThreshold(shape)),
        TargetKind.SkillDemonstrated => MeasurableTarget.SkillDemonstrated(shape.Description ?? throw Missing("description")),
        TargetKind.Other => MeasurableTarget.Other(shape.Description ?? throw Missing("description")),
        _ => throw Invalid("Value must be a defined TargetKind member.", "kind"),
    };

    private static int WholeThreshold(MeasurableTargetShape shape) =>
        shape.Threshold is { } t && decimal.Truncate(t) == t && t is >= int.MinValue and <= int.MaxValue
            ? (int)t
            : throw Invalid("A count target needs a whole-number threshold.", "threshold");

    private static ArgumentException Missing(string member) => Invalid("A target of this kind needs its " + member + ".", member);
}

/// <summary><see cref="LevelOfCareHistory"/> through <see cref="LevelOfCareHistory.Admit"/>, <see cref="LevelOfCareHistory.Append"/> and <see cref="LevelOfCareHistory.Discharge"/>.</summary>
internal sealed class LevelOfCareHistoryConverter : ShapeConverter<LevelOfCareHistory, LevelOfCareHistoryShape>
{
    protected override LevelOfCareHistoryShape ToShape(LevelOfCareHistory value) =>
        new([.. value.Entries.Select(e => new LevelOfCareEntryShape(e.Date, e.Level, e.Reason))], value.DischargedOn, value.DischargeReason);

    protected override LevelOfCareHistory FromShape(LevelOfCareHistoryShape shape)
    {
        if (shape.Entries.Count == 0 || shape.Entries[0].Reason != LevelChangeReason.Admission)
        {
            throw Invalid("A history starts with exactly one admission entry.", "entries");
        }

        var history = LevelOfCareHistory.Admit(shape.Entries[0].Date, shape.Entries[0].Level);
        foreach (var entry in shape.Entries.Skip(1))
        {
            history = history.Append(entry.Date, entry.Level, entry.Reason);
        }

        if (shape.DischargedOn is { } discharged)
        {
            history = history.Discharge(discharged, shape.DischargeReason);
        }
        else if (shape.DischargeReason is not null)
        {
            throw Invalid("A discharge reason needs a discharge date.", "dischargeReason");
        }

        return history;
    }
}

/// <summary><see cref="CohortSummary"/> through <see cref="CohortSummary.FromState"/>: the accumulator's state, so merging after a round trip equals merging before it.</summary>
internal sealed class CohortSummaryConverter : ShapeConverter<CohortSummary, CohortSummaryShape>
{
    protected override CohortSummaryShape ToShape(CohortSummary value) =>
        new(value.Criteria, value.AsOf, value.Counts, value.DischargesByDay, value.OpenByDay, value.BeyondHorizon);

    protected override CohortSummary FromShape(CohortSummaryShape shape) =>
        CohortSummary.FromState(shape.Criteria, shape.AsOf, shape.Counts, shape.DischargesByDay, shape.OpenByDay, shape.BeyondHorizon);
}

/// <summary><see cref="AttendanceRatio"/> as its value, a number from 0 to 1, through <see cref="AttendanceRatio.FromFraction"/>.</summary>
internal sealed class AttendanceRatioConverter : JsonConverter<AttendanceRatio>, ISchemaConverter
{
    public JsonObject Schema() => new() { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 };

    public override AttendanceRatio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException("An attendance ratio must be a number from 0 to 1.");
        }

        try
        {
            return AttendanceRatio.FromFraction(value);
        }
        catch (ArgumentException refusal)
        {
            throw JsonErrors.Refused(typeof(AttendanceRatio), refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, AttendanceRatio value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary><see cref="LocusLevel"/> as its number, through <see cref="LocusLevel.FromNumber"/>.</summary>
internal sealed class LocusLevelConverter : JsonConverter<LocusLevel>, ISchemaConverter
{
    public JsonObject Schema() => new() { ["type"] = "integer" };

    public override LocusLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
        {
            throw new JsonException("A LOCUS level must be its whole level number.");
        }

        try
        {
            return LocusLevel.FromNumber(number);
        }
        catch (ArgumentException refusal)
        {
            throw JsonErrors.Refused(typeof(LocusLevel), refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocusLevel value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Number);
}

/// <summary>
/// <see cref="SafetyItem"/> through its public constructor, or, when it carries a built-in item's wording
/// (<see cref="SafetyItem.HasBuiltInWording"/>), as a copy of the built-in with the same number, threshold and rule
/// (<see cref="SafetyItem.BuiltIn"/>) and its own code: the built-ins' findings have wording the constructor does not take.
/// </summary>
internal sealed class SafetyItemConverter : ShapeConverter<SafetyItem, SafetyItemShape>
{
    protected override SafetyItemShape ToShape(SafetyItem value) => new(value.Number, value.ConcernAtOrAbove, value.Rule, value.Code, value.HasBuiltInWording);

    protected override SafetyItem FromShape(SafetyItemShape shape)
    {
        if (!shape.HasBuiltInWording)
        {
            return new SafetyItem(shape.Number, shape.ConcernAtOrAbove, shape.Rule) { Code = shape.Code };
        }

        var builtIn = SafetyItem.BuiltIn.FirstOrDefault(b => b.Number == shape.Number && b.ConcernAtOrAbove == shape.ConcernAtOrAbove && b.Rule.Equals(shape.Rule))
            ?? throw Invalid("No built-in safety item has this number, threshold and rule, so none has the wording asked for.", "hasBuiltInWording");
        return builtIn with { Code = shape.Code };
    }
}

/// <summary>
/// <see cref="ScoringPolicy"/> through its constructor and init setters, then <see cref="ScoringPolicy.WithMaximumMissingItems"/>,
/// <see cref="ScoringPolicy.WithScreenCutOffsBySex"/> and <see cref="ScoringPolicy.WithScreenCutOff"/> for each entry,
/// so every entry is checked against its instrument.
/// </summary>
internal sealed class ScoringPolicyConverter : ShapeConverter<ScoringPolicy, ScoringPolicyStateShape>
{
    protected override ScoringPolicyStateShape ToShape(ScoringPolicy value) => new(
        value.Name,
        value.Version,
        value.EffectiveFrom,
        value.EffectiveTo,
        value.Sources,
        value.MissingItems,
        [.. value.MissingItemLimits.Select(l => new MissingLimitEntryShape(l.Instrument, l.MaximumMissing))],
        [.. value.ScreenCutOffsBySex.Select(c => new SexCutOffsEntryShape(c.Instrument, c.Male, c.Female))],
        [.. value.ScreenCutOffs.Select(c => new CutOffEntryShape(c.Instrument, c.AtOrAbove))]);

    protected override ScoringPolicy FromShape(ScoringPolicyStateShape shape)
    {
        OnePerInstrument(shape.MissingItemLimits.Select(l => l.Instrument), "missingItemLimits");
        OnePerInstrument(shape.ScreenCutOffsBySex.Select(c => c.Instrument), "screenCutOffsBySex");
        OnePerInstrument(shape.ScreenCutOffs.Select(c => c.Instrument), "screenCutOffs");
        var policy = new ScoringPolicy(shape.Name, shape.Version, shape.EffectiveFrom)
        {
            EffectiveTo = shape.EffectiveTo,
            Sources = shape.Sources,
            MissingItems = shape.MissingItems,
        };
        foreach (var limit in shape.MissingItemLimits)
        {
            policy = policy.WithMaximumMissingItems(limit.Instrument, limit.MaximumMissing);
        }

        foreach (var cutOffs in shape.ScreenCutOffsBySex)
        {
            policy = policy.WithScreenCutOffsBySex(cutOffs.Instrument, cutOffs.Male, cutOffs.Female);
        }

        foreach (var cutOff in shape.ScreenCutOffs)
        {
            policy = policy.WithScreenCutOff(cutOff.Instrument, cutOff.AtOrAbove);
        }

        return policy;
    }

    // A later entry for the same instrument would silently replace the earlier one: a document holds one per instrument.
    private static void OnePerInstrument(IEnumerable<Instrument> instruments, string member)
    {
        var all = instruments.ToArray();
        if (all.Distinct().Count() != all.Length)
        {
            throw Invalid("A policy holds at most one entry per instrument in each list.", member);
        }
    }
}

/// <summary>
/// <see cref="Administration"/> as what was answered, scored again on reading through <see cref="Instruments.TryScore"/>
/// (item answers) or <see cref="Instruments.ScoreTotal"/> (a total alone) under the policy and sex written beside
/// them, so the score read back is the one the core makes, equal to the one written.
/// </summary>
internal sealed class AdministrationConverter : ShapeConverter<Administration, AdministrationAnswersShape>
{
    protected override AdministrationAnswersShape ToShape(Administration value)
    {
        var score = value.Score;
        if (score.Instrument is null)
        {
            throw new JsonException("The default administration holds no score and cannot be written.");
        }

        return new(value.Date, score.Instrument, score.ItemAnswers, score.CarriedAnswer, score.IsTotalOnly ? score.Total : null, score.Policy, score.Sex);
    }

    protected override Administration FromShape(AdministrationAnswersShape shape) => new(shape.Date, Score(shape));

    private static InstrumentScore Score(AdministrationAnswersShape shape)
    {
        if (shape.ItemAnswers.Count == 0)
        {
            if (shape.CarriedAnswer is not null)
            {
                throw Invalid("A total alone has no carried answer (give the item answers).", "carriedAnswer");
            }

            return Instruments.ScoreTotal(shape.Instrument, shape.Total ?? throw Invalid("Without item answers the total is required.", "total"), shape.Policy, shape.Sex);
        }

        if (shape.Total is not null)
        {
            throw Invalid("With item answers the total is computed, not given: it must be null.", "total");
        }

        int?[] answers = shape.CarriedAnswer is { } carried ? [.. shape.ItemAnswers, carried] : [.. shape.ItemAnswers];
        return Instruments.TryScore(shape.Instrument, answers, shape.Policy, out var score, shape.Sex)
            ? score.Value
            : throw Invalid("The policy refuses to score these answers (more items missing than it allows, or none answered).", "itemAnswers");
    }
}

/// <summary>
/// <see cref="MeasurementSeries"/> through its constructor (dated totals) or <see cref="MeasurementSeries.FromAdministrations"/>
/// (administrations, whose item-level scores the series keeps): exactly one of the two lists is written.
/// </summary>
internal sealed class MeasurementSeriesConverter : ShapeConverter<MeasurementSeries, MeasurementSeriesStateShape>
{
    protected override MeasurementSeriesStateShape ToShape(MeasurementSeries value) => value.Scores.Count == 0
        ? new(value.Instrument, value.Measurements, null)
        : new(value.Instrument, null, [.. value.Measurements.Zip(value.Scores, (m, s) => new Administration(m.Date, s))]);

    protected override MeasurementSeries FromShape(MeasurementSeriesStateShape shape) => (shape.Measurements, shape.Administrations) switch
    {
        ({ } measurements, null) => new MeasurementSeries(shape.Instrument, measurements),
        (null, { } administrations) => MeasurementSeries.FromAdministrations(shape.Instrument, administrations),
        _ => throw Invalid("A series holds either its measurements or its administrations: exactly one of them, the other null.", "measurements"),
    };
}

/// <summary>
/// <see cref="TreatmentPlan"/> as its versions, oldest first, read back through <see cref="TreatmentPlan.Create"/>,
/// <see cref="TreatmentPlan.Revise"/> and <see cref="TreatmentPlan.RecordParticipation"/>, so the chain
/// (<see cref="TreatmentPlan.Previous"/>, <see cref="TreatmentPlan.History"/>) is rebuilt and the core checks every version.
/// </summary>
internal sealed class TreatmentPlanConverter : ShapeConverter<TreatmentPlan, TreatmentPlanVersionsShape>
{
    protected override TreatmentPlanVersionsShape ToShape(TreatmentPlan value) =>
        new([.. value.History.Select(v => new TreatmentPlanVersionShape(v.EffectiveDate, v.RevisionReason, v.ParticipatedOn, v.Content))]);

    protected override TreatmentPlan FromShape(TreatmentPlanVersionsShape shape)
    {
        if (shape.Versions.Count == 0)
        {
            throw Invalid("A plan has at least one version.", "versions");
        }

        TreatmentPlan? plan = null;
        foreach (var version in shape.Versions)
        {
            if (plan is null)
            {
                plan = version.RevisionReason is null
                    ? TreatmentPlan.Create(version.EffectiveDate, version.Content)
                    : throw Invalid("The first version has no revision reason; every later version has one.", "versions");
            }
            else
            {
                plan = plan.Revise(version.EffectiveDate, version.RevisionReason ?? throw Invalid("The first version has no revision reason; every later version has one.", "versions"), version.Content);
            }

            if (version.ParticipatedOn is { } participated)
            {
                plan = plan.RecordParticipation(participated);
            }
        }

        return plan!;
    }
}

/// <summary><see cref="UsState"/> as its two-letter postal code, through <see cref="UsState.Parse"/>.</summary>
internal sealed class UsStateConverter : JsonConverter<UsState>, ISchemaConverter
{
    public JsonObject Schema() => new() { ["type"] = "string", ["pattern"] = "^[A-Z]{2}$" };

    public override UsState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A US state must be its two-letter postal code.");
        }

        try
        {
            return UsState.Parse(reader.GetString()!);
        }
        catch (ArgumentException refusal)
        {
            throw JsonErrors.Refused(typeof(UsState), refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, UsState value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.IsValid ? value.Code : throw new JsonException("The default US state is not a jurisdiction and cannot be written."));
}

/// <summary><see cref="BillingCodeMap"/> through <see cref="BillingCodeMap.Empty"/> and <see cref="BillingCodeMap.With"/>, level by level in the order the codes were added.</summary>
internal sealed class BillingCodeMapConverter : ShapeConverter<BillingCodeMap, BillingCodeMapShape>
{
    protected override BillingCodeMapShape ToShape(BillingCodeMap value) =>
        new([.. Enum.GetValues<LevelOfCare>().SelectMany(level => value.CodesFor(level).Select(code => new BillingCodeEntryShape(level, code)))]);

    protected override BillingCodeMap FromShape(BillingCodeMapShape shape) =>
        shape.Codes.Aggregate(BillingCodeMap.Empty, (map, entry) => map.With(entry.Level, entry.Code));
}

/// <summary>
/// <see cref="SuppressedCohortSummary"/>, a result, through its internal <c>FromRecord</c> (decision 0073): every cell as
/// written, by name; the discharges by TEDS reason (every reason present) and the retention cells beside their days.
/// </summary>
internal sealed class SuppressedCohortSummaryConverter : ShapeConverter<SuppressedCohortSummary, SuppressedCohortSummaryShape>
{
    private static readonly Coding.TedsDischargeReason[] Reasons = Enum.GetValues<Coding.TedsDischargeReason>();

    protected override SuppressedCohortSummaryShape ToShape(SuppressedCohortSummary value) => new(
        value.Criteria, value.AsOf, value.Policy, value.Episodes, value.OpenEpisodes, value.DischargedEpisodes, value.EpisodesWithBaseline,
        value.AttendedSessions, Reasons.ToDictionary(r => r, value.DischargesBy),
        value.CompletionRate, value.MeasurementBasedCareCoverage, value.ResponseRate, value.RemissionRate, value.ReliableImprovementRate,
        value.RecoveryRate, value.DeteriorationRate, value.SteppedDownRate, value.SteppedUpRate, value.FollowUpShortRate, value.FollowUpLongRate,
        value.InitiationRate, value.EngagementRate, value.MeanAttendedSessions, value.MedianLengthOfStay, value.RetentionDays, value.RetentionCells);

    protected override SuppressedCohortSummary FromShape(SuppressedCohortSummaryShape shape)
    {
        if (shape.DischargesByReason.Count != Reasons.Length)
        {
            throw Invalid("Every TEDS discharge reason needs its cell.", "dischargesByReason");
        }

        return SuppressedCohortSummary.FromRecord(
            shape.Criteria, shape.AsOf, shape.Policy,
            [shape.Episodes, shape.OpenEpisodes, shape.DischargedEpisodes, shape.EpisodesWithBaseline, shape.AttendedSessions],
            [.. Reasons.Select(r => shape.DischargesByReason[r])],
            [shape.CompletionRate, shape.MeasurementBasedCareCoverage, shape.ResponseRate, shape.RemissionRate, shape.ReliableImprovementRate,
             shape.RecoveryRate, shape.DeteriorationRate, shape.SteppedDownRate, shape.SteppedUpRate, shape.FollowUpShortRate, shape.FollowUpLongRate,
             shape.InitiationRate, shape.EngagementRate],
            shape.MeanAttendedSessions, shape.MedianLengthOfStay, shape.RetentionDays, shape.Retention);
    }
}
