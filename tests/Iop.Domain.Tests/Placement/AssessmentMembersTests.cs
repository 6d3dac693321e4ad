using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>Every member of an assessment: the checks when set, the values kept by with-copies, equality and hashing, the summary.</summary>
public sealed class AssessmentMembersTests
{
    private static readonly LocalDate Date = new(2025, 1, 6);
    private static readonly Assessment Blank = new(Date, AgeGroup.Adult);

    /// <summary>Every member set to a value other than its default.</summary>
    private static readonly Assessment Full = new(Date, AgeGroup.Adolescent)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.Yes,
        WouldOtherwiseNeedInpatient = Determination.No,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(7),
        SafeStableLivingEnvironment = Determination.Yes,
        CanParticipateAndTolerate = Determination.No,
        SeriousInterference = Determination.Yes,
        SteppingDownFrom = LevelOfCare.Residential,
        RelapsedAfterTreatment = Determination.No,
        CoOccurringConditions = Determination.Yes,
        Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 2), DimensionRating.Locus(LocusScale.FunctionalStatus, 3)],
    };

    [Fact]
    public void Initializer_KeepsEveryValue()
    {
        Full.Date.Should().Be(Date);
        Full.AgeGroup.Should().Be(AgeGroup.Adolescent);
        Full.Needs24HourMedicalManagement.Should().Be(Determination.No);
        Full.Needs24HourSupervision.Should().Be(Determination.Yes);
        Full.WouldOtherwiseNeedInpatient.Should().Be(Determination.No);
        Full.WeeklyTreatmentHoursNeeded.Should().Be(Duration.FromHours(7));
        Full.SafeStableLivingEnvironment.Should().Be(Determination.Yes);
        Full.CanParticipateAndTolerate.Should().Be(Determination.No);
        Full.SeriousInterference.Should().Be(Determination.Yes);
        Full.SteppingDownFrom.Should().Be(LevelOfCare.Residential);
        Full.RelapsedAfterTreatment.Should().Be(Determination.No);
        Full.CoOccurringConditions.Should().Be(Determination.Yes);
        Full.Ratings.Should().Equal(DimensionRating.Asam(AsamDimension.Biomedical, 2), DimensionRating.Locus(LocusScale.FunctionalStatus, 3));
    }

    [Fact]
    public void With_ChangingOneMember_KeepsTheOthers()
    {
        var copy = Full with { CoOccurringConditions = null };
        copy.CoOccurringConditions.Should().BeNull();
        (copy with { CoOccurringConditions = Determination.Yes }).Should().Be(Full);
        (Full with { Date = Date.PlusDays(3) }).Date.Should().Be(Date.PlusDays(3));
        (Full with { AgeGroup = AgeGroup.Adult }).AgeGroup.Should().Be(AgeGroup.Adult);
    }

    [Fact]
    public void Determinations_Undefined_ThrowWithTheirPropertyNames()
    {
        var undefined = (Determination)3;
        FluentActions.Invoking(() => Blank with { Needs24HourSupervision = undefined }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Needs24HourSupervision");
        FluentActions.Invoking(() => Blank with { WouldOtherwiseNeedInpatient = undefined }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WouldOtherwiseNeedInpatient");
        FluentActions.Invoking(() => Blank with { CanParticipateAndTolerate = undefined }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CanParticipateAndTolerate");
        FluentActions.Invoking(() => Blank with { SeriousInterference = undefined }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SeriousInterference");
        FluentActions.Invoking(() => Blank with { CoOccurringConditions = undefined }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CoOccurringConditions");
    }

    [Fact]
    public void Dates_OutsideTheSupportedRange_ThrowWithTheirNames()
    {
        FluentActions.Invoking(() => new Assessment(new LocalDate(9999, 12, 20), AgeGroup.Adult)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => Blank with { Date = new LocalDate(1899, 12, 31) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Date");
        new Assessment(new LocalDate(2199, 12, 31), AgeGroup.Adult).Date.Should().Be(new LocalDate(2199, 12, 31), "boundary: the last supported date");
    }

    [Theory]
    [InlineData(0)] // boundary: no hours
    [InlineData(168)] // boundary: every hour of the week
    public void WeeklyHours_AtTheEndsOfTheWeek_AreAccepted(int hours) =>
        (Blank with { WeeklyTreatmentHoursNeeded = Duration.FromHours(hours) }).WeeklyTreatmentHoursNeeded.Should().Be(Duration.FromHours(hours));

    [Fact]
    public void WeeklyHours_Null_MeansNotAssessed() =>
        (Full with { WeeklyTreatmentHoursNeeded = null }).WeeklyTreatmentHoursNeeded.Should().BeNull();

    [Theory]
    [InlineData(LevelOfCare.IntensiveOutpatient)] // boundary: the least intensive level one can step down from
    [InlineData(LevelOfCare.PartialHospitalization)]
    [InlineData(LevelOfCare.Residential)]
    [InlineData(LevelOfCare.Inpatient)] // boundary: the most intensive level
    public void SteppingDownFrom_EveryLevelAboveOutpatient_IsAccepted(LevelOfCare level) =>
        (Blank with { SteppingDownFrom = level }).SteppingDownFrom.Should().Be(level);

    [Fact]
    public void Ratings_DefaultRatingAfterAValidOne_Throws() =>
        FluentActions.Invoking(() => Blank with { Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 1), default] })
            .Should().Throw<ArgumentException>().WithParameterName("Ratings");

    [Fact]
    public void Ratings_SameDimensionTwiceApart_Throws() =>
        FluentActions.Invoking(() => Blank with { Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 1), DimensionRating.Asam(AsamDimension.RelapsePotential, 1), DimensionRating.Asam(AsamDimension.Biomedical, 1)] })
            .Should().Throw<ArgumentException>().WithParameterName("Ratings");

    [Fact]
    public void Ratings_SameNumberOfAnotherInstrument_IsAnotherDimension()
    {
        var assessment = Blank with { Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 4), DimensionRating.Locus(LocusScale.FunctionalStatus, 1)] };
        assessment.RatingOf(RatedDimension.Asam(AsamDimension.Biomedical)).Should().Be(4);
        assessment.RatingOf(RatedDimension.Locus(LocusScale.FunctionalStatus)).Should().Be(1);
        assessment.RatingOf(RatedDimension.Locus(LocusScale.RiskOfHarm)).Should().BeNull();
    }

    [Fact]
    public void Ratings_Empty_IsNoRatings()
    {
        var unrated = Full with { Ratings = new List<DimensionRating>() };
        unrated.Ratings.Should().BeEmpty();
        unrated.Should().Be(Full with { Ratings = [] }).And.NotBe(Full);
    }

    [Fact]
    public void Equality_EveryMember_TakesPartInEqualsAndHash()
    {
        DistinctValues.Check(
            Full,
            Full with { Ratings = [.. Full.Ratings] },
            Full with { Date = Date.PlusDays(1) },
            Full with { AgeGroup = AgeGroup.Adult },
            Full with { Needs24HourMedicalManagement = Determination.Yes },
            Full with { Needs24HourSupervision = Determination.No },
            Full with { WouldOtherwiseNeedInpatient = null },
            Full with { WeeklyTreatmentHoursNeeded = Duration.FromHours(8) },
            Full with { SafeStableLivingEnvironment = Determination.No },
            Full with { CanParticipateAndTolerate = Determination.Yes },
            Full with { SeriousInterference = Determination.No },
            Full with { SteppingDownFrom = LevelOfCare.Inpatient },
            Full with { RelapsedAfterTreatment = Determination.Yes },
            Full with { CoOccurringConditions = Determination.No },
            Full with { Ratings = [Full.Ratings[0]] },
            Full with { Ratings = [Full.Ratings[1], Full.Ratings[0]] });
        Full.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_CountsTheDeterminationsAssessed_AndTheRatings()
    {
        Full.ToString().Should().Be("Assessment (Adolescent, 10 of 10 determinations, 2 ratings)");
        Blank.ToString().Should().Be("Assessment (Adult, 1 of 10 determinations, 0 ratings)", "the age group is always known");
        (Blank with { WeeklyTreatmentHoursNeeded = Duration.Zero }).ToString().Should().Be("Assessment (Adult, 2 of 10 determinations, 0 ratings)", "hours of zero are assessed");
    }
}
