using Iop.Domain.Coding;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rules CONT-LOCUS-CROSSWALK and CONT-TEDS-SERVICES, pinned entry by entry.</summary>
public sealed class LocusAndTedsCrosswalkTests
{
    public static TheoryData<LevelOfCare, int[]> ExpectedLocus() => new()
    {
        { LevelOfCare.Outpatient, [2, 1] },
        { LevelOfCare.IntensiveOutpatient, [3] },
        { LevelOfCare.PartialHospitalization, [4] },
        { LevelOfCare.Residential, [5] },
        { LevelOfCare.Inpatient, [6] },
    };

    public static TheoryData<LevelOfCare, int[]> ExpectedTeds() => new()
    {
        { LevelOfCare.Outpatient, [7, 8] },
        { LevelOfCare.IntensiveOutpatient, [6] },
        { LevelOfCare.PartialHospitalization, [6] },
        { LevelOfCare.Residential, [4, 5, 2] },
        { LevelOfCare.Inpatient, [3, 1] },
    };

    public static TheoryData<int, LevelOfCare?> EveryLocusNumber() => new()
    {
        { 0, null }, // basic services: not a level of care
        { 1, LevelOfCare.Outpatient },
        { 2, LevelOfCare.Outpatient },
        { 3, LevelOfCare.IntensiveOutpatient },
        { 4, LevelOfCare.PartialHospitalization },
        { 5, LevelOfCare.Residential },
        { 6, LevelOfCare.Inpatient },
    };

    public static TheoryData<int, LevelOfCare> EveryTedsCode() => new()
    {
        { 1, LevelOfCare.Inpatient },
        { 2, LevelOfCare.Residential },
        { 3, LevelOfCare.Inpatient },
        { 4, LevelOfCare.Residential },
        { 5, LevelOfCare.Residential },
        { 6, LevelOfCare.IntensiveOutpatient },
        { 7, LevelOfCare.Outpatient },
        { 8, LevelOfCare.Outpatient },
    };

    [Theory]
    [MemberData(nameof(ExpectedLocus))]
    public void ToLocusLevels_EveryLevel_MatchesTheTable(LevelOfCare level, int[] numbers)
    {
        level.ToLocusLevels().Select(l => l.Number).Should().Equal(numbers);
        level.ToLocus().Number.Should().Be(numbers[0]);
        LocusCrosswalk.FromLocus(level.ToLocus()).Should().Be(level, "the default round-trips");
    }

    [Theory]
    [MemberData(nameof(EveryLocusNumber))]
    public void FromLocus_EveryNumber_MapsAsPublished(int number, LevelOfCare? expected)
    {
        var locus = LocusLevel.FromNumber(number);
        LocusCrosswalk.TryFromLocus(locus, out var level).Should().Be(expected.HasValue);
        if (expected is { } e)
        {
            level.Should().Be(e);
            e.ToLocusLevels().Should().Contain(locus);
        }
        else
        {
            FluentActions.Invoking(() => LocusCrosswalk.FromLocus(locus)).Should().Throw<ArgumentException>().WithParameterName("locusLevel");
        }
    }

    [Theory]
    [InlineData(-1)] // below level 0
    [InlineData(7)] // above level 6
    public void LocusLevel_OutOfRange_ThrowsOrReturnsFalse(int number)
    {
        FluentActions.Invoking(() => LocusLevel.FromNumber(number)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number")
            .Which.Message.Should().Contain("[0, 6]");
        LocusLevel.TryFromNumber(number, out _).Should().BeFalse();
    }

    [Fact]
    public void LocusLevel_NamesOrderingAndCoding_ArePublished()
    {
        LocusLevel.All.Select(l => l.Name).Should().Equal(
            "Basic Services",
            "Recovery Maintenance and Health Management",
            "Low Intensity Community Based Services",
            "High Intensity Community Based Services",
            "Medically Monitored Non-Residential Services",
            "Medically Monitored Residential Services",
            "Medically Managed Residential Services");
        (LocusLevel.FromNumber(3) < LocusLevel.FromNumber(4)).Should().BeTrue();
        (LocusLevel.FromNumber(4) >= LocusLevel.FromNumber(4)).Should().BeTrue();
        LocusLevel.All.Should().BeInAscendingOrder();
        LocusLevel.FromNumber(3).ToCodedValue().Code.Should().Be("3");
        ContractAssertions.Equality(LocusLevel.FromNumber(3), LocusLevel.FromNumber(3), LocusLevel.FromNumber(4));
    }

    [Theory]
    [MemberData(nameof(ExpectedTeds))]
    public void ToTedsSettings_EveryLevel_MatchesTheTable(LevelOfCare level, int[] codes)
    {
        level.ToTedsSettings().Select(s => (int)s).Should().Equal(codes);
        ((int)level.ToTedsSetting()).Should().Be(codes[0]);
    }

    [Theory]
    [MemberData(nameof(EveryTedsCode))]
    public void FromTeds_EveryCode_MapsToOneLevel(int code, LevelOfCare expected)
    {
        TedsCrosswalk.FromTeds((TedsServiceSetting)code).Should().Be(expected);
        TedsCrosswalk.TryFromTeds(code, out var level).Should().BeTrue();
        level.Should().Be(expected);
        expected.ToTedsSettings().Should().Contain((TedsServiceSetting)code);
        ((TedsServiceSetting)code).ToCodedValue().Code.Should().Be(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-9)] // the TEDS "missing" value
    public void TryFromTeds_UnknownCode_ReturnsFalse(int code)
    {
        TedsCrosswalk.TryFromTeds(code, out _).Should().BeFalse();
        FluentActions.Invoking(() => TedsCrosswalk.FromTeds((TedsServiceSetting)code)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("setting");
    }

    [Fact]
    public void TedsDischargeReason_CodesAreOneToSeven() =>
        Enum.GetValues<TedsDischargeReason>().Select(r => r.ToCodedValue().Code).Should().Equal("1", "2", "3", "4", "5", "6", "7");
}
