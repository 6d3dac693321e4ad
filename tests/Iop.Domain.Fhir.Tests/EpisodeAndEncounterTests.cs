using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Level-of-care histories to EpisodeOfCare; sessions to Encounters.</summary>
public sealed class EpisodeAndEncounterTests
{
    [Fact]
    public void ToEpisodeOfCare_Discharged_IsFinishedWithOneHistoryEntryPerLevel()
    {
        var episode = EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-1", Fictional.Context, AsamEdition.Third);

        episode.Status.Should().Be(EpisodeOfCare.EpisodeOfCareStatus.Finished);
        episode.StatusHistory.Select(s => s.GetExtensionValue<Hl7.Fhir.Model.Coding>(EpisodeOfCareMapping.LevelOfCareExtension).Code).Should().Equal("PHP", "IOP");
        episode.StatusHistory.Select(s => (s.Period.Start, s.Period.End)).Should().Equal(("2026-03-02", "2026-03-16"), ("2026-03-16", "2026-04-27"));
        episode.Patient.Reference.Should().Be("Patient/example");
    }

    [Fact]
    public void ToEpisodeOfCare_Type_IsTheLevelWithTheAsamCodingBesideIt() =>
        EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-1", Fictional.Context, AsamEdition.Fourth)
            .Type.Single().Coding.Select(c => $"{c.System}|{c.Code}").Should().Equal($"{CodeSystems.LevelOfCare}|IOP", $"{CodeSystems.AsamFourthEdition}|2.1");

    [Fact]
    public void ToEpisodeOfCare_Open_IsActiveWithAnOpenPeriod()
    {
        var episode = EpisodeOfCareMapping.ToEpisodeOfCare(LevelOfCareHistory.Admit(Fictional.Admission, LevelOfCare.IntensiveOutpatient), "episode-2", Fictional.Context);

        episode.Status.Should().Be(EpisodeOfCare.EpisodeOfCareStatus.Active);
        episode.Period.End.Should().BeNull();
        episode.Type.Single().Coding.Should().ContainSingle(); // no edition given: no ASAM coding
    }

    [Theory]
    [InlineData(DeliveryMode.InPerson)]
    [InlineData(DeliveryMode.TelehealthVideo)]
    [InlineData(DeliveryMode.TelehealthAudio)]
    public void ToEncounter_EveryDeliveryMode_IsAmbulatory(DeliveryMode mode) =>
        EncounterMapping.ToEncounter(Fictional.Group with { Mode = mode }, "s", Fictional.Context, Fictional.Eastern)
            .Class.Should().Match<Hl7.Fhir.Model.Coding>(c => c.Code == "AMB" && c.System == "http://terminology.hl7.org/CodeSystem/v3-ActCode");

    [Theory]
    [InlineData(Attendance.Attended, Encounter.EncounterStatus.Finished)]
    [InlineData(Attendance.Missed, Encounter.EncounterStatus.Cancelled)]
    [InlineData(Attendance.Cancelled, Encounter.EncounterStatus.Cancelled)]
    public void ToEncounter_EveryAttendance_MapsToAStatus(Attendance attendance, Encounter.EncounterStatus status) =>
        EncounterMapping.ToEncounter(Fictional.Group with { Attendance = attendance }, "s", Fictional.Context, Fictional.Eastern).Status.Should().Be(status);

    [Fact]
    public void ToEncounter_Period_CarriesTheOffset()
    {
        var encounter = EncounterMapping.ToEncounter(Fictional.Group, "s", Fictional.Context, Offset.Zero);

        encounter.Period.Start.Should().Be("2026-03-02T09:00:00+00:00");
        encounter.Period.End.Should().Be("2026-03-02T12:00:00+00:00");
    }

    [Fact]
    public void ToEncounter_PlaceOfService_IsOnAContainedLocation()
    {
        var encounter = EncounterMapping.ToEncounter(Fictional.Group, "s", Fictional.Context, Fictional.Eastern, PlaceOfService.PsychiatricFacilityPartialHospitalization);

        encounter.Location.Single().Location.Reference.Should().Be("#place-of-service");
        encounter.Contained.Should().ContainSingle().Which.Should().BeOfType<Location>().Which.Type.Single().Coding.Single().Code.Should().Be("52");
    }

    [Fact]
    public void ToEncounter_PlaceOfServiceFromAnotherSystem_Throws() =>
        FluentActions.Invoking(() => EncounterMapping.ToEncounter(Fictional.Group, "s", Fictional.Context, Fictional.Eastern, Hcpcs.H0015))
            .Should().Throw<ArgumentException>().WithParameterName("placeOfService");

    [Fact]
    public void ToEncounter_DefaultSession_Throws() =>
        FluentActions.Invoking(() => EncounterMapping.ToEncounter(default, "s", Fictional.Context, Fictional.Eastern))
            .Should().Throw<ArgumentException>().WithParameterName("session");
}
