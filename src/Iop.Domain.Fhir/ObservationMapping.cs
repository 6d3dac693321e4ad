using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;
using Instant = Hl7.Fhir.Model.Instant;
using Period = Hl7.Fhir.Model.Period;

namespace Iop.Domain.Fhir;

/// <summary>
/// Instrument scores to and from FHIR R4 Observations in the US Core screening-assessment pattern: status
/// <c>final</c>, category <c>survey</c>, the LOINC total code with LOINC's display, <c>valueQuantity</c> in
/// UCUM <c>{score}</c>, the effective date, <c>hasMember</c> item Observations when the items are known, an
/// interpretation (POS/NEG) when the instrument has a screen, and a safety <see cref="Flag"/> for a safety item
/// that is a concern (PHQ-9 item 9 above 0).
/// </summary>
/// <remarks>
/// Sources: US Core 6.1 and STU9 Observation Screening Assessment profile (hl7.org/fhir/us/core); LOINC
/// (loinc.org) for the codes and displays; UCUM for the unit. Resources that reveal substance-use-disorder
/// treatment (<see cref="InstrumentScore.Sensitivity"/>), and every resource of a Part 2 programme, carry
/// <see cref="Part2SecurityLabels"/>. No message names the caller's id or a value.
/// </remarks>
public static class ObservationMapping
{
    /// <summary>Gets the canonical URL of the US Core screening-assessment Observation profile (US Core 6.1 and later), written to <c>meta.profile</c>.</summary>
    public static string ScreeningAssessmentProfile => "http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment";

    /// <summary>Gets the HL7 v3 observation-interpretation code system URL (POS, NEG).</summary>
    public static string InterpretationSystem => "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    /// <summary>Gets the HL7 flag-category code system URL (the safety Flag's category <c>safety</c>).</summary>
    public static string FlagCategorySystem => "http://terminology.hl7.org/CodeSystem/flag-category";

    /// <summary>Gets the URL of the FHIR core extension that links a Flag to the resource it is about (<c>flag-detail</c>).</summary>
    public static string FlagDetailExtension => FhirValues.CoreExtensionBase + "flag-detail";

    /// <summary>Maps a score whose items are not known: the total Observation and, when the score reports a safety concern, its Flags.</summary>
    /// <param name="score">The score.</param>
    /// <param name="effective">The date the instrument was completed.</param>
    /// <param name="id">The caller's id for the total Observation (1 to 52 FHIR id characters); the Flags get <c>{id}-safety-{n}</c>.</param>
    /// <param name="context">The subject and the Part 2 programme flag.</param>
    /// <returns>The resources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="score"/> is the <see langword="default"/> value, or <paramref name="id"/> is not a FHIR id of at most 52 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effective"/> is outside the supported dates.</exception>
    public static ScreeningResources ToResources(InstrumentScore score, LocalDate effective, string id, FhirMappingContext context) =>
        Build(score, null, effective, id, context);

    /// <summary>Maps a score with its item answers: the total Observation, one item Observation per scored item (the total's <c>hasMember</c>) and the safety Flags.</summary>
    /// <param name="score">The score.</param>
    /// <param name="items">The answers the score was computed from, in item order (a carried item may follow and is not mapped).</param>
    /// <param name="effective">The date the instrument was completed.</param>
    /// <param name="id">The caller's id for the total Observation; items get <c>{id}-item-{n}</c>, Flags <c>{id}-safety-{n}</c>.</param>
    /// <param name="context">The subject and the Part 2 programme flag.</param>
    /// <returns>The resources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, <paramref name="id"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="score"/> is the <see langword="default"/> value; <paramref name="id"/> is not a FHIR id of at most 52 characters; <paramref name="items"/> has fewer answers than the instrument has items, an answer its item does not accept, or (for a score that is not prorated) answers that do not sum to the total.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effective"/> is outside the supported dates.</exception>
    public static ScreeningResources ToResources(InstrumentScore score, IReadOnlyList<int> items, LocalDate effective, string id, FhirMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Build(score, items, effective, id, context);
    }

    /// <summary>Reads a total-score Observation as a measurement of <paramref name="instrument"/>.</summary>
    /// <param name="observation">The Observation: status final, amended or corrected; the instrument's total code; an integer <c>valueQuantity</c> or <c>valueInteger</c> in the instrument's range; an effective date.</param>
    /// <param name="instrument">The instrument, which must have a total code.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The Observation is not a usable total of the instrument (the message says which rule it breaks, never the value).</exception>
    public static Measurement ToMeasurement(Observation observation, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(instrument);
        return Read(observation, instrument, out var measurement) is { } problem
            ? throw new ArgumentException(problem, nameof(observation))
            : measurement;
    }

