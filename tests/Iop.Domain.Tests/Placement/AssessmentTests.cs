using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class AssessmentTests
{
    private static readonly Assessment Blank = new(new LocalDate(2025, 1, 6), AgeGroup.Adult);

    [Fact]
    public void New_EveryDeterminationIsNotAssessed_NoRatings()
    {
        Blank.Needs24HourMedicalManagement.Should().BeNull("null is 'not assessed', never 'no'");
        Blank.WeeklyTreatmentHoursNeeded.Should().BeNull();
        Blank.SteppingDownFrom.Should().BeNull();
        Blank.Ratings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1)] // one minute below zero hours
    [InlineData((168 * 60) + 1)] // one minute more than a week has
    public void WeeklyHours_OutOfRange_ThrowsWithPropertyName(int minutes) =>
        FluentActions.Invoking(() => Blank with { WeeklyTreatmentHoursNeeded = Duration.FromMinutes(minutes) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WeeklyTreatmentHoursNeeded");

    [Theory]
    [InlineData(0)] // default(Determination) is invalid
    [InlineData(3)] // one past the last member
    public void Determination_Undefined_ThrowsWithPropertyName(int raw)
    {
        var value = (Determination)raw;
        FluentActions.Invoking(() => Blank with { Needs24HourMedicalManagement = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Needs24HourMedicalManagement");
        FluentActions.Invoking(() => Blank with { SafeStableLivingEnvironment = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SafeStableLivingEnvironment");
        FluentActions.Invoking(() => Blank with { RelapsedAfterTreatment = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("RelapsedAfterTreatment");
    }

    [Theory]
    [InlineData(LevelOfCare.Outpatient)] // impossible: nothing lies below outpatient to step down to
    [InlineData((LevelOfCare)0)] // default level
    [InlineData((LevelOfCare)6)] // past inpatient
    public void SteppingDownFrom_Impossible_Throws(LevelOfCare level) =>
        FluentActions.Invoking(() => Blank with { SteppingDownFrom = level })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SteppingDownFrom");

    [Fact]
    public void AgeGroup_Undefined_Throws() =>
        FluentActions.Invoking(() => new Assessment(Blank.Date, (AgeGroup)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");

    [Fact]
    public void AgeGroup_UndefinedInConstructor_NamesTheConstructorParameter() =>
        FluentActions.Invoking(() => new Assessment(new LocalDate(2025, 3, 3), (AgeGroup)999)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageGroup");

    [Fact]
    public void AgeGroup_UndefinedInInitializer_NamesTheProperty() =>
        FluentActions.Invoking(() => Blank with { AgeGroup = (AgeGroup)999 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AgeGroup");

    [Fact]
    public void Ratings_SameDimensionTwice_Throws() =>
        FluentActions.Invoking(() => Blank with { Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 1), DimensionRating.Asam(AsamDimension.Biomedical, 2)] })
            .Should().Throw<ArgumentException>().WithParameterName("Ratings");

    [Fact]
    public void Ratings_DefaultRating_Throws() =>
        FluentActions.Invoking(() => Blank with { Ratings = [default] }).Should().Throw<ArgumentException>().WithParameterName("Ratings");

    [Fact]
    public void Ratings_Null_Throws() =>
        FluentActions.Invoking(() => Blank with { Ratings = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Ratings");

    [Fact]
    public void Ratings_AreCopied_SoTheCallerCannotChangeThem()
    {
        var list = new List<DimensionRating> { DimensionRating.Locus(LocusScale.RiskOfHarm, 3) };
        var assessment = Blank with { Ratings = list };
        list.Add(DimensionRating.Locus(LocusScale.Engagement, 2));
        assessment.Ratings.Should().HaveCount(1);
        assessment.RatingOf(RatedDimension.Locus(LocusScale.RiskOfHarm)).Should().Be(3);
        assessment.RatingOf(RatedDimension.Locus(LocusScale.Engagement)).Should().BeNull();
    }

    [Theory]
    [InlineData(-1)] // below the ASAM range
    [InlineData(5)] // above the ASAM range
    public void AsamRating_OutOfRange_Throws(int rating) =>
        FluentActions.Invoking(() => DimensionRating.Asam(AsamDimension.RelapsePotential, rating)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rating");

    [Theory]
    [InlineData(0)] // LOCUS starts at 1, unlike ASAM
    [InlineData(6)] // above the LOCUS range
    public void LocusRating_OutOfRange_Throws(int rating) =>
        FluentActions.Invoking(() => DimensionRating.Locus(LocusScale.CoMorbidity, rating)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rating");

    [Fact]
    public void Ratings_UndefinedDimension_Throws()
    {
        FluentActions.Invoking(() => DimensionRating.Asam((AsamDimension)7, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
        FluentActions.Invoking(() => DimensionRating.Locus((LocusScale)0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scale");
        FluentActions.Invoking(() => new DimensionRating(default, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
        FluentActions.Invoking(() => Blank.RatingOf(default)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
    }

    [Fact]
    public void Messages_DoNotEchoTheValue()
    {
        var ex = FluentActions.Invoking(() => Blank with { WeeklyTreatmentHoursNeeded = Duration.FromMinutes(987654) }).Should().Throw<ArgumentOutOfRangeException>().Which;
        ex.Message.Should().NotContain("987");
    }

    [Fact]
    public void Equality_ComparesRatingsByValue()
    {
        var a = Blank with { Needs24HourSupervision = Determination.No, Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 2)] };
        var same = Blank with { Needs24HourSupervision = Determination.No, Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 2)] };
        ContractAssertions.Equality(
            a,
            same,
            a with { Ratings = [DimensionRating.Asam(AsamDimension.Biomedical, 3)] },
            a with { Needs24HourSupervision = null },
            a with { Date = a.Date.PlusDays(1) });
    }

    [Theory]
    [InlineData(AsamDimension.IntoxicationAndWithdrawal, "Acute Intoxication and/or Withdrawal Potential", "Intoxication, Withdrawal, and Addiction Medications")]
    [InlineData(AsamDimension.Biomedical, "Biomedical Conditions and Complications", "Biomedical Conditions")]
    [InlineData(AsamDimension.EmotionalBehavioralCognitive, "Emotional, Behavioral, or Cognitive Conditions and Complications", "Psychiatric and Cognitive Conditions")]
    [InlineData(AsamDimension.ReadinessToChange, "Readiness to Change", "Substance Use-Related Risks")]
    [InlineData(AsamDimension.RelapsePotential, "Relapse, Continued Use, or Continued Problem Potential", "Recovery Environment Interactions")]
    [InlineData(AsamDimension.RecoveryEnvironment, "Recovery/Living Environment", "Person-Centered Considerations")]
    public void AsamDimensionName_EveryDimension_MatchesDomainReference(AsamDimension dimension, string third, string fourth)
    {
        dimension.Name(AsamEdition.Third).Should().Be(third);
        dimension.Name(AsamEdition.Fourth).Should().Be(fourth);
    }

    [Fact]
    public void LocusScales_AreSevenInOrder_WithNumerals()
    {
        LocusScales.All.Select(s => s.Numeral()).Should().Equal("I", "II", "III", "IV-A", "IV-B", "V", "VI");
        LocusScales.All.Select(s => s.Name()).Should().OnlyHaveUniqueItems().And.HaveCount(7);
        AsamDimensions.All.Should().HaveCount(6).And.BeInAscendingOrder();
        RatedDimension.AllOf(RatingInstrument.Locus).Should().HaveCount(7);
        RatedDimension.Locus(LocusScale.EnvironmentalSupport).ToString().Should().Be("LOCUS scale IV-B");
    }

    [Fact]
    public void ToString_OmitsTheDate() =>
        (Blank with { Needs24HourSupervision = Determination.No }).ToString().Should().Be("Assessment (Adult, 2 of 10 determinations, 0 ratings)").And.NotContain("2025");
}
