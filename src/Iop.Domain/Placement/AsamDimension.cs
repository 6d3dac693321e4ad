namespace Iop.Domain.Placement;

/// <summary>
/// The six dimensions of the ASAM Criteria, numbered as in both editions. Their names differ between
/// editions: see <see cref="AsamDimensions.Name"/>. <c>0</c> is not a member.
/// </summary>
/// <remarks>The member names follow the 3rd edition (2013); the 4th edition (2023) renamed every
/// dimension and replaced dimension 6 (The ASAM Criteria, 3rd and 4th editions).</remarks>
public enum AsamDimension
{
    /// <summary>Dimension 1: acute intoxication and/or withdrawal potential (4th ed.: intoxication, withdrawal, and addiction medications).</summary>
    IntoxicationAndWithdrawal = 1,

    /// <summary>Dimension 2: biomedical conditions and complications (4th ed.: biomedical conditions).</summary>
    Biomedical = 2,

    /// <summary>Dimension 3: emotional, behavioral, or cognitive conditions and complications (4th ed.: psychiatric and cognitive conditions).</summary>
    EmotionalBehavioralCognitive = 3,

    /// <summary>Dimension 4: readiness to change (4th ed.: substance use-related risks).</summary>
    ReadinessToChange = 4,

    /// <summary>Dimension 5: relapse, continued use, or continued problem potential (4th ed.: recovery environment interactions).</summary>
    RelapsePotential = 5,

    /// <summary>Dimension 6: recovery/living environment (4th ed.: person-centered considerations).</summary>
    RecoveryEnvironment = 6,
}
