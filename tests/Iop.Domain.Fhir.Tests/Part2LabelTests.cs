using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Fhir.Tests;

/// <summary>The 42 CFR Part 2 security labels (R, 42CFRPart2, NORDSCLCD, SUD) on every resource that carries SUD data.</summary>
public sealed class Part2LabelTests
{
    /// <summary>Every resource whose content reveals SUD treatment, by case name.</summary>
    private static readonly Dictionary<string, Func<IEnumerable<Resource>>> SubstanceUseCases = new(StringComparer.Ordinal)
    {
        ["AUDIT total"] = () => ObservationMapping.ToResources(Fictional.Audit, Fictional.Admission, "audit-1", Fictional.Context).All,
        ["AUDIT with items"] = () => ObservationMapping.ToResources(Instruments.Score(Instrument.Audit, [1, 1, 1, 1, 1, 1, 1, 0, 0, 2], ScoringPolicy.Default), [1, 1, 1, 1, 1, 1, 1, 0, 0, 2], Fictional.Admission, "audit-2", Fictional.Context).All,
        ["plan with an SUD diagnosis"] = () => CarePlanMapping.ToResources(Fictional.Plan(), "plan-1", Fictional.Context).All,
        ["episode with an ASAM 3rd-edition level"] = () => [EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-1", Fictional.Context, AsamEdition.Third)],
        ["episode with an ASAM 4th-edition level"] = () => [EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-1", Fictional.Context, AsamEdition.Fourth)],
        ["findings with an IET rule"] = () => [OperationOutcomeMapping.ToOperationOutcome([OutcomeRules.Initiation.ToFinding(Severity.Information, "Initiated.")], Fictional.Context)],
    };

    /// <summary>Resources that reveal nothing about substance use by themselves, outside a Part 2 programme.</summary>
    private static readonly Dictionary<string, Func<FhirMappingContext, IEnumerable<Resource>>> GeneralCases = new(StringComparer.Ordinal)
    {
        ["PHQ-9 with items and flag"] = c => ObservationMapping.ToResources(Fictional.Phq9, Fictional.Phq9Items, Fictional.Admission, "phq9-1", c).All,
        ["GAD-7 total"] = c => ObservationMapping.ToResources(Fictional.Gad7, Fictional.Admission, "gad7-1", c).All,
        ["plan without an SUD diagnosis"] = c => CarePlanMapping.ToResources(Fictional.Plan(substanceUse: false), "plan-2", c).All,
        ["episode without ASAM"] = c => [EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-2", c)],
        ["session"] = c => [EncounterMapping.ToEncounter(Fictional.Group, "session-1", c, Fictional.Eastern, PlaceOfService.CommunityMentalHealthCenter)],
        ["PHQ-9 findings"] = c => [OperationOutcomeMapping.ToOperationOutcome(Fictional.Phq9, c)],
    };

    public static TheoryData<string> SubstanceUseCaseNames() => [.. SubstanceUseCases.Keys];

    public static TheoryData<string> GeneralCaseNames() => [.. GeneralCases.Keys];

    [Theory]
    [MemberData(nameof(SubstanceUseCaseNames))]
    public void Map_SubstanceUseData_LabelsEveryResource(string name) =>
        SubstanceUseCases[name]().Should().NotBeEmpty().And.OnlyContain(r => Part2SecurityLabels.IsLabelled(r));

    [Theory]
    [MemberData(nameof(GeneralCaseNames))]
    public void Map_GeneralData_IsNotLabelled(string name) =>
        GeneralCases[name](Fictional.Context).Should().NotBeEmpty().And.OnlyContain(r => r.Meta == null || r.Meta.Security.Count == 0);

    [Theory]
    [MemberData(nameof(GeneralCaseNames))]
    public void Map_GeneralDataOfAPart2Programme_LabelsEveryResource(string name) =>
        GeneralCases[name](Fictional.Part2Programme).Should().NotBeEmpty().And.OnlyContain(r => Part2SecurityLabels.IsLabelled(r));

    [Fact]
    public void All_AreTheFourDs4pLabels() =>
        Part2SecurityLabels.All.Select(c => $"{c.System}|{c.Code}").Should().Equal(
            "http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R",
            "http://terminology.hl7.org/CodeSystem/v3-ActCode|42CFRPart2",
            "http://terminology.hl7.org/CodeSystem/v3-ActCode|NORDSCLCD",
            "http://terminology.hl7.org/CodeSystem/v3-ActCode|SUD");

    [Fact]
    public void Apply_Twice_AddsEachLabelOnce()
    {
        var observation = Part2SecurityLabels.Apply(Part2SecurityLabels.Apply(new Observation()));

        observation.Meta!.Security.Should().HaveCount(4);
    }

    [Fact]
    public void Apply_KeepsTheCallersOwnLabels()
    {
        var observation = new Observation { Meta = new Meta { Security = [new Hl7.Fhir.Model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "HTEST")] } };

        Part2SecurityLabels.Apply(observation).Meta!.Security.Select(c => c.Code).Should().Equal("HTEST", "R", "42CFRPart2", "NORDSCLCD", "SUD");
    }

    [Fact]
    public void IsLabelled_ThreeOfFour_IsFalse()
    {
        var observation = Part2SecurityLabels.Apply(new Observation());
        observation.Meta!.Security.RemoveAt(3);

        Part2SecurityLabels.IsLabelled(observation).Should().BeFalse();
    }
}
