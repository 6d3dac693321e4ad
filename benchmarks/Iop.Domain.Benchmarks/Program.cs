using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/Iop.Domain.Benchmarks -- --filter '*'
// Run one:      dotnet run -c Release --project benchmarks/Iop.Domain.Benchmarks -- --filter '*Continuum*'
// Figures go into docs/performance.md with the machine they were taken on.
BenchmarkSwitcher.FromAssembly(typeof(Iop.Domain.Benchmarks.ContinuumBenchmarks).Assembly).Run(args);
