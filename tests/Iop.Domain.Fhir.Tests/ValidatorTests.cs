using Xunit.Abstractions;
using Hl7.Fhir.Model;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Every mapping's output validated offline by Firely's validator against the core R4 definitions.</summary>
public sealed class ValidatorTests(FhirValidation validation, ITestOutputHelper output) : IClassFixture<FhirValidation>
{
    public static TheoryData<string> Names() => GoldenCases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_Mapping_HasNoErrors(string name)
    {
        var outcome = validation.Outcome(GoldenCases.All[name]());
        foreach (var issue in outcome.Issue)
        {
            output.WriteLine($"{issue.Severity} {issue.Code}: {issue.Details?.Text ?? issue.Diagnostics} @ {string.Join(",", issue.Expression)}");
        }

        outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ObservationWithoutStatusOrCode_HasErrors_SoTheCheckAboveCanFail() =>
        validation.Errors(new Observation { Subject = new ResourceReference("Patient/example") }).Should().NotBeEmpty();
}
