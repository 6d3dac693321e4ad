using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;
using Period = Hl7.Fhir.Model.Period;

namespace Iop.Domain.Fhir.Tests;

/// <summary>
/// Instrument scores to US Core screening-assessment Observations and back. The US Core profile is not among the
/// offline definitions, so its constraints are checked here (docs/decisions/0075).
/// </summary>
public sealed class ScreeningObservationTests
{
    private static ScreeningResources Phq9 => GoldenCases.Phq9Resources();

    [Fact]
    public void ToResources_Phq9_FollowsTheScreeningAssessmentPattern()
    {
        var total = Phq9.Total;

        total.Meta!.Profile.Should().Equal(ObservationMapping.ScreeningAssessmentProfile);
        total.Status.Should().Be(ObservationStatus.Final);
        total.Category.Should().ContainSingle().Which.Coding.Should().ContainSingle(c => c.System == "http://terminology.hl7.org/CodeSystem/observation-category" && c.Code == "survey");
        total.Code.Coding.Should().ContainSingle(c => c.System == "http://loinc.org" && c.Code == "44261-6" && c.Display == "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]");
        total.Value.Should().BeOfType<Quantity>().Which.Should().Match<Quantity>(q => q.Value == 12 && q.Code == "{score}" && q.Unit == "{score}" && q.System == "http://unitsofmeasure.org");
        total.Effective.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-03-02");
        total.Subject.Reference.Should().Be("Patient/example");
    }

    [Fact]
    public void ToResources_WithItems_LinksOneItemObservationPerItem()
    {
        var resources = Phq9;

        resources.Items.Select(i => i.Value).Cast<Integer>().Select(v => v.Value).Should().Equal(Fictional.Phq9Items.Cast<int?>());
        resources.Total.HasMember.Select(r => r.Reference).Should().Equal(resources.Items.Select(i => $"Observation/{i.Id}"));
    }

    [Fact]
    public void ToResources_WithoutItems_HasNoMembers() =>
        ObservationMapping.ToResources(Fictional.Phq9, Fictional.Admission, "phq9-1", Fictional.Context).Total.HasMember.Should().BeEmpty();

    [Theory]
    [InlineData(9, "NEG")] // one under the PHQ-9 screening cut-off of 10
    [InlineData(10, "POS")] // exactly at the cut-off
    public void ToResources_Screen_GivesTheInterpretation(int total, string code) =>
        ObservationMapping.ToResources(Instruments.ScoreTotal(Instrument.Phq9, total, ScoringPolicy.Default), Fictional.Admission, "phq9-1", Fictional.Context)
            .Total.Interpretation.Should().ContainSingle().Which.Coding.Should().ContainSingle(c => c.Code == code && c.System == ObservationMapping.InterpretationSystem);

    [Fact]
    public void ToResources_ScreenUndetermined_HasNoInterpretation() => // AUDIT-C without the person's sex
        ObservationMapping.ToResources(Instruments.ScoreTotal(Instrument.AuditC, 4, ScoringPolicy.Default), Fictional.Admission, "auditc-1", Fictional.Context)
            .Total.Interpretation.Should().BeEmpty();

    [Fact]
    public void ToResources_Phq9ItemNineAboveZero_FlagsItLinkedToTheItemObservation()
    {
        var resources = Phq9;

        var flag = resources.SafetyFlags.Should().ContainSingle().Subject;
        flag.Status.Should().Be(Flag.FlagStatus.Active);
        flag.Code.Coding.Should().ContainSingle(c => c.System == CodeSystems.RuleId && c.Code == "OUT-PHQ9-ITEM9");
        flag.Subject.Reference.Should().Be("Patient/example");
        flag.GetExtensionValue<ResourceReference>(ObservationMapping.FlagDetailExtension).Reference.Should().Be("Observation/phq9-1-item-9");
        resources.Items[8].Code.Coding.Should().ContainSingle(c => c.System == "http://loinc.org" && c.Code == "44260-8");
    }

    [Fact]
    public void ToResources_ItemNineAboveZeroWithoutItems_FlagLinksTheTotal() =>
        ObservationMapping.ToResources(Fictional.Phq9, Fictional.Admission, "phq9-1", Fictional.Context)
            .SafetyFlags.Should().ContainSingle().Which.GetExtensionValue<ResourceReference>(ObservationMapping.FlagDetailExtension).Reference.Should().Be("Observation/phq9-1");

