using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Iop.Domain.Fhir.Tests;

/// <summary>
/// Firely's validator over the core R4 definitions (Hl7.Fhir.Specification.Data.R4's specification.zip,
/// copied beside the test assembly), offline. Built once per test class (a class fixture): loading the
/// resolver is the slow part.
/// </summary>
public sealed class FhirValidation
{
    public FhirValidation()
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        Resolver = source;
        // The US Core package is not among the core R4 definitions and cannot be fetched offline, so the one
        // US Core profile the mappings claim is not followed (docs/decisions/0075): the resource is validated
        // against its core definition, and ScreeningObservationTests checks the profile's constraints.
        var settings = new ValidationSettings
        {
            SelectValidationProfiles = (_, profiles, _, _) => [.. profiles.Where(p => p.ToString() != ObservationMapping.ScreeningAssessmentProfile)],
        };
        Validator = new Validator(source, LocalTerminologyService.CreateDefaultForCore(source), null, settings);
    }

    public IAsyncResourceResolver Resolver { get; }

    public Validator Validator { get; }

    /// <summary>Validates against the resource's base definition and returns the error and fatal issues.</summary>
    public IReadOnlyList<OperationOutcome.IssueComponent> Errors(Resource resource)
    {
        var outcome = Validator.Validate(resource, $"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}");
        return [.. outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];
    }

    public OperationOutcome Outcome(Resource resource) =>
        Validator.Validate(resource, $"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}");
}
