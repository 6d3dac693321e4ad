using BenchmarkDotNet.Attributes;
using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Placement decisions: the criteria policy (target: well under a microsecond, allocating only the decision)
/// and the dimensional engine with a fictional table. Baseline: the unexplained if/else a user would otherwise write.
/// </summary>
[MemoryDiagnoser]
public class PlacementBenchmarks
{
    private static readonly LocalDate Date = new(2025, 3, 3);

    private readonly CriteriaPlacementPolicy criteria = CriteriaPlacementPolicy.Default;

    private readonly Assessment complete = new(Date, AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        WouldOtherwiseNeedInpatient = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(12),
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
        RelapsedAfterTreatment = Determination.Yes,
        Ratings = [.. AsamDimensions.All.Select(d => DimensionRating.Asam(d, (int)d % 5))],
    };

    private readonly Assessment sparse = new(Date, AgeGroup.Adolescent) { WeeklyTreatmentHoursNeeded = Duration.FromHours(7) };

    private static readonly Duration Nine = Duration.FromHours(9);
    private static readonly Duration Twenty = Duration.FromHours(20);

    private readonly DimensionalPlacementPolicy dimensional = new(
        new DimensionalPlacementTable("Fictional benchmark table", "b1", Date, RatingInstrument.Asam, new RuleSource("Fictional", "Iop.Domain benchmarks"), LevelOfCare.Outpatient)
        {
            Minimums =
            [
                new(RatedDimension.Asam(AsamDimension.IntoxicationAndWithdrawal), 3, LevelOfCare.Residential),
                new(RatedDimension.Asam(AsamDimension.Biomedical), 3, LevelOfCare.PartialHospitalization),
                new(RatedDimension.Asam(AsamDimension.EmotionalBehavioralCognitive), 2, LevelOfCare.IntensiveOutpatient),
                new(RatedDimension.Asam(AsamDimension.RelapsePotential), 2, LevelOfCare.IntensiveOutpatient),
            ],
            CompositeBands = [new(0, 5, LevelOfCare.Outpatient), new(6, 10, LevelOfCare.IntensiveOutpatient), new(11, 24, LevelOfCare.PartialHospitalization)],
            Overrides = [new(RatedDimension.Asam(AsamDimension.Biomedical), 4, LevelOfCare.Inpatient)],
        });

    [Benchmark(Baseline = true)]
    public LevelOfCare HandWrittenIfElse()
    {
        var a = complete;
        if (a.Needs24HourMedicalManagement == Determination.Yes)
        {
            return LevelOfCare.Inpatient;
        }

        if (a.Needs24HourSupervision == Determination.Yes || a.SafeStableLivingEnvironment == Determination.No)
        {
            return LevelOfCare.Residential;
        }

        if (a.WouldOtherwiseNeedInpatient == Determination.Yes || a.WeeklyTreatmentHoursNeeded >= Twenty)
        {
            return LevelOfCare.PartialHospitalization;
        }

        return a.WeeklyTreatmentHoursNeeded >= Nine || a.RelapsedAfterTreatment == Determination.Yes ? LevelOfCare.IntensiveOutpatient : LevelOfCare.Outpatient;
    }

    [Benchmark]
    public PlacementDecision Criteria_CompleteAssessment() => criteria.Decide(complete);

    [Benchmark]
    public PlacementDecision Criteria_SparseAssessmentWithFindings() => criteria.Decide(sparse);

    [Benchmark]
    public PlacementDecision Dimensional_FictionalTable() => dimensional.Decide(complete);
}
