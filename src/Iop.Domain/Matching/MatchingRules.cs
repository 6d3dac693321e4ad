using Iop.Domain.Rules;

namespace Iop.Domain.Matching;

/// <summary>
/// The rules of programme matching: one per requirement or preference checked, plus the ranking. Each
/// has a row in <c>docs/rules.md</c> (Matching). The id of a rule is what an exclusion's findings and a
/// match's <see cref="MatchCriterion"/> carry. None carries a clinical threshold: the intensity rules apply the
/// standard of the rule set passed to <see cref="ProgrammeMatching.Match"/>, and their findings cite that
/// standard's source.
/// </summary>
public static class MatchingRules
{
    private static RuleSource Design { get; } = new(
        "Programme matching: hard requirements and soft preferences (docs/decisions/0050-matching-requirements-and-preferences.md)",
        "Iop.Domain",
        2026);

    private static RuleSource RankingDecision { get; } = new(
        "Programme matching: ranking and its tie-break (docs/decisions/0051-matching-ranking-tie-break.md)",
        "Iop.Domain",
        2026);

    private static RuleSource Bcp47 { get; } = new(
        "BCP 47: Tags for Identifying Languages (RFC 5646) and Matching of Language Tags (RFC 4647)",
        "IETF",
        2009,
        "RFC 5646 §2.1.1 (case-insensitive); RFC 4647 §3.3.1 (basic filtering)",
        new Uri("https://www.rfc-editor.org/info/bcp47"));

    private static RuleSource IntensityStandardApplied { get; } = new(
        "The intensity standard for the person's level and age group in the rule set passed to ProgrammeMatching.Match, applied by SessionIntensity.Evaluate to the week of sessions a track plans (each finding cites the standard's own source)",
        "Iop.Domain.Intensity rule set chosen by the caller");

    /// <summary>Gets <c>MATCH-LEVEL-NOT-OFFERED</c>: a programme that does not offer the person's level of care is excluded.</summary>
    public static Rule LevelNotOffered { get; } = new(new RuleId("MATCH-LEVEL-NOT-OFFERED"), "A programme that does not offer the level of care the person is placed at is excluded.", Design);

    /// <summary>Gets <c>MATCH-AGE-GROUP-NOT-SERVED</c>: a programme that does not serve the person's age group is excluded.</summary>
    public static Rule AgeGroupNotServed { get; } = new(new RuleId("MATCH-AGE-GROUP-NOT-SERVED"), "A programme that does not serve the person's age group is excluded.", Design);

    /// <summary>Gets <c>MATCH-LICENCE-EXPIRED</c>: a programme whose licence expired before the date of matching is excluded.</summary>
    public static Rule LicenceExpired { get; } = new(new RuleId("MATCH-LICENCE-EXPIRED"), "A programme whose state licence expired before the date of matching is excluded.", Design);

    /// <summary>Gets <c>MATCH-ACCREDITATION-EXPIRED</c>: a programme listing an accrediting body whose latest accreditation expired before the date of matching is excluded.</summary>
    public static Rule AccreditationExpired { get; } = new(new RuleId("MATCH-ACCREDITATION-EXPIRED"), "A programme that lists an accrediting body whose latest accreditation expired before the date of matching is excluded; a listed renewal supersedes the expired entry.", Design);

    /// <summary>Gets <c>MATCH-PAYER-NOT-ACCEPTED</c>: when the payer is required, a programme that does not accept it is excluded.</summary>
    public static Rule PayerNotAccepted { get; } = new(new RuleId("MATCH-PAYER-NOT-ACCEPTED"), "When the person's payer is required, a programme that does not accept it is excluded.", Design);

    /// <summary>Gets <c>MATCH-LANGUAGE-NOT-OFFERED</c>: when the language is required, a programme that does not offer it is excluded.</summary>
    public static Rule LanguageNotOffered { get; } = new(new RuleId("MATCH-LANGUAGE-NOT-OFFERED"), "When the person's language is required, a programme with no matching BCP 47 language tag is excluded.", Bcp47);

    /// <summary>Gets <c>MATCH-CO-OCCURRING-NOT-OFFERED</c>: when co-occurring care is required, a programme without that capability is excluded.</summary>
    public static Rule CoOccurringCareNotOffered { get; } = new(new RuleId("MATCH-CO-OCCURRING-NOT-OFFERED"), "When care for co-occurring conditions is required, a programme without that capability is excluded.", Design);

    /// <summary>Gets <c>MATCH-FAMILY-NOT-OFFERED</c>: when family involvement is required, a programme without a family programme is excluded.</summary>
    public static Rule FamilyProgrammeNotOffered { get; } = new(new RuleId("MATCH-FAMILY-NOT-OFFERED"), "When family involvement is required, a programme without a family programme is excluded.", Design);

    /// <summary>Gets <c>MATCH-TRACK-BELOW-MINIMUM</c>: a track whose planned week has fewer qualifying hours than the level's minimum does not fit.</summary>
    public static Rule TrackBelowMinimum { get; } = new(new RuleId("MATCH-TRACK-BELOW-MINIMUM"), "A track whose planned week (one session on each of its days) has fewer qualifying hours than the minimum of the level's intensity standard does not fit.", IntensityStandardApplied);

