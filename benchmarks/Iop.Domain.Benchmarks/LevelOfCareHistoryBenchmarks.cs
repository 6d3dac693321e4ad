using BenchmarkDotNet.Attributes;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Benchmarks;

/// <summary>
/// Building a deep level-of-care history by appending (issue 13): 20,000 appends to the newest history, and
/// comparing two equal 20,000-entry histories built separately. Appending must be linear in the entries.
/// </summary>
[MemoryDiagnoser]
public class LevelOfCareHistoryBenchmarks
{
    private const int Appends = 20_000;
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
    public LevelOfCareHistory Append_20000() => Build();

    [Benchmark]
    public bool Equals_20000Entries() => left.Equals(right) && left.GetHashCode() == right.GetHashCode();

    private static LevelOfCareHistory Build()
    {
        var history = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization);
        for (var i = 0; i < Appends; i++)
        {
            history = history.Append(Admitted.PlusDays(i / 100), LevelsOfCare.All[i % LevelsOfCare.All.Count], LevelChangeReason.ClinicalJudgement);
        }

        return history;
    }
}
