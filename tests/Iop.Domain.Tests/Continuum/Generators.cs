using FsCheck;
using FsCheck.Fluent;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>FsCheck generators for continuum values.</summary>
internal static class Generators
{
    public static Arbitrary<LevelOfCare> Level { get; } = Gen.Elements(LevelsOfCare.All.ToArray()).ToArbitrary();

    public static Arbitrary<(LevelOfCare A, LevelOfCare B)> LevelPair { get; } =
        Gen.Elements(LevelsOfCare.All.ToArray()).Two().Select(t => (t.Item1, t.Item2)).ToArbitrary();

    public static Arbitrary<(LevelOfCare A, LevelOfCare B, LevelOfCare C)> LevelTriple { get; } =
        Gen.Elements(LevelsOfCare.All.ToArray()).Three().Select(t => (t.Item1, t.Item2, t.Item3)).ToArbitrary();
}
