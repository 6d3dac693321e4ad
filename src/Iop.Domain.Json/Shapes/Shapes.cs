using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Json.Shapes;

// The JSON shapes of core types that are built by factories. Each record is the type's state, member for
// member as it appears in the contract; the converters in Converters/ map a value to its shape and back
// through the core's own factory. These are internal: the contract is their JSON, not these types.

/// <summary>An ASAM level: the edition and the level number in that edition's notation.</summary>
internal sealed record AsamLevelShape(AsamEdition Edition, string Code);

/// <summary>A ceiling on weekly hours and whether it is inclusive.</summary>
internal sealed record HoursCeilingShape(Duration Hours, bool IsInclusive);

/// <summary>The part of the input a finding concerns: its kind and either its dates or the caller's id.</summary>
internal sealed record FindingSubjectShape(SubjectKind Kind, DateInterval? Period, string? Id);

/// <summary>The values an instrument item accepts.</summary>
internal sealed record InstrumentItemShape(IReadOnlyList<int> AllowedValues);

/// <summary>A rated dimension: the instrument and the dimension's number in it.</summary>
internal sealed record RatedDimensionShape(RatingInstrument Instrument, int Number);

/// <summary>An objective's measurable target.</summary>
internal sealed record MeasurableTargetShape(TargetKind Kind, Instrument? Measure, TargetComparison? Comparison, decimal? Threshold, string? Description);

/// <summary>One entry of a level-of-care history (its direction is derived from the previous entry).</summary>
internal sealed record LevelOfCareEntryShape(LocalDate Date, LevelOfCare Level, LevelChangeReason Reason);

/// <summary>A level-of-care history: its entries from the admission, and the discharge.</summary>
internal sealed record LevelOfCareHistoryShape(IReadOnlyList<LevelOfCareEntryShape> Entries, LocalDate? DischargedOn, TedsDischargeReason? DischargeReason);

/// <summary>A cohort summary's state (the accumulator): criteria, report date, named counts and the retention buckets.</summary>
internal sealed record CohortSummaryShape(
    CohortCriteria Criteria,
    LocalDate AsOf,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<long> DischargesByDay,
    IReadOnlyList<long> OpenByDay,
    long BeyondHorizon);

/// <summary>
/// An instrument's safety item: its number, threshold, rule and code, and whether it carries a built-in item's
/// wording (it is one of <c>SafetyItem.BuiltIn</c> or a copy of one with another code).
/// </summary>
internal sealed record SafetyItemShape(int Number, int ConcernAtOrAbove, Rule Rule, CodedValue? Code, bool HasBuiltInWording);

/// <summary>A scoring policy: its identity and missing-item rule, and the per-instrument entries its pseudo-mutators set.</summary>
internal sealed record ScoringPolicyStateShape(
    string Name,
    string Version,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo,
    IReadOnlyList<RuleSource> Sources,
    MissingItemPolicy MissingItems,
    IReadOnlyList<MissingLimitEntryShape> MissingItemLimits,
    IReadOnlyList<SexCutOffsEntryShape> ScreenCutOffsBySex,
    IReadOnlyList<CutOffEntryShape> ScreenCutOffs);

/// <summary>A policy's limit on an instrument's missing items (<c>WithMaximumMissingItems</c>).</summary>
internal sealed record MissingLimitEntryShape(Instrument Instrument, int MaximumMissing);

/// <summary>A policy's screen cut-offs by sex for an instrument (<c>WithScreenCutOffsBySex</c>).</summary>
internal sealed record SexCutOffsEntryShape(Instrument Instrument, int Male, int Female);

/// <summary>A policy's screen cut-off for an instrument (<c>WithScreenCutOff</c>).</summary>
internal sealed record CutOffEntryShape(Instrument Instrument, int AtOrAbove);

/// <summary>
/// An administration as what was answered: the date, the instrument, each scored item's answer (null where missing;
/// empty for a total alone), the carried item's answer, the total (only for a total alone), the policy and the sex
/// it was scored under. Reading scores it again.
/// </summary>
internal sealed record AdministrationAnswersShape(
    LocalDate Date,
    Instrument Instrument,
    IReadOnlyList<int?> ItemAnswers,
    int? CarriedAnswer,
    int? Total,
    ScoringPolicy Policy,
    Sex? Sex);

/// <summary>A measurement series: its instrument and either its dated totals or the administrations it was built from.</summary>
internal sealed record MeasurementSeriesStateShape(Instrument Instrument, IReadOnlyList<Measurement>? Measurements, IReadOnlyList<Administration>? Administrations);

/// <summary>A treatment plan as its versions, oldest first.</summary>
internal sealed record TreatmentPlanVersionsShape(IReadOnlyList<TreatmentPlanVersionShape> Versions);

/// <summary>One version of a plan: when it took effect, why it was made (null for the first), participation, and its content.</summary>
internal sealed record TreatmentPlanVersionShape(LocalDate EffectiveDate, RevisionReason? RevisionReason, LocalDate? ParticipatedOn, PlanContent Content);

/// <summary>A billing code map: every code with the level of care it bills, per level in the order added.</summary>
internal sealed record BillingCodeMapShape(IReadOnlyList<BillingCodeEntryShape> Codes);

/// <summary>One code of a billing code map and the level of care it bills.</summary>
internal sealed record BillingCodeEntryShape(LevelOfCare Level, CodedValue Code);

/// <summary>A suppressed cohort summary, a result: every figure's cell (its value, or why it is withheld) by name.</summary>
internal sealed record SuppressedCohortSummaryShape(
    CohortCriteria Criteria,
    LocalDate AsOf,
    CellSuppressionPolicy Policy,
    ReportCell<long> Episodes,
    ReportCell<long> OpenEpisodes,
    ReportCell<long> DischargedEpisodes,
    ReportCell<long> EpisodesWithBaseline,
    ReportCell<long> AttendedSessions,
    IReadOnlyDictionary<TedsDischargeReason, ReportCell<long>> DischargesByReason,
    ReportCell<Proportion?> CompletionRate,
    ReportCell<Proportion?> MeasurementBasedCareCoverage,
    ReportCell<Proportion?> ResponseRate,
    ReportCell<Proportion?> RemissionRate,
    ReportCell<Proportion?> ReliableImprovementRate,
    ReportCell<Proportion?> RecoveryRate,
    ReportCell<Proportion?> DeteriorationRate,
    ReportCell<Proportion?> SteppedDownRate,
    ReportCell<Proportion?> SteppedUpRate,
    ReportCell<Proportion?> FollowUpShortRate,
    ReportCell<Proportion?> FollowUpLongRate,
    ReportCell<Proportion?> InitiationRate,
    ReportCell<Proportion?> EngagementRate,
    ReportCell<double?> MeanAttendedSessions,
    ReportCell<int?> MedianLengthOfStay,
    IReadOnlyList<int> RetentionDays,
    IReadOnlyList<ReportCell<double?>> Retention);
