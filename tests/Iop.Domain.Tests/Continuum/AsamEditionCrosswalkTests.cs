using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rule CONT-ASAM-EDITIONS: every level of both editions mapped to the other, with its loss marked.</summary>
public sealed class AsamEditionCrosswalkTests
{
    // Every level of both editions (3rd-edition WM levels included): its targets in the other edition, default first,
    // and whether the mapping is lossy. Written out from the level lists, independently of the code.
    public static TheoryData<AsamEdition, string, string[], bool> Expected => new()
    {
        { AsamEdition.Third, "0.5", [], true }, // no 4th-edition early intervention
        { AsamEdition.Third, "1", ["1.5", "1.0", "1.7"], false },
        { AsamEdition.Third, "2.1", ["2.1"], false },
        { AsamEdition.Third, "2.5", ["2.5"], false }, // renamed High-Intensity Outpatient
        { AsamEdition.Third, "3.1", ["3.1"], false },
        { AsamEdition.Third, "3.3", ["3.5", "3.1"], true }, // dropped in the 4th edition
        { AsamEdition.Third, "3.5", ["3.5"], false },
        { AsamEdition.Third, "3.7", ["3.7"], false },
        { AsamEdition.Third, "4", ["4.0"], false },
        { AsamEdition.Third, "1-WM", ["1.7"], true }, // WM folded into the level
        { AsamEdition.Third, "2-WM", ["2.7"], true },
        { AsamEdition.Third, "3.2-WM", ["3.7"], true }, // 3.2-WM dropped
        { AsamEdition.Third, "3.7-WM", ["3.7"], true },
        { AsamEdition.Third, "4-WM", ["4.0"], true },
        { AsamEdition.Fourth, "1.0", ["1"], true }, // no 3rd-edition remission monitoring
        { AsamEdition.Fourth, "1.5", ["1"], false },
        { AsamEdition.Fourth, "1.7", ["1", "1-WM"], true }, // withdrawal capability needs a separate WM service
        { AsamEdition.Fourth, "2.1", ["2.1"], false },
        { AsamEdition.Fourth, "2.5", ["2.5"], false },
        { AsamEdition.Fourth, "2.7", ["2.5", "2-WM"], true },
        { AsamEdition.Fourth, "3.1", ["3.1"], false },
        { AsamEdition.Fourth, "3.5", ["3.5"], false },
        { AsamEdition.Fourth, "3.7", ["3.7", "3.7-WM"], true },
        { AsamEdition.Fourth, "4.0", ["4"], false },
    };

    private static IReadOnlyList<AsamLevel> AllLevels { get; } = [.. AsamLevel.ThirdEdition, .. AsamLevel.ThirdEditionWithdrawalManagement, .. AsamLevel.FourthEdition];

    public static TheoryData<AsamLevel> EveryLevel => [.. AllLevels];

    [Fact]
    public void Expected_CoversEveryLevelOfBothEditions() =>
        Expected.Select(r => ((AsamEdition)r[0], (string)r[1])).Should().BeEquivalentTo(AllLevels.Select(a => (a.Edition, a.Code)));

    [Theory]
    [MemberData(nameof(Expected))]
    public void ToEdition_EveryLevel_MatchesTheTableAndMarksItsLoss(AsamEdition edition, string code, string[] targets, bool lossy)
    {
        var other = edition == AsamEdition.Third ? AsamEdition.Fourth : AsamEdition.Third;

        var mapping = AsamLevel.Parse(code, edition).ToEdition(other);

        mapping.Targets.Select(a => a.Code).Should().Equal(targets);
        mapping.Targets.Should().NotContain(a => a.Edition != other);
        mapping.IsLossy.Should().Be(lossy);
        mapping.Edition.Should().Be(other);
        mapping.Default.Should().Be(mapping.Targets.Count == 0 ? null : mapping.Targets[0]);
    }

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void ToEdition_LosslessMapping_MapsBackToTheSource(AsamLevel level)
    {
        var other = level.Edition == AsamEdition.Third ? AsamEdition.Fourth : AsamEdition.Third;
        var mapping = level.ToEdition(other);
        var back = mapping.Default?.ToEdition(level.Edition).Default;

        if (!mapping.IsLossy)
        {
            back.Should().Be(level, "a lossless mapping loses nothing, so it maps back");
        }

        // Lossy exactly when there is no target, the default does not map back, a WM service is folded into a level,
        // or a withdrawal-capable level lands on one that is not.
        var losesWithdrawal = level.IsWithdrawalManagement || (level.IsWithdrawalCapable && mapping.Default is { IsWithdrawalCapable: false });
        mapping.IsLossy.Should().Be(mapping.Default is null || back != level || losesWithdrawal);
    }

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void ToEdition_SameEdition_IsTheLevelItself(AsamLevel level)
    {
        var mapping = level.ToEdition(level.Edition);

        mapping.Targets.Should().Equal([level]);
        mapping.IsLossy.Should().BeFalse();
    }

    [Fact]
    public void ToEdition_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => default(AsamLevel).ToEdition(AsamEdition.Fourth)).Should().Throw<ArgumentException>().WithParameterName("asamLevel");
        FluentActions.Invoking(() => AsamLevel.ThirdEdition[0].ToEdition(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");
    }

    [Fact]
    public void Mapping_ValueEqualityAndPrinting()
    {
        var mapping = AsamLevel.Parse("3.3", AsamEdition.Third).ToEdition(AsamEdition.Fourth);

        ContractAssertions.Equality(mapping, AsamLevel.Parse("III.3", AsamEdition.Third).ToEdition(AsamEdition.Fourth), AsamLevel.Parse("3.5", AsamEdition.Third).ToEdition(AsamEdition.Fourth));
        mapping.ToString().Should().Be("ASAM 3.3 (3rd ed.) → ASAM 3.5 (4th ed.), lossy");
        AsamLevel.Parse("0.5", AsamEdition.Third).ToEdition(AsamEdition.Fourth).ToString().Should().Be("ASAM 0.5 (3rd ed.) → none, lossy");
    }
}
