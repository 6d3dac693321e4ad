using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// PHQ-2, PHQ-8, PHQ-A, GAD-2, PCL-5 and ASQ: every item space scored exhaustively against an independent oracle
/// (the PCL-5's 5^20 answers cannot be enumerated: its totals, every item's value space and a property instead),
/// each published cut-off at its boundary by rule id, and the codes and licences pinned.
/// </summary>
public sealed class ScreeningInstrumentTests
{
    private static readonly ScoringPolicy Policy = ScoringPolicy.Default;

    /// <summary>Boundaries of each published cut-off, by rule id: the instrument, the cut-off, and a total at, one under and one over it.</summary>
    public static TheoryData<string, string, int, int, bool> CutOffBoundaries => new()
    {
        { "OUT-PHQ2-SCREEN", "PHQ-2", 2, 3, false }, // one under Kroenke 2003's 3
        { "OUT-PHQ2-SCREEN", "PHQ-2", 3, 3, true }, // exactly 3
        { "OUT-PHQ2-SCREEN", "PHQ-2", 4, 3, true }, // one over
        { "OUT-PHQ8-SCREEN", "PHQ-8", 9, 10, false }, // one under Kroenke 2009's 10
        { "OUT-PHQ8-SCREEN", "PHQ-8", 10, 10, true },
        { "OUT-PHQ8-SCREEN", "PHQ-8", 11, 10, true },
        { "OUT-GAD2-SCREEN", "GAD-2", 2, 3, false }, // one under Kroenke 2007's 3
        { "OUT-GAD2-SCREEN", "GAD-2", 3, 3, true },
        { "OUT-GAD2-SCREEN", "GAD-2", 4, 3, true },
        { "OUT-PCL5-PROVISIONAL", "PCL-5", 32, 33, false }, // one under the default 33 (upper end of 31-33)
        { "OUT-PCL5-PROVISIONAL", "PCL-5", 33, 33, true },
        { "OUT-PCL5-PROVISIONAL", "PCL-5", 34, 33, true },
        { "OUT-ASQ-POSITIVE", "ASQ", 0, 1, false }, // one under: no yes
        { "OUT-ASQ-POSITIVE", "ASQ", 1, 1, true }, // exactly one yes
        { "OUT-ASQ-POSITIVE", "ASQ", 2, 1, true },
    };

    /// <summary>PHQ-A band boundaries (<c>OUT-PHQA-RANGE</c>, the PHQ-9 bands): each band's first total, one under and one over.</summary>
    public static TheoryData<int, string> PhqABandBoundaries => new()
    {
        { 4, "Minimal" }, // one under 5
        { 5, "Mild" }, // exactly 5
        { 6, "Mild" }, // one over
        { 9, "Mild" },
        { 10, "Moderate" },
        { 11, "Moderate" },
        { 14, "Moderate" },
        { 15, "Moderately severe" },
        { 16, "Moderately severe" },
        { 19, "Moderately severe" },
        { 20, "Severe" },
        { 21, "Severe" },
    };

    [Theory]
    [MemberData(nameof(CutOffBoundaries))]
    public void ScoreTotal_AtTheCutOffBoundary_ScreensAsPublished(string ruleId, string name, int total, int cutOff, bool positive)
    {
        var instrument = Shipped(name);
        instrument.Sources.Should().Contain(RuleOf(ruleId).Source, "the instrument cites the rule {0}", ruleId);
        var score = Instruments.ScoreTotal(instrument, total, Policy);
        score.PositiveScreen.Should().Be(positive, "{0}: {1} against the cut-off {2}", ruleId, total, cutOff);
        (total >= cutOff).Should().Be(positive);
    }

    [Theory]
    [MemberData(nameof(PhqABandBoundaries))]
    public void ScoreTotal_PhqABandBoundary_HasThePhq9Band(int total, string band)
    {
        var score = Instruments.ScoreTotal(Instrument.PhqA, total, Policy);
        score.Band!.Name.Should().Be(band, "OUT-PHQA-RANGE at {0}", total);
        score.PositiveScreen.Should().BeNull("no adolescent cut-off is shipped");
    }

