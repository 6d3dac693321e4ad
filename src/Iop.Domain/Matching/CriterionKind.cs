namespace Iop.Domain.Matching;

/// <summary>What a <see cref="MatchCriterion"/> is about. <c>0</c> is not a member.</summary>
public enum CriterionKind
{
    /// <summary>The programme offers the indicated level of care (always required).</summary>
    Level = 1,

    /// <summary>The programme serves the person's age group (always required).</summary>
    AgeGroup = 2,

    /// <summary>The programme's licence is current at the date of matching (always required).</summary>
    Licence = 3,

    /// <summary>Every accrediting body the programme lists has a current accreditation at the date of matching (always required when it lists any).</summary>
    Accreditation = 4,

    /// <summary>A track at the indicated level lies inside the person's availability (always required).</summary>
    Schedule = 5,

    /// <summary>The fitting tracks meet the level's intensity standard (always required when the rule set has one).</summary>
    Intensity = 6,

    /// <summary>A fitting track can be attended by telehealth.</summary>
    Telehealth = 7,

    /// <summary>The programme can treat co-occurring mental-health and substance-use conditions.</summary>
    CoOccurringCare = 8,

    /// <summary>The programme has a family programme.</summary>
    FamilyInvolvement = 9,

    /// <summary>The programme accepts the person's payer.</summary>
    Payer = 10,

    /// <summary>The programme delivers care in the person's language.</summary>
    Language = 11,

    /// <summary>The programme offers a modality the person prefers (see <see cref="MatchCriterion.Modality"/>).</summary>
    Modality = 12,

    /// <summary>The programme offers an aftercare service the person prefers (see <see cref="MatchCriterion.Aftercare"/>).</summary>
    Aftercare = 13,
}
