using Iop.Domain.Continuum;
using Iop.Domain.Matching;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Tests.Matching;

/// <summary>The seam between placement and matching: a decision's recommendation becomes the indicated level.</summary>
public sealed class PersonNeedsFromDecisionTests
{
    private static readonly AvailabilityWindow[] Evenings = [new(IsoDayOfWeek.Monday, new LocalTime(17, 30), new LocalTime(21, 0))];

    [Theory]
    [InlineData(12, LevelOfCare.IntensiveOutpatient)] // 12 h/week needed: IOP under the public criteria
    [InlineData(25, LevelOfCare.PartialHospitalization)] // 25 h/week and would otherwise need inpatient: PHP
    public void Ctor_FromDecision_UsesTheRecommendedLevel(int hours, LevelOfCare expected)
    {
        var assessment = new Assessment(new LocalDate(2025, 3, 3), AgeGroup.Adult)
        {
            Needs24HourMedicalManagement = Determination.No,
            Needs24HourSupervision = Determination.No,
            WouldOtherwiseNeedInpatient = hours >= 20 ? Determination.Yes : Determination.No,
            SafeStableLivingEnvironment = Determination.Yes,
            WeeklyTreatmentHoursNeeded = Duration.FromHours(hours),
            RelapsedAfterTreatment = Determination.No,
            CanParticipateAndTolerate = Determination.Yes,
            SeriousInterference = Determination.Yes,
        };
        var decision = CriteriaPlacementPolicy.Default.Decide(assessment);

        var needs = new PersonNeeds(decision, AgeGroup.Adult, Evenings);

        decision.Recommended.Should().Be(expected);
        needs.IndicatedLevel.Should().Be(expected);
        needs.Should().Be(new PersonNeeds(expected, AgeGroup.Adult, Evenings));
    }

    [Fact]
    public void Ctor_NullDecision_Throws() =>
        FluentActions.Invoking(() => new PersonNeeds((PlacementDecision)null!, AgeGroup.Adult, Evenings))
            .Should().Throw<ArgumentNullException>().WithParameterName("decision");
}
