using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Federated;

/// <summary>
/// One fictional episode's facts, as a clinic's records hold them: the source of both of its shapes, an
/// <see cref="Episode{TKey}"/> object (<see cref="ToEpisode"/>) and a row of the clinic's columns
/// (<see cref="ClinicColumns"/>), so that the two shapes describe the same episode.
/// </summary>
/// <param name="Key">The episode's key.</param>
/// <param name="Admission">The admission date.</param>
/// <param name="Level">The level of care at admission.</param>
/// <param name="StepDown">The date of the step down to IOP, or <see langword="null"/>.</param>
/// <param name="Discharge">The discharge date, or <see langword="null"/> while open.</param>
/// <param name="Reason">The TEDS discharge reason, or <see langword="null"/> while open.</param>
/// <param name="AttendedSessions">The number of sessions attended.</param>
/// <param name="Scores">The PHQ-9 totals, in date order.</param>
/// <param name="ServiceDates">The dates of treatment services, in order.</param>
/// <param name="AftercareVisits">The dates of after-care visits, in order, after the discharge.</param>
internal sealed record ClinicEpisode(
    int Key,
    LocalDate Admission,
    LevelOfCare Level,
    LocalDate? StepDown,
    LocalDate? Discharge,
    TedsDischargeReason? Reason,
    int AttendedSessions,
    Measurement[] Scores,
    LocalDate[] ServiceDates,
    LocalDate[] AftercareVisits)
{
    /// <summary>Returns the episode as an object, with its level-of-care history.</summary>
    public Episode<int> ToEpisode()
    {
        var history = LevelOfCareHistory.Admit(Admission, Level);
        if (StepDown is { } step)
        {
            history = history.Append(step, LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        }

        if (Discharge is { } end)
        {
            history = history.Discharge(end);
        }

        return new Episode<int>(
            Key,
            history,
            Reason,
            AttendedSessions,
            [new MeasurementSeries(Instrument.Phq9, Scores)],
            ServiceDates,
            AftercareVisits);
    }
}
