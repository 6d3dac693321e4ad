using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

public sealed class InstrumentScoringTests
{
    private static readonly ScoringPolicy Policy = ScoringPolicy.Default;

    public static TheoryData<int> Phq9Totals() => [.. Enumerable.Range(0, 28)];

    public static TheoryData<int> Gad7Totals() => [.. Enumerable.Range(0, 22)];

    public static TheoryData<int> AuditTotals() => [.. Enumerable.Range(0, 41)];

    [Theory]
    [MemberData(nameof(Phq9Totals))]
    public void Score_EveryPhq9Total_HasItsKroenkeBand(int total)
    {
        // Exhaustive over 0..27 (OUT-PHQ9-RANGE): bands 0-4, 5-9, 10-14, 15-19, 20-27, pinned at total 0 too.
        var expected = total switch
        {
            <= 4 => "Minimal",
            <= 9 => "Mild",
            <= 14 => "Moderate",
            <= 19 => "Moderately severe",
            _ => "Severe",
        };
        // Items 1-8 carry up to 24; totals 25-27 need item 9 as well.
        var items = Spread(Math.Min(total, 24), 8, 3).Append(Math.Max(0, total - 24)).ToArray();
        var fromItems = Instruments.Score(Instrument.Phq9, items, Policy);
        var fromTotal = Instruments.ScoreTotal(Instrument.Phq9, total, Policy);
        fromItems.Total.Should().Be(total);
        fromItems.Band!.Name.Should().Be(expected);
        fromTotal.Band!.Name.Should().Be(expected);
        fromItems.Band.Contains(total).Should().BeTrue();
        fromItems.PositiveScreen.Should().Be(total >= 10);
        fromTotal.IsTotalOnly.Should().BeTrue();
        fromItems.IsTotalOnly.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Gad7Totals))]
    public void Score_EveryGad7Total_HasItsBandAndScreen(int total)
    {
        // Exhaustive over 0..21 (OUT-GAD7-RANGE): cut points 5, 10, 15; positive at 10.
        var expected = total switch
        {
            < 5 => "Minimal",
            < 10 => "Mild",
            < 15 => "Moderate",
            _ => "Severe",
        };
        var score = Instruments.Score(Instrument.Gad7, Spread(total, 7, 3), Policy);
        score.Total.Should().Be(total);
        score.Band!.Name.Should().Be(expected);
        score.PositiveScreen.Should().Be(total >= 10);
        score.Code.Should().Be(Iop.Domain.Coding.Loinc.Gad7Total);
        score.Findings.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AuditTotals))]
    public void FromTotal_EveryAuditTotal_HasItsWhoZone(int total)
    {
        // Exhaustive over 0..40 (OUT-AUDIT-RANGE): zones 0-7, 8-15, 16-19, 20-40.
        var expected = total switch
        {
            <= 7 => "Zone I",
            <= 15 => "Zone II",
            <= 19 => "Zone III",
            _ => "Zone IV",
        };
        var score = Instruments.ScoreTotal(Instrument.Audit, total, Policy);
        score.Band!.Name.Should().Be(expected);
        score.PositiveScreen.Should().Be(total >= 8);
        score.Code.Should().Be(Iop.Domain.Coding.Loinc.AuditTotal, "LOINC 75624-7 is the AUDIT total");
    }

    [Fact]
    public void Score_AuditItemsNineAndTen_AcceptOnlyZeroTwoFour()
    {
        // Exhaustive over -1..5 on each of items 9 and 10: only 0, 2 and 4 are valid answers.
        for (var item = 8; item <= 9; item++)
        {
            for (var value = -1; value <= 5; value++)
            {
                var items = new int[10];
                items[item] = value;
                var act = () => Instruments.Score(Instrument.Audit, items, Policy);
                if (value is 0 or 2 or 4)
                {
                    act().Total.Should().Be(value);
                }
                else
                {
                    act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items");
                }
            }
        }
    }

    [Fact]
    public void Score_AuditMaximum_IsFortyInZoneFour()
    {
        int[] items = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4];
        var score = Instruments.Score(Instrument.Audit, items, Policy);
        score.Total.Should().Be(40);
        score.Band!.Name.Should().Be("Zone IV");
    }

    [Theory]
    [InlineData(3, Sex.Male, false)] // one below the men's default threshold of 4
    [InlineData(4, Sex.Male, true)] // exactly the men's threshold
    [InlineData(2, Sex.Female, false)] // one below the women's default threshold of 3
    [InlineData(3, Sex.Female, true)] // exactly the women's threshold
    public void Score_AuditC_UsesThePublishedThresholdForSex(int total, Sex sex, bool positive)
    {
        var items = Spread(total, 3, 4);
        Instruments.Score(Instrument.AuditC, items, Policy, sex).PositiveScreen.Should().Be(positive);
    }

    [Fact]
    public void Score_AuditCWithoutSex_LeavesTheScreenUndetermined() =>
        Instruments.Score(Instrument.AuditC, [2, 2, 2], Policy).PositiveScreen.Should().BeNull();

    [Fact]
    public void Score_AuditCWithPolicyThreshold_UsesIt()
    {
        // A population-specific threshold (for example >= 3 for men in the Namibian sample of Seth et al.).
        var policy = Policy.WithScreenCutOffsBySex(Instrument.AuditC, male: 3, female: 3);
        Instruments.Score(Instrument.AuditC, [1, 1, 1], policy, Sex.Male).PositiveScreen.Should().BeTrue();
        Instruments.Score(Instrument.AuditC, [1, 1, 1], Policy, Sex.Male).PositiveScreen.Should().BeFalse();
    }

    [Theory]
    [InlineData(1)] // "several days": the lowest answer that is still above 0
    [InlineData(2)]
    [InlineData(3)]
    public void Score_Phq9ItemNineAboveZero_IsASafetyFindingWhateverTheTotal(int item9)
    {
        int[] items = [0, 0, 0, 0, 0, 0, 0, 0, item9];
        var score = Instruments.Score(Instrument.Phq9, items, Policy);
        score.Band!.Name.Should().Be("Minimal", "the total is minimal, yet the finding must still be raised");
        score.SafetyConcern.Should().BeTrue();
        score.Findings.Should().ContainSingle().Which.RuleId.Value.Should().Be("OUT-PHQ9-ITEM9");
        score.Findings[0].Severity.Should().Be(Iop.Domain.Rules.Severity.Error, "alerting keyed on severity must never mute a positive item 9");
    }

    [Fact]
    public void Score_Phq9ItemNineZero_HasNoFinding()
    {
        int[] items = [3, 3, 3, 3, 3, 3, 3, 3, 0];
        var score = Instruments.Score(Instrument.Phq9, items, Policy);
        score.Total.Should().Be(24);
        score.SafetyConcern.Should().BeFalse();
        score.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Score_Phq9WithDifficultyItem_CarriesItWithoutSumming()
    {
        int[] items = [1, 1, 1, 1, 1, 1, 1, 1, 0, 3];
        var score = Instruments.Score(Instrument.Phq9, items, Policy);
        score.Total.Should().Be(8);
        score.CarriedAnswer.Should().Be(3);
        score.AnsweredItems.Should().Be(9);
    }

    [Theory]
    [InlineData("PHQ-9", 8)] // one short
    [InlineData("PHQ-9", 11)] // one past the optional difficulty item
    [InlineData("GAD-7", 8)] // the GAD-7 takes no extra item
    [InlineData("AUDIT", 9)]
    [InlineData("AUDIT-C", 10)] // a full AUDIT passed as AUDIT-C
    public void Score_WrongItemCount_ThrowsForItems(string instrument, int count) =>
        FluentActions.Invoking(() => Instruments.Score(Shipped(instrument), new int[count], Policy))
            .Should().Throw<ArgumentException>().WithParameterName("items");

    [Theory]
    [InlineData("PHQ-9", 4)] // one above the 0-3 range
    [InlineData("PHQ-9", -1)]
    [InlineData("GAD-7", 4)]
    [InlineData("AUDIT-C", 5)] // one above the 0-4 range
    [InlineData("AUDIT", 99)]
    public void Score_ItemOutOfRange_ThrowsWithoutEchoingTheValue(string name, int value)
    {
        var instrument = Shipped(name);
        var items = new int[instrument.ItemCount];
        items[0] = value;
        FluentActions.Invoking(() => Instruments.Score(instrument, items, Policy))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items")
            .Which.Message.Should().NotContain("99");
    }

    [Fact]
    public void Score_Phq9DifficultyOutOfRange_Throws() =>
        FluentActions.Invoking(() => Instruments.Score(Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 4], Policy))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items");

    [Theory]
    [InlineData("PHQ-9", 28)] // one past the maximum of 27
    [InlineData("GAD-7", 22)]
    [InlineData("AUDIT", 41)]
    [InlineData("AUDIT-C", 13)]
    [InlineData("PHQ-9", -1)]
    public void FromTotal_OutOfRange_ThrowsForTotal(string instrument, int total) =>
        FluentActions.Invoking(() => Instruments.ScoreTotal(Shipped(instrument), total, Policy))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("total");

    [Fact]
    public void Score_UndefinedInstrumentOrSex_Throws()
    {
        FluentActions.Invoking(() => Instruments.ScoreTotal(null!, 1, Policy)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        FluentActions.Invoking(() => Instruments.ScoreTotal(Instrument.AuditC, 1, Policy, (Sex)3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sex");
        FluentActions.Invoking(() => Instruments.ScoreTotal(Instrument.AuditC, 1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
    }

    [Fact]
    public void TryScore_MissingItemUnderDefaultPolicy_Refuses()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, 1, null, 0];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Default, out _).Should().BeFalse();
    }

    [Fact]
    public void TryScore_TwoMissingPhq9ItemsWhenProrating_ProratesHalfUp()
    {
        // 7 answered items summing to 10: 10 * 9 / 7 = 12.86, prorated to 13.
        int?[] items = [2, 2, 2, 2, 1, 1, null, null, 0];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out var score).Should().BeTrue();
        score!.Value.Total.Should().Be(13);
        score.Value.IsProrated.Should().BeTrue();
        score.Value.AnsweredItems.Should().Be(7);
        score.Value.Findings.Select(f => f.RuleId.Value).Should().Equal("OUT-PHQ9-PRORATE");
    }

    [Fact]
    public void TryScore_ExactHalf_RoundsUp()
    {
        // 8 answered items summing to 4: 4 * 9 / 8 = 4.5, which rounds half up to 5 (mild, not minimal).
        int?[] items = [1, 1, 1, 1, 0, 0, 0, null, 0];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out var score).Should().BeTrue();
        score!.Value.Total.Should().Be(5);
        score.Value.Band!.Name.Should().Be("Mild");
    }

    [Fact]
    public void TryScore_ThreeMissingPhq9Items_RefusesEvenWhenProrating()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, null, null, null];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out _).Should().BeFalse();
    }

    [Fact]
    public void TryScore_MissingItemNine_WarnsThatSafetyWasNotScreened()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, 1, 1, null];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Prorating, out var score).Should().BeTrue();
        score!.Value.SafetyItemUnanswered.Should().BeTrue();
        score.Value.SafetyConcern.Should().BeFalse();
        score.Value.Findings.Select(f => f.RuleId.Value).Should().Equal("OUT-PHQ9-ITEM9", "OUT-PHQ9-PRORATE");
        score.Value.Findings[0].Severity.Should().Be(Iop.Domain.Rules.Severity.Warning, "an unanswered item 9 is a screen not done, not a positive answer");
    }

    [Fact]
    public void TryScore_Gad7MissingItem_IsRefusedByDefaultLimitEvenWhenProrating()
    {
        int?[] items = [1, 1, 1, 1, 1, 1, null];
        Instruments.TryScore(Instrument.Gad7, items, ScoringPolicy.Prorating, out _).Should().BeFalse("no GAD-7 proration limit is shipped");
        Instruments.TryScore(Instrument.Gad7, items, ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Gad7, 1), out var score).Should().BeTrue();
        score!.Value.Total.Should().Be(7);
    }

    [Fact]
    public void TryScore_CompleteItems_EqualsScore()
    {
        int?[] items = [3, 2, 1, 0, 3, 2, 1, 0, 1];
        Instruments.TryScore(Instrument.Phq9, items, ScoringPolicy.Default, out var score).Should().BeTrue();
        score!.Value.Should().Be(Instruments.Score(Instrument.Phq9, [3, 2, 1, 0, 3, 2, 1, 0, 1], ScoringPolicy.Default));
    }

    [Fact]
    public void ScoringPolicy_OutOfRangeValues_ThrowNamingTheProperty()
    {
        FluentActions.Invoking(() => ScoringPolicy.Default.WithMaximumMissingItems(Instrument.Phq9, 9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumMissing");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 4, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("female");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 13, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("male");
        FluentActions.Invoking(() => ScoringPolicy.Default with { MissingItems = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MissingItems");
    }

    [Fact]
    public void Observation_Phq9_HasUsCoreFacts()
    {
        var score = Instruments.ScoreTotal(Instrument.Phq9, 12, Policy);
        score.Code!.Value.Code.Should().Be("44261-6");
        score.Code!.Value.System.Should().Be("http://loinc.org");
        Instruments.ObservationUnit.Should().Be("{score}");
        Instruments.ObservationCategory.Code.Should().Be("survey");
        Instruments.ObservationCategory.System.Should().Be("http://terminology.hl7.org/CodeSystem/observation-category");
        score.ToString().Should().Be("PHQ-9 12 (Moderate)");
    }

    [Fact]
    public void ScoreBam_PublishedSubscales_SumTheirItems()
    {
        // Items 1..17 = 1..17 mod 5 so every subscale sum is distinct; item 7 is ignored (set out of range on purpose).
        int[] items = [1, 2, 3, 4, 0, 1, 99, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2];
        var bam = Instruments.ScoreBam(items);
        bam.Use.Should().Be(4 + 0 + 1);
        bam.Risk.Should().Be(1 + 2 + 3 + 3 + 1 + 0);
        bam.Protective.Should().Be(4 + 0 + 2 + 3 + 4 + 1);
        bam.Satisfaction.Should().Be(2);
    }

    [Fact]
    public void ScoreBam_WrongCountOrRange_Throws()
    {
        FluentActions.Invoking(() => Instruments.ScoreBam(new int[16])).Should().Throw<ArgumentException>().WithParameterName("items");
        var items = new int[17];
        items[16] = 5;
        FluentActions.Invoking(() => Instruments.ScoreBam(items)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("items");
    }

    [Fact]
    public void Score_CompleteItems_AllocatesNothing()
    {
        int[] items = [1, 2, 3, 0, 1, 2, 3, 0, 1];
        _ = Instruments.Score(Instrument.Phq9, items, Policy); // warm up (JIT, statics)
        _ = Instruments.Score(Instrument.Phq9, items, Policy).Findings;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var score = Instruments.Score(Instrument.Phq9, items, Policy);
        var findings = score.Findings;
        var after = GC.GetAllocatedBytesForCurrentThread();
        (after - before).Should().Be(0);
        findings.Should().HaveCount(1);
    }

    [Fact]
    public void InstrumentScore_EqualityContract()
    {
        var a = Instruments.ScoreTotal(Instrument.Phq9, 12, Policy);
        ContractAssertions.Equality(
            a,
            Instruments.ScoreTotal(Instrument.Phq9, 12, Policy),
            Instruments.ScoreTotal(Instrument.Phq9, 13, Policy),
            Instruments.ScoreTotal(Instrument.Gad7, 12, Policy),
            Instruments.Score(Instrument.Phq9, [2, 2, 2, 2, 2, 2, 0, 0, 0], Policy));
    }

    [Property]
    public Property Score_IsMonotonicInEachItem() => Prop.ForAll(
        Gen.Choose(0, 3).ArrayOf(9).Zip(Gen.Choose(0, 8)).ToArbitrary(),
        t =>
        {
            var (items, index) = t;
            var raised = (int[])items.Clone();
            raised[index] = Math.Min(3, raised[index] + 1);
            var before = Instruments.Score(Instrument.Phq9, items, Policy);
            var after = Instruments.Score(Instrument.Phq9, raised, Policy);
            return after.Total >= before.Total && after.Band!.Minimum >= before.Band!.Minimum && before.Total == items.Sum();
        });

    private static Instrument Shipped(string name) =>
        new[] { Instrument.Phq9, Instrument.Gad7, Instrument.Audit, Instrument.AuditC }.Single(i => i.Name == name);

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
