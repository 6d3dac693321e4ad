using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The fixed texts (no caller value in them) with which the outcome values refuse what they are given: a count
/// outside its total, an undefined discharge reason, a long follow-up window shorter than the short one, and a
/// remission threshold above the elevated one; and each edge that is still accepted.
/// </summary>
public sealed class OutcomeRefusalTextTests
{
    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Proportion_CountOutsideItsTotal_IsRefusedWithAFixedText(long count, long total) =>
        FluentActions.Invoking(() => new Proportion(count, total))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count")
            .WithMessage("Value must be in the range [0, total].*");

    [Fact]
    public void DischargeReasonCounts_UndefinedReason_IsRefusedWhenAddedAndWhenRead()
    {
        const string message = "Value must be a defined TedsDischargeReason member.*";
        var counts = new DischargeReasonCounts();

        FluentActions.Invoking(() => counts.Add((TedsDischargeReason)8, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason").WithMessage(message);
        FluentActions.Invoking(() => counts[(TedsDischargeReason)0])
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason").WithMessage(message);
        counts.Should().Be(default(DischargeReasonCounts), "a refused reason counts nothing");
    }

    [Fact]
    public void DischargeReasonCounts_EachReason_CountsInItsOwnNamedCount()
    {
        var counts = new DischargeReasonCounts();
        counts.Add(TedsDischargeReason.Transferred, 1);
        counts.Add(TedsDischargeReason.Transferred, 1);
        counts.Add(null, 1); // no recorded reason: not counted here

        counts[TedsDischargeReason.Transferred].Should().Be(2);
        counts.Transferred.Should().Be(2);
        counts[TedsDischargeReason.TreatmentCompleted].Should().Be(0);
    }

    [Fact]
    public void EpisodeCriteria_LongWindowEqualToTheShortOne_IsAccepted() =>
        // HEDIS-style short window is 7 days: a long window of 7 days is not shorter.
        (EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 7 }).FollowUpLongDays.Should().Be(7);

    [Fact]
    public void EpisodeCriteria_LongWindowShorterThanTheShortOne_IsRefusedWithAFixedText() =>
        FluentActions.Invoking(() => EpisodeCriteria.HedisStyle2025 with { FollowUpLongDays = 6 })
            .Should().Throw<ArgumentException>().WithParameterName("FollowUpLongDays")
            .WithMessage("The long follow-up window must not be shorter than the short one.*");

    [Fact]
    public void ChangeCriteria_RemissionAboveElevatedPlusOne_IsRefusedWithAFixedText() =>
        // Elevated above 9: a remission threshold of 11 would put a follow-up of 10 in remission from a baseline of 10.
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", new LocalDate(2026, 1, 1), Instrument.Phq9, elevatedAbove: 9, responseReduction: 0.5, remissionBelow: 11))
            .Should().Throw<ArgumentException>().WithParameterName("remissionBelow")
            .WithMessage("The remission threshold must not be above the elevated threshold plus one: a follow-up in remission must be below every eligible baseline.*");

    [Fact]
    public void ChangeCriteria_RemissionAtElevatedPlusOne_IsAccepted() =>
        new ChangeCriteria("c", "1", new LocalDate(2026, 1, 1), Instrument.Phq9, elevatedAbove: 9, responseReduction: 0.5, remissionBelow: 10)
            .RemissionBelow.Should().Be(10);
}
