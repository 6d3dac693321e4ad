using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Federated;

/// <summary>A fictional clinic and its episodes, made by arithmetic on the episode number (no random numbers, so every run prints the same).</summary>
/// <param name="Name">The clinic's (fictional) name.</param>
/// <param name="Number">The clinic's number, 1 to 3: episode keys are number × 10,000 + episode.</param>
/// <param name="EpisodeCount">How many episodes it holds.</param>
internal sealed record Clinic(string Name, int Number, int EpisodeCount)
{
    /// <summary>The report date of the network's quarterly report.</summary>
    public static readonly LocalDate AsOf = new(2026, 9, 30);

    private static readonly LocalDate FirstAdmission = new(2026, 1, 5);

    private static readonly TedsDischargeReason[] Reasons =
    [
        TedsDischargeReason.TreatmentCompleted, TedsDischargeReason.TreatmentCompleted, TedsDischargeReason.TreatmentCompleted,
        TedsDischargeReason.TreatmentCompleted, TedsDischargeReason.TreatmentCompleted, TedsDischargeReason.DroppedOut,
        TedsDischargeReason.DroppedOut, TedsDischargeReason.Transferred, TedsDischargeReason.TreatmentCompleted, TedsDischargeReason.Other,
    ];

    /// <summary>The clinic's episodes: admitted through the first half of the year, IOP mostly, some PHP and OP, one in six still open.</summary>
    public IReadOnlyList<Episode<int>> Episodes() => [.. Enumerable.Range(0, EpisodeCount).Select(MakeEpisode)];

    private Episode<int> MakeEpisode(int i)
    {
        var key = (Number * 10_000) + i;
        var admission = FirstAdmission.PlusDays(((i * 7) + (Number * 3)) % 180);
        var level = (i % 7) switch
        {
            0 or 1 => LevelOfCare.PartialHospitalization,
            2 => LevelOfCare.Outpatient,
            _ => LevelOfCare.IntensiveOutpatient,
        };
        var stay = 14 + (((i * 13) + (Number * 7)) % 70);
        var open = i % 6 == 0 || admission.PlusDays(stay) > AsOf;
        var history = LevelOfCareHistory.Admit(admission, level);
        if (level == LevelOfCare.PartialHospitalization && stay > 28)
        {
            history = history.Append(admission.PlusDays(21), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        }

        LocalDate? discharge = open ? null : admission.PlusDays(stay);
        if (discharge is { } end)
        {
            history = history.Discharge(end);
        }

        var baseline = 8 + ((i * 5) % 16);
        var followUp = Math.Max(0, baseline - ((i * 3) % 14));
        var series = new MeasurementSeries(Instrument.Phq9, [new(admission, baseline), new(admission.PlusDays(Math.Min(stay, 60)), followUp)]);
        return new Episode<int>(
            key,
            history,
            discharge is null ? null : Reasons[(i + Number) % Reasons.Length],
            attendedSessions: stay / 3,
            measurements: admission.PlusDays(Math.Min(stay, 60)) <= AsOf ? [series] : [new MeasurementSeries(Instrument.Phq9, [new(admission, baseline)])],
            serviceDates: [admission, admission.PlusDays(2), admission.PlusDays(4), admission.PlusDays(9)],
            aftercareVisits: discharge is { } d && i % 3 != 0 ? [d.PlusDays(5 + (i % 20))] : null);
    }
}
