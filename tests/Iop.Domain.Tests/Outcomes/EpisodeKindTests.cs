using Iop.Domain.Coding;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The kinds the cohort fold counts episodes by (decision 0089), exhaustively over every combination of the facts
/// each kind stands for: a tally added to a summary counts, by name, what the rules say it counts, and nothing
/// else. The oracle is written rule by rule, one named count at a time, as the fold counted before it counted kinds.
/// </summary>
public sealed class EpisodeKindTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly bool?[] Outcomes = [null, false, true];

    public static TheoryData<bool, TedsDischargeReason?, bool, bool> Dispositions()
    {
        var data = new TheoryData<bool, TedsDischargeReason?, bool, bool>();
        TedsDischargeReason?[] reasons = [null, .. Enum.GetValues<TedsDischargeReason>().Cast<TedsDischargeReason?>()];
        foreach (var discharged in new[] { false, true })
        {
            foreach (var reason in reasons)
            {
                foreach (var (down, up) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    data.Add(discharged, reason, down, up);
                }
            }
        }

        return data;
    }

    public static TheoryData<bool?, bool?, bool?, bool?> Windows()
    {
        var data = new TheoryData<bool?, bool?, bool?, bool?>();
        foreach (var shortFollow in Outcomes)
        {
            foreach (var longFollow in Outcomes)
            {
                foreach (var initiated in Outcomes)
                {
                    foreach (var engaged in Outcomes)
                    {
                        data.Add(shortFollow, longFollow, initiated, engaged);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>Every change: none, or a baseline with each of measured, a follow-up, eligible, response and remission, by each category.</summary>
    public static TheoryData<int> Changes() => [.. Enumerable.Range(0, 1 + (32 * 5))];

    [Fact]
    public void Kinds_FitTheirTables()
    {
        var dispositions = Dispositions().Select(row => EpisodeKind.DispositionOf(Facts((bool)row[0], (bool)row[2], (bool)row[3]), (TedsDischargeReason?)row[1])).ToList();
        dispositions.Distinct().Should().HaveCount(EpisodeKind.Dispositions, "an open episode's reason is not counted, every other combination is a kind of its own");
        dispositions.Should().OnlyContain(kind => kind >= 0 && kind < EpisodeKind.Dispositions);
        var windows = Windows().Select(row => EpisodeKind.WindowsOf(Facts(false, false, false) with
        {
            FollowUpShort = (bool?)row[0], FollowUpLong = (bool?)row[1], Initiated = (bool?)row[2], Engaged = (bool?)row[3],
        })).ToList();
        windows.Should().OnlyHaveUniqueItems().And.HaveCount(EpisodeKind.Windows).And.OnlyContain(kind => kind >= 0 && kind < EpisodeKind.Windows);
        Enumerable.Range(0, 1 + (32 * 5)).Select(combination => EpisodeKind.ChangeOf(Change(combination)))
            .Should().OnlyContain(kind => kind >= 0 && kind < EpisodeKind.Changes);
    }

    [Theory]
    [MemberData(nameof(Dispositions))]
    public void Disposition_CountsTheDischargeItsReasonAndTheSteps(bool discharged, TedsDischargeReason? reason, bool down, bool up)
    {
        var counts = CountsOf(new EpisodeTally { Facts = Facts(discharged, down, up), DischargeReason = reason, Change = ChangeCore.None });

        var expected = Expected();
        expected["open"] = discharged ? 0 : 2;
        expected["discharged"] = discharged ? 2 : 0;
        if (discharged && reason is { } r)
        {
            expected["discharged" + r] = 2;
        }

        expected["steppedDown"] = down ? 2 : 0;
        expected["steppedUp"] = up ? 2 : 0;
        expected["initiationKnown"] = expected["engagementKnown"] = 2; // the facts' initiation and engagement: known, not met
        counts.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void Windows_CountEachOutcomeKnownAndMet(bool? shortFollow, bool? longFollow, bool? initiated, bool? engaged)
    {
        var facts = Facts(true, false, false) with { FollowUpShort = shortFollow, FollowUpLong = longFollow, Initiated = initiated, Engaged = engaged };
        var counts = CountsOf(new EpisodeTally { Facts = facts, Change = ChangeCore.None });

        var expected = Expected();
        expected["discharged"] = 2;
        foreach (var (name, outcome) in new[] { ("followUpShort", shortFollow), ("followUpLong", longFollow), ("initiation", initiated), ("engagement", engaged) })
        {
            expected[name + "Known"] = outcome.HasValue ? 2 : 0;
            expected[name + "Met"] = outcome == true ? 2 : 0;
        }

        counts.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Change_CountsTheBaselineTheResponseAndTheCategory(int combination)
    {
        var change = Change(combination);
        var counts = CountsOf(new EpisodeTally { Facts = Facts(false, false, false), Change = change });

        var expected = Expected();
        expected["open"] = 2;
        expected["initiationKnown"] = expected["engagementKnown"] = 2;
        if (change.HasBaseline)
        {
            expected["withBaseline"] = 2;
            expected["measured"] = change.LatestIndex > change.BaselineIndex ? 2 : 0;
            expected["responseEligible"] = change.Eligible && change.HasFollowUp ? 2 : 0;
            expected["responders"] = change.Response ? 2 : 0;
            expected["remitters"] = change.Remission ? 2 : 0;
            expected["reliableChangeEvaluated"] = change.Category != 0 ? 2 : 0;
            expected["improved"] = change.Category is ChangeCategory.Improved or ChangeCategory.Recovered ? 2 : 0;
            expected["recovered"] = change.Category == ChangeCategory.Recovered ? 2 : 0;
            expected["deteriorated"] = change.Category == ChangeCategory.Deteriorated ? 2 : 0;
        }

        counts.Should().Equal(expected);
    }

    [Theory]
    [InlineData(null, 0)] // unknown
    [InlineData(false, 1)] // not met
    [InlineData(true, 2)] // met
    public void Facts_HoldEachOutcomeAsItsState(bool? outcome, int expected)
    {
        var state = (OutcomeState)expected;
        var facts = new EpisodeFacts { FollowUpShort = outcome, FollowUpLong = outcome, Initiated = outcome, Engaged = outcome };
        new[] { facts.FollowUpShortState, facts.FollowUpLongState, facts.InitiationState, facts.EngagementState }.Should().OnlyContain(s => s == state);
        new[] { facts.FollowUpShort, facts.FollowUpLong, facts.Initiated, facts.Engaged }.Should().OnlyContain(o => o == outcome);
    }

    [Fact]
    public void AttendedSessions_AreAddedUp()
    {
        var tally = new EpisodeTally { Facts = Facts(false, false, false), AttendedSessions = 7, Change = ChangeCore.None };
        CountsOf(tally)["attendedSessions"].Should().Be(14);
    }

    /// <summary>The named counts of a summary of the tally added twice (so that a count of 1 where 2 is due fails).</summary>
    private static IReadOnlyDictionary<string, long> CountsOf(in EpisodeTally tally)
    {
        var accumulator = new CohortAccumulator(CohortCriteria.Phq9HedisStyle2025, AsOf);
        accumulator.Add(tally);
        accumulator.Add(tally);
        var summary = accumulator.ToSummary();
        summary.Episodes.Should().Be(2);
        return summary.Counts;
    }

    private static Dictionary<string, long> Expected()
    {
        var expected = CohortSummary.CountNames.ToDictionary(name => name, _ => 0L, StringComparer.Ordinal);
        expected["episodes"] = 2;
        return expected;
    }

    private static EpisodeFacts Facts(bool discharged, bool down, bool up) => new()
    {
        LengthOfStay = 10,
        Discharged = discharged,
        SteppedDown = down,
        SteppedUp = up,
        Initiated = false,
        Engaged = false,
    };

    /// <summary>Combination 0 is no baseline; the others are a baseline with five flags (bits) and a category (0 to 4).</summary>
    private static ChangeCore Change(int combination)
    {
        if (combination == 0)
        {
            return ChangeCore.None;
        }

        var flags = (combination - 1) / 5;
        var category = (ChangeCategory)((combination - 1) % 5);
        var measured = (flags & 1) != 0;
        var followUp = (flags & 2) != 0;
        return new ChangeCore(
            baseline: 0,
            followUp: followUp ? 1 : -1,
            latest: measured ? 1 : 0,
            eligible: (flags & 4) != 0,
            response: (flags & 8) != 0,
            remission: (flags & 16) != 0,
            rci: double.NaN,
            category: category,
            notOnTrack: false);
    }
}
