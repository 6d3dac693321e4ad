using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="CohortSummary.FromState"/>: a state that some cohort could have produced is read back, each whole
/// exactly as large as its parts included; one more in any part, and the state is refused.
/// </summary>
public sealed class CohortSummaryFromStateTests
{
    private static readonly CohortCriteria Criteria = CohortCriteria.Phq9HedisStyle2025;
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    /// <summary>Ten episodes, four open and six discharged, with every part as large as its whole allows.</summary>
    private static Dictionary<string, long> Full() => new(StringComparer.Ordinal)
    {
        ["episodes"] = 10, ["open"] = 4, ["discharged"] = 6,
        ["dischargedTreatmentCompleted"] = 3, ["dischargedDroppedOut"] = 3, ["dischargedTerminatedByFacility"] = 0, ["dischargedTransferred"] = 0,
        ["dischargedIncarcerated"] = 0, ["dischargedDeath"] = 0, ["dischargedOther"] = 0,
        ["steppedDown"] = 10, ["steppedUp"] = 10,
        ["followUpShortKnown"] = 10, ["followUpShortMet"] = 10, ["followUpLongKnown"] = 10, ["followUpLongMet"] = 10,
        ["initiationKnown"] = 10, ["initiationMet"] = 10, ["engagementKnown"] = 10, ["engagementMet"] = 10,
        ["withBaseline"] = 10, ["measured"] = 10, ["responseEligible"] = 10, ["responders"] = 10, ["remitters"] = 10,
        ["reliableChangeEvaluated"] = 10, ["improved"] = 5, ["recovered"] = 5, ["deteriorated"] = 5, ["attendedSessions"] = 120,
    };

    private static long[] Buckets(long first)
    {
        var buckets = new long[Criteria.HorizonDays + 1];
        buckets[0] = first;
        return buckets;
    }

    private static CohortSummary Read(IReadOnlyDictionary<string, long> counts, long[]? discharges = null, long[]? open = null, long beyond = 0) =>
        CohortSummary.FromState(Criteria, AsOf, counts, discharges ?? Buckets(6), open ?? Buckets(4), beyond);

    [Fact]
    public void AStateWithEveryPartAsLargeAsItsWhole_IsReadBack_AndWrittenAgainUnchanged()
    {
        var summary = Read(Full());

        summary.Counts.Should().Equal(Full());
        summary.Episodes.Should().Be(10);
        summary.DischargesBy(Iop.Domain.Coding.TedsDischargeReason.DroppedOut).Should().Be(3);
        CohortSummary.FromState(summary.Criteria, summary.AsOf, summary.Counts, summary.DischargesByDay, summary.OpenByDay, summary.BeyondHorizon).Should().Be(summary);
    }

    [Theory]
    [InlineData("episodes")]
    [InlineData("open")]
    [InlineData("discharged")]
    [InlineData("dischargedOther")]
    [InlineData("dischargedDeath")]
    [InlineData("steppedDown")]
    [InlineData("steppedUp")]
    [InlineData("followUpShortKnown")]
    [InlineData("followUpShortMet")]
    [InlineData("followUpLongKnown")]
    [InlineData("followUpLongMet")]
    [InlineData("initiationKnown")]
    [InlineData("initiationMet")]
    [InlineData("engagementKnown")]
    [InlineData("engagementMet")]
    [InlineData("withBaseline")]
    [InlineData("measured")]
    [InlineData("responseEligible")]
    [InlineData("responders")]
    [InlineData("remitters")]
    [InlineData("reliableChangeEvaluated")]
    [InlineData("improved")]
    [InlineData("recovered")]
    [InlineData("deteriorated")]
    public void OneMoreInAnyPart_IsRefused(string name)
    {
        var counts = Full();
        counts[name]++;

        FluentActions.Invoking(() => Read(counts)).Should().Throw<ArgumentException>()
            .WithMessage("The counts contradict each other: a part is larger than its whole, or the retention buckets do not add up to the episodes.*")
            .WithParameterName("counts");
    }

