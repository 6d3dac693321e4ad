using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="CohortSummary"/> at its edges: the empty cohort has no estimates, a merge is refused with a fixed
/// text for another report date, and <see cref="CohortSummary.FromState"/> adds up every discharge reason and every
/// open bucket, accepting a part exactly as large as its whole.
/// </summary>
public sealed class CohortSummaryEdgeTests
{
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    /// <summary>Ten episodes, four open and six discharged (three completed, three dropped out).</summary>
    private static Dictionary<string, long> Counts() => new(StringComparer.Ordinal)
    {
        ["episodes"] = 10, ["open"] = 4, ["discharged"] = 6,
        ["dischargedTreatmentCompleted"] = 3, ["dischargedDroppedOut"] = 3, ["dischargedTerminatedByFacility"] = 0, ["dischargedTransferred"] = 0,
        ["dischargedIncarcerated"] = 0, ["dischargedDeath"] = 0, ["dischargedOther"] = 0,
        ["steppedDown"] = 0, ["steppedUp"] = 0,
        ["followUpShortKnown"] = 0, ["followUpShortMet"] = 0, ["followUpLongKnown"] = 0, ["followUpLongMet"] = 0,
        ["initiationKnown"] = 0, ["initiationMet"] = 0, ["engagementKnown"] = 0, ["engagementMet"] = 0,
        ["withBaseline"] = 10, ["measured"] = 10, ["responseEligible"] = 10, ["responders"] = 5, ["remitters"] = 5,
        ["reliableChangeEvaluated"] = 10, ["improved"] = 5, ["recovered"] = 5, ["deteriorated"] = 5, ["attendedSessions"] = 120,
    };

    /// <summary>Buckets of the horizon, with the given counts on days 1, 2, ….</summary>
    private static long[] Buckets(params long[] fromDayOne)
    {
        var buckets = new long[Criteria.HorizonDays + 1];
        fromDayOne.CopyTo(buckets, 1);
        return buckets;
    }

    private static CohortSummary Read(IReadOnlyDictionary<string, long> counts, long[]? discharges = null, long[]? open = null) =>
        CohortSummary.FromState(Criteria, AsOf, counts, discharges ?? Buckets(6), open ?? Buckets(4), 0);

    private static CohortSummary Empty() => CohortMetrics.Summarize(Array.Empty<Episode<string>>(), Criteria, AsOf);

    [Fact]
    public void EmptyCohort_HasNoMeanNoSurvivalNoRetentionAndNoMedian()
    {
        var summary = Empty();

        summary.Episodes.Should().Be(0);
        summary.MeanAttendedSessions.Should().BeNull();
        summary.SurvivalAt(0).Should().BeNull();
        summary.SurvivalAt(Criteria.HorizonDays).Should().BeNull();
        summary.RetentionAt(1).Should().BeNull();
        summary.MedianLengthOfStay.Should().BeNull();
    }

    [Fact]
    public void MeanAttendedSessions_IsSessionsPerEpisode() =>
        Read(Counts()).MeanAttendedSessions.Should().Be(12, "120 sessions over 10 episodes");

    [Fact]
    public void Merge_Null_ThrowsForOther() =>
        FluentActions.Invoking(() => Empty().Merge(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");

    [Fact]
    public void Merge_AnotherReportDate_IsRefusedWithItsText()
    {
        var later = CohortMetrics.Summarize(Array.Empty<Episode<string>>(), Criteria, AsOf.PlusDays(1));

        FluentActions.Invoking(() => Empty().Merge(later)).Should().Throw<ArgumentException>()
            .WithMessage("Only summaries with the same criteria and report date can be merged.*")
            .WithParameterName("other");
    }

    [Theory]
    [InlineData("dischargedTerminatedByFacility")]
    [InlineData("dischargedTransferred")]
    [InlineData("dischargedIncarcerated")]
    public void FromState_OneMoreDischargeReasonThanDischarges_IsRefused(string reason)
    {
        // Three completed and three dropped out already make up the six discharges: a seventh reason is one too many.
        var counts = Counts();
        counts[reason] = 1;

        FluentActions.Invoking(() => Read(counts)).Should().Throw<ArgumentException>()
            .WithMessage("The counts contradict each other*").WithParameterName("counts");
    }

    [Fact]
    public void FromState_EveryEvaluatedEpisodeImproved_IsAccepted()
    {
        var counts = Counts();
        counts["improved"] = 10; // as many as were evaluated
        counts["deteriorated"] = 0;

        Read(counts).ReliableImprovementRate.Should().Be(new Proportion(10, 10));
    }

    [Fact]
    public void FromState_OpenEpisodesInSeveralBuckets_AreAddedUp()
    {
        // Four open episodes observed 1, 2, 2 and 3 days; six discharges after 1 to 3 days.
        var summary = Read(Counts(), Buckets(2, 2, 2), Buckets(1, 2, 1));

        summary.OpenByDay.Sum().Should().Be(4);
        summary.SurvivalAt(1).Should().Be(0.8, "2 of 10 discharged after day 1");
    }

    [Fact]
    public void FromState_MoreOpenBucketsThanOpenEpisodes_IsRefused()
    {
        // Five open episodes in the buckets (3 and 2) but four counted open; five discharges, so the episodes add up.
        FluentActions.Invoking(() => Read(Counts(), Buckets(5), Buckets(3, 2))).Should().Throw<ArgumentException>()
            .WithMessage("The counts contradict each other*").WithParameterName("counts");
    }

    [Fact]
    public void FromState_MoreDischargeBucketsThanDischarges_IsRefused()
    {
        // Seven discharges in the buckets (4 and 3) but six counted discharged; three open, so the episodes add up.
        FluentActions.Invoking(() => Read(Counts(), Buckets(4, 3), Buckets(3))).Should().Throw<ArgumentException>()
            .WithMessage("The counts contradict each other*").WithParameterName("counts");
    }
}
