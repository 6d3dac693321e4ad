using Iop.Domain.Coding;
using Iop.Domain.Continuum;

namespace Iop.Domain.Tests.Continuum;

/// <summary>Rules CONT-ASAM-WM and CONT-ASAM4-WITHDRAWAL: the withdrawal-management levels, their notations and how they sit beside our levels.</summary>
public sealed class AsamWithdrawalManagementTests
{
    // The 3rd edition's WM levels (Pennsylvania DDAP guidance on the 2013 Criteria), written out independently of the code:
    // code, Roman (PPC-2R) numbering, name, the level of care it is delivered beside (default).
    public static TheoryData<string, string, string, LevelOfCare> WithdrawalLevels => new()
    {
        { "1-WM", "I", "Ambulatory Withdrawal Management without Extended On-Site Monitoring", LevelOfCare.Outpatient },
        { "2-WM", "II", "Ambulatory Withdrawal Management with Extended On-Site Monitoring", LevelOfCare.PartialHospitalization },
        { "3.2-WM", "III.2", "Clinically Managed Residential Withdrawal Management", LevelOfCare.Residential },
        { "3.7-WM", "III.7", "Medically Monitored Inpatient Withdrawal Management", LevelOfCare.Residential },
        { "4-WM", "IV", "Medically Managed Intensive Inpatient Withdrawal Management", LevelOfCare.Inpatient },
    };

