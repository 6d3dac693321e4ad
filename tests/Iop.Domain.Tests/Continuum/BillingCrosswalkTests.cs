using Iop.Domain.Coding;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rules CLM-POS, CLM-IOP-CC92, CLM-HCPCS-PERDIEM and CLM-REVCODE, pinned entry by entry.</summary>
public sealed class BillingCrosswalkTests
{
    private static readonly string[] Ambulatory = ["53", "57", "58", "19", "22", "02", "10"];

    public static TheoryData<LevelOfCare, string[], string?, string[]> Expected() => new()
    {
        { LevelOfCare.Outpatient, Ambulatory, null, [] },
        { LevelOfCare.IntensiveOutpatient, Ambulatory, "92", ["S9480", "H0015"] },
        { LevelOfCare.PartialHospitalization, ["52", "53"], "41", ["S0201", "H0035"] },
        { LevelOfCare.Residential, ["55", "56"], null, [] },
        { LevelOfCare.Inpatient, ["51"], null, [] },
    };

    // Every place-of-service code the library names, with the levels it is plausible for.
    public static TheoryData<string, LevelOfCare[]> EveryPlaceOfService() => new()
    {
        { "02", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
        { "10", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
        { "19", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
        { "22", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
        { "51", [LevelOfCare.Inpatient] },
        { "52", [LevelOfCare.PartialHospitalization] },
        { "53", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization] },
        { "55", [LevelOfCare.Residential] },
        { "56", [LevelOfCare.Residential] },
        { "57", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
        { "58", [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Codes_EveryLevel_MatchTheTable(LevelOfCare level, string[] places, string? condition, string[] hcpcs)
    {
        level.PlacesOfService().Select(c => c.Code).Should().Equal(places);
        level.PlacesOfService().Should().OnlyContain(c => c.System == CodeSystems.PlaceOfService);
        level.TryGetConditionCode(out var cc).Should().Be(condition is not null);
        if (condition is not null)
        {
            cc.Code.Should().Be(condition);
            cc.System.Should().Be(CodeSystems.NubcConditionCodes);
            BillingCrosswalk.TryFromConditionCode(cc, out var back).Should().BeTrue();
            back.Should().Be(level);
        }

        level.HcpcsPerDiemCodes().Select(c => c.Code).Should().Equal(hcpcs);
        foreach (var code in level.HcpcsPerDiemCodes())
        {
            code.System.Should().Be(CodeSystems.Hcpcs);
            BillingCrosswalk.TryFromHcpcs(code, out var back).Should().BeTrue();
            back.Should().Be(level);
        }
    }

    [Theory]
    [MemberData(nameof(EveryPlaceOfService))]
    public void LevelsForPlaceOfService_EveryCode_IsTheInverseOfPlacesOfService(string code, LevelOfCare[] levels)
    {
        var coding = PlaceOfService.All.Single(c => c.Code == code);
        BillingCrosswalk.LevelsForPlaceOfService(coding).Should().Equal(levels);
        foreach (var level in LevelsOfCare.All)
        {
            level.PlacesOfService().Contains(coding).Should().Be(levels.Contains(level));
        }
    }

    [Fact]
    public void PlaceOfService_All_IsEveryNamedCode() =>
        PlaceOfService.All.Select(c => c.Code).Should().Equal("02", "10", "19", "22", "51", "52", "53", "55", "56", "57", "58");

    [Fact]
    public void ReverseLookups_UnknownCodes_ReturnFalseOrEmpty()
    {
        var unknown = new Iop.Domain.Coding.CodedValue(CodeSystems.Hcpcs, "H2036", string.Empty); // a per-diem code the crosswalk does not map
        BillingCrosswalk.TryFromHcpcs(unknown, out _).Should().BeFalse();
        BillingCrosswalk.TryFromConditionCode(new Iop.Domain.Coding.CodedValue(CodeSystems.NubcConditionCodes, "40", string.Empty), out _).Should().BeFalse();
        BillingCrosswalk.LevelsForPlaceOfService(new Iop.Domain.Coding.CodedValue(CodeSystems.PlaceOfService, "11", string.Empty)).Should().BeEmpty();
        // The same code in another system is a different code.
        BillingCrosswalk.TryFromConditionCode(new Iop.Domain.Coding.CodedValue(CodeSystems.PlaceOfService, "92", string.Empty), out _).Should().BeFalse();
    }

    [Fact]
    public void BillingCodeMap_IsFilledByTheCaller_AndIsImmutable()
    {
        var iopPsych = RevenueCodes.Create("0905"); // a value a payer contract might name; the library ships none
        var iopSud = RevenueCodes.Create("0906");
        var map = BillingCodeMap.Empty.With(LevelOfCare.IntensiveOutpatient, iopPsych);
        var bigger = map.With(LevelOfCare.IntensiveOutpatient, iopSud);

        BillingCodeMap.Empty.Count.Should().Be(0);
        map.CodesFor(LevelOfCare.IntensiveOutpatient).Should().Equal(iopPsych);
        bigger.CodesFor(LevelOfCare.IntensiveOutpatient).Should().Equal(iopPsych, iopSud);
        bigger.CodesFor(LevelOfCare.PartialHospitalization).Should().BeEmpty();
        bigger.TryGetLevel(iopSud, out var level).Should().BeTrue();
        level.Should().Be(LevelOfCare.IntensiveOutpatient);
        map.TryGetLevel(iopSud, out _).Should().BeFalse("adding to a map returns a new map");
        bigger.ToString().Should().Be("BillingCodeMap (2 codes)");
    }

    [Fact]
    public void BillingCodeMap_BadArguments_Throw()
    {
        var code = RevenueCodes.Create("0905");
        var map = BillingCodeMap.Empty.With(LevelOfCare.IntensiveOutpatient, code);
        FluentActions.Invoking(() => map.With(LevelOfCare.PartialHospitalization, code)).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => map.With((LevelOfCare)0, RevenueCodes.Create("0913"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => map.With(LevelOfCare.Outpatient, default)).Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Theory]
    [InlineData("905")] // three digits
    [InlineData("09055")] // five digits
    [InlineData("09O5")] // a letter O
    [InlineData("")]
    public void RevenueCode_NotFourDigits_ThrowsWithoutEchoing(string code) =>
        FluentActions.Invoking(() => RevenueCodes.Create(code)).Should().Throw<ArgumentException>().WithParameterName("code")
            .Which.Message.Should().NotContain(code.Length > 0 ? code : "\u0000");
}
