using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>Instruments are data: a caller-defined instrument scores, bands, screens and flows through change over time unchanged.</summary>
public sealed class InstrumentDefinitionTests
{
    private static readonly LocalDate Admission = new(2026, 3, 2);

    // A fictional state-mandated screener: 4 items scored 1-5 (total 4-20), item 4 only 1, 3 or 5; bands
    // 4-8 low, 9-14 moderate, 15-20 high; positive at 12; item 2 a safety item of concern at 3 or more.
    private static readonly Rule StateSafety = new(new RuleId("STATE-SCREENER-SAFETY"), "Fictional safety item of a state screener.", new RuleSource("Fictional state screener", "Iop.Domain tests"));

    private static readonly Instrument Screener = new(
        "State screener",
        "2026",
        new LocalDate(2026, 1, 1),
        [InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.OneOf([5, 1, 3])],
        [new("Low", 4, 8), new("Moderate", 9, 14), new("High", 15, 20)])
    {
        PositiveScreenAtOrAbove = 12,
        SafetyItems = [new SafetyItem(2, 3, StateSafety)],
    };

    public static TheoryData<int> ScreenerTotals() => [.. Enumerable.Range(4, 17)];

    [Theory]
    [MemberData(nameof(ScreenerTotals))]
    public void Score_EveryTotalOfACallerInstrument_HasItsBandAndScreen(int total)
    {
        // Exhaustive over 4..20: the band and screen come from the caller's definition, not from a built-in.
        var expected = total switch
        {
            <= 8 => "Low",
            <= 14 => "Moderate",
            _ => "High",
        };
        var score = Instruments.ScoreTotal(Screener, total, ScoringPolicy.Default);
        score.Band!.Name.Should().Be(expected);
        score.PositiveScreen.Should().Be(total >= 12);
        score.Code.Should().BeNull();
    }

    [Fact]
    public void Score_CallerInstrumentItems_AreCheckedAndSummed()
    {
        var score = Instruments.Score(Screener, [1, 2, 5, 3], ScoringPolicy.Default);
        score.Total.Should().Be(11);
        score.Band!.Name.Should().Be("Moderate");
        score.Findings.Should().BeEmpty("item 2 answered 2 is below the concern threshold of 3");
        FluentActions.Invoking(() => Instruments.Score(Screener, [1, 1, 1, 2], ScoringPolicy.Default))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items")
            .Which.Message.Should().Contain("1, 3, 5");
        FluentActions.Invoking(() => Instruments.Score(Screener, [0, 1, 1, 1], ScoringPolicy.Default))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items");
    }

