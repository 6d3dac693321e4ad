using Hl7.Fhir.Model;
using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;

namespace Iop.Domain.Fhir;

/// <summary>
/// A level-of-care history to a FHIR R4 EpisodeOfCare: status (<c>active</c> while open, <c>finished</c> once
/// discharged), one <c>statusHistory</c> entry per level held, <c>type</c> = the current level of care in the
/// library's level-of-care system with the ASAM coding beside it, and the episode's period.
/// </summary>
/// <remarks>
/// <para>
/// No HL7 code exists for IOP or PHP, so the level goes on <c>EpisodeOfCare.type</c> (as the Colorado BHA
/// FHIR IG does with an ASAM code system); Encounter.class stays <c>AMB</c>. Each <c>statusHistory</c> entry is
/// <c>active</c> for the dates one level was held, and carries that level in the extension
/// <see cref="LevelOfCareExtension"/>; a period ends on the date of the next change (the transition day belongs
/// to both) and the last one on the discharge date, or is open.
/// </para>
/// <para>
/// An ASAM coding reveals substance-use-disorder treatment (<see cref="AsamLevel.Sensitivity"/>), so an
/// EpisodeOfCare with one is labelled with <see cref="Part2SecurityLabels"/>; without an edition, it is
/// labelled only for a Part 2 programme.
/// </para>
/// </remarks>
public static class EpisodeOfCareMapping
{
    /// <summary>Gets the URL of the library's extension that gives a <c>statusHistory</c> entry its level of care (a <c>valueCoding</c> of <see cref="CodeSystems.LevelOfCare"/>).</summary>
    public static string LevelOfCareExtension => "https://github.com/iop-domain/Iop.Domain/fhir/StructureDefinition/level-of-care";

    /// <summary>Maps a level-of-care history to an EpisodeOfCare.</summary>
    /// <param name="history">The episode's level-of-care history.</param>
    /// <param name="id">The caller's id for the EpisodeOfCare (1 to 52 FHIR id characters).</param>
    /// <param name="context">The subject (the EpisodeOfCare's patient) and the Part 2 programme flag.</param>
    /// <param name="asamEdition">The ASAM edition whose default crosswalk level goes beside the level of care, or <see langword="null"/> for no ASAM coding.</param>
    /// <returns>The EpisodeOfCare.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/>, <paramref name="id"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a FHIR id of at most 52 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asamEdition"/> is not a defined edition.</exception>
    public static EpisodeOfCare ToEpisodeOfCare(LevelOfCareHistory history, string id, FhirMappingContext context, AsamEdition? asamEdition = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        FhirIds.Check(id, nameof(id));
        ArgumentNullException.ThrowIfNull(context);
        if (asamEdition is { } e && !Enum.IsDefined(e))
        {
            throw new ArgumentOutOfRangeException(nameof(asamEdition), "The ASAM edition is not a defined edition.");
        }

        var current = history.CurrentLevel;
        var type = new CodeableConcept { Coding = [current.ToCodedValue().ToCoding()], Text = current.DisplayName() };
        var sensitivity = Sensitivity.General;
        if (asamEdition is { } edition)
        {
            var asam = current.ToAsam(edition);
            type.Coding.Add(asam.ToCodedValue().ToCoding());
            sensitivity = asam.Sensitivity;
        }

        var episode = new EpisodeOfCare
        {
            Id = id,
            Status = history.DischargedOn is null ? EpisodeOfCare.EpisodeOfCareStatus.Active : EpisodeOfCare.EpisodeOfCareStatus.Finished,
            Type = [type],
            Patient = context.Subject,
            Period = new Period { Start = history.AdmittedOn.ToFhirDate(), End = history.DischargedOn?.ToFhirDate() },
        };
        var entries = history.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var end = i + 1 < entries.Count ? entries[i + 1].Date : history.DischargedOn;
            var status = new EpisodeOfCare.StatusHistoryComponent
            {
                Status = EpisodeOfCare.EpisodeOfCareStatus.Active,
                Period = new Period { Start = entries[i].Date.ToFhirDate(), End = end?.ToFhirDate() },
            };
            status.Extension.Add(new Extension(LevelOfCareExtension, entries[i].Level.ToCodedValue().ToCoding()));
            episode.StatusHistory.Add(status);
        }

        return Part2SecurityLabels.ApplyWhen(episode, sensitivity, context);
    }
}
