using Iop.Domain.Coding;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rules CONT-ASAM3-CROSSWALK and CONT-ASAM4-CROSSWALK, pinned entry by entry.</summary>
public sealed class AsamCrosswalkTests
{
    // The published level numbers (The ASAM Criteria 3rd ed. 2013 and 4th ed. 2023 level lists), written out independently of the code.
    private static readonly string[] ThirdCodes = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
    private static readonly string[] FourthCodes = ["1.0", "1.5", "1.7", "2.1", "2.5", "2.7", "3.1", "3.5", "3.7", "4.0"];

    // Every level × edition: the expected ASAM levels, default first.
    public static TheoryData<LevelOfCare, AsamEdition, string[]> Expected() => new()
    {
        { LevelOfCare.Outpatient, AsamEdition.Third, ["1"] },
        { LevelOfCare.IntensiveOutpatient, AsamEdition.Third, ["2.1"] },
        { LevelOfCare.PartialHospitalization, AsamEdition.Third, ["2.5"] },
        { LevelOfCare.Residential, AsamEdition.Third, ["3.5", "3.1", "3.3", "3.7"] },
        { LevelOfCare.Inpatient, AsamEdition.Third, ["4"] },
        { LevelOfCare.Outpatient, AsamEdition.Fourth, ["1.5", "1.0", "1.7"] },
        { LevelOfCare.IntensiveOutpatient, AsamEdition.Fourth, ["2.1"] },
        { LevelOfCare.PartialHospitalization, AsamEdition.Fourth, ["2.5", "2.7"] },
        { LevelOfCare.Residential, AsamEdition.Fourth, ["3.5", "3.1", "3.7"] },
        { LevelOfCare.Inpatient, AsamEdition.Fourth, ["4.0"] },
    };

    public static TheoryData<AsamEdition, string> EveryAsamCode()
    {
        var data = new TheoryData<AsamEdition, string>();
        foreach (var code in ThirdCodes)
        {
            data.Add(AsamEdition.Third, code);
        }

        foreach (var code in FourthCodes)
        {
            data.Add(AsamEdition.Fourth, code);
        }

        return data;
    }

