using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Continuum.LevelOfCare;

namespace Iop.Domain.Tests.Placement;

/// <summary>The dimensional engine, configured only with fictional tables (no licensed content).</summary>
public sealed class DimensionalPlacementPolicyTests
{
    private static readonly LocalDate Date = new(2025, 4, 7);
    private static readonly RuleSource Fictional = new("Fictional test table", "Iop.Domain tests");

    private static RatedDimension D(int n) => RatedDimension.Asam((AsamDimension)n);

    /// <summary>A fictional six-dimension ASAM-shaped table using all three kinds of entry.</summary>
    private static readonly DimensionalPlacementTable AsamShaped = new("Fictional ASAM-shaped", "t1", Date, RatingInstrument.Asam, Fictional, Outpatient)
    {
        Minimums =
        [
            new(D(1), 3, Residential), new(D(1), 4, Inpatient),
            new(D(2), 3, PartialHospitalization),
            new(D(3), 2, IntensiveOutpatient), new(D(3), 3, PartialHospitalization), new(D(3), 4, Residential),
            new(D(4), 3, IntensiveOutpatient),
            new(D(5), 2, IntensiveOutpatient), new(D(5), 4, PartialHospitalization),
            new(D(6), 3, Residential),
        ],
        CompositeBands = [new(0, 5, Outpatient), new(6, 10, IntensiveOutpatient), new(11, 15, PartialHospitalization), new(16, 24, Residential)],
        Overrides = [new(D(2), 4, Inpatient)],
    };

    private static readonly DimensionalPlacementPolicy AsamPolicy = new(AsamShaped);

    /// <summary>The fictional table written out as plain conditionals, independently of the engine.</summary>
    private static LevelOfCare Oracle(int[] r)
    {
        var levels = new List<LevelOfCare>
        {
            r[0] == 4 ? Inpatient : r[0] == 3 ? Residential : Outpatient,
            r[1] == 4 ? Inpatient : r[1] == 3 ? PartialHospitalization : Outpatient,
            r[2] switch { 4 => Residential, 3 => PartialHospitalization, 2 => IntensiveOutpatient, _ => Outpatient },
            r[3] >= 3 ? IntensiveOutpatient : Outpatient,
            r[4] switch { 4 => PartialHospitalization, 2 or 3 => IntensiveOutpatient, _ => Outpatient },
            r[5] >= 3 ? Residential : Outpatient,
        };
        var composite = r.Sum();
        levels.Add(composite <= 5 ? Outpatient : composite <= 10 ? IntensiveOutpatient : composite <= 15 ? PartialHospitalization : Residential);
        return levels.Max();
    }

    private static Assessment Rated(int[] r) =>
        new(Date, AgeGroup.Adult) { Ratings = [.. r.Select((v, i) => DimensionRating.Asam((AsamDimension)(i + 1), v))] };

    private static IEnumerable<int[]> AllProfiles()
    {
        for (var n = 0; n < 15625; n++)
        {
            var r = new int[6];
            var x = n;
            for (var i = 0; i < 6; i++)
            {
                r[i] = x % 5;
                x /= 5;
            }

            yield return r;
        }
    }

    [Fact]
    public void Decide_EveryOneOf15625Profiles_MatchesTheOracle_AndKeepsTheLaws()
    {
        var checkedProfiles = 0;
        foreach (var r in AllProfiles())
        {
            var decision = AsamPolicy.Decide(Rated(r));
            decision.Recommended.Should().Be(Oracle(r), "profile {0}", string.Join(",", r));
            decision.Reasons.Should().Contain(x => x.IsDecisive && x.RequiredLevel == decision.Recommended);
            decision.Findings.Should().BeEmpty();
            for (var i = 0; i < 6; i++)
            {
                if (r[i] < 4)
                {
                    var worse = (int[])r.Clone();
                    worse[i]++;
                    ((int)AsamPolicy.Decide(Rated(worse)).Recommended).Should().BeGreaterThanOrEqualTo((int)decision.Recommended, "monotonicity");
                }
            }

            checkedProfiles++;
        }

        checkedProfiles.Should().Be(15625);
    }

