namespace Iop.Domain.Outcomes;

/// <summary>When a <see cref="ScheduledInstrument"/> is due in an episode (rule <c>OUT-SCHEDULE-DUE</c>). <c>0</c> is not a member.</summary>
public enum MeasurementOccasion
{
    /// <summary>At admission: within the first <see cref="ScheduledInstrument.AdmissionWithinDays"/> days of stay.</summary>
    Admission = 1,

    /// <summary>Again <see cref="ScheduledInstrument.EveryDays"/> days after the latest administration (after admission when there is none).</summary>
    Repeat = 2,

    /// <summary>Before discharge: within the last <see cref="ScheduledInstrument.DischargeWithinDays"/> days of stay.</summary>
    Discharge = 3,
}
