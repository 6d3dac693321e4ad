using System.Globalization;
using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using NodaTime;
using NodaTime.Text;

namespace Iop.Domain.Fhir;

/// <summary>Conversions between the library's values and FHIR data types, shared by the mappings.</summary>
internal static class FhirValues
{
    /// <summary>UCUM, the unit system of <c>valueQuantity</c>.</summary>
    internal const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The base of FHIR core extension URLs.</summary>
    internal const string CoreExtensionBase = "http://hl7.org/fhir/StructureDefinition/";

    internal static FhirCoding ToCoding(this CodedValue value) =>
        new(value.System, value.Code, value.Display.Length == 0 ? null : value.Display);

    internal static CodeableConcept ToConcept(this CodedValue value) => new() { Coding = [value.ToCoding()] };

    internal static CodeableConcept Concept(string system, string code, string display) =>
        new() { Coding = [new FhirCoding(system, code, display)] };

    internal static string ToFhirDate(this LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static FhirDateTime ToFhirDateTime(this LocalDate date) => new(date.ToFhirDate());

    /// <summary>FHIR's dateTime with seconds and an offset of the form <c>-05:00</c> (NodaTime's ISO pattern writes <c>-05</c>, which FHIR refuses).</summary>
    private static readonly OffsetDateTimePattern DateTimeWithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>
    /// LOINC's display (long common name) for the codes whose LOINC term page was read; other codes keep the
    /// library's short label.
    /// </summary>
    private static readonly Dictionary<string, string> LoincDisplays = new(StringComparer.Ordinal)
    {
        ["44261-6"] = "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        ["70274-6"] = "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
    };

    internal static FhirDateTime ToFhirDateTime(this LocalDateTime dateTime, Offset offset) =>
        new(DateTimeWithOffset.Format(dateTime.WithOffset(offset)));

    /// <summary>A coding with LOINC's own display where the library knows it.</summary>
    internal static Hl7.Fhir.Model.Coding ToLoincDisplayCoding(this CodedValue value) =>
        value.System == CodeSystems.Loinc && LoincDisplays.TryGetValue(value.Code, out var display)
            ? new(value.System, value.Code, display)
            : value.ToCoding();

    internal static Quantity Score(int value) => new()
    {
        Value = value,
        Unit = Outcomes.Instruments.ObservationUnit,
        System = Ucum,
        Code = Outcomes.Instruments.ObservationUnit,
    };

    /// <summary>Reads the date of a FHIR date or dateTime string (its first ten characters, a full date).</summary>
    internal static bool TryReadDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length < 10)
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text[..10]);
        if (!result.Success)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    internal static LocalDate CheckSupported(LocalDate date, string parameterName) =>
        Rules.SupportedDates.Contains(date)
            ? date
            : throw new ArgumentOutOfRangeException(parameterName, "The date is outside the supported dates [1900-01-01, 2199-12-31].");

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
