using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// A safety item carries a built-in item's wording only when number, threshold, rule and both findings all match
/// one built-in item: matching some of them is not enough.
/// </summary>
public sealed class SafetyItemWordingTests
{
    private static readonly SafetyItem Builtin = SafetyItem.Phq9ItemNine;

    [Fact]
    public void HasBuiltInWording_EveryPartMatching_IsTrue() =>
        new SafetyItem(Builtin.Number, Builtin.ConcernAtOrAbove, Builtin.Rule, Builtin.Concern.Message, Builtin.Unanswered.Message).HasBuiltInWording.Should().BeTrue();

    [Fact]
    public void HasBuiltInWording_OnlyTheUnansweredFindingDiffering_IsFalse() =>
        new SafetyItem(Builtin.Number, Builtin.ConcernAtOrAbove, Builtin.Rule, Builtin.Concern.Message, "Another unanswered message.").HasBuiltInWording.Should().BeFalse();

    [Fact]
    public void HasBuiltInWording_OnlyTheConcernFindingDiffering_IsFalse() =>
        new SafetyItem(Builtin.Number, Builtin.ConcernAtOrAbove, Builtin.Rule, "Another concern message.", Builtin.Unanswered.Message).HasBuiltInWording.Should().BeFalse();

    [Fact]
    public void HasBuiltInWording_BuiltInNumberThresholdAndRuleWithTheGenericMessages_IsFalse() =>
        new SafetyItem(Builtin.Number, Builtin.ConcernAtOrAbove, Builtin.Rule).HasBuiltInWording.Should().BeFalse();

    [Fact]
    public void HasBuiltInWording_OnlyTheNumberDiffering_IsFalse() =>
        // Item 8 with item 9's threshold, rule and wording.
        new SafetyItem(8, Builtin.ConcernAtOrAbove, Builtin.Rule, Builtin.Concern.Message, Builtin.Unanswered.Message).HasBuiltInWording.Should().BeFalse();

    [Fact]
    public void HasBuiltInWording_OnlyTheThresholdDiffering_IsFalse() =>
        // A concern at 2 or more with item 9's number, rule and wording.
        new SafetyItem(Builtin.Number, 2, Builtin.Rule, Builtin.Concern.Message, Builtin.Unanswered.Message).HasBuiltInWording.Should().BeFalse();
}
