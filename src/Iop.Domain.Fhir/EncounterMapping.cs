using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using Period = Hl7.Fhir.Model.Period;

namespace Iop.Domain.Fhir;

/// <summary>
/// A session to a FHIR R4 Encounter: class <c>AMB</c> (no HL7 code exists for IOP or PHP), status, type (the
/// service kind), period (the session's start and end at the caller's UTC offset) and the CMS place of service
/// on a contained Location.
/// </summary>
/// <remarks>
/// Status: attended → <c>finished</c>; missed or cancelled → <c>cancelled</c> (R4 Encounter has no no-show
/// status). The place of service goes on <c>Location.type</c> of a contained Location referenced from
/// <c>Encounter.location</c>, since POS 52, 53, 57 and 58 have no HL7 role code. A session reveals nothing about
/// substance use by itself: an Encounter is labelled with <see cref="Part2SecurityLabels"/> for a Part 2
/// programme (<see cref="FhirMappingContext.IsPart2Programme"/>), which the caller states. Sources: FHIR R4
/// Encounter; HL7 v3-ActCode <c>AMB</c>; CMS Place of Service Code Set.
/// </remarks>
public static class EncounterMapping
{
    /// <summary>Gets the encounter class every session gets: HL7 v3-ActCode <c>AMB</c> (ambulatory).</summary>
    public static FhirCoding Ambulatory => new(Part2SecurityLabels.ActCodeSystem, "AMB", "ambulatory");

    /// <summary>Maps a session to an Encounter.</summary>
    /// <param name="session">The session.</param>
    /// <param name="id">The caller's id for the Encounter (1 to 52 FHIR id characters).</param>
    /// <param name="context">The subject and the Part 2 programme flag.</param>
    /// <param name="offset">The UTC offset of the programme's clock on the session's date (FHIR times need one; the library holds local times).</param>
    /// <param name="placeOfService">The CMS place of service (see <see cref="PlaceOfService"/>), or <see langword="null"/> for none.</param>
    /// <param name="episodeOfCare">A reference to the EpisodeOfCare the session belongs to, or <see langword="null"/>.</param>
    /// <returns>The Encounter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the <see langword="default"/> value; <paramref name="id"/> is not a FHIR id of at most 52 characters; <paramref name="placeOfService"/> is not a CMS place-of-service code.</exception>
    public static Encounter ToEncounter(Session session, string id, FhirMappingContext context, Offset offset, CodedValue? placeOfService = null, ResourceReference? episodeOfCare = null)
    {
        if (session.Kind == default)
        {
            throw new ArgumentException("The session must not be the default value.", nameof(session));
        }

        FhirIds.Check(id, nameof(id));
        ArgumentNullException.ThrowIfNull(context);
        if (placeOfService is { } pos && pos.System != CodeSystems.PlaceOfService)
        {
            throw new ArgumentException("The place of service must be a code of the CMS place-of-service code set.", nameof(placeOfService));
        }

        var encounter = new Encounter
        {
            Id = id,
            Status = session.Attendance == Attendance.Attended ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.Cancelled,
            Class = Ambulatory,
            Type = [new CodeableConcept { Text = Words.Sentence(session.Kind) }],
            Subject = context.Subject,
            Period = new Period
            {
                StartElement = session.Date.At(session.Start).ToFhirDateTime(offset),
                EndElement = session.End.ToFhirDateTime(offset),
            },
        };
        if (episodeOfCare is not null)
        {
            encounter.EpisodeOfCare = [(ResourceReference)episodeOfCare.DeepCopy()];
        }

        if (placeOfService is { } place)
        {
            encounter.Contained = [new Location { Id = "place-of-service", Type = [place.ToConcept()] }];
            encounter.Location = [new Encounter.LocationComponent { Location = new ResourceReference("#place-of-service") }];
        }

        return Part2SecurityLabels.ApplyWhen(encounter, Sensitivity.General, context);
    }
}
