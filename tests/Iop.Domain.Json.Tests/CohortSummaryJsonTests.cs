using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.Json.Tests;

/// <summary>A cohort summary leaves a site as its accumulator state and merges after the trip as before it.</summary>
public sealed class CohortSummaryJsonTests
{
    // A report date after every generated episode's admission (ValueFactory draws dates in 2020–2026).
    private static readonly LocalDate AsOf = new(2030, 6, 30);

    [Fact]
    public void Merge_AfterARoundTrip_EqualsMergeBefore()
    {
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            var (a, b) = (Summary(seed, 0), Summary(seed, 1));

            var merged = a.Merge(b);
            var mergedAfterTrip = RoundTrip(a).Merge(RoundTrip(b));

            return merged.Equals(mergedAfterTrip) && RoundTrip(merged).Equals(merged);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), property);
    }

    [Fact]
    public void Serialize_Summary_WritesTheDocumentedState()
    {
        var summary = Summary(seed: 3, part: 0);

        var json = JsonNode.Parse(IopJson.Serialize(summary))!.AsObject();

        json.Select(p => p.Key).Should().Equal("criteria", "asOf", "counts", "dischargesByDay", "openByDay", "beyondHorizon");
        json["counts"]!.AsObject().Select(p => p.Key).Should().Equal(CohortSummary.CountNames);
        json["dischargesByDay"]!.AsArray().Should().HaveCount(summary.Criteria.HorizonDays + 1);
        json["asOf"]!.GetValue<string>().Should().Be("2030-06-30");
    }

    [Fact]
    public void Deserialize_CountsThatContradictEachOther_ThrowsWithPath()
    {
        var json = JsonNode.Parse(IopJson.Serialize(Summary(seed: 5, part: 0)))!;
        json["counts"]!["open"] = json["counts"]!["episodes"]!.GetValue<long>() + 1;

        var read = () => IopJson.Deserialize<CohortSummary>(json.ToJsonString());

        read.Should().Throw<System.Text.Json.JsonException>()
            .Where(e => e.Message.Contains("contradict", StringComparison.Ordinal) && e.Path == "$");
    }

    private static CohortSummary RoundTrip(CohortSummary summary) => IopJson.Deserialize<CohortSummary>(IopJson.Serialize(summary));

    /// <summary>A site's summary: generated episodes (valid, through the core's public API), one fixed criteria and date.</summary>
    private static CohortSummary Summary(int seed, int part)
    {
        var factory = new ValueFactory(unchecked((seed * 2) + part));
        var count = (seed + part) % 6;
        var episodes = Enumerable.Range(0, count).Select(_ => (Episode<string>)factory.Make(typeof(Episode<string>))).ToArray();
        return CohortMetrics.Summarize(episodes, CohortCriteria.Phq9HedisStyle2025, AsOf);
    }
}
