using BenchmarkDotNet.Attributes;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Building a deep level-of-care history by appending: 10,000 and 20,000 appends to the newest history, and
/// comparing two equal histories built separately. Appending must be linear in the entries (twice the appends,
/// twice the time).
/// </summary>
[MemoryDiagnoser]
public class LevelOfCareHistoryBenchmarks
{
    /// <summary>Gets or sets the number of appends after admission.</summary>
    [Params(10_000, 20_000)]
    public int Appends { get; set; }

    private static readonly LocalDate Admitted = new(2025, 7, 1);
    private LevelOfCareHistory left = null!;
    private LevelOfCareHistory right = null!;

    [GlobalSetup]
    public void Setup()
    {
        left = Build();
        right = Build();
    }

    [Benchmark]
    public LevelOfCareHistory Append() => Build();

    [Benchmark]
    public bool EqualsAndHash() => left.Equals(right) && left.GetHashCode() == right.GetHashCode();

    private LevelOfCareHistory Build()
    {
        var history = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization);
        for (var i = 0; i < Appends; i++)
        {
            history = history.Append(Admitted.PlusDays(i / 100), LevelsOfCare.All[i % LevelsOfCare.All.Count], LevelChangeReason.ClinicalJudgement);
        }

        return history;
    }
}