    [Fact]
    public void Score_CallerSafetyItemAtThreshold_RaisesTheCallersRuleAsAnError()
    {
        var score = Instruments.Score(Screener, [1, 3, 1, 1], ScoringPolicy.Default); // boundary: exactly the threshold of 3
        score.SafetyConcern.Should().BeTrue();
        score.HasErrors.Should().BeTrue();
        score.Findings.Should().ContainSingle().Which.RuleId.Value.Should().Be("STATE-SCREENER-SAFETY");
        score.Findings[0].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void TryScore_CallerInstrumentWithProrationLimit_Prorates()
    {
        // Three answered items summing to 9 (mean 3; item 2 below its safety threshold): prorated to 12 over four items.
        var policy = ScoringPolicy.Prorating.WithMaximumMissingItems(Screener, 1);
        Instruments.TryScore(Screener, [2, 2, 5, null], policy, out var score).Should().BeTrue();
        score!.Value.Total.Should().Be(12);
        score.Value.Findings.Select(f => f.RuleId.Value).Should().Equal("OUT-PHQ9-PRORATE");
        Instruments.TryScore(Screener, [3, 3, 3, null], ScoringPolicy.Prorating, out _).Should().BeFalse("the policy sets no limit for this instrument");
    }

    [Fact]
    public void SymptomChanges_CallerInstrument_FlowsThroughUnchanged()
    {
        // Thresholds for a caller's instrument come from the caller: eligible above 11, response 50 %, remission below 8.
        var criteria = new ChangeCriteria("State screener change", "2026", new LocalDate(2026, 1, 1), Screener, elevatedAbove: 11, responseReduction: 0.5, remissionBelow: 8);
        var series = new MeasurementSeries(Screener, [new(Admission, 18), new(Admission.PlusDays(60), 7)]);
        var change = SymptomChanges.Evaluate(series, Admission, criteria);
        change.Instrument.Should().Be(Screener);
        change.IsEligible.Should().BeTrue();
        change.Response.Should().BeTrue("7 is at least 50 % below 18");
        change.Remission.Should().BeTrue("7 is below 8");
        change.ToString().Should().Be("State screener change 18 → 7 (response, remission)");
        FluentActions.Invoking(() => new MeasurementSeries(Screener, [new(Admission, 3)]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("measurements", "3 is below the screener's minimum total of 4");
    }

    [Fact]
    public void Constructor_BandsThatDoNotCoverTheRange_AreRefused()
    {
        InstrumentItem[] items = [InstrumentItem.Range(0, 3), InstrumentItem.Range(0, 3)];
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, [new("a", 0, 2), new("b", 4, 6)]))
            .Should().Throw<ArgumentException>().WithParameterName("bands"); // a gap at 3
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, [new("a", 0, 5)]))
            .Should().Throw<ArgumentException>().WithParameterName("bands"); // stops short of the maximum of 6
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, [], []))
            .Should().Throw<ArgumentException>().WithParameterName("items");
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, []) { PositiveScreenAtOrAbove = 7 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PositiveScreenAtOrAbove");
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, []) { SafetyItems = [new SafetyItem(3, 1, StateSafety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems"); // only 2 items
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, []) { SafetyItems = [new SafetyItem(1, 4, StateSafety)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems"); // the item's maximum is 3
        FluentActions.Invoking(() => new Instrument("x", "1", Admission, items, []) { EffectiveTo = Admission.PlusDays(-1) })
            .Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => InstrumentItem.Range(3, 2)).Should().Throw<ArgumentException>().WithParameterName("maximum");
        FluentActions.Invoking(() => InstrumentItem.OneOf([])).Should().Throw<ArgumentException>().WithParameterName("values");
    }

    [Fact]
    public void BuiltIns_CarryTheirPublishedDefinition()
    {
        Instrument.Phq9.ItemCount.Should().Be(9);
        Instrument.Phq9.MaximumTotal.Should().Be(27);
        Instrument.Phq9.PositiveScreenAtOrAbove.Should().Be(10); // OUT-PHQ9-RANGE
        Instrument.Phq9.SafetyItems.Should().ContainSingle().Which.Number.Should().Be(9); // OUT-PHQ9-ITEM9
        Instrument.Phq9.SafetyItems[0].Code!.Value.Code.Should().Be("44260-8");
        Instrument.Phq9.PanelCode!.Value.Code.Should().Be("44249-1");
        Instrument.Phq9.TotalCode!.Value.Code.Should().Be("44261-6");
        Instrument.Gad7.MaximumTotal.Should().Be(21);
        Instrument.Gad7.PanelCode!.Value.Code.Should().Be("69737-5");
        Instrument.Gad7.TotalCode!.Value.Code.Should().Be("70274-6");
        Instrument.Audit.MaximumTotal.Should().Be(40);
        Instrument.Audit.Items[8].AllowedValues.Should().Equal(0, 2, 4); // OUT-AUDIT-RANGE: items 9-10 take 0, 2, 4
        Instrument.Audit.Items[9].AllowedValues.Should().Equal(0, 2, 4);
        Instrument.Audit.Items[7].AllowedValues.Should().Equal(0, 1, 2, 3, 4);
        Instrument.Audit.PanelCode!.Value.Code.Should().Be("72110-0");
        Instrument.Audit.TotalCode!.Value.Code.Should().Be("75624-7");
        Instrument.AuditC.PanelCode!.Value.Code.Should().Be("72109-2");
        Instrument.AuditC.TotalCode!.Value.Code.Should().Be("75626-2");
        Instrument.Audit.PositiveScreenAtOrAbove.Should().Be(8);
        Instrument.AuditC.MaximumTotal.Should().Be(12);
        Instrument.AuditC.PositiveScreenAtOrAbove.Should().BeNull("its cut-offs by sex are scoring-policy parameters");
        Instrument.AuditC.Bands.Should().BeEmpty();
        Instrument.BuiltIn.Should().OnlyContain(i => i.LicenceNote != null && i.Sources.Count > 0 && i.Licence != null && i.Licence != InstrumentLicence.PermissionNeeded);
    }

    [Fact]
    public void Instrument_EqualityContract()
    {
        var same = new Instrument(
            "State screener",
            "2026",
            new LocalDate(2026, 1, 1),
            [InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.Range(1, 5), InstrumentItem.OneOf([1, 3, 5])],
            [new("Low", 4, 8), new("Moderate", 9, 14), new("High", 15, 20)])
        {
            PositiveScreenAtOrAbove = 12,
            SafetyItems = [new SafetyItem(2, 3, StateSafety)],
        };
        ContractAssertions.Equality(Screener, same, Instrument.Phq9, Instrument.Gad7);
        ContractAssertions.Equality(InstrumentItem.Range(0, 2), InstrumentItem.OneOf([2, 1, 0]), InstrumentItem.OneOf([0, 2]));
    }

    [Fact]
    public void TryScore_Refused_HandsBackNoScore_AndTheDefaultScoreIsSafe()
    {
        Instruments.TryScore(Instrument.Phq9, [null, null, null, 1, 1, 1, 1, 1, 1], ScoringPolicy.Prorating, out var score).Should().BeFalse();
        score.Should().BeNull();
        var none = default(InstrumentScore);
        none.Band.Should().BeNull();
        none.Code.Should().BeNull();
        none.Findings.Should().BeEmpty();
        none.HasErrors.Should().BeFalse();
        none.ToString().Should().Be("Not scored");
    }

    [Fact]
    public void ScoringPolicy_IsARuleSetWithSexCutOffsAsParameters()
    {
        ScoringPolicy.Default.Name.Should().NotBe(ScoringPolicy.Prorating.Name);
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.AuditC, Sex.Male, out var male).Should().BeTrue();
        male.Should().Be(4); // OUT-AUDITC-POSITIVE: Bradley 2007 via Seth 2015
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.AuditC, Sex.Female, out var female).Should().BeTrue();
        female.Should().Be(3);
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.Phq9, Sex.Male, out _).Should().BeFalse();
        ScoringPolicy.Prorating.MaximumMissingItems(Instrument.Phq9).Should().Be(2); // OUT-PHQ9-PRORATE: Arrieta 2017
        ScoringPolicy.Default.MaximumMissingItems(Instrument.Phq9).Should().Be(0, "the default refuses missing items");
        ScoringPolicy.Prorating.MaximumMissingItems(Instrument.Gad7).Should().Be(0, "no GAD-7 proration rule is shipped");
        var bare = new ScoringPolicy("Bare", "1", global::Iop.Domain.Rules.SupportedDates.First);
        Instruments.ScoreTotal(Instrument.AuditC, 6, bare, Sex.Male).PositiveScreen.Should().BeNull("a policy without AUDIT-C cut-offs leaves the screen undetermined");
        ContractAssertions.Equality(
            ScoringPolicy.Default,
            new ScoringPolicy("Iop.Domain scoring, missing items refused", "1", global::Iop.Domain.Rules.SupportedDates.First).WithScreenCutOffsBySex(Instrument.AuditC, 4, 3).WithMaximumMissingItems(Instrument.Phq9, 2).WithScreenCutOff(Instrument.Pcl5, 33),
            ScoringPolicy.Prorating,
            ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 3, 3));
    }

    [Fact]
    public void SymptomChange_EqualityContract()
    {
        SymptomChange Evaluate(int followUp) =>
            SymptomChanges.Evaluate(new MeasurementSeries(Instrument.Phq9, [new(Admission, 18), new(Admission.PlusDays(60), followUp)]), Admission, ChangeCriteria.Phq9);
        ContractAssertions.Equality(Evaluate(4), Evaluate(4), Evaluate(5));
        var series = new MeasurementSeries(Instrument.Phq9, [new(Admission, 18)]);
        ContractAssertions.Equality(series, new MeasurementSeries(Instrument.Phq9, [new(Admission, 18)]), new MeasurementSeries(Instrument.Gad7, [new(Admission, 18)]));
    }

    [Property]
    public Property Score_AnyCallerInstrument_SumsTheItemsIntoTheBandThatHoldsTheTotal() => Prop.ForAll(
        Gen.Choose(0, 3).Zip(Gen.Choose(0, 4)).ArrayOf().Where(a => a.Length is > 0 and <= 8)
            .Zip(Gen.Choose(0, 1000).ArrayOf(8)).ToArbitrary(),
        t =>
        {
            // Random items [min, min + span] and answers inside them; two bands split at the midpoint of the range.
            var (shapes, seeds) = t;
            var items = shapes.Select(s => InstrumentItem.Range(s.Item1, s.Item1 + s.Item2)).ToArray();
            int[] answers = [.. shapes.Select((s, i) => s.Item1 + (seeds[i] % (s.Item2 + 1)))];
            var min = items.Sum(i => i.Minimum);
            var max = items.Sum(i => i.Maximum);
            var mid = min + ((max - min) / 2);
            ScoreBand[] bands = max > min ? [new("Lower", min, mid), new("Upper", mid + 1, max)] : [new("Only", min, max)];
            var instrument = new Instrument("Generated", "1", Admission, items, bands);
            var score = Instruments.Score(instrument, answers, ScoringPolicy.Default);
            return score.Total == answers.Sum()
                && score.Band!.Contains(score.Total)
                && score.Band == Instruments.ScoreTotal(instrument, score.Total, ScoringPolicy.Default).Band
                && score.Findings.Count == 0;
        });
}
