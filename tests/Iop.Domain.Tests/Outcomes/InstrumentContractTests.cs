using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The contracts of an instrument's parts: every guard of Instrument, InstrumentItem, ScoreBand and SafetyItem
/// exactly at its boundary with its exception type and parameter name, and Instrument equality member by member.
/// </summary>
public sealed class InstrumentContractTests
{
    private static readonly LocalDate From = new(2026, 1, 1);

    private static readonly Rule Safety = new(new RuleId("TEST-SAFETY"), "Fictional safety item.", new RuleSource("Fictional screener", "Iop.Domain tests"));

    // 4 items scored 1-5 (total 4-20), bands 4-8, 9-14, 15-20.
    private static readonly InstrumentItem[] Items = [InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5)];

    private static readonly ScoreBand[] Bands = [new("Low", 4, 8), new("Moderate", 9, 14), new("High", 15, 20)];

    [Fact]
    public void Totals_AreTheSumsOfTheItemsMinimumsAndMaximums()
    {
        var screener = Bare();
        screener.MinimumTotal.Should().Be(4);
        screener.MaximumTotal.Should().Be(20);
        screener.ItemCount.Should().Be(4);
        screener.Items.Should().Equal(Items);
        screener.Bands.Should().Equal(Bands);
        screener.ToString().Should().Be("Screener");
        screener.Name.Should().Be("Screener");
        screener.Version.Should().Be("1");
        screener.EffectiveFrom.Should().Be(From);
    }

    [Fact]
    public void Defaults_OfACallerInstrument_AreEmptyOrNull()
    {
        var screener = Bare();
        screener.EffectiveTo.Should().BeNull();
        screener.Sources.Should().BeEmpty();
        screener.PositiveScreenAtOrAbove.Should().BeNull();
        screener.CarriedItem.Should().BeNull();
        screener.SafetyItems.Should().BeEmpty();
        screener.ItemCodes.Should().BeEmpty();
        screener.Licence.Should().BeNull();
        screener.LicenceNote.Should().BeNull();
        screener.PanelCode.Should().BeNull();
        screener.TotalCode.Should().BeNull();
        screener.Sensitivity.Should().Be(Sensitivity.General);
    }

    [Theory]
    [InlineData(4, "Low")] // the minimum total
    [InlineData(8, "Low")] // the top of the first band
    [InlineData(9, "Moderate")] // the bottom of the second
    [InlineData(14, "Moderate")]
    [InlineData(15, "High")]
    [InlineData(20, "High")] // the maximum total
    public void BandOf_AtEachBandEdge_IsThatBand(int total, string band) =>
        Bare().BandOf(total)!.Name.Should().Be(band);

    [Theory]
    [InlineData(3)] // one below the minimum total
    [InlineData(21)] // one above the maximum total
    public void BandOf_OutsideTheRange_ThrowsForTotal(int total) =>
        FluentActions.Invoking(() => Bare().BandOf(total)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");

    [Fact]
    public void BandOf_InstrumentWithoutBands_IsNull() =>
        new Instrument("Screener", "1", From, Items, []).BandOf(20).Should().BeNull();

    [Theory]
    [InlineData(5)] // minimum total + 1: the lowest cut-off that can be negative at all
    [InlineData(20)] // the maximum total
    public void PositiveScreenAtOrAbove_InsideTheRange_IsAccepted(int cutOff) =>
        new Instrument("Screener", "1", From, Items, Bands) { PositiveScreenAtOrAbove = cutOff }.PositiveScreenAtOrAbove.Should().Be(cutOff);

    [Theory]
    [InlineData(4)] // the minimum total: every score would be positive
    [InlineData(21)] // above the maximum total: no score could be positive
    public void PositiveScreenAtOrAbove_OutsideTheRange_IsRefused(int cutOff) =>
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { PositiveScreenAtOrAbove = cutOff })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PositiveScreenAtOrAbove");

    [Fact]
    public void PositiveScreenAtOrAbove_Null_IsAccepted() =>
        new Instrument("Screener", "1", From, Items, Bands) { PositiveScreenAtOrAbove = null }.PositiveScreenAtOrAbove.Should().BeNull();

    [Theory]
    [InlineData(1)] // the item's lowest value: every answer would be a concern
    [InlineData(6)] // above the item's highest value: no answer could reach it
    public void SafetyItems_ConcernThresholdOutsideTheItem_AreRefused(int concern) =>
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { SafetyItems = [new SafetyItem(1, concern, Safety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems");

    [Theory]
    [InlineData(2)] // the item's minimum + 1
    [InlineData(5)] // the item's maximum
    public void SafetyItems_ConcernThresholdInsideTheItem_IsAccepted(int concern) =>
        new Instrument("Screener", "1", From, Items, Bands) { SafetyItems = [new SafetyItem(1, concern, Safety)] }
            .SafetyItems.Single().ConcernAtOrAbove.Should().Be(concern);

    [Fact]
    public void SafetyItems_FiveAreAcceptedAndSixRefused()
    {
        // The PCL-5 has 20 items scored 0-4; a safety item on each of the first five is the most allowed.
        static Instrument WithSafety(int count) => new(Instrument.Pcl5.Name, Instrument.Pcl5.Version, Instrument.Pcl5.EffectiveFrom, Instrument.Pcl5.Items, [])
        {
            SafetyItems = [.. Enumerable.Range(1, count).Select(n => new SafetyItem(n, 1, Safety))],
        };

        WithSafety(5).SafetyItems.Should().HaveCount(5);
        FluentActions.Invoking(() => WithSafety(6)).Should().Throw<ArgumentException>().WithParameterName("SafetyItems");
    }

    [Fact]
    public void SafetyItems_TwoAtOnePosition_AreRefused() =>
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { SafetyItems = [new SafetyItem(2, 3, Safety), new SafetyItem(2, 4, Safety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems");

    [Fact]
    public void SafetyItems_OnTheLastScoredItem_IsAccepted() =>
        new Instrument("Screener", "1", From, Items, Bands) { SafetyItems = [new SafetyItem(4, 3, Safety)] }.SafetyItems.Single().Number.Should().Be(4);

    [Fact]
    public void SafetyItems_OnTheCarriedItem_IsAcceptedOnlyOnePastTheScoredItems()
    {
        var carried = new Instrument("Screener", "1", From, Items, Bands) { CarriedItem = InstrumentItem.Range(0, 1), SafetyItems = [new SafetyItem(5, 1, Safety)] };
        carried.SafetyItems.Single().Number.Should().Be(5);
        carried.CarriedItem.Should().Be(InstrumentItem.Range(0, 1));
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { CarriedItem = InstrumentItem.Range(0, 1), SafetyItems = [new SafetyItem(6, 1, Safety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { CarriedItem = InstrumentItem.Range(0, 1), SafetyItems = [new SafetyItem(5, 2, Safety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems"); // above the carried item's maximum
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { SafetyItems = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("SafetyItems");
    }

    [Fact]
    public void ItemCodes_NoneOrOnePerItem_AreAcceptedAndOtherCountsRefused()
    {
        var codes = new CodedValue?[] { Loinc.Gad2Item1, null, null, Loinc.Gad2Item2 };
        new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = codes }.ItemCodes.Should().Equal(codes);
        new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = [] }.ItemCodes.Should().BeEmpty();
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = [Loinc.Gad2Item1, null, null] })
            .Should().Throw<ArgumentException>().WithParameterName("ItemCodes");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = [Loinc.Gad2Item1, null, null, null, null] })
            .Should().Throw<ArgumentException>().WithParameterName("ItemCodes");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("ItemCodes");
    }

    [Fact]
    public void ItemCodes_AreCopiedOnInput()
    {
        var codes = new CodedValue?[] { Loinc.Gad2Item1, null, null, Loinc.Gad2Item2 };
        var screener = new Instrument("Screener", "1", From, Items, Bands) { ItemCodes = codes };
        codes[0] = null;
        screener.ItemCodes[0].Should().Be(Loinc.Gad2Item1);
    }

    [Fact]
    public void InitGuards_NameTheProperty()
    {
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { Sensitivity = (Sensitivity)99 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Sensitivity");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { Licence = (InstrumentLicence)99 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Licence");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { LicenceNote = " " })
            .Should().Throw<ArgumentException>().WithParameterName("LicenceNote");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { Sources = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("Sources");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, Bands) { EffectiveTo = From.PlusDays(-1) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        var set = new Instrument("Screener", "1", From, Items, Bands) { LicenceNote = null, EffectiveTo = From, Sensitivity = Sensitivity.SubstanceUseDisorder, Licence = InstrumentLicence.Free };
        set.EffectiveTo.Should().Be(From); // a one-day definition
        set.Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);
        set.Licence.Should().Be(InstrumentLicence.Free);
    }

    [Fact]
    public void Constructor_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => new Instrument(" ", "1", From, Items, Bands)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new Instrument("Screener", " ", From, Items, Bands)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new Instrument("Screener", "1", new LocalDate(1899, 12, 31), Items, Bands)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, [], Bands)).Should().Throw<ArgumentException>().WithParameterName("items");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, null!, Bands)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, null!)).Should().Throw<ArgumentNullException>().WithParameterName("bands");
    }

    [Theory]
    [InlineData(5, 8, 9, 14, 15, 20)] // starts above the minimum total
    [InlineData(4, 8, 9, 14, 15, 19)] // ends below the maximum total
    [InlineData(4, 8, 9, 14, 15, 21)] // ends above the maximum total
    [InlineData(4, 8, 10, 14, 15, 20)] // a gap after the first band
    [InlineData(4, 9, 9, 14, 15, 20)] // the first two bands overlap
    [InlineData(4, 8, 9, 13, 15, 20)] // a gap before the last band
    public void Constructor_BandsNotAdjacentOrNotCoveringTheRange_AreRefusedForBands(int lowMin, int lowMax, int midMin, int midMax, int highMin, int highMax) =>
        FluentActions.Invoking(() => new Instrument("Screener", "1", From, Items, [new("Low", lowMin, lowMax), new("Moderate", midMin, midMax), new("High", highMin, highMax)]))
            .Should().Throw<ArgumentException>().WithParameterName("bands");

    [Fact]
    public void Constructor_OneBandCoveringTheRange_IsAccepted() =>
        new Instrument("Screener", "1", From, Items, [new("All", 4, 20)]).BandOf(4)!.Name.Should().Be("All");

    [Theory]
    [InlineData(4, 3)] // 4 accepted values (0-3) need 3 bits with 0 for missing
    [InlineData(7, 3)] // 7 values: codes 0..7 still fit 3 bits
    [InlineData(8, 4)] // 8 values: code 8 needs a fourth bit
    [InlineData(1, 1)]
    public void AnswerBits_AreEnoughForMissingAndEachAcceptedValue(int values, int bits) =>
        new Instrument("Wide", "1", From, [InstrumentItem.Range(0, values - 1)], []).AnswerBits.Should().Be(bits);

    [Theory]
    [InlineData(16, 14, true)] // 16 items of 15 values: 4 bits each, exactly 64 bits
    [InlineData(16, 15, false)] // 16 values need 5 bits: 80 bits
    [InlineData(21, 4, true)] // the PCL-5 shape plus one: 63 bits
    [InlineData(22, 4, false)] // 66 bits
    public void PacksAnswers_OnlyWhenEveryAnswerFitsSixtyFourBits(int itemCount, int maximum, bool packs) =>
        new Instrument("Wide", "1", From, Enumerable.Repeat(InstrumentItem.Range(0, maximum), itemCount), []).PacksAnswers.Should().Be(packs);

    [Fact]
    public void Equality_EachMemberDiffering_IsUnequal()
    {
        ContractAssertions.Equality(
            Full(),
            Full(),
            Full(name: "Other"),
            Full(version: "2"),
            Full(from: From.PlusDays(1)),
            Full(to: From.PlusDays(400)),
            Full(items: [InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.OneOf([1, 2, 3, 5])], bands: [new("Low", 4, 8), new("Moderate", 9, 14), new("High", 15, 20)]),
            Full(bands: [new("Low", 4, 9), new("Moderate", 10, 14), new("High", 15, 20)]),
            Full(bands: [new("Lower", 4, 8), new("Moderate", 9, 14), new("High", 15, 20)]),
            Full(screen: 13),
            Full(carried: InstrumentItem.Range(0, 2)),
            Full(safetyConcern: 4),
            Full(panel: Loinc.Gad7Panel),
            Full(total: Loinc.Gad7Total),
            Full(note: "Another note."),
            Full(licence: InstrumentLicence.PublicDomain),
            Full(codes: [Loinc.Gad2Item2, null, null, null]),
            Full(sensitivity: Sensitivity.SubstanceUseDisorder),
            Full(source: new RuleSource("Another source", "Iop.Domain tests")));
        Full().Equals((object)"Screener").Should().BeFalse();
    }

    [Fact]
    public void Equality_BuiltInsAgainstTheirRebuilds_AreEqual()
    {
        foreach (var instrument in Instrument.BuiltIn)
        {
            var rebuilt = new Instrument(instrument.Name, instrument.Version, instrument.EffectiveFrom, instrument.Items, instrument.Bands)
            {
                Sources = instrument.Sources,
                PositiveScreenAtOrAbove = instrument.PositiveScreenAtOrAbove,
                CarriedItem = instrument.CarriedItem,
                SafetyItems = instrument.SafetyItems,
                PanelCode = instrument.PanelCode,
                TotalCode = instrument.TotalCode,
                LicenceNote = instrument.LicenceNote,
                Licence = instrument.Licence,
                ItemCodes = instrument.ItemCodes,
                Sensitivity = instrument.Sensitivity,
            };
            rebuilt.Should().Be(instrument);
            rebuilt.GetHashCode().Should().Be(instrument.GetHashCode());
        }
    }

    [Theory]
    [InlineData(0, 1000)] // the widest range allowed
    [InlineData(7, 7)] // one value
    public void Range_InsideZeroToAThousand_AcceptsEveryValueInIt(int minimum, int maximum)
    {
        var item = InstrumentItem.Range(minimum, maximum);
        item.Minimum.Should().Be(minimum);
        item.Maximum.Should().Be(maximum);
        item.IsContiguous.Should().BeTrue();
        item.AllowedValues.Should().HaveCount(maximum - minimum + 1);
        item.Accepts(minimum).Should().BeTrue();
        item.Accepts(maximum).Should().BeTrue();
        item.Accepts(minimum - 1).Should().BeFalse();
        item.Accepts(maximum + 1).Should().BeFalse();
        item.IndexOf(maximum).Should().Be(maximum - minimum);
    }

    [Fact]
    public void Range_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => InstrumentItem.Range(-1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
        FluentActions.Invoking(() => InstrumentItem.Range(1001, 1001)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
        FluentActions.Invoking(() => InstrumentItem.Range(0, 1001)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        FluentActions.Invoking(() => InstrumentItem.Range(0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        FluentActions.Invoking(() => InstrumentItem.Range(3, 2)).Should().Throw<ArgumentException>().WithParameterName("maximum");
    }

    [Fact]
    public void OneOf_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => InstrumentItem.OneOf([])).Should().Throw<ArgumentException>().WithParameterName("values");
        FluentActions.Invoking(() => InstrumentItem.OneOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("values");
        FluentActions.Invoking(() => InstrumentItem.OneOf([-1, 2])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("values");
        FluentActions.Invoking(() => InstrumentItem.OneOf([0, 1001])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("values");
        InstrumentItem.OneOf([1000, 0]).Maximum.Should().Be(1000); // both edges of [0, 1000]
        InstrumentItem.OneOf([1000, 0]).Minimum.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, false)] // inside [0, 4] but not one of the values
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Accepts_AuditItemNine_OnlyZeroTwoFour(int value, bool accepted) =>
        InstrumentItem.OneOf([4, 0, 2, 2]).Accepts(value).Should().Be(accepted);

    [Fact]
    public void OneOf_ValuesInOrderWithRepeatsMerged_DescribeThemselves()
    {
        var item = InstrumentItem.OneOf([4, 0, 2, 2]);
        item.AllowedValues.Should().Equal(0, 2, 4);
        item.IsContiguous.Should().BeFalse();
        item.IndexOf(4).Should().Be(2);
        item.ToString().Should().Be("0, 2, 4");
        InstrumentItem.OneOf([2, 0, 1]).IsContiguous.Should().BeTrue("0, 1, 2 has no gap");
        InstrumentItem.Range(0, 3).ToString().Should().Be("0–3");
        ContractAssertions.Equality(InstrumentItem.OneOf([0, 2, 4]), InstrumentItem.OneOf([4, 2, 0]), InstrumentItem.OneOf([0, 2, 3]), InstrumentItem.OneOf([0, 2]), InstrumentItem.Range(0, 4));
    }

    [Fact]
    public void ScoreBand_Guards_AndEdges()
    {
        FluentActions.Invoking(() => new ScoreBand(" ", 0, 4)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new ScoreBand("Low", 5, 4)).Should().Throw<ArgumentException>().WithParameterName("maximum");
        var one = new ScoreBand("One", 5, 5); // a one-total band
        one.Contains(5).Should().BeTrue();
        one.Contains(4).Should().BeFalse();
        one.Contains(6).Should().BeFalse();
        new ScoreBand("Low", 4, 8).ToString().Should().Be("Low (4–8)");
        new ScoreBand("Low", 4, 8).Minimum.Should().Be(4);
        new ScoreBand("Low", 4, 8).Maximum.Should().Be(8);
    }

    [Fact]
    public void SafetyItem_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => new SafetyItem(0, 1, Safety)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        FluentActions.Invoking(() => new SafetyItem(1, 0, Safety)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("concernAtOrAbove");
        FluentActions.Invoking(() => new SafetyItem(1, 1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
        var edge = new SafetyItem(1, 1, Safety); // both at their minimum, 1
        edge.Number.Should().Be(1);
        edge.ConcernAtOrAbove.Should().Be(1);
    }

    [Fact]
    public void SafetyItem_Findings_AreAnErrorForAConcernAndAWarningWhenUnanswered()
    {
        var item = new SafetyItem(2, 3, Safety);
        item.Rule.Should().Be(Safety);
        item.Concern.RuleId.Should().Be(new RuleId("TEST-SAFETY"));
        item.Concern.Severity.Should().Be(Severity.Error);
        item.Unanswered.RuleId.Should().Be(new RuleId("TEST-SAFETY"));
        item.Unanswered.Severity.Should().Be(Severity.Warning);
        item.Code.Should().BeNull();
        item.ToString().Should().Be("Safety item 2 (concern at 3 or more)");
    }

    [Fact]
    public void SafetyItem_BuiltIns_CarryTheirRulesAndPositions()
    {
        SafetyItem.Phq9ItemNine.Number.Should().Be(9);
        SafetyItem.Phq9ItemNine.ConcernAtOrAbove.Should().Be(1); // OUT-PHQ9-ITEM9: any answer above 0
        SafetyItem.Phq9ItemNine.Rule.Should().Be(OutcomeRules.Phq9ItemNine);
        SafetyItem.Phq9ItemNine.Code.Should().Be(Loinc.Phq9Item9); // LOINC 44260-8
        SafetyItem.Phq9ItemNine.Concern.Severity.Should().Be(Severity.Error);
        SafetyItem.Phq9ItemNine.Unanswered.Severity.Should().Be(Severity.Warning);
        SafetyItem.PhqAItemNine.Number.Should().Be(9);
        SafetyItem.PhqAItemNine.Rule.Should().Be(OutcomeRules.PhqAItemNine);
        SafetyItem.PhqAItemNine.Code.Should().BeNull();
        SafetyItem.AsqAcuity.Number.Should().Be(5); // one past the four questions: the carried item
        SafetyItem.AsqAcuity.Rule.Should().Be(OutcomeRules.AsqAcute);
        SafetyItem.AsqAcuity.Concern.Severity.Should().Be(Severity.Error);
        Instrument.Asq.SafetyItems.Take(4).Should().OnlyContain(s => s.Rule == OutcomeRules.AsqPositive && s.ConcernAtOrAbove == 1);
        Instrument.Asq.SafetyItems.Select(s => s.Number).Should().Equal(1, 2, 3, 4, 5);
        Instrument.Asq.SafetyItems.Take(4).Should().OnlyContain(s => s.Concern.Severity == Severity.Error && s.Unanswered.Severity == Severity.Warning);
    }

    private static Instrument Bare() => new("Screener", "1", From, Items, Bands);

    private static Instrument Full(
        string name = "Screener",
        string version = "1",
        LocalDate? from = null,
        LocalDate? to = null,
        InstrumentItem[]? items = null,
        ScoreBand[]? bands = null,
        int screen = 12,
        InstrumentItem? carried = null,
        int safetyConcern = 3,
        CodedValue? panel = null,
        CodedValue? total = null,
        string note = "A note.",
        InstrumentLicence licence = InstrumentLicence.Free,
        CodedValue?[]? codes = null,
        Sensitivity sensitivity = Sensitivity.General,
        RuleSource? source = null) =>
        new(name, version, from ?? From, items ?? Items, bands ?? Bands)
        {
            EffectiveTo = to ?? From.PlusDays(365),
            Sources = [source ?? new RuleSource("Fictional screener", "Iop.Domain tests")],
            PositiveScreenAtOrAbove = screen,
            CarriedItem = carried ?? InstrumentItem.Range(0, 3),
            SafetyItems = [new SafetyItem(2, safetyConcern, Safety)],
            PanelCode = panel ?? Loinc.Phq9Panel,
            TotalCode = total ?? Loinc.Phq9Total,
            LicenceNote = note,
            Licence = licence,
            ItemCodes = codes ?? [Loinc.Gad2Item1, null, null, null],
            Sensitivity = sensitivity,
        };
}