    [Fact]
    public void OneMoreAttendedSession_IsAllowed_SessionsAreNoPartOfAnotherCount()
    {
        var counts = Full();
        counts["attendedSessions"]++;

        Read(counts).AttendedSessions.Should().Be(121);
    }

    [Fact]
    public void RetentionBuckets_MustAddUpToTheEpisodes_AndStayWithinTheirStatus()
    {
        FluentActions.Invoking(() => Read(Full(), beyond: 1)).Should().Throw<ArgumentException>().WithParameterName("counts");
        FluentActions.Invoking(() => Read(Full(), discharges: Buckets(7), open: Buckets(3))).Should().Throw<ArgumentException>().WithParameterName("counts");
        FluentActions.Invoking(() => Read(Full(), discharges: Buckets(5), open: Buckets(5))).Should().Throw<ArgumentException>().WithParameterName("counts");

        Read(Full(), discharges: Buckets(5), open: Buckets(4), beyond: 1).BeyondHorizon.Should().Be(1);
    }

    [Fact]
    public void TheNames_MustBeExactlyTheCountNames()
    {
        var missing = Full();
        missing.Remove("remitters");
        var extra = Full();
        extra["unknown"] = 0;
        var renamed = Full();
        renamed.Remove("remitters");
        renamed["Remitters"] = 10;

        foreach (var counts in new[] { missing, extra, renamed })
        {
            FluentActions.Invoking(() => Read(counts)).Should().Throw<ArgumentException>()
                .WithMessage("The counts must be exactly the names of CohortSummary.CountNames.*").WithParameterName("counts");
        }
    }

    [Fact]
    public void NegativeCountsOrBuckets_AreRefused()
    {
        var negative = Full();
        negative["attendedSessions"] = -1;
        var bucket = Buckets(6);
        bucket[1] = -1;

        FluentActions.Invoking(() => Read(negative)).Should().Throw<ArgumentException>().WithMessage("Counts and buckets must not be negative.*").WithParameterName("counts");
        FluentActions.Invoking(() => Read(Full(), discharges: bucket)).Should().Throw<ArgumentException>().WithMessage("Counts and buckets must not be negative.*");
        FluentActions.Invoking(() => Read(Full(), open: [.. Buckets(4).Select((n, i) => i == 2 ? -1 : n)])).Should().Throw<ArgumentException>().WithMessage("Counts and buckets must not be negative.*");
        FluentActions.Invoking(() => Read(Full(), beyond: -1)).Should().Throw<ArgumentException>().WithParameterName("beyondHorizon");
    }

    [Fact]
    public void BucketsOfTheWrongLength_AreRefused()
    {
        FluentActions.Invoking(() => Read(Full(), discharges: [6])).Should().Throw<ArgumentException>()
            .WithMessage("The retention buckets must have one entry per day of stay, 0 to the criteria's horizon.*").WithParameterName("dischargesByDay");
        FluentActions.Invoking(() => Read(Full(), open: [.. Buckets(4), 0])).Should().Throw<ArgumentException>().WithParameterName("dischargesByDay");
    }

    [Fact]
    public void Nulls_AndUnsupportedDates_AreRefusedWithTheirParameter()
    {
        FluentActions.Invoking(() => CohortSummary.FromState(null!, AsOf, Full(), Buckets(6), Buckets(4), 0)).Should().Throw<ArgumentNullException>().WithParameterName("criteria");
        FluentActions.Invoking(() => CohortSummary.FromState(Criteria, new LocalDate(2200, 1, 1), Full(), Buckets(6), Buckets(4), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        FluentActions.Invoking(() => CohortSummary.FromState(Criteria, AsOf, null!, Buckets(6), Buckets(4), 0)).Should().Throw<ArgumentNullException>().WithParameterName("counts");
        FluentActions.Invoking(() => CohortSummary.FromState(Criteria, AsOf, Full(), null!, Buckets(4), 0)).Should().Throw<ArgumentNullException>().WithParameterName("dischargesByDay");
        FluentActions.Invoking(() => CohortSummary.FromState(Criteria, AsOf, Full(), Buckets(6), null!, 0)).Should().Throw<ArgumentNullException>().WithParameterName("openByDay");
    }
}