    /// <summary>Gets <c>MATCH-TRACK-ABOVE-MAXIMUM</c>: a track whose planned week exceeds the level's ceiling on weekly hours does not fit.</summary>
    public static Rule TrackAboveMaximum { get; } = new(new RuleId("MATCH-TRACK-ABOVE-MAXIMUM"), "A track whose planned week exceeds the ceiling on weekly hours of the level's intensity standard does not fit.", IntensityStandardApplied);

    /// <summary>Gets <c>MATCH-TRACK-TOO-FEW-DAYS</c>: a track meeting on fewer days per week than the level requires does not fit.</summary>
    public static Rule TrackTooFewDays { get; } = new(new RuleId("MATCH-TRACK-TOO-FEW-DAYS"), "A track whose planned week has fewer service days than the level's intensity standard requires does not fit (a day whose session is shorter than a service day requires is not a service day).", IntensityStandardApplied);

    /// <summary>Gets <c>MATCH-TRACK-TOO-MANY-DAYS</c>: a track meeting on more days per week than the level allows does not fit.</summary>
    public static Rule TrackTooManyDays { get; } = new(new RuleId("MATCH-TRACK-TOO-MANY-DAYS"), "A track that meets on more days per week than the level's intensity standard allows does not fit.", IntensityStandardApplied);

    /// <summary>Gets <c>MATCH-TRACK-SESSION-TOO-SHORT</c>: a track whose session is shorter than a service day requires does not fit.</summary>
    public static Rule TrackSessionTooShort { get; } = new(new RuleId("MATCH-TRACK-SESSION-TOO-SHORT"), "A track whose session is shorter than the hours a service day requires under the level's intensity standard does not fit.", IntensityStandardApplied);

    /// <summary>Gets <c>MATCH-NO-TRACK-IN-AVAILABILITY</c>: a track fits only when every session lies inside the person's availability.</summary>
    public static Rule NoTrackInAvailability { get; } = new(new RuleId("MATCH-NO-TRACK-IN-AVAILABILITY"), "A track fits only when every one of its weekly sessions lies inside the person's availability; a programme with no such track at the person's level is excluded.", Design);

    /// <summary>Gets <c>MATCH-TELEHEALTH-NOT-OFFERED</c>: when telehealth is required, a track without it does not fit.</summary>
    public static Rule TelehealthNotOffered { get; } = new(new RuleId("MATCH-TELEHEALTH-NOT-OFFERED"), "When telehealth is required, a track that cannot be attended by telehealth does not fit.", Design);

    /// <summary>Gets <c>MATCH-NO-TRACK-MEETS-ALL</c>: each track requirement is met by some track but none meets them all.</summary>
    public static Rule NoTrackMeetsAll { get; } = new(new RuleId("MATCH-NO-TRACK-MEETS-ALL"), "A programme whose tracks each meet some track requirements, but none all of them, is excluded.", Design);

    /// <summary>Gets <c>MATCH-MODALITY-NOT-OFFERED</c>: each modality the person prefers that the programme does not offer is an unmet preference.</summary>
    public static Rule ModalityNotOffered { get; } = new(new RuleId("MATCH-MODALITY-NOT-OFFERED"), "Each modality the person prefers counts as a preference met when the programme offers it and unmet when it does not; it never excludes.", Design);

    /// <summary>Gets <c>MATCH-AFTERCARE-NOT-OFFERED</c>: each aftercare service the person prefers that the programme does not offer is an unmet preference.</summary>
    public static Rule AftercareNotOffered { get; } = new(new RuleId("MATCH-AFTERCARE-NOT-OFFERED"), "Each aftercare service the person prefers counts as a preference met when the programme offers it and unmet when it does not; it never excludes.", Design);

    /// <summary>
    /// Gets <c>MATCH-RANK</c>: matches are ranked by preferences met (more first), then by tracks that fit
    /// (more first), then by programme id (ordinal), so the ranking never depends on input order.
    /// </summary>
    public static Rule Ranking { get; } = new(new RuleId("MATCH-RANK"), "Matches are ranked by preferences met (more first), then by tracks that fit (more first), then by programme id in ordinal order.", RankingDecision);

    /// <summary>The rule of each check, indexed by <see cref="MatchCheck"/>.</summary>
    private static Rule?[] ByCheck { get; } =
    [
        null,
        LevelNotOffered,
        AgeGroupNotServed,
        LicenceExpired,
        AccreditationExpired,
        PayerNotAccepted,
        LanguageNotOffered,
        CoOccurringCareNotOffered,
        FamilyProgrammeNotOffered,
        TrackBelowMinimum,
        TrackAboveMaximum,
        TrackTooFewDays,
        TrackTooManyDays,
        TrackSessionTooShort,
        NoTrackInAvailability,
        TelehealthNotOffered,
        NoTrackMeetsAll,
        ModalityNotOffered,
        AftercareNotOffered,
    ];

    /// <summary>Gets the rule behind a check.</summary>
    internal static Rule RuleOf(MatchCheck check) => ByCheck[(int)check]!;
}
