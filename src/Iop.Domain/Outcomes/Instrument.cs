namespace Iop.Domain.Outcomes;

/// <summary>
/// A standardized instrument whose items sum to one total score. The Brief Addiction Monitor, which has
/// three subscales and no total, is scored separately (<see cref="Instruments.ScoreBam"/>).
/// </summary>
/// <remarks>
/// For every member a higher total means more symptoms or more risk. The value <c>0</c> is not a member:
/// a <see langword="default"/> instrument is invalid and rejected wherever one is accepted. Item counts,
/// ranges, bands and codes are in <see cref="Instruments"/>; item wording is not shipped.
/// </remarks>
public enum Instrument
{
    /// <summary>PHQ-9, the Patient Health Questionnaire depression scale: 9 items scored 0–3, total 0–27.</summary>
    Phq9 = 1,

    /// <summary>GAD-7, the Generalized Anxiety Disorder scale: 7 items scored 0–3, total 0–21.</summary>
    Gad7 = 2,

    /// <summary>AUDIT, the WHO Alcohol Use Disorders Identification Test: 10 items, total 0–40.</summary>
    Audit = 3,

    /// <summary>AUDIT-C, the consumption items 1–3 of the AUDIT: total 0–12.</summary>
    AuditC = 4,
}