    /// <summary>Reads a total-score Observation as a measurement of <paramref name="instrument"/>, or returns <see langword="false"/>.</summary>
    /// <param name="observation">The Observation (see <see cref="ToMeasurement"/>).</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="measurement">The measurement when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the Observation is a usable total of the instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    public static bool TryToMeasurement(Observation observation, Instrument instrument, [NotNullWhen(true)] out Measurement? measurement)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(instrument);
        var problem = Read(observation, instrument, out var read);
        measurement = problem is null ? read : null;
        return problem is null;
    }

    private static string? Read(Observation observation, Instrument instrument, out Measurement measurement)
    {
        measurement = default;
        if (instrument.TotalCode is not { } code)
        {
            return "The instrument has no total code, so no Observation can be matched to it.";
        }

        if (observation.Status is not (ObservationStatus.Final or ObservationStatus.Amended or ObservationStatus.Corrected))
        {
            return "The Observation's status is not final, amended or corrected.";
        }

        if (observation.Code?.Coding?.Exists(c => c.System == code.System && c.Code == code.Code) != true)
        {
            return "The Observation's code is not the instrument's total code.";
        }

        int? total = observation.Value switch
        {
            Quantity { Value: { } v } when decimal.Truncate(v) == v && v is >= int.MinValue and <= int.MaxValue => (int)v,
            Integer { Value: { } v } => v,
            _ => null,
        };
        if (total is not { } value || value < instrument.MinimumTotal || value > instrument.MaximumTotal)
        {
            return "The Observation's value is not a whole score in the instrument's range.";
        }

        var dateText = observation.Effective switch
        {
            FhirDateTime dateTime => dateTime.Value,
            Period period => period.Start,
            Instant instant => instant.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        if (!FhirValues.TryReadDate(dateText, out var date) || !SupportedDates.Contains(date))
        {
            return "The Observation has no effective date within the supported dates.";
        }

        measurement = new Measurement(date, value);
        return null;
    }

    private static ScreeningResources Build(InstrumentScore score, IReadOnlyList<int>? items, LocalDate effective, string id, FhirMappingContext context)
    {
        if (score.Instrument is not { } instrument)
        {
            throw new ArgumentException("The score must not be the default value.", nameof(score));
        }

        FhirValues.CheckSupported(effective, nameof(effective));
        FhirIds.Check(id, nameof(id));
        ArgumentNullException.ThrowIfNull(context);
        if (items is not null)
        {
            CheckItems(score, instrument, items, nameof(items));
        }

        var sensitivity = score.Sensitivity;
        var total = Observation(id, TotalConcept(instrument), effective, context);
        total.Meta ??= new Meta();
        total.Meta.Profile = [ScreeningAssessmentProfile];
        total.Value = FhirValues.Score(score.Total);
        if (score.PositiveScreen is { } positive)
        {
            total.Interpretation = [positive
                ? FhirValues.Concept(InterpretationSystem, "POS", "Positive")
                : FhirValues.Concept(InterpretationSystem, "NEG", "Negative")];
        }

        var itemObservations = new List<Observation>();
        if (items is not null)
        {
            for (var n = 1; n <= instrument.ItemCount; n++)
            {
                var item = Observation($"{id}-item-{FhirValues.Invariant(n)}", ItemConcept(instrument, n), effective, context);
                item.Value = new Integer(items[n - 1]);
                itemObservations.Add(Part2SecurityLabels.ApplyWhen(item, sensitivity, context));
                total.HasMember.Add(new ResourceReference($"Observation/{item.Id}"));
            }
        }

        var flags = new List<Flag>();
        foreach (var safety in instrument.SafetyItems)
        {
            if (!score.Findings.Contains(safety.Concern))
            {
                continue;
            }

            var about = items is null ? total.Id : itemObservations[safety.Number - 1].Id;
            var flag = new Flag
            {
                Id = $"{id}-safety-{FhirValues.Invariant(safety.Number)}",
                Status = Flag.FlagStatus.Active,
                Category = [FhirValues.Concept(FlagCategorySystem, "safety", "Safety")],
                Code = new CodeableConcept
                {
                    Coding = [new FhirCoding(CodeSystems.RuleId, safety.Rule.Id.Value, safety.Rule.Summary)],
                    Text = safety.Concern.Message,
                },
                Subject = context.Subject,
                Period = new Period { Start = effective.ToFhirDate() },
            };
            flag.Extension.Add(new Extension(FlagDetailExtension, new ResourceReference($"Observation/{about}")));
            flags.Add(Part2SecurityLabels.ApplyWhen(flag, sensitivity, context));
        }

        return new ScreeningResources(Part2SecurityLabels.ApplyWhen(total, sensitivity, context), itemObservations.AsReadOnly(), flags.AsReadOnly());
    }

    private static Observation Observation(string id, CodeableConcept code, LocalDate effective, FhirMappingContext context) => new()
    {
        Id = id,
        Status = ObservationStatus.Final,
        Category = [Outcomes.Instruments.ObservationCategory.ToConcept()],
        Code = code,
        Subject = context.Subject,
        Effective = effective.ToFhirDateTime(),
    };

    private static CodeableConcept TotalConcept(Instrument instrument)
    {
        if (instrument.TotalCode is not { } code)
        {
            return new CodeableConcept { Text = $"{instrument.Name} total score" };
        }

        return new CodeableConcept { Coding = [code.ToLoincDisplayCoding()], Text = $"{instrument.Name} total score" };
    }

    private static CodeableConcept ItemConcept(Instrument instrument, int number)
    {
        var text = $"{instrument.Name} item {FhirValues.Invariant(number)}";
        var safety = instrument.SafetyItems.FirstOrDefault(s => s.Number == number);
        return safety?.Code is { } code
            ? new CodeableConcept { Coding = [code.ToCoding()], Text = text }
            : new CodeableConcept { Text = text };
    }

    private static void CheckItems(InstrumentScore score, Instrument instrument, IReadOnlyList<int> items, string parameterName)
    {
        if (items.Count < instrument.ItemCount)
        {
            throw new ArgumentException("The items must hold an answer for every item of the instrument.", parameterName);
        }

        var sum = 0;
        for (var i = 0; i < instrument.ItemCount; i++)
        {
            if (!instrument.Items[i].Accepts(items[i]))
            {
                throw new ArgumentException("An answer is not one its item accepts.", parameterName);
            }

            sum += items[i];
        }

        if (!score.IsProrated && sum != score.Total)
        {
            throw new ArgumentException("The answers do not sum to the score's total.", parameterName);
        }
    }
}
