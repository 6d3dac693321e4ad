using System.Text.RegularExpressions;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Samples;
using NodaTime;

namespace Iop.Domain.Tests.Samples;

/// <summary>
/// The walk-through is one story: each step's result is the next step's input. These tests run the same
/// flow the sample's Program runs and pin its key results, and check that what it prints echoes no caller
/// text and no dates in findings.
/// </summary>
public sealed partial class WalkthroughFlowTests
{
    private static readonly (JourneyResult Result, string Output) Run = RunJourney();

    [Fact]
    public void Run_Placement_RecommendsPhpAndTheClinicianPlacesOneLevelLower()
    {
        // 20 hours a week and "would otherwise need inpatient" recommend PHP; the waiting list puts the person in IOP.
        Run.Result.RecommendedLevel.Should().Be(LevelOfCare.PartialHospitalization);
        Run.Result.PlacedLevel.Should().Be(LevelOfCare.IntensiveOutpatient);
    }

    [Fact]
    public void Run_Matching_ChoosesTheOnlyProgrammeWithAnEveningTrackAndALicence()
    {
        // hillcrest has only a morning track; the third programme's licence lapsed before the placement date.
        Run.Result.MatchedProgrammeId.Should().Be("riverside");
    }

    [Fact]
    public void Run_Intensity_WeekOneIsTheFullTrackAndTheTwoShortWeeksAreFindings()
    {
        // Monday, Tuesday and Thursday at 3 h: 9 h in week 1. The 5th and 9th sessions (weeks 2 and 3) were
        // missed, leaving 6 h in each, below Medicare's 9 h minimum: two findings, 10 of 12 attended.
        Run.Result.WeekOneAttendedHours.Should().Be(Duration.FromHours(9));
        Run.Result.IntensityFindingCount.Should().Be(2);
        Run.Result.AttendanceRatio.Should().Be(AttendanceRatio.Of(10, 12));
        Run.Result.AttendedSessions.Should().Be(10);
    }

    [Fact]
    public void Run_TreatmentPlan_HasTwoFindingsAndMeetsThePhq9Objective()
    {
        // No planned discharge date (MCR-PLAN-CONTENT) and no relapse-prevention plan; PHQ-9 falls 19 -> 16 -> 8, below 10.
        Run.Result.PlanFindingCount.Should().Be(2);
        Run.Result.Phq9ObjectiveMet.Should().BeTrue();
        Run.Output.Should().Contain("PHQ-9 totals: 19 -> 16 -> 8.");
    }

    [Fact]
    public void Run_MeasurementSchedule_NextDueIsThePhq9FourteenDaysAfterTheLast()
    {
        // The ASQ was given on admission (10 March); the PHQ-9 on 10 and 24 March and on the last day of the range:
        // the next PHQ-9 is due 14 days after that (6 April + 14 = 20 April), and nothing is overdue.
        Run.Result.NextDueInstrument.Should().Be("PHQ-9");
        Run.Result.NextDue.Should().Be(new LocalDate(2025, 4, 20));
        Run.Output.Should().Contain("Next due instrument: PHQ-9 (Repeat), from 2025-04-20 through 2025-04-20; 0 overdue.");
    }

    [Fact]
    public void Run_Transitions_StepDownToOutpatientThenDischargeAsCompleted()
    {
        Run.Result.SteppedDownTo.Should().Be(LevelOfCare.Outpatient);
        Run.Result.DischargeReason.Should().Be(TedsDischargeReason.TreatmentCompleted);
    }

    [Fact]
    public void Run_Outcomes_EpisodeLengthAndCohortSize()
    {
        // Admitted 10 March (the placement), discharged 5 May (four weeks of IOP, a review, four weeks of OP): 57 days inclusive.
        Run.Result.LengthOfStay.Should().Be(57);

        // 99 generated episodes and the person's.
        Run.Result.CohortSize.Should().Be(100);
    }

    [Fact]
    public void Run_Output_EchoesNoCallerTextOrIdsItWasGiven()
    {
        Run.Output.Should().NotContain(PersonJourney.SecretGoalText);
        Run.Output.Should().NotContain(PersonJourney.SecretProgrammeId);
        Run.Output.Should().NotContainEquivalentOf("secret");
    }

    [Fact]
    public void Run_Output_PrintsNoDatesInFindings()
    {
        var findingLines = Run.Output.ReplaceLineEndings("\n").Split('\n')
            .Where(l => FindingLine().IsMatch(l))
            .ToList();

        findingLines.Should().NotBeEmpty();
        findingLines.Should().NotContain(l => IsoDate().IsMatch(l));
    }

    private static (JourneyResult, string) RunJourney()
    {
        using var output = new StringWriter();
        var result = PersonJourney.Run(output);
        return (result, output.ToString());
    }

    [GeneratedRegex(@"^\s+(\d+ x )?(Error|Warning|Information) ")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
