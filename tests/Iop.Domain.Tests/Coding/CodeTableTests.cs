using System.Reflection;
using Iop.Domain.Coding;

namespace Iop.Domain.Tests.Coding;

/// <summary>
/// Every code the library publishes, as an EHR receives it: the system, the code and the display, each pinned to
/// the published code set (HCPCS Level II, LOINC, CMS Place of Service, NUBC condition and revenue codes, TEDS).
/// A code added without a row here, or changed, fails.
/// </summary>
public sealed class CodeTableTests
{
    private static readonly Type[] CodeTypes = [typeof(Hcpcs), typeof(Loinc), typeof(PlaceOfService), typeof(ConditionCodes)];

    private static readonly Dictionary<string, (string System, string Code, string Display)> Published = new()
    {
        ["Hcpcs.H0015"] = ("urn:oid:2.16.840.1.113883.6.285", "H0015", "Alcohol and/or drug intensive outpatient"),
        ["Hcpcs.S9480"] = ("urn:oid:2.16.840.1.113883.6.285", "S9480", "Intensive outpatient psychiatric, per diem"),
        ["Hcpcs.S0201"] = ("urn:oid:2.16.840.1.113883.6.285", "S0201", "Partial hospitalization, per diem"),
        ["Hcpcs.H0035"] = ("urn:oid:2.16.840.1.113883.6.285", "H0035", "Mental health partial hospitalization"),
        ["Hcpcs.G0410"] = ("urn:oid:2.16.840.1.113883.6.285", "G0410", "Group psychotherapy in PHP/IOP"),
        ["Hcpcs.G0411"] = ("urn:oid:2.16.840.1.113883.6.285", "G0411", "Interactive group psychotherapy in PHP/IOP"),
        ["Hcpcs.G0137"] = ("urn:oid:2.16.840.1.113883.6.285", "G0137", "OTP intensive outpatient weekly add-on"),
        ["Loinc.Phq9Panel"] = ("http://loinc.org", "44249-1", "PHQ-9 panel"),
        ["Loinc.Phq9Total"] = ("http://loinc.org", "44261-6", "PHQ-9 total score"),
        ["Loinc.Phq9Item9"] = ("http://loinc.org", "44260-8", "PHQ-9 item 9"),
        ["Loinc.Gad7Panel"] = ("http://loinc.org", "69737-5", "GAD-7 panel"),
        ["Loinc.Gad7Total"] = ("http://loinc.org", "70274-6", "GAD-7 total score"),
        ["Loinc.Phq2Panel"] = ("http://loinc.org", "55757-9", "PHQ-2 panel"),
        ["Loinc.Phq2Total"] = ("http://loinc.org", "55758-7", "PHQ-2 total score"),
        ["Loinc.PhqAPanel"] = ("http://loinc.org", "89206-7", "PHQ-A panel"),
        ["Loinc.PhqATotal"] = ("http://loinc.org", "89204-2", "PHQ-A total score"),
        ["Loinc.Gad2Item1"] = ("http://loinc.org", "69725-0", "GAD-2 item 1"),
        ["Loinc.Gad2Item2"] = ("http://loinc.org", "68509-9", "GAD-2 item 2"),
        ["Loinc.AuditPanel"] = ("http://loinc.org", "72110-0", "AUDIT panel"),
        ["Loinc.AuditTotal"] = ("http://loinc.org", "75624-7", "AUDIT total score"),
        ["Loinc.AuditCPanel"] = ("http://loinc.org", "72109-2", "AUDIT-C panel"),
        ["Loinc.AuditCTotal"] = ("http://loinc.org", "75626-2", "AUDIT-C total score"),
        ["Loinc.Pcl5Panel"] = ("http://loinc.org", "101697-1", "PCL-5 panel"),
        ["PlaceOfService.TelehealthOtherThanHome"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "02", "Telehealth other than in patient's home"),
        ["PlaceOfService.TelehealthInHome"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "10", "Telehealth in patient's home"),
        ["PlaceOfService.OffCampusOutpatientHospital"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "19", "Off campus-outpatient hospital"),
        ["PlaceOfService.OnCampusOutpatientHospital"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "22", "On campus-outpatient hospital"),
        ["PlaceOfService.InpatientPsychiatricFacility"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "51", "Inpatient psychiatric facility"),
        ["PlaceOfService.PsychiatricFacilityPartialHospitalization"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "52", "Psychiatric facility-partial hospitalization"),
        ["PlaceOfService.CommunityMentalHealthCenter"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "53", "Community mental health center"),
        ["PlaceOfService.ResidentialSubstanceAbuseTreatmentFacility"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "55", "Residential substance abuse treatment facility"),
        ["PlaceOfService.PsychiatricResidentialTreatmentCenter"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "56", "Psychiatric residential treatment center"),
        ["PlaceOfService.NonResidentialSubstanceAbuseTreatmentFacility"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "57", "Non-residential substance abuse treatment facility"),
        ["PlaceOfService.NonResidentialOpioidTreatmentFacility"] = ("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "58", "Non-residential opioid treatment facility"),
        ["ConditionCodes.PartialHospitalization"] = ("https://www.nubc.org/CodeSystem/ConditionCodes", "41", "Partial hospitalization"),
        ["ConditionCodes.IntensiveOutpatient"] = ("https://www.nubc.org/CodeSystem/ConditionCodes", "92", "Intensive outpatient program"),
        ["ConditionCodes.ProviderBasedOpioidTreatmentProgram"] = ("https://www.nubc.org/CodeSystem/ConditionCodes", "89", "Opioid treatment program"),
    };

    public static TheoryData<string> PublishedNames() => [.. Published.Keys];

    [Theory]
    [MemberData(nameof(PublishedNames))]
    public void Code_IsThePublishedSystemCodeAndDisplay(string name)
    {
        var (type, property) = (name.Split('.')[0], name.Split('.')[1]);
        var value = (CodedValue)CodeTypes.Single(t => t.Name == type).GetProperty(property)!.GetValue(null)!;

        (value.System, value.Code, value.Display).Should().Be(Published[name]);
    }

    [Fact]
    public void Published_ListsEveryCodeOfTheLibrary() =>
        CodeTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(CodedValue)).Select(p => $"{t.Name}.{p.Name}"))
            .Should().BeEquivalentTo(Published.Keys);

    [Fact]
    public void PlaceOfServiceAll_IsEveryPlaceOfServiceInCodeOrder() =>
        PlaceOfService.All.Select(c => c.Code).Should().Equal("02", "10", "19", "22", "51", "52", "53", "55", "56", "57", "58");

    [Fact]
    public void CodeSystems_AreTheirPublishedUris()
    {
        CodeSystems.Loinc.Should().Be("http://loinc.org");
        CodeSystems.Hcpcs.Should().Be("urn:oid:2.16.840.1.113883.6.285");
        CodeSystems.PlaceOfService.Should().Be("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set");
        CodeSystems.NubcConditionCodes.Should().Be("https://www.nubc.org/CodeSystem/ConditionCodes");
        CodeSystems.NubcRevenueCodes.Should().Be("https://www.nubc.org/CodeSystem/RevenueCodes");
        CodeSystems.TedsServiceSetting.Should().Be(CodeSystems.LibraryCanonicalBase + "teds-services");
        CodeSystems.TedsDischargeReason.Should().Be(CodeSystems.LibraryCanonicalBase + "teds-reason");
        CodeSystems.AsamThirdEdition.Should().Be(CodeSystems.LibraryCanonicalBase + "asam-3");
        CodeSystems.AsamFourthEdition.Should().Be(CodeSystems.LibraryCanonicalBase + "asam-4");
        CodeSystems.Locus.Should().Be(CodeSystems.LibraryCanonicalBase + "locus");
        CodeSystems.LevelOfCare.Should().Be(CodeSystems.LibraryCanonicalBase + "level-of-care");
        CodeSystems.RuleId.Should().Be(CodeSystems.LibraryCanonicalBase + "rule-id");
    }

    [Fact]
    public void TedsServiceSetting_IsCodedAsItsTedsNumberAndName()
    {
        foreach (var setting in Enum.GetValues<TedsServiceSetting>())
        {
            setting.ToCodedValue().Should().Be(new CodedValue(CodeSystems.TedsServiceSetting, ((int)setting).ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty));
            setting.ToCodedValue().Display.Should().Be(setting.ToString());
        }

        TedsServiceSetting.AmbulatoryIntensiveOutpatient.ToCodedValue().Code.Should().Be("6");
    }

    [Fact]
    public void TedsDischargeReason_IsCodedAsItsTedsNumberAndName()
    {
        foreach (var reason in Enum.GetValues<TedsDischargeReason>())
        {
            reason.ToCodedValue().Should().Be(new CodedValue(CodeSystems.TedsDischargeReason, ((int)reason).ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty));
            reason.ToCodedValue().Display.Should().Be(reason.ToString());
        }

        TedsDischargeReason.TreatmentCompleted.ToCodedValue().Code.Should().Be("1");
    }

    [Fact]
    public void TedsCodes_OfAnUndefinedMember_Throw()
    {
        FluentActions.Invoking(() => ((TedsServiceSetting)0).ToCodedValue()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("setting");
        FluentActions.Invoking(() => ((TedsDischargeReason)8).ToCodedValue()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("reason");
    }

    [Theory]
    // Four-digit values, not codes of the licensed set: the caller's map supplies the real ones.
    [InlineData("0000")]
    [InlineData("1234")]
    [InlineData("9999")]
    public void RevenueCode_OfFourDigits_IsANubcRevenueCode(string code)
    {
        var value = RevenueCodes.Create(code, "label");

        (value.System, value.Code, value.Display).Should().Be((CodeSystems.NubcRevenueCodes, code, "label"));
        RevenueCodes.Create(code).Display.Should().BeEmpty();
    }

    [Theory]
    [InlineData("905")]
    [InlineData("09050")]
    [InlineData("09a5")]
    [InlineData("٠٩٠٥")] // Arabic-Indic digits: digits, but not ASCII
    [InlineData("")]
    public void RevenueCode_NotFourAsciiDigits_Throws(string code) =>
        FluentActions.Invoking(() => RevenueCodes.Create(code)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "code" && e.Message.StartsWith("A revenue code is exactly four ASCII digits.", StringComparison.Ordinal));

    [Fact]
    public void RevenueCode_Null_Throws() =>
        FluentActions.Invoking(() => RevenueCodes.Create(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");

    [Fact]
    public void CodedValue_KeepsItsDisplayAndRefusesANullOne()
    {
        new CodedValue("http://example.org", "c", "shown").Display.Should().Be("shown");
        new CodedValue("http://example.org", "c", "shown").System.Should().Be("http://example.org");
        FluentActions.Invoking(() => new CodedValue("http://example.org", "c", null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("display");
    }

    [Fact]
    public void CodedValue_Default_HasEmptyPartsAndEqualsItself()
    {
        var none = default(CodedValue);

        (none.System, none.Code, none.Display).Should().Be((string.Empty, string.Empty, string.Empty));
        none.Should().Be(default(CodedValue));
        none.ToString().Should().Be("|");
        none.GetHashCode().Should().Be(default(CodedValue).GetHashCode());
    }

    [Fact]
    public void CodedValue_Hash_FollowsSystemAndCode()
    {
        var a = new CodedValue("http://example.org", "c", "one");
        a.GetHashCode().Should().Be(new CodedValue("http://example.org", "c", "two").GetHashCode());
        a.GetHashCode().Should().NotBe(new CodedValue("http://example.org", "d", "one").GetHashCode());
        a.GetHashCode().Should().NotBe(new CodedValue("http://example.com", "c", "one").GetHashCode());
    }
}
