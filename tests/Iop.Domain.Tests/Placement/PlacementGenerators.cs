using FsCheck;
using FsCheck.Fluent;
using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>
/// FsCheck generators for criteria assessments. Each field's values are listed from least to most severe,
/// so an assessment is described by one index per field, and "more severe" means a larger index.
/// </summary>
internal static class PlacementGenerators
{
    public static readonly LocalDate Date = new(2025, 3, 3);

    // Yes-is-severe determinations: not assessed and "no" both leave the rule unapplied; "yes" is the most severe.
    private static readonly Determination?[] YesSevere = [Determination.No, null, Determination.Yes];

    // Safe living environment: "no" is the severe answer.
    private static readonly Determination?[] NoSevere = [Determination.Yes, null, Determination.No];

    // Hours of need, ascending, with both sides of every threshold (6 adolescent, 9 adult, 20 PHP).
    private static readonly Duration?[] Hours = [null, Duration.Zero, Duration.FromMinutes(330), Duration.FromHours(6), Duration.FromMinutes(510), Duration.FromHours(9), Duration.FromMinutes(1170), Duration.FromHours(20), Duration.FromHours(40)];

    private static readonly LevelOfCare?[] SteppingDown = [null, LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization, LevelOfCare.Residential, LevelOfCare.Inpatient];

    // Fields that do not change the level (eligibility inputs), in any order.
    private static readonly Determination?[] Any = [null, Determination.No, Determination.Yes];

    private static readonly int[] Sizes = [3, 3, 3, 3, 9, 5, 3, 3, 3, 3, 2];

    public static Gen<int[]> Codes { get; } =
        Gen.Choose(0, int.MaxValue).ArrayOf(Sizes.Length).Select(a => a.Select((v, i) => v % Sizes[i]).ToArray());

    public static Arbitrary<Assessment> Assessments { get; } = Codes.Select(Build).ToArbitrary();

    /// <summary>Pairs (a, b) where b is at least as severe as a in every field.</summary>
    public static Arbitrary<(Assessment Milder, Assessment Severer)> SeverityPairs { get; } =
        Codes.Two().Select(t =>
        {
            var severer = t.Item1.Zip(t.Item2, Math.Max).ToArray();
            severer[^1] = t.Item1[^1]; // same age group
            severer[6] = t.Item1[6]; // eligibility-only fields are not part of severity
            severer[7] = t.Item1[7];
            severer[8] = t.Item1[8];
            return (Build(t.Item1), Build(severer));
        }).ToArbitrary();

    public static Assessment Build(int[] c) => new(Date, c[10] == 0 ? AgeGroup.Adult : AgeGroup.Adolescent)
    {
        Needs24HourMedicalManagement = YesSevere[c[0]],
        Needs24HourSupervision = YesSevere[c[1]],
        WouldOtherwiseNeedInpatient = YesSevere[c[2]],
        SafeStableLivingEnvironment = NoSevere[c[3]],
        WeeklyTreatmentHoursNeeded = Hours[c[4]],
        SteppingDownFrom = SteppingDown[c[5]],
        CanParticipateAndTolerate = Any[c[6]],
        SeriousInterference = Any[c[7]],
        CoOccurringConditions = Any[c[8]],
        RelapsedAfterTreatment = YesSevere[c[9]],
    };
}
