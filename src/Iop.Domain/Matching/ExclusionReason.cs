namespace Iop.Domain.Matching;

/// <summary>
/// Why a programme (or one of its tracks) was excluded: a hard requirement it does not meet. Each
/// member has a rule (<see cref="MatchingRules.For"/>) with a stable id and a row in <c>docs/rules.md</c>.
/// <c>0</c> is not a member.
/// </summary>
/// <remarks>Ordered by where the check sits: programme requirements first, then track requirements.</remarks>
public enum ExclusionReason
{
    /// <summary>The programme does not offer the indicated level of care (<c>MATCH-LEVEL-NOT-OFFERED</c>).</summary>
    LevelNotOffered = 1,

    /// <summary>The programme does not serve the person's age group (<c>MATCH-AGE-GROUP-NOT-SERVED</c>).</summary>
    AgeGroupNotServed = 2,

    /// <summary>The programme's licence has expired at the date of matching (<c>MATCH-LICENCE-EXPIRED</c>).</summary>
    LicenceExpired = 3,

    /// <summary>An accrediting body the programme lists has no accreditation current at the date of matching (<c>MATCH-ACCREDITATION-EXPIRED</c>).</summary>
    AccreditationExpired = 4,

    /// <summary>The programme does not accept the person's payer, which is required (<c>MATCH-PAYER-NOT-ACCEPTED</c>).</summary>
    PayerNotAccepted = 5,

    /// <summary>The programme does not deliver care in the person's language, which is required (<c>MATCH-LANGUAGE-NOT-OFFERED</c>).</summary>
    LanguageNotOffered = 6,

    /// <summary>The programme cannot treat co-occurring conditions, which is required (<c>MATCH-CO-OCCURRING-NOT-OFFERED</c>).</summary>
    CoOccurringCareNotOffered = 7,

    /// <summary>The programme has no family programme, which is required (<c>MATCH-FAMILY-NOT-OFFERED</c>).</summary>
    FamilyProgrammeNotOffered = 8,

    /// <summary>Weekly hours (days × session length) are below the level's minimum (<c>MATCH-TRACK-BELOW-MINIMUM</c>).</summary>
    TrackBelowMinimum = 9,

    /// <summary>Weekly hours exceed the level's ceiling (<c>MATCH-TRACK-ABOVE-MAXIMUM</c>).</summary>
    TrackAboveMaximum = 10,

    /// <summary>The track runs on fewer days per week than the level requires (<c>MATCH-TRACK-TOO-FEW-DAYS</c>).</summary>
    TrackTooFewDays = 11,

    /// <summary>The track's session is shorter than a service day requires (<c>MATCH-TRACK-SESSION-TOO-SHORT</c>).</summary>
    TrackSessionTooShort = 12,

    /// <summary>The track does not lie inside the person's availability (<c>MATCH-NO-TRACK-IN-AVAILABILITY</c>).</summary>
    NoTrackInAvailability = 13,

    /// <summary>The track cannot be attended by telehealth, which is required (<c>MATCH-TELEHEALTH-NOT-OFFERED</c>).</summary>
    TelehealthNotOffered = 14,

    /// <summary>
    /// Every track requirement is met by some track, but no single track meets all of them
    /// (<c>MATCH-NO-TRACK-MEETS-ALL</c>); the exclusion's rejected tracks say what each one misses.
    /// </summary>
    NoTrackMeetsAll = 15,
}
