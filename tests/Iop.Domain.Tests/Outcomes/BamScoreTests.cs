using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>A Brief Addiction Monitor score raises no findings, is never an error, and describes its three subscales.</summary>
public sealed class BamScoreTests
{
    // Items 1-17 (0-4 each; item 7 not scored): use = 4 + 5 + 6 = 1 + 1 + 0 = 2; risk = 1 + 2 + 3 + 8 + 11 + 15 = 2 + 2 + 2 + 1 + 1 + 1 = 9;
    // protective = 9 + 10 + 12 + 13 + 14 + 16 = 2 + 3 + 3 + 3 + 2 + 2 = 15; satisfaction (17) = 3.
    private static readonly int[] Items = [2, 2, 2, 1, 1, 0, 0, 1, 2, 3, 1, 3, 3, 2, 1, 2, 3];

    [Fact]
    public void ScoreBam_RaisesNoFindingsAndNoError()
    {
        var bam = Instruments.ScoreBam(Items);
        bam.Findings.Should().BeEmpty();
        bam.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void ToString_DescribesTheThreeSubscales()
    {
        var bam = Instruments.ScoreBam(Items);
        (bam.Use, bam.Risk, bam.Protective, bam.Satisfaction).Should().Be((2, 9, 15, 3));
        bam.ToString().Should().Be("BAM use 2, risk 9, protective 15");
    }
}
