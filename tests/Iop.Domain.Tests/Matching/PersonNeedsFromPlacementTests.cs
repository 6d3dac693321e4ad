using Iop.Domain.Continuum;
using Iop.Domain.Matching;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Matching.MatchingFixtures;

namespace Iop.Domain.Tests.Matching;

/// <summary>The seam between placement and matching: the level the clinician places the person at is the level matched.</summary>
public sealed class PersonNeedsFromPlacementTests
{
    private static readonly AvailabilityWindow[] Evenings = [.. Weekdays.Select(d => new AvailabilityWindow(d, new LocalTime(17, 30), new LocalTime(22, 0)))];

    [Theory]
    [InlineData(12, LevelOfCare.IntensiveOutpatient)] // 12 h/week needed: IOP under the public criteria
    [InlineData(25, LevelOfCare.PartialHospitalization)] // 25 h/week and would otherwise need inpatient: PHP
    public void Ctor_FromAPlacementAsRecommended_UsesThatLevel(int hours, LevelOfCare expected)
    {
        var decision = Decide(hours);
        var placement = new ClinicalPlacement(decision, decision.Recommended, decision.AssessmentDate);

        var needs = new PersonNeeds(placement, AgeGroup.Adult, Evenings);

        decision.Recommended.Should().Be(expected);
        needs.Level.Should().Be(expected);
        needs.Should().Be(new PersonNeeds(expected, AgeGroup.Adult, Evenings));
    }

    [Fact]
    public void Match_AfterAnOverride_UsesThePlacedLevel_AndExcludesAProgrammeOfferingOnlyTheRecommendedOne()
    {
        // Recommended PHP (25 h/week, would otherwise need inpatient); the person prefers evenings and is placed at IOP.
        var decision = Decide(25);
        var placement = new ClinicalPlacement(decision, LevelOfCare.IntensiveOutpatient, decision.AssessmentDate, DiscrepancyReason.PatientPreference);
        var phpOnly = new ProgrammeProfile(
            "PHP-ONLY",
            [LevelOfCare.PartialHospitalization],
            [AgeGroup.Adult],
            [new ScheduleTrack(LevelOfCare.PartialHospitalization, TrackKind.Evening, Weekdays, new LocalTime(17, 30), Hours(4))], // 20 h: Medicare's PHP minimum
            new LocalDate(2027, 12, 31));
        var iop = Programme("IOP");

        var needs = new PersonNeeds(placement, AgeGroup.Adult, Evenings);
        var result = Match(needs, phpOnly, iop);

        decision.Recommended.Should().Be(LevelOfCare.PartialHospitalization);
        needs.Level.Should().Be(LevelOfCare.IntensiveOutpatient, "matching uses the placed level, not the recommendation");
        result.Matches.Should().ContainSingle().Which.Programme.Id.Should().Be("IOP");
        var finding = result.Exclusions.Should().ContainSingle().Subject.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(MatchingRules.LevelNotOffered.Id);
        finding.Subject.Should().Be(FindingSubject.Part(SubjectKind.Programme, "PHP-ONLY"));
    }

    [Fact]
    public void Ctor_NullPlacement_Throws() =>
        FluentActions.Invoking(() => new PersonNeeds((ClinicalPlacement)null!, AgeGroup.Adult, Evenings))
            .Should().Throw<ArgumentNullException>().WithParameterName("placement");

    private static PlacementDecision Decide(int hours) => CriteriaPlacementPolicy.Default.Decide(new Assessment(new LocalDate(2025, 3, 3), AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        WouldOtherwiseNeedInpatient = hours >= 20 ? Determination.Yes : Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(hours),
        RelapsedAfterTreatment = Determination.No,
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
    });
}