    /// <summary>Every WM level × every accepted notation of it.</summary>
    public static TheoryData<string, string> EveryNotation
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in WithdrawalLevels)
            {
                var code = (string)row[0];
                var number = code[..^3];
                var roman = (string)row[1];
                foreach (var text in new[] { code, code.ToLowerInvariant(), $"Level {code}", $"{number} WM", $"{number}WM", $"{roman}-WM", $"level {roman}-wm", $"{roman}-D", $"{number}-D", $" {code} " })
                {
                    data.Add(text, code);
                }
            }

            return data;
        }
    }

    [Fact]
    public void ThirdEditionWithdrawalManagement_ListsTheFiveLevelsInOrder()
    {
        AsamLevel.ThirdEditionWithdrawalManagement.Select(a => a.Code).Should().Equal(WithdrawalLevels.Select(r => (string)r[0]));
        AsamLevel.ThirdEditionWithdrawalManagement.Should().OnlyContain(a => a.IsWithdrawalManagement && a.IsWithdrawalCapable && a.Edition == AsamEdition.Third);
        AsamLevel.ThirdEdition.Should().NotContain(a => a.IsWithdrawalManagement, "withdrawal management is a service beside the levels, not one of them");
    }

    [Theory]
    [MemberData(nameof(WithdrawalLevels))]
    public void WithdrawalLevel_EveryLevel_HasItsNameCodeAndLevelOfCare(string code, string roman, string name, LevelOfCare beside)
    {
        _ = roman;
        var level = AsamLevel.Parse(code, AsamEdition.Third);

        level.Code.Should().Be(code);
        level.Name.Should().Be(name);
        level.ToString().Should().Be($"ASAM {code} (3rd ed.)");
        level.ToCodedValue().Should().Be(new CodedValue(CodeSystems.AsamThirdEdition, code, name));
        AsamCrosswalk.FromAsam(level).Should().Be(beside);
        beside.WithdrawalManagementBeside(AsamEdition.Third).Should().Contain(level);
    }

    [Theory]
    [MemberData(nameof(EveryNotation))]
    public void Parse_EveryNotationOfEveryWithdrawalLevel_GivesTheLevelAndFormatsCanonically(string text, string code)
    {
        var level = AsamLevel.Parse(text, AsamEdition.Third);

        level.Code.Should().Be(code);
        AsamLevel.Parse(level.Code, AsamEdition.Third).Should().Be(level, "the canonical code parses back to the same level");
        AsamLevel.TryParse(text, AsamEdition.Fourth, out _).Should().BeFalse("the 4th edition has no -WM levels");
    }

    [Theory]
    [InlineData("2.1-WM")] // no such WM level
    [InlineData("3.1-WM")]
    [InlineData("0.5-WM")]
    [InlineData("3.3-WM")]
    [InlineData("-WM")]
    [InlineData("WM")]
    [InlineData("3.2-WMX")]
    [InlineData("3.2")] // 3.2 is only a WM level
    public void TryParse_NotAWithdrawalLevel_ReturnsFalse(string text) =>
        AsamLevel.TryParse(text, AsamEdition.Third, out _).Should().BeFalse();

    [Fact]
    public void Equality_WithdrawalLevelIsNotTheLevelOfTheSameNumber()
    {
        var wm1 = AsamLevel.Parse("1-WM", AsamEdition.Third);

        ContractAssertions.Equality(wm1, AsamLevel.Parse("I-D", AsamEdition.Third), AsamLevel.Parse("1", AsamEdition.Third), AsamLevel.Parse("4-WM", AsamEdition.Third));
    }

    [Theory]
    [InlineData(LevelOfCare.Outpatient, AsamEdition.Third, new[] { "1-WM" })]
    [InlineData(LevelOfCare.IntensiveOutpatient, AsamEdition.Third, new[] { "2-WM" })]
    [InlineData(LevelOfCare.PartialHospitalization, AsamEdition.Third, new[] { "2-WM" })]
    [InlineData(LevelOfCare.Residential, AsamEdition.Third, new[] { "3.2-WM", "3.7-WM" })]
    [InlineData(LevelOfCare.Inpatient, AsamEdition.Third, new[] { "4-WM" })]
    [InlineData(LevelOfCare.Outpatient, AsamEdition.Fourth, new[] { "1.7" })]
    [InlineData(LevelOfCare.IntensiveOutpatient, AsamEdition.Fourth, new string[0])] // 2.7 is mapped to PHP
    [InlineData(LevelOfCare.PartialHospitalization, AsamEdition.Fourth, new[] { "2.7" })]
    [InlineData(LevelOfCare.Residential, AsamEdition.Fourth, new[] { "3.7" })]
    [InlineData(LevelOfCare.Inpatient, AsamEdition.Fourth, new string[0])] // 4.0 is not listed as withdrawal-capable
    public void WithdrawalManagementBeside_EveryLevelAndEdition_MatchesTheTable(LevelOfCare level, AsamEdition edition, string[] codes) =>
        level.WithdrawalManagementBeside(edition).Select(a => a.Code).Should().Equal(codes);

    [Theory]
    [InlineData("1.0", false, AsamManagement.ClinicallyManaged)]
    [InlineData("1.5", false, AsamManagement.ClinicallyManaged)]
    [InlineData("1.7", true, AsamManagement.MedicallyManaged)] // withdrawal folded in
    [InlineData("2.1", false, AsamManagement.ClinicallyManaged)]
    [InlineData("2.5", false, AsamManagement.ClinicallyManaged)]
    [InlineData("2.7", true, AsamManagement.MedicallyManaged)] // withdrawal folded in
    [InlineData("3.1", false, AsamManagement.ClinicallyManaged)]
    [InlineData("3.5", false, AsamManagement.ClinicallyManaged)]
    [InlineData("3.7", true, AsamManagement.MedicallyManaged)] // withdrawal folded in
    [InlineData("4.0", false, AsamManagement.MedicallyManaged)] // medically managed, not listed as withdrawal-capable
    public void FourthEdition_EveryLevel_IsWithdrawalCapableAndManagedAsPublished(string code, bool withdrawalCapable, AsamManagement management)
    {
        var level = AsamLevel.Parse(code, AsamEdition.Fourth);

        level.IsWithdrawalCapable.Should().Be(withdrawalCapable);
        level.IsWithdrawalManagement.Should().BeFalse();
        level.Management.Should().Be(management);
    }

    [Theory]
    [InlineData("0.5", null)]
    [InlineData("1", null)]
    [InlineData("2.1", null)]
    [InlineData("2.5", null)]
    [InlineData("3.1", AsamManagement.ClinicallyManaged)]
    [InlineData("3.3", AsamManagement.ClinicallyManaged)]
    [InlineData("3.5", AsamManagement.ClinicallyManaged)]
    [InlineData("3.7", AsamManagement.MedicallyMonitored)]
    [InlineData("4", AsamManagement.MedicallyManaged)]
    [InlineData("1-WM", null)]
    [InlineData("2-WM", null)]
    [InlineData("3.2-WM", AsamManagement.ClinicallyManaged)]
    [InlineData("3.7-WM", AsamManagement.MedicallyMonitored)]
    [InlineData("4-WM", AsamManagement.MedicallyManaged)]
    public void ThirdEdition_EveryLevel_IsManagedAsItsNameSays(string code, AsamManagement? management)
    {
        var level = AsamLevel.Parse(code, AsamEdition.Third);

        level.Management.Should().Be(management);
        level.IsWithdrawalCapable.Should().Be(level.IsWithdrawalManagement, "the 3rd edition manages withdrawal only in its WM levels");
        (level.Name.Contains("Clinically Managed", StringComparison.Ordinal)).Should().Be(management == AsamManagement.ClinicallyManaged);
    }

    [Fact]
    public void Default_HasNoManagementAndIsNotWithdrawalCapable()
    {
        default(AsamLevel).Management.Should().BeNull();
        default(AsamLevel).IsWithdrawalCapable.Should().BeFalse();
    }
}
