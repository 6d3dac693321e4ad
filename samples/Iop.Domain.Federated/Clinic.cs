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
    public IReadOnlyList<Episode<int>> Episodes() => [.. Enumerable.Range(0, EpisodeCount).Select(i => Row(i).ToEpisode())];

    /// <summary>
    /// The same episodes as a warehouse query returns them: one array per column, and each list (scores, service
    /// dates, after-care visits) as its values with one count per episode. No <see cref="Episode{TKey}"/> is built.
    /// </summary>
    public ClinicColumns Columns() => new([.. Enumerable.Range(0, EpisodeCount).Select(Row)]);

    /// <summary>
    /// The clinic's own summary: from its episode objects, or from the columns of its warehouse query when
    /// <see cref="FromWarehouse"/> is set. Both give the same figures for the same episodes.
    /// </summary>
    public CohortSummary Summarize(CohortCriteria criteria) =>
        FromWarehouse
            ? CohortMetrics.Summarize(Columns().AsEpisodeColumns(), criteria, AsOf)
            : CohortMetrics.Summarize(Episodes(), criteria, AsOf);

    /// <summary>Gets whether the clinic summarises the columns of a warehouse query rather than episode objects.</summary>
    public bool FromWarehouse { get; init; }

    private ClinicEpisode Row(int i)
    {
        var admission = FirstAdmission.PlusDays(((i * 7) + (Number * 3)) % 180);
        var level = (i % 7) switch
        {
            0 or 1 => LevelOfCare.PartialHospitalization,
            2 => LevelOfCare.Outpatient,
            _ => LevelOfCare.IntensiveOutpatient,
        };
        var stay = 14 + (((i * 13) + (Number * 7)) % 70);
        var open = i % 6 == 0 || admission.PlusDays(stay) > AsOf;
        LocalDate? discharge = open ? null : admission.PlusDays(stay);
        var baseline = 8 + ((i * 5) % 16);
        var followUp = Math.Max(0, baseline - ((i * 3) % 14));
        var followUpDate = admission.PlusDays(Math.Min(stay, 60));
        return new ClinicEpisode(
            Key: (Number * 10_000) + i,
            Admission: admission,
            Level: level,
            StepDown: level == LevelOfCare.PartialHospitalization && stay > 28 ? admission.PlusDays(21) : null,
            Discharge: discharge,
            Reason: discharge is null ? null : Reasons[(i + Number) % Reasons.Length],
            AttendedSessions: stay / 3,
            Scores: followUpDate <= AsOf ? [new(admission, baseline), new(followUpDate, followUp)] : [new(admission, baseline)],
            ServiceDates: [admission, admission.PlusDays(2), admission.PlusDays(4), admission.PlusDays(9)],
            AftercareVisits: discharge is { } d && i % 3 != 0 ? [d.PlusDays(5 + (i % 20))] : []);
    }
}
