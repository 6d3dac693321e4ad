using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The scoring state that is public data: a policy's per-instrument entries, the policy and sex a score was made
/// under, and which safety items carry a built-in item's wording.
/// </summary>
public sealed class ScoringStateTests
{
    private static readonly ScoringPolicy Empty = new("Clinic scoring", "1", new LocalDate(2025, 1, 1));

    [Fact]
    public void Entries_DefaultPolicy_AreThePublishedValues()
    {
        var policy = ScoringPolicy.Default;

        policy.MissingItemLimits.Should().ContainSingle().Which.Should().Match<MissingItemLimit>(l => l.Instrument == Instrument.Phq9 && l.MaximumMissing == 2);
        policy.ScreenCutOffsBySex.Should().ContainSingle().Which.Should().Match<SexScreenCutOffs>(c => c.Instrument == Instrument.AuditC && c.Male == 4 && c.Female == 3);
        policy.ScreenCutOffs.Should().ContainSingle().Which.Should().Match<ScreenCutOff>(c => c.Instrument == Instrument.Pcl5 && c.AtOrAbove == 33);
    }

    [Fact]
    public void Entries_NewPolicy_AreEmpty()
    {
        Empty.MissingItemLimits.Should().BeEmpty();
        Empty.ScreenCutOffsBySex.Should().BeEmpty();
        Empty.ScreenCutOffs.Should().BeEmpty();
    }

    [Fact]
    public void WithMaximumMissingItems_SameInstrumentTwice_KeepsOneEntryWithTheLaterLimit()
    {
        var policy = Empty.WithMaximumMissingItems(Instrument.Gad7, 1).WithMaximumMissingItems(Instrument.Phq9, 2).WithMaximumMissingItems(Instrument.Gad7, 3);

        policy.MissingItemLimits.Select(l => (l.Instrument.Name, l.MaximumMissing)).Should().Equal(("PHQ-9", 2), ("GAD-7", 3));
    }

    [Fact]
    public void Entries_ReadOnlyLists_CannotChangeThePolicy()
    {
        var list = ScoringPolicy.Default.MissingItemLimits;

        list.Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<MissingItemLimit>>();
        ScoringPolicy.Default.WithScreenCutOff(Instrument.Pcl5, 31).ScreenCutOffs.Single().AtOrAbove.Should().Be(31);
        ScoringPolicy.Default.ScreenCutOffs.Single().AtOrAbove.Should().Be(33);
    }

    [Fact]
    public void Entries_ToString_NamesTheInstrumentAndNumbers()
    {
        ScoringPolicy.Default.MissingItemLimits[0].ToString().Should().Be("PHQ-9: at most 2 missing");
        ScoringPolicy.Default.ScreenCutOffsBySex[0].ToString().Should().Be("AUDIT-C: men 4, women 3");
        ScoringPolicy.Default.ScreenCutOffs[0].ToString().Should().Be("PCL-5: positive at 33");
    }

    [Fact]
    public void Score_EveryEntryPoint_RecordsThePolicyAndSex()
    {
        var policy = ScoringPolicy.Prorating;
        int?[] missingOne = [1, 1, null, 1, 1, 1, 1, 1, 0];

        Instruments.Score(Instrument.AuditC, [1, 1, 1], policy, Sex.Female).Should().Match<InstrumentScore>(s => s.Policy == policy && s.Sex == Sex.Female);
        Instruments.ScoreTotal(Instrument.Phq9, 10, policy).Should().Match<InstrumentScore>(s => s.Policy == policy && s.Sex == null);
        Instruments.TryScore(Instrument.Phq9, missingOne, policy, out var prorated, Sex.Male).Should().BeTrue();
        prorated!.Value.Should().Match<InstrumentScore>(s => ReferenceEquals(s.Policy, policy) && s.Sex == Sex.Male);
    }

    [Fact]
    public void Equals_SameAnswersUnderAnotherPolicyOrSex_IsNotEqual()
    {
        int[] items = [1, 1, 1];
        var score = Instruments.Score(Instrument.AuditC, items, ScoringPolicy.Default, Sex.Male);

        score.Should().Be(Instruments.Score(Instrument.AuditC, items, ScoringPolicy.Default, Sex.Male));
        score.Should().NotBe(Instruments.Score(Instrument.AuditC, items, ScoringPolicy.Prorating, Sex.Male));
        score.Should().NotBe(Instruments.Score(Instrument.AuditC, items, ScoringPolicy.Default, Sex.Female));
    }

    [Fact]
    public void Default_InstrumentScore_HasNoPolicyOrSex()
    {
        default(InstrumentScore).Policy.Should().BeNull();
        default(InstrumentScore).Sex.Should().BeNull();
    }

    [Fact]
    public void BuiltIn_SafetyItems_AreTheNamedItemsAndTheBuiltInInstruments()
    {
        var fromInstruments = Instrument.BuiltIn.SelectMany(i => i.SafetyItems).Distinct().ToArray();

        SafetyItem.BuiltIn.Should().Contain([SafetyItem.Phq9ItemNine, SafetyItem.PhqAItemNine, SafetyItem.AsqAcuity]);
        SafetyItem.BuiltIn.Should().BeEquivalentTo(fromInstruments);
        SafetyItem.BuiltIn.Select(i => (i.Rule.Id, i.Number)).Should().OnlyHaveUniqueItems();
        Instrument.Asq.SafetyItems.Take(4).Should().Equal(SafetyItem.BuiltIn.Where(i => i.Rule == OutcomeRules.AsqPositive));
    }

    [Fact]
    public void HasBuiltInWording_EveryBuiltInAndACopyWithAnotherCode_IsTrue()
    {
        SafetyItem.BuiltIn.Should().OnlyContain(i => i.HasBuiltInWording);
        (SafetyItem.Phq9ItemNine with { Code = null }).HasBuiltInWording.Should().BeTrue();
    }

    [Fact]
    public void HasBuiltInWording_ItemMadeByTheConstructor_IsFalseEvenWithABuiltInsRuleAndNumber()
    {
        new SafetyItem(9, 1, OutcomeRules.Phq9ItemNine).HasBuiltInWording.Should().BeFalse();
        new SafetyItem(2, 1, OutcomeRules.AsqPositive).HasBuiltInWording.Should().BeFalse();
    }
}
