using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// The benchmarks' fictional cohort, generated once with a fixed seed, in the two shapes a caller holds
/// it: <see cref="Episode{TKey}"/> objects, and columns (one array per field, scores as values plus a
/// count per episode) as a query would return them. Both describe the same episodes.
/// </summary>
internal sealed class CohortData
{
    public CohortData(int size, LocalDate asOf)
    {
        // Admissions over 18 months before the report date; a quarter PHP, the rest IOP; stays of 1 to 121
        // days, one in ten still open; half the discharges completed; a PHQ-9 at admission and, for most
        // stays of two weeks or more, a follow-up score.
        var random = new Random(20260630);
        var first = asOf.PlusDays(-540);
        var episodes = new List<Episode<int>>(size);
        var scores = new List<Measurement>(size * 2);
        Admissions = new LocalDate[size];
        Discharges = new LocalDate?[size];
        Reasons = new TedsDischargeReason?[size];
        Sessions = new int[size];
        ScoreCounts = new int[size];
        for (var i = 0; i < size; i++)
        {
            var admission = first.PlusDays(random.Next(0, 540));
            var level = random.Next(0, 4) == 0 ? LevelOfCare.PartialHospitalization : LevelOfCare.IntensiveOutpatient;
            var los = random.Next(0, 121);
            LocalDate? discharge = admission.PlusDays(los) <= asOf && random.Next(0, 10) != 0 ? admission.PlusDays(los) : null;
            TedsDischargeReason? reason = discharge is null ? null : (TedsDischargeReason)(random.Next(0, 2) == 0 ? 1 : random.Next(1, 8));
            var baseline = random.Next(3, 28);
            var own = new List<Measurement>(2) { new(admission, baseline) };
            if (los >= 14 && random.Next(0, 5) != 0)
            {
                var followDate = admission.PlusDays(Math.Min(los, 60));
                if (followDate <= asOf)
                {
                    own.Add(new Measurement(followDate, Math.Clamp(baseline - random.Next(-3, 16), 0, 27)));
                }
            }

            var attended = random.Next(0, 40);
            var history = LevelOfCareHistory.Admit(admission, level);
            episodes.Add(new Episode<int>(
                i,
                discharge is { } end ? history.Discharge(end) : history,
                reason,
                attendedSessions: attended,
                measurements: [new MeasurementSeries(Instrument.Phq9, own)]));
            Admissions[i] = admission;
            Discharges[i] = discharge;
            Reasons[i] = reason;
            Sessions[i] = attended;
            ScoreCounts[i] = own.Count;
            scores.AddRange(own);
        }

        Episodes = episodes;
        Scores = [.. scores];
    }

    /// <summary>Gets the episodes as objects.</summary>
    public List<Episode<int>> Episodes { get; }

    public LocalDate[] Admissions { get; }

    public LocalDate?[] Discharges { get; }

    public TedsDischargeReason?[] Reasons { get; }

    public int[] Sessions { get; }

    /// <summary>Gets every episode's PHQ-9 scores, episode after episode.</summary>
    public Measurement[] Scores { get; }

    /// <summary>Gets how many of <see cref="Scores"/> are each episode's.</summary>
    public int[] ScoreCounts { get; }

    /// <summary>Gets the columns as the library reads them (borrowed, no copy).</summary>
    public EpisodeColumns Columns => new(Admissions)
    {
        Discharges = Discharges,
        DischargeReasons = Reasons,
        AttendedSessions = Sessions,
        Scores = Scores,
        ScoreCounts = ScoreCounts,
    };
}
