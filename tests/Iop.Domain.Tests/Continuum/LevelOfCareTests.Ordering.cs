using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

public sealed partial class LevelOfCareTests
{
    [Fact]
    public void All_IsOrderedFromLeastToMostIntensive()
    {
        LevelsOfCare.All.Should().Equal(
            LevelOfCare.Outpatient,
            LevelOfCare.IntensiveOutpatient,
            LevelOfCare.PartialHospitalization,
            LevelOfCare.Residential,
            LevelOfCare.Inpatient);
        LevelsOfCare.All.Should().BeInAscendingOrder();
        LevelsOfCare.LeastIntensive.Should().Be(LevelOfCare.Outpatient);
        LevelsOfCare.MostIntensive.Should().Be(LevelOfCare.Inpatient);
    }

    [Property]
    public Property Comparison_IsATotalOrder() => Prop.ForAll(Generators.LevelTriple, t =>
    {
        var (a, b, c) = t;
        var antisymmetric = !(a <= b && b <= a) || a == b;
        var transitive = !(a <= b && b <= c) || a <= c;
        var total = a <= b || b <= a;
        return antisymmetric && transitive && total;
    });

    [Property]
    public Property StepDownOfStepUp_IsIdentity_ExceptAtTheTop() => Prop.ForAll(Generators.Level, level =>
        level == LevelsOfCare.MostIntensive
            ? level.StepUp() is null
            : level.StepUp()!.Value.StepDown() == level);

    [Property]
    public Property StepUpOfStepDown_IsIdentity_ExceptAtTheBottom() => Prop.ForAll(Generators.Level, level =>
        level == LevelsOfCare.LeastIntensive
            ? level.StepDown() is null
            : level.StepDown()!.Value.StepUp() == level);

    [Property]
    public Property SingleSteps_NeverSkipALevel() => Prop.ForAll(Generators.Level, level =>
        (level.StepUp() is not { } up || (!level.Skips(up) && up > level && level.StepsTo(up) == 1))
        && (level.StepDown() is not { } down || (!level.Skips(down) && down < level && level.StepsTo(down) == -1)));

    [Property]
    public Property Skips_IsSymmetric_AndMeansMoreThanOneStepApart() => Prop.ForAll(Generators.LevelPair, p =>
        p.A.Skips(p.B) == p.B.Skips(p.A) && p.A.Skips(p.B) == (Math.Abs((int)p.A - (int)p.B) >= 2));

    [Property]
    public Property DirectionTo_AgreesWithTheOrder() => Prop.ForAll(Generators.LevelPair, p =>
        p.A.DirectionTo(p.B) == (p.A < p.B ? LevelChangeDirection.StepUp : p.A > p.B ? LevelChangeDirection.StepDown : LevelChangeDirection.Lateral)
        && p.A.StepsTo(p.B) == -p.B.StepsTo(p.A));

    [Property]
    public Property RepeatedStepsUp_VisitEveryLevelInOrder() => Prop.ForAll(Generators.Level, start =>
    {
        var visited = new List<LevelOfCare> { start };
        while (visited[^1].StepUp() is { } next)
        {
            visited.Add(next);
        }

        return visited.SequenceEqual(LevelsOfCare.All.SkipWhile(l => l != start));
    });
}