    [Fact]
    public void ToResources_ItemNineZero_HasNoFlag()
    {
        int[] items = [2, 2, 1, 2, 1, 1, 1, 2, 0]; // same total of 12, item 9 at 0: boundary one under the concern
        var score = Instruments.Score(Instrument.Phq9, items, ScoringPolicy.Default);

        ObservationMapping.ToResources(score, items, Fictional.Admission, "phq9-1", Fictional.Context).SafetyFlags.Should().BeEmpty();
    }

    [Fact]
    public void ToResources_ItemsNotSummingToTheTotal_Throws() =>
        FluentActions.Invoking(() => ObservationMapping.ToResources(Fictional.Phq9, new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 }, Fictional.Admission, "phq9-1", Fictional.Context))
            .Should().Throw<ArgumentException>().WithParameterName("items");

    [Theory]
    [InlineData("")] // empty
    [InlineData("has space")]
    [InlineData("a-very-long-id-that-leaves-no-room-for-the-item-suffixes")] // 56 characters, over 52
    public void ToResources_BadId_Throws(string id) =>
        FluentActions.Invoking(() => ObservationMapping.ToResources(Fictional.Phq9, Fictional.Admission, id, Fictional.Context))
            .Should().Throw<ArgumentException>().WithParameterName("id");

    [Fact]
    public void ToResources_DefaultScore_Throws() =>
        FluentActions.Invoking(() => ObservationMapping.ToResources(default, Fictional.Admission, "x", Fictional.Context))
            .Should().Throw<ArgumentException>().WithParameterName("score");

    [Fact]
    public void ToMeasurement_OwnOutput_RoundTrips() =>
        ObservationMapping.ToMeasurement(Phq9.Total, Instrument.Phq9).Should().Be(new Measurement(Fictional.Admission, 12));

    [Fact]
    public void ToMeasurement_ParsedGoldenFile_RoundTrips() =>
        ObservationMapping.ToMeasurement((Observation)FhirJson.Parse(File.ReadAllText(FhirJson.GoldenPath("phq9-total"))), Instrument.Phq9)
            .Should().Be(new Measurement(Fictional.Admission, 12));

    [Fact]
    public void ToMeasurement_AnotherInstrumentsCode_ThrowsWithoutTheValue()
    {
        var observation = Phq9.Total;

        FluentActions.Invoking(() => ObservationMapping.ToMeasurement(observation, Instrument.Gad7))
            .Should().Throw<ArgumentException>().WithParameterName("observation").Which.Message.Should().NotContain("12");
    }

    [Theory]
    [InlineData(27, true)] // the PHQ-9 maximum
    [InlineData(28, false)] // one over
    [InlineData(-1, false)] // one under the minimum
    public void TryToMeasurement_Value_IsReadOnlyInRange(int value, bool expected)
    {
        var observation = (Observation)Phq9.Total.DeepCopy();
        observation.Value = new Quantity(value, "{score}", "http://unitsofmeasure.org");

        ObservationMapping.TryToMeasurement(observation, Instrument.Phq9, out _).Should().Be(expected);
    }

    [Theory]
    [InlineData(ObservationStatus.Final, true)]
    [InlineData(ObservationStatus.Amended, true)]
    [InlineData(ObservationStatus.Corrected, true)]
    [InlineData(ObservationStatus.Preliminary, false)]
    [InlineData(ObservationStatus.Registered, false)]
    [InlineData(ObservationStatus.Cancelled, false)]
    [InlineData(ObservationStatus.EnteredInError, false)]
    [InlineData(ObservationStatus.Unknown, false)]
    public void TryToMeasurement_EveryStatus_OnlyResultsAreRead(ObservationStatus status, bool expected)
    {
        var observation = (Observation)Phq9.Total.DeepCopy();
        observation.Status = status;

        ObservationMapping.TryToMeasurement(observation, Instrument.Phq9, out _).Should().Be(expected);
    }

    [Fact]
    public void TryToMeasurement_PeriodEffective_UsesItsStart()
    {
        var observation = (Observation)Phq9.Total.DeepCopy();
        observation.Effective = new Period { Start = "2026-03-09T10:00:00-05:00" };

        ObservationMapping.TryToMeasurement(observation, Instrument.Phq9, out var measurement).Should().BeTrue();
        measurement!.Value.Date.Should().Be(new LocalDate(2026, 3, 9));
    }

    [Fact]
    public void TryToMeasurement_InstrumentWithoutTotalCode_IsFalse() => // the AUDIT has no verified total code
        ObservationMapping.TryToMeasurement(Phq9.Total, Instrument.Audit, out _).Should().BeFalse();
}