    [Fact]
    public void Decide_MinimumsOnly_ExpressesTheMostIntensiveMinimumWinsShape()
    {
        var table = new DimensionalPlacementTable("Minimums only", "t2", Date, RatingInstrument.Asam, Fictional, Outpatient)
        {
            Minimums = [new(D(1), 4, Inpatient), new(D(3), 2, IntensiveOutpatient)],
        };
        var policy = new DimensionalPlacementPolicy(table);
        policy.Decide(Rated([0, 0, 0, 0, 0, 0])).Reasons.Single().Finding.RuleId.Value.Should().Be("PLC-DIM-DEFAULT");
        var decision = policy.Decide(Rated([4, 0, 3, 0, 0, 0]));
        decision.Recommended.Should().Be(Inpatient);
        decision.Reasons.Select(r => (r.Finding.RuleId.Value, r.IsDecisive)).Should().Equal(("PLC-DIM-MINIMUM", true), ("PLC-DIM-MINIMUM", false));
        decision.Reasons[0].Finding.Source.Should().Be(Fictional, "reasons cite the integrator's table");
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, IntensiveOutpatient)] // composite 7: lowest band
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 2 }, PartialHospitalization)] // composite 20: middle band
    [InlineData(new[] { 5, 1, 1, 1, 1, 1, 1 }, Inpatient)] // override on scale I despite a low composite
    [InlineData(new[] { 2, 4, 1, 1, 1, 1, 1 }, Residential)] // override on scale II
    public void Decide_LocusShapedFictionalTable_CompositeBandsPlusOverrides(int[] ratings, LevelOfCare expected)
    {
        var table = new DimensionalPlacementTable("Fictional LOCUS-shaped", "t3", Date, RatingInstrument.Locus, Fictional, Outpatient)
        {
            CompositeBands = [new(7, 13, IntensiveOutpatient), new(14, 27, PartialHospitalization), new(28, 35, Residential)],
            Overrides = [new(RatedDimension.Locus(LocusScale.RiskOfHarm), 5, Inpatient), new(RatedDimension.Locus(LocusScale.FunctionalStatus), 4, Residential)],
        };
        var assessment = new Assessment(Date, AgeGroup.Adult) { Ratings = [.. ratings.Select((v, i) => DimensionRating.Locus((LocusScale)(i + 1), v))] };
        new DimensionalPlacementPolicy(table).Decide(assessment).Recommended.Should().Be(expected);
    }

    [Fact]
    public void Decide_MissingRating_IsAFinding_AndBandsAreNotApplied()
    {
        var assessment = new Assessment(Date, AgeGroup.Adult) { Ratings = [DimensionRating.Asam(AsamDimension.IntoxicationAndWithdrawal, 4)] };
        var decision = AsamPolicy.Decide(assessment);
        decision.Recommended.Should().Be(Inpatient);
        decision.Reasons.Should().NotContain(r => r.Finding.RuleId.Value == "PLC-DIM-COMPOSITE");
        decision.Findings.Should().HaveCount(6).And.OnlyContain(f => f.RuleId.Value == "PLC-INPUT-MISSING");
        decision.Findings.Should().Contain(f => f.Message.StartsWith("ASAM dimension 2 was not rated", StringComparison.Ordinal));
    }

    private static readonly Gen<int[]> Profiles = Gen.Choose(0, 4).ArrayOf(6);

    [Property]
    public Property Decide_DoesNotDependOnTheOrderOfTableEntries() =>
        Prop.ForAll(
            Profiles.ToArbitrary(),
            Gen.Shuffle(AsamShaped.Minimums.ToArray()).ToArbitrary(),
            Gen.Shuffle(AsamShaped.CompositeBands.ToArray()).ToArbitrary(),
            (r, minimums, bands) =>
            {
                var shuffled = new DimensionalPlacementPolicy(AsamShaped with { Minimums = minimums, CompositeBands = bands });
                return shuffled.Decide(Rated(r)) == AsamPolicy.Decide(Rated(r));
            });

    [Property]
    public Property Decide_IsDeterministic() =>
        Prop.ForAll(Profiles.ToArbitrary(), r => AsamPolicy.Decide(Rated(r)) == AsamPolicy.Decide(Rated(r)));

    [Fact]
    public void Table_BadEntries_Throw()
    {
        FluentActions.Invoking(() => AsamShaped with { Minimums = [new(RatedDimension.Locus(LocusScale.RiskOfHarm), 2, Inpatient)] })
            .Should().Throw<ArgumentException>().WithParameterName("Minimums");
        FluentActions.Invoking(() => AsamShaped with { Overrides = [default] }).Should().Throw<ArgumentException>().WithParameterName("Overrides");
        FluentActions.Invoking(() => AsamShaped with { CompositeBands = [new(0, 10, Outpatient), new(10, 12, IntensiveOutpatient)] })
            .Should().Throw<ArgumentException>().WithParameterName("CompositeBands");
        FluentActions.Invoking(() => AsamShaped with { CompositeBands = [new(20, 25, Outpatient)] })
            .Should().Throw<ArgumentException>().WithParameterName("CompositeBands", "25 is above the ASAM composite maximum of 24");
        FluentActions.Invoking(() => new DimensionThreshold(D(1), 5, Inpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atLeast");
        FluentActions.Invoking(() => new DimensionThreshold(D(1), 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => new CompositeBand(5, 4, Outpatient)).Should().Throw<ArgumentException>().WithParameterName("to");
        FluentActions.Invoking(() => new DimensionalPlacementTable("n", "v", Date, (RatingInstrument)3, Fictional, Outpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instrument");
        FluentActions.Invoking(() => new DimensionalPlacementPolicy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => AsamPolicy.Decide(null!)).Should().Throw<ArgumentNullException>().WithParameterName("assessment");
    }

    [Fact]
    public void Table_Equality_ComparesEntriesByValue()
    {
        var copy = AsamShaped with { Minimums = [.. AsamShaped.Minimums] };
        ContractAssertions.Equality(AsamShaped, copy, AsamShaped with { Overrides = [] }, AsamShaped with { Version = "t9" });
        AsamShaped.MinimumComposite.Should().Be(0);
        AsamShaped.MaximumComposite.Should().Be(24);
        AsamShaped.ToString().Should().NotContain("Fictional ASAM-shaped", "the name is configuration text");
    }

    [Fact]
    public void Table_IsARuleSet_AndRefusesAnEndBeforeItsStart()
    {
        IRuleSet table = AsamShaped;
        table.Sources.Should().Equal(Fictional);
        table.EffectiveTo.Should().BeNull();
        FluentActions.Invoking(() => AsamShaped with { EffectiveTo = Date.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        (AsamShaped with { EffectiveTo = Date }).Should().NotBe(AsamShaped, "boundary: a one-day table is valid and differs by its end");
    }
}
