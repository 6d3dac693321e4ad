using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The discharges of a cohort by TEDS-D discharge reason (<c>REASON</c> 1–7), one named count per
/// reason. <see cref="TreatmentCompleted"/> is the completion count (<c>OUT-TEDS-COMPLETED</c>). A
/// mutable count used only inside <see cref="CohortCounts"/>.
/// </summary>
internal record struct DischargeReasonCounts
{
    /// <summary>TEDS reason 1, treatment completed.</summary>
    public long TreatmentCompleted;

    /// <summary>TEDS reason 2, dropped out of treatment.</summary>
    public long DroppedOut;

    /// <summary>TEDS reason 3, terminated by facility.</summary>
    public long TerminatedByFacility;

    /// <summary>TEDS reason 4, transferred to another treatment programme or facility.</summary>
    public long Transferred;

    /// <summary>TEDS reason 5, incarcerated.</summary>
    public long Incarcerated;

    /// <summary>TEDS reason 6, death.</summary>
    public long Death;

    /// <summary>TEDS reason 7, other.</summary>
    public long Other;

    /// <summary>Gets the count of one reason.</summary>
    public readonly long this[TedsDischargeReason reason] => reason switch
    {
        TedsDischargeReason.TreatmentCompleted => TreatmentCompleted,
        TedsDischargeReason.DroppedOut => DroppedOut,
        TedsDischargeReason.TerminatedByFacility => TerminatedByFacility,
        TedsDischargeReason.Transferred => Transferred,
        TedsDischargeReason.Incarcerated => Incarcerated,
        TedsDischargeReason.Death => Death,
        TedsDischargeReason.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), "Value must be a defined TedsDischargeReason member."),
    };

    /// <summary>Counts <paramref name="episodes"/> discharges of one reason; discharges without a recorded reason are not counted here.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined <see cref="TedsDischargeReason"/> member.</exception>
    public void Add(TedsDischargeReason? reason, long episodes)
    {
        if (reason is < TedsDischargeReason.TreatmentCompleted or > TedsDischargeReason.Other)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), "Value must be a defined TedsDischargeReason member.");
        }

        TreatmentCompleted += reason == TedsDischargeReason.TreatmentCompleted ? episodes : 0;
        DroppedOut += reason == TedsDischargeReason.DroppedOut ? episodes : 0;
        TerminatedByFacility += reason == TedsDischargeReason.TerminatedByFacility ? episodes : 0;
        Transferred += reason == TedsDischargeReason.Transferred ? episodes : 0;
        Incarcerated += reason == TedsDischargeReason.Incarcerated ? episodes : 0;
        Death += reason == TedsDischargeReason.Death ? episodes : 0;
        Other += reason == TedsDischargeReason.Other ? episodes : 0;
    }

    /// <summary>Returns the counts of both cohorts.</summary>
    public readonly DischargeReasonCounts Plus(DischargeReasonCounts other) => new()
    {
        TreatmentCompleted = TreatmentCompleted + other.TreatmentCompleted,
        DroppedOut = DroppedOut + other.DroppedOut,
        TerminatedByFacility = TerminatedByFacility + other.TerminatedByFacility,
        Transferred = Transferred + other.Transferred,
        Incarcerated = Incarcerated + other.Incarcerated,
        Death = Death + other.Death,
        Other = Other + other.Other,
    };
}