    [Fact]
    public void Editions_ListExactlyThePublishedLevels()
    {
        AsamLevel.ThirdEdition.Select(a => a.Code).Should().Equal(ThirdCodes);
        AsamLevel.FourthEdition.Select(a => a.Code).Should().Equal(FourthCodes);
        AsamLevel.AllOf(AsamEdition.Third).Should().Equal(AsamLevel.ThirdEdition);
        AsamLevel.AllOf(AsamEdition.Fourth).Should().Equal(AsamLevel.FourthEdition);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void ToAsamLevels_EveryLevelAndEdition_MatchesTheTable(LevelOfCare level, AsamEdition edition, string[] codes)
    {
        level.ToAsamLevels(edition).Select(a => a.Code).Should().Equal(codes);
        level.ToAsam(edition).Code.Should().Be(codes[0], "the first listed level is the default");
        level.ToAsamLevels(edition).Should().OnlyContain(a => a.Edition == edition);
    }

    [Theory]
    [MemberData(nameof(EveryAsamCode))]
    public void FromAsam_EveryCode_MapsBackToTheLevelListingIt(AsamEdition edition, string code)
    {
        var asam = AsamLevel.Parse(code, edition);
        var listing = LevelsOfCare.All.Where(l => l.ToAsamLevels(edition).Contains(asam)).ToArray();

        if (edition == AsamEdition.Third && code == "0.5")
        {
            listing.Should().BeEmpty("early intervention is not a level of care");
            AsamCrosswalk.TryFromAsam(asam, out _).Should().BeFalse();
            FluentActions.Invoking(() => AsamCrosswalk.FromAsam(asam)).Should().Throw<ArgumentException>().WithParameterName("asamLevel");
            return;
        }

        listing.Should().ContainSingle("each ASAM level belongs to exactly one level of care");
        AsamCrosswalk.FromAsam(asam).Should().Be(listing[0]);
        AsamCrosswalk.TryFromAsam(asam, out var level).Should().BeTrue();
        level.Should().Be(listing[0]);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void RoundTrip_DefaultAsamLevel_ReturnsTheSameLevel(LevelOfCare level, AsamEdition edition, string[] codes)
    {
        _ = codes;
        AsamCrosswalk.FromAsam(level.ToAsam(edition)).Should().Be(level);
    }

    [Theory]
    [InlineData("II.1", AsamEdition.Third, "2.1")] // PPC-2R Roman notation
    [InlineData("II.5", AsamEdition.Third, "2.5")]
    [InlineData("III.7", AsamEdition.Third, "3.7")]
    [InlineData("IV", AsamEdition.Third, "4")]
    [InlineData("I", AsamEdition.Third, "1")]
    [InlineData("iii.1", AsamEdition.Third, "3.1")] // case-insensitive
    [InlineData("Level 2.1", AsamEdition.Third, "2.1")]
    [InlineData(" 4.0 ", AsamEdition.Third, "4")] // "4.0" is 4 in the 3rd edition
    [InlineData("4", AsamEdition.Fourth, "4.0")] // and "4" is 4.0 in the 4th
    [InlineData("1", AsamEdition.Fourth, "1.0")]
    [InlineData("II.7", AsamEdition.Fourth, "2.7")]
    public void Parse_Aliases_GiveTheCanonicalLevel(string text, AsamEdition edition, string code) =>
        AsamLevel.Parse(text, edition).Code.Should().Be(code);

    [Theory]
    [InlineData("3.3", AsamEdition.Fourth)] // dropped in the 4th edition
    [InlineData("0.5", AsamEdition.Fourth)] // not listed in the 4th edition
    [InlineData("1.5", AsamEdition.Third)] // 4th edition only
    [InlineData("2.7", AsamEdition.Third)]
    [InlineData("", AsamEdition.Third)]
    [InlineData("2.", AsamEdition.Third)]
    [InlineData("2.15", AsamEdition.Third)]
    [InlineData("V.1", AsamEdition.Third)]
    [InlineData("Jane Doe 2.1", AsamEdition.Third)] // caller text must never be echoed
    public void TryParse_UnknownText_ReturnsFalse_AndParseThrowsWithoutEchoing(string text, AsamEdition edition)
    {
        AsamLevel.TryParse(text, edition, out _).Should().BeFalse();
        var thrown = FluentActions.Invoking(() => AsamLevel.Parse(text, edition)).Should().Throw<ArgumentException>().WithParameterName("text").Which;
        if (text.Trim().Length > 0)
        {
            thrown.Message.Should().NotContain(text.Trim());
        }
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => AsamLevel.TryParse(null, AsamEdition.Third, out _).Should().BeFalse();

    [Fact]
    public void Parse_UndefinedEdition_Throws() =>
        FluentActions.Invoking(() => AsamLevel.Parse("2.1", (AsamEdition)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");

    [Fact]
    public void Names_AreThePublishedNames()
    {
        AsamLevel.Parse("2.1", AsamEdition.Third).Name.Should().Be("Intensive Outpatient Services");
        AsamLevel.Parse("2.5", AsamEdition.Fourth).Name.Should().Be("High-Intensity Outpatient");
        AsamLevel.ThirdEdition.Concat(AsamLevel.FourthEdition).Should().OnlyContain(a => a.Name.Length > 0);
    }

    [Fact]
    public void Equality_ComparesEditionAndNumber() =>
        ContractAssertions.Equality(
            AsamLevel.Parse("2.1", AsamEdition.Third),
            AsamLevel.Parse("II.1", AsamEdition.Third),
            AsamLevel.Parse("2.1", AsamEdition.Fourth),
            AsamLevel.Parse("2.5", AsamEdition.Third));

    [Fact]
    public void ToCoding_UsesTheEditionsSystem()
    {
        var coding = AsamLevel.Parse("2.1", AsamEdition.Fourth).ToCodedValue();
        coding.System.Should().Be(CodeSystems.AsamFourthEdition);
        coding.Code.Should().Be("2.1");
        AsamLevel.Parse("2.1", AsamEdition.Third).ToString().Should().Be("ASAM 2.1 (3rd ed.)");
    }
}
