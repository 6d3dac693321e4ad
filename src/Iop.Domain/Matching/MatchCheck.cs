namespace Iop.Domain.Matching;

/// <summary>
/// The checks matching makes, one per <see cref="MatchingRules"/> rule, as bit positions of the engine's
/// masks. Internal: callers read the rule id of a finding or a <see cref="MatchCriterion"/> instead.
/// </summary>
/// <remarks>Ordered by where the check sits: programme requirements, track requirements, preferences.</remarks>
internal enum MatchCheck
{
    LevelNotOffered = 1,
    AgeGroupNotServed = 2,
    LicenceExpired = 3,
    AccreditationExpired = 4,
    PayerNotAccepted = 5,
    LanguageNotOffered = 6,
    CoOccurringCareNotOffered = 7,
    FamilyProgrammeNotOffered = 8,
    TrackBelowMinimum = 9,
    TrackAboveMaximum = 10,
    TrackTooFewDays = 11,
    TrackTooManyDays = 12,
    TrackSessionTooShort = 13,
    NoTrackInAvailability = 14,
    TelehealthNotOffered = 15,
    NoTrackMeetsAll = 16,
    ModalityNotOffered = 17,
    AftercareNotOffered = 18,
}
