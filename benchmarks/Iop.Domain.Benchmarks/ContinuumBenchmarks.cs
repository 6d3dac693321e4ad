using BenchmarkDotNet.Attributes;
using Iop.Domain.Continuum;

namespace Iop.Domain.Benchmarks;

/// <summary>Crosswalk lookups: what an EHR does for every claim line. Baseline: a dictionary a user would otherwise write.</summary>
[MemoryDiagnoser]
public class ContinuumBenchmarks
{
    private static readonly Dictionary<(LevelOfCare, AsamEdition), string> HandWritten = new()
    {
        [(LevelOfCare.Outpatient, AsamEdition.Third)] = "1",
        [(LevelOfCare.IntensiveOutpatient, AsamEdition.Third)] = "2.1",
        [(LevelOfCare.PartialHospitalization, AsamEdition.Third)] = "2.5",
        [(LevelOfCare.Residential, AsamEdition.Third)] = "3.5",
        [(LevelOfCare.Inpatient, AsamEdition.Third)] = "4",
    };

    private readonly AsamLevel asam = AsamLevel.Parse("3.7", AsamEdition.Third);

    [Benchmark(Baseline = true)]
    public int HandWrittenDictionary_AllLevels()
    {
        var total = 0;
        foreach (var level in LevelsOfCare.All)
        {
            total += HandWritten[(level, AsamEdition.Third)].Length;
        }

        return total;
    }

    [Benchmark]
    public int ToAsam_AllLevels()
    {
        var total = 0;
        foreach (var level in LevelsOfCare.All)
        {
            total += level.ToAsam(AsamEdition.Third).Tenths;
        }

        return total;
    }

    [Benchmark]
    public LevelOfCare FromAsam() => AsamCrosswalk.FromAsam(asam);

    [Benchmark]
    public bool ParseRomanNotation() => AsamLevel.TryParse("III.7", AsamEdition.Third, out _);
}
