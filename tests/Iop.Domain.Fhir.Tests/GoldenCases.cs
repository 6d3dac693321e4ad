using Hl7.Fhir.Model;
using Iop.Domain.Continuum;
using Iop.Domain.Coding;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Every mapping's output for the fictional person, by golden-file name.</summary>
internal static class GoldenCases
{
    public static IReadOnlyDictionary<string, Func<Resource>> All { get; } = new Dictionary<string, Func<Resource>>(StringComparer.Ordinal)
    {
        ["phq9-total"] = () => Phq9Resources().Total,
        ["phq9-item-9"] = () => Phq9Resources().Items[8],
        ["phq9-safety-flag"] = () => Phq9Resources().SafetyFlags[0],
        ["audit-total"] = () => ObservationMapping.ToResources(Fictional.Audit, Fictional.Admission, "audit-1", Fictional.Context).Total,
        ["careplan"] = () => CarePlanMapping.ToResources(Fictional.Plan(), "plan-1", Fictional.Context).CarePlan,
        ["goal-1"] = () => CarePlanMapping.ToResources(Fictional.Plan(), "plan-1", Fictional.Context).Goals[0],
        ["episodeofcare"] = () => EpisodeOfCareMapping.ToEpisodeOfCare(Fictional.History, "episode-1", Fictional.Context, AsamEdition.Third),
        ["encounter"] = () => EncounterMapping.ToEncounter(Fictional.Group, "session-1", Fictional.Part2Programme, Fictional.Eastern, PlaceOfService.NonResidentialSubstanceAbuseTreatmentFacility, new ResourceReference("EpisodeOfCare/episode-1")),
        ["operationoutcome"] = () => OperationOutcomeMapping.ToOperationOutcome(Fictional.Phq9, Fictional.Context),
    };

    public static TheoryData<string> Names() => [.. All.Keys];

    public static ScreeningResources Phq9Resources() =>
        ObservationMapping.ToResources(Fictional.Phq9, Fictional.Phq9Items, Fictional.Admission, "phq9-1", Fictional.Context);
}