    [Theory]
    [InlineData(30, false)] // one under the lower end of the range
    [InlineData(31, true)] // exactly the lower end, chosen by the caller
    [InlineData(32, true)] // one over
    public void Score_Pcl5UnderAPolicyCutOffOf31_UsesThePolicy(int total, bool positive)
    {
        // OUT-PCL5-PROVISIONAL: the cut-off is a scoring-policy parameter.
        var policy = Policy.WithScreenCutOff(Instrument.Pcl5, 31);
        Instruments.ScoreTotal(Instrument.Pcl5, total, policy).PositiveScreen.Should().Be(positive);
        policy.TryGetScreenCutOff(Instrument.Pcl5, out var cutOff).Should().BeTrue();
        cutOff.Should().Be(31);
        Policy.TryGetScreenCutOff(Instrument.Pcl5, out var fallback).Should().BeTrue();
        fallback.Should().Be(33, "the default is the upper end of 31-33");
    }

    [Fact]
    public void ScoringPolicy_Pcl5CutOffOutsideTheRange_Throws()
    {
        FluentActions.Invoking(() => Policy.WithScreenCutOff(Instrument.Pcl5, 81)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atOrAbove");
        FluentActions.Invoking(() => Policy.WithScreenCutOff(Instrument.Pcl5, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atOrAbove");
        FluentActions.Invoking(() => Policy.WithScreenCutOff(null!, 3)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        Policy.TryGetScreenCutOff(Instrument.Phq9, out _).Should().BeFalse("the PHQ-9's cut-off is its own");
        Policy.WithScreenCutOff(Instrument.Pcl5, 31).Should().NotBe(Policy);
    }

    [Fact]
    public void Score_EveryPhq2Answer_MatchesTheOracle() =>
        Mismatches(Instrument.Phq2, items => (items.Sum(), null, items.Sum() >= 3, false)).Should().Be(0); // 4^2 = 16 answer sets

    [Fact]
    public void Score_EveryGad2Answer_MatchesTheOracle() =>
        Mismatches(Instrument.Gad2, items => (items.Sum(), null, items.Sum() >= 3, false)).Should().Be(0); // 4^2 = 16 answer sets

    [Fact]
    public void Score_EveryPhq8Answer_MatchesTheOracle()
    {
        // 4^8 = 65,536 answer sets: total, screen at 10, no bands, and never a finding (the PHQ-8 has no item 9).
        Mismatches(Instrument.Phq8, items => (items.Sum(), null, items.Sum() >= 10, false)).Should().Be(0);
        Instrument.Phq8.SafetyItems.Should().BeEmpty();
    }

    [Fact]
    public void Score_EveryPhqAAnswer_MatchesTheOracle() =>
        // 4^9 = 262,144 answer sets: total, the PHQ-9 bands, no screen, and a safety Error when item 9 is above 0.
        Mismatches(Instrument.PhqA, items => (items.Sum(), Phq9Band(items.Sum()), null, items[8] > 0)).Should().Be(0);

    [Fact]
    public void Score_EveryAsqAnswer_MatchesTheOracle()
    {
        // 2^4 questions x (acuity absent, no, yes) = 48 answer sets: positive at any yes; every yes an Error.
        var mismatches = 0;
        for (var mask = 0; mask < 16; mask++)
        {
            int[] questions = [mask & 1, (mask >> 1) & 1, (mask >> 2) & 1, (mask >> 3) & 1];
            foreach (var acuity in new int?[] { null, 0, 1 })
            {
                int[] items = acuity is { } a ? [.. questions, a] : questions;
                var score = Instruments.Score(Instrument.Asq, items, Policy);
                var yes = questions.Sum();
                var expectedFindings = yes + (acuity == 1 ? 1 : 0);
                var ok = score.Total == yes
                    && score.PositiveScreen == (yes >= 1)
                    && score.HasErrors == (expectedFindings > 0)
                    && score.Findings.Count == expectedFindings
                    && score.Findings.Count(f => f.RuleId.Value == "OUT-ASQ-POSITIVE") == yes
                    && score.Findings.Count(f => f.RuleId.Value == "OUT-ASQ-ACUTE") == (acuity == 1 ? 1 : 0)
                    && score.Findings.All(f => f.Severity == Severity.Error)
                    && score.CarriedAnswer == acuity;
                mismatches += ok ? 0 : 1;
            }
        }

        mismatches.Should().Be(0);
    }

    public static TheoryData<int> Pcl5Totals() => [.. Enumerable.Range(0, 81)];

    [Theory]
    [MemberData(nameof(Pcl5Totals))]
    public void Score_EveryPcl5Total_SumsAndScreensAtTheDefault(int total)
    {
        // Exhaustive over totals 0..80 (5^20 answer sets cannot be enumerated), from items filled in order.
        var items = Spread(total, 20, 4);
        var score = Instruments.Score(Instrument.Pcl5, items, Policy);
        score.Total.Should().Be(total);
        score.PositiveScreen.Should().Be(total >= 33);
        score.Band.Should().BeNull();
        score.Findings.Should().BeEmpty();
        score.ItemAnswers.Select(a => a!.Value).Should().Equal(items);
    }

    [Fact]
    public void Score_EveryPcl5ItemValue_IsAcceptedOnlyInZeroToFour()
    {
        // Exhaustive over -1..5 on each of the 20 items.
        var wrong = 0;
        for (var item = 0; item < 20; item++)
        {
            for (var value = -1; value <= 5; value++)
            {
                var items = new int[20];
                items[item] = value;
                var accepted = value is >= 0 and <= 4;
                try
                {
                    var score = Instruments.Score(Instrument.Pcl5, items, Policy);
                    wrong += accepted && score.Total == value && score.AnswerOf(item + 1) == value ? 0 : 1;
                }
                catch (ArgumentOutOfRangeException e) when (e.ParamName == "items")
                {
                    wrong += accepted ? 1 : 0;
                }
            }
        }

        wrong.Should().Be(0);
    }

    [Property]
    public Property Score_Pcl5_EqualsTheOracleSumAndKeepsEveryAnswer() => Prop.ForAll(
        Gen.Choose(0, 4).ArrayOf(20).ToArbitrary(),
        items =>
        {
            var score = Instruments.Score(Instrument.Pcl5, items, Policy);
            return score.Total == items.Sum()
                && score.PositiveScreen == (items.Sum() >= 33)
                && score.ItemAnswers.Select(a => a!.Value).SequenceEqual(items);
        });

    [Fact]
    public void Score_AsqAcuityYes_IsAnAcuteErrorEvenWithoutAnotherYes()
    {
        var score = Instruments.Score(Instrument.Asq, [0, 0, 0, 0, 1], Policy);
        score.PositiveScreen.Should().BeFalse("the four questions are all no");
        score.Findings.Should().ContainSingle().Which.RuleId.Value.Should().Be("OUT-ASQ-ACUTE");
        score.Findings[0].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Score_AsqOneYes_IsAPositiveErrorLikePhq9ItemNine()
    {
        var score = Instruments.Score(Instrument.Asq, [0, 0, 1, 0], Policy);
        score.PositiveScreen.Should().BeTrue();
        score.SafetyConcern.Should().BeTrue();
        score.HasErrors.Should().BeTrue();
        score.Findings.Should().ContainSingle().Which.RuleId.Value.Should().Be("OUT-ASQ-POSITIVE");
        score.Findings[0].Severity.Should().Be(Severity.Error, "alerting keyed on severity must never mute a positive ASQ");
    }

    [Fact]
    public void TryScore_AsqQuestionMissing_WarnsAndAcuityMissingDoesNot()
    {
        var policy = ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Asq, 1);
        Instruments.TryScore(Instrument.Asq, [0, null, 0, 0], policy, out var missingQuestion).Should().BeTrue();
        missingQuestion!.Value.Findings.Select(f => (f.RuleId.Value, f.Severity)).Should().Contain(("OUT-ASQ-POSITIVE", Severity.Warning));
        missingQuestion.Value.SafetyItemUnanswered.Should().BeTrue();
        Instruments.TryScore(Instrument.Asq, [0, 0, 0, 0, null], policy, out var noAcuity).Should().BeTrue();
        noAcuity!.Value.Findings.Should().BeEmpty("the acuity question is only asked after a yes");
    }

    [Fact]
    public void TryScore_PhqAItemNineMissing_WarnsUnderItsOwnRule()
    {
        var policy = ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.PhqA, 2);
        Instruments.TryScore(Instrument.PhqA, [1, 1, 1, 1, 1, 1, 1, 1, null], policy, out var score).Should().BeTrue();
        score!.Value.Findings.Select(f => f.RuleId.Value).Should().Contain("OUT-PHQA-ITEM9");
        score.Value.HasErrors.Should().BeFalse("an unanswered item 9 is a screen not done");
    }

    [Fact]
    public void BuiltIns_CarryTheirVerifiedCodes()
    {
        Instrument.Phq2.PanelCode.Should().Be(Loinc.Phq2Panel);
        Instrument.Phq2.PanelCode!.Value.Code.Should().Be("55757-9");
        Instrument.Phq2.TotalCode!.Value.Code.Should().Be("55758-7");
        Instrument.PhqA.PanelCode!.Value.Code.Should().Be("89206-7");
        Instrument.PhqA.TotalCode!.Value.Code.Should().Be("89204-2");
        Instrument.Gad2.ItemCodes.Select(c => c!.Value.Code).Should().Equal("69725-0", "68509-9");
        Instrument.Gad2.TotalCode.Should().BeNull("no GAD-2 total code is verified");
        Instrument.Pcl5.PanelCode!.Value.Code.Should().Be("101697-1");
        Instrument.Pcl5.TotalCode.Should().BeNull("no PCL-5 total code is confirmed");
        Instrument.Phq8.PanelCode.Should().BeNull();
        Instrument.Phq8.TotalCode.Should().BeNull();
        Instrument.Asq.PanelCode.Should().BeNull();
        Instrument.Asq.TotalCode.Should().BeNull();
        Instrument.BuiltIn.Where(i => i.PanelCode is not null).Should().OnlyContain(i => i.PanelCode!.Value.System == "http://loinc.org");
    }

    [Theory]
    [InlineData("PHQ-9", InstrumentLicence.Free)]
    [InlineData("GAD-7", InstrumentLicence.Free)]
    [InlineData("AUDIT", InstrumentLicence.PublicDomain)] // WHO
    [InlineData("AUDIT-C", InstrumentLicence.PublicDomain)]
    [InlineData("PHQ-2", InstrumentLicence.Free)] // Pfizer, no permission needed
    [InlineData("PHQ-8", InstrumentLicence.Free)]
    [InlineData("PHQ-A", InstrumentLicence.Free)]
    [InlineData("GAD-2", InstrumentLicence.Free)]
    [InlineData("PCL-5", InstrumentLicence.PublicDomain)] // VA National Center for PTSD
    [InlineData("ASQ", InstrumentLicence.Free)] // NIMH toolkit
    public void BuiltIn_CarriesItsLicence(string name, InstrumentLicence licence) =>
        Shipped(name).Licence.Should().Be(licence);

    [Fact]
    public void BuiltIn_HoldsTheTenShippedInstruments() =>
        Instrument.BuiltIn.Select(i => i.Name).Should().BeEquivalentTo(["PHQ-9", "GAD-7", "AUDIT", "AUDIT-C", "PHQ-2", "PHQ-8", "PHQ-A", "GAD-2", "PCL-5", "ASQ"]);

    [Theory]
    [InlineData("PHQ-2", 2, 6)]
    [InlineData("PHQ-8", 8, 24)]
    [InlineData("PHQ-A", 9, 27)]
    [InlineData("GAD-2", 2, 6)]
    [InlineData("PCL-5", 20, 80)]
    [InlineData("ASQ", 4, 4)]
    public void BuiltIn_HasItsPublishedItemsAndRange(string name, int items, int maximum)
    {
        var instrument = Shipped(name);
        instrument.ItemCount.Should().Be(items);
        instrument.MinimumTotal.Should().Be(0);
        instrument.MaximumTotal.Should().Be(maximum);
        FluentActions.Invoking(() => Instruments.ScoreTotal(instrument, maximum + 1, Policy)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");
    }

    [Fact]
    public void Licence_Undefined_IsRefused() =>
        FluentActions.Invoking(() => new Instrument("x", "1", new NodaTime.LocalDate(2026, 1, 1), [InstrumentItem.Range(0, 1)], []) { Licence = (InstrumentLicence)0 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Licence");

    [Fact]
    public void ItemCodes_OfTheWrongLength_AreRefused() =>
        FluentActions.Invoking(() => new Instrument("x", "1", new NodaTime.LocalDate(2026, 1, 1), [InstrumentItem.Range(0, 1), InstrumentItem.Range(0, 1)], []) { ItemCodes = [Loinc.Gad2Item1] })
            .Should().Throw<ArgumentException>().WithParameterName("ItemCodes");

    [Fact]
    public void SafetyItems_OnTheCarriedItemWithoutOne_AreRefused() =>
        FluentActions.Invoking(() => new Instrument("x", "1", new NodaTime.LocalDate(2026, 1, 1), [InstrumentItem.Range(0, 1)], []) { SafetyItems = [new SafetyItem(2, 1, OutcomeRules.AsqAcute)] })
            .Should().Throw<ArgumentException>().WithParameterName("SafetyItems");

    /// <summary>Scores every answer set of the instrument and counts those that differ from the oracle.</summary>
    private static int Mismatches(Instrument instrument, Func<int[], (int Total, string? Band, bool? Screen, bool Safety)> oracle)
    {
        var items = new int[instrument.ItemCount];
        var mismatches = 0;
        var count = 0;
        while (true)
        {
            var score = Instruments.Score(instrument, items, Policy);
            var expected = oracle(items);
            var answersKept = true;
            for (var i = 0; i < items.Length; i++)
            {
                answersKept &= score.AnswerOf(i + 1) == items[i];
            }

            var ok = score.Total == expected.Total
                && score.Band?.Name == expected.Band
                && score.PositiveScreen == expected.Screen
                && score.SafetyConcern == expected.Safety
                && score.HasErrors == expected.Safety
                && score.Findings.Count == (expected.Safety ? 1 : 0)
                && answersKept;
            mismatches += ok ? 0 : 1;
            count++;

            // Odometer over each item's accepted values (0..3 for these instruments).
            var position = 0;
            while (position < items.Length && items[position] == instrument.Items[position].Maximum)
            {
                items[position] = 0;
                position++;
            }

            if (position == items.Length)
            {
                break;
            }

            items[position]++;
        }

        count.Should().Be((int)Math.Pow(4, instrument.ItemCount), "every answer set was scored");
        return mismatches;
    }

    private static string Phq9Band(int total) => total switch
    {
        <= 4 => "Minimal",
        <= 9 => "Mild",
        <= 14 => "Moderate",
        <= 19 => "Moderately severe",
        _ => "Severe",
    };

    private static Rule RuleOf(string id) =>
        typeof(OutcomeRules).GetProperties().Select(p => (Rule)p.GetValue(null)!).Single(r => r.Id.Value == id);

    private static Instrument Shipped(string name) => Instrument.BuiltIn.Single(i => i.Name == name);

    /// <summary>Items in [0, max] summing to total, filled from the first item.</summary>
    private static int[] Spread(int total, int count, int max)
    {
        var items = new int[count];
        for (var i = 0; i < count && total > 0; i++)
        {
            items[i] = Math.Min(max, total);
            total -= items[i];
        }

        return items;
    }
}
