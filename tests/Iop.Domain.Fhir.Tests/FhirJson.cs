using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Iop.Domain.Fhir.Tests;

/// <summary>Firely's System.Text.Json serializer and parser, and the golden files.</summary>
internal static class FhirJson
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { WriteIndented = true }.ForFhir();

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Options).ReplaceLineEndings("\n") + "\n";

    public static Resource Parse(string json) => new FhirJsonDeserializer().DeserializeResource(json);

    public static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name + ".json");

    /// <summary>The golden file in the source tree (written when missing, so that a person reads it before committing).</summary>
    public static string SourceGoldenPath(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", name + ".json");
}
