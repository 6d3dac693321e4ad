using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Continuum.LevelOfCare;

namespace Iop.Domain.Tests.Placement;

/// <summary>The dimensional engine's reasons and findings as a user reads them, the table's checks, and equality over every member (fictional tables only).</summary>
public sealed class DimensionalPlacementReasonsTests
{
    private static readonly LocalDate Date = new(2025, 4, 7);
    private static readonly RuleSource Fictional = new("Fictional test table", "Iop.Domain tests");

    private static RatedDimension D(int n) => RatedDimension.Asam((AsamDimension)n);

    private static Assessment Rated(params int[] r) =>
        new(Date, AgeGroup.Adult) { Ratings = [.. r.Select((v, i) => DimensionRating.Asam((AsamDimension)(i + 1), v))] };

    private static DimensionalPlacementTable Table(LevelOfCare defaultLevel = Outpatient) => new("Fictional", "t1", Date, RatingInstrument.Asam, Fictional, defaultLevel);

    [Fact]
    public void Decide_EveryKindOfEntry_ExplainsItselfInLibraryText()
    {
        var policy = new DimensionalPlacementPolicy(Table() with
        {
            Minimums = [new(D(3), 2, IntensiveOutpatient)],
            Overrides = [new(D(1), 4, Residential)],
            CompositeBands = [new(0, 8, Outpatient), new(9, 24, PartialHospitalization)],
        });
        var decision = policy.Decide(Rated(4, 0, 2, 1, 1, 1));
        decision.Recommended.Should().Be(Residential);
        decision.Reasons.Select(r => (r.Finding.RuleId.Value, r.Finding.Message, r.RequiredLevel, r.IsDecisive)).Should().Equal(
            ("PLC-DIM-OVERRIDE", "ASAM dimension 1 rated 4 or more overrides to at least residential.", Residential, true),
            ("PLC-DIM-COMPOSITE", "Composite score in the band 9–24: at least partial hospitalization.", PartialHospitalization, false),
            ("PLC-DIM-MINIMUM", "ASAM dimension 3 rated 2 or more sets a minimum of intensive outpatient.", IntensiveOutpatient, false));
        decision.Reasons.Should().OnlyContain(r => r.Finding.Severity == Severity.Information && r.Finding.Source == Fictional && r.Finding.Subject == null);
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Decide_NoEntryApplies_IsTheDefaultLevel_Explained()
    {
        var policy = new DimensionalPlacementPolicy(Table(IntensiveOutpatient) with { Minimums = [new(D(1), 3, Residential)] });
        var reason = policy.Decide(Rated(2, 4, 4, 4, 4, 4)).Reasons.Single();
        (reason.Finding.RuleId.Value, reason.Finding.Message, reason.RequiredLevel, reason.IsDecisive)
            .Should().Be(("PLC-DIM-DEFAULT", "No entry of the table applies: intensive outpatient.", IntensiveOutpatient, true));
        policy.Decide(Rated(2, 4, 4, 4, 4, 4)).Recommended.Should().Be(IntensiveOutpatient);
    }

    [Theory]
    [InlineData(2, false)] // one below the threshold
    [InlineData(3, true)] // boundary: exactly the threshold
    [InlineData(4, true)] // above it
    public void Decide_Threshold_AppliesFromItsRatingUp(int rating, bool applies)
    {
        var policy = new DimensionalPlacementPolicy(Table() with { Minimums = [new(D(2), 3, PartialHospitalization)] });
        var decision = policy.Decide(Rated(0, rating, 0, 0, 0, 0));
        decision.Recommended.Should().Be(applies ? PartialHospitalization : Outpatient);
        decision.Reasons.Single().Finding.RuleId.Value.Should().Be(applies ? "PLC-DIM-MINIMUM" : "PLC-DIM-DEFAULT");
    }

    [Fact]
    public void Decide_ThresholdAtTheLowestRating_AppliesToARatingOfZero() =>
        new DimensionalPlacementPolicy(Table() with { Minimums = [new(D(6), 0, IntensiveOutpatient)] }).Decide(Rated(0, 0, 0, 0, 0, 0)) // boundary: 0, the ASAM minimum
            .Reasons.Single().Finding.RuleId.Value.Should().Be("PLC-DIM-MINIMUM");

    [Theory]
    [InlineData(4, false)] // one below the band
    [InlineData(5, true)] // boundary: the band's lowest composite
    [InlineData(7, true)] // boundary: the band's highest composite
    [InlineData(8, false)] // one above the band
    public void Decide_Band_AppliesFromItsFirstToItsLastComposite(int composite, bool applies)
    {
        var policy = new DimensionalPlacementPolicy(Table() with { CompositeBands = [new(5, 7, IntensiveOutpatient)] });
        var ratings = new int[6];
        for (var i = 0; i < composite; i++)
        {
            ratings[i % 6]++;
        }

        policy.Decide(Rated(ratings)).Recommended.Should().Be(applies ? IntensiveOutpatient : Outpatient);
    }

    [Fact]
    public void Decide_EntriesBelowTheWinner_AreAlsoMet_AndEqualLevelsAllDecisive()
    {
        var policy = new DimensionalPlacementPolicy(Table() with { Minimums = [new(D(1), 1, IntensiveOutpatient), new(D(2), 1, PartialHospitalization), new(D(3), 1, PartialHospitalization)] });
        policy.Decide(Rated(1, 1, 1, 0, 0, 0)).Reasons.Select(r => (r.Finding.Message, r.IsDecisive)).Should().Equal(
            ("ASAM dimension 2 rated 1 or more sets a minimum of partial hospitalization.", true),
            ("ASAM dimension 3 rated 1 or more sets a minimum of partial hospitalization.", true),
            ("ASAM dimension 1 rated 1 or more sets a minimum of intensive outpatient.", false));
    }

    [Fact]
    public void Decide_MissingRatingReadByAThreshold_IsOneFindingPerDimension()
    {
        var policy = new DimensionalPlacementPolicy(Table() with { Minimums = [new(D(2), 3, PartialHospitalization), new(D(2), 4, Residential), new(D(5), 1, IntensiveOutpatient)] });
        var decision = policy.Decide(new Assessment(Date, AgeGroup.Adult) { Ratings = [DimensionRating.Asam(AsamDimension.RelapsePotential, 1)] });
        decision.Recommended.Should().Be(IntensiveOutpatient);
        var finding = decision.Findings.Single();
        (finding.RuleId, finding.Severity, finding.Message)
            .Should().Be((PlacementRules.InputMissing.Id, Severity.Warning, "ASAM dimension 2 was not rated; the table entries that read it were not applied."));
        decision.Reasons.Select(r => r.Finding.RuleId.Value).Should().Equal("PLC-DIM-MINIMUM");
    }

    [Fact]
    public void Decide_MissingRatingsWithoutBands_ReportNothingForTheComposite()
    {
        var policy = new DimensionalPlacementPolicy(Table() with { Minimums = [new(D(1), 3, Residential)] });
        policy.Decide(Rated(3)).Findings.Should().BeEmpty("no entry reads the unrated dimensions");
        policy.Decide(new Assessment(Date, AgeGroup.Adult)).Findings.Should().ContainSingle()
            .Which.Message.Should().StartWith("ASAM dimension 1 was not rated");
    }

    [Fact]
    public void Decide_MissingRatingWithBands_ReportsTheCompositeOnce()
    {
        var policy = new DimensionalPlacementPolicy(Table() with { CompositeBands = [new(0, 24, IntensiveOutpatient)] });
        var decision = policy.Decide(Rated(4, 4, 4, 4, 4));
        decision.Recommended.Should().Be(Outpatient, "the band needs every dimension rated");
        var finding = decision.Findings.Single();
        (finding.RuleId, finding.Severity, finding.Message)
            .Should().Be((PlacementRules.InputMissing.Id, Severity.Warning, "Not every dimension was rated, so the composite score and its bands were not applied."));
        decision.Reasons.Single().Finding.RuleId.Value.Should().Be("PLC-DIM-DEFAULT");
    }

    [Fact]
    public void Decide_MissingRatingsOfThresholdsAndBands_AreListedInCanonicalOrder()
    {
        var policy = new DimensionalPlacementPolicy(Table() with
        {
            Minimums = [new(D(6), 1, IntensiveOutpatient), new(D(4), 1, IntensiveOutpatient)],
            CompositeBands = [new(0, 24, IntensiveOutpatient)],
        });
        var decision = policy.Decide(new Assessment(Date, AgeGroup.Adult) { Ratings = [DimensionRating.Asam(AsamDimension.IntoxicationAndWithdrawal, 1)] });
        decision.Findings.Select(f => f.Message).Should().Equal(
            "ASAM dimension 4 was not rated; the table entries that read it were not applied.",
            "ASAM dimension 6 was not rated; the table entries that read it were not applied.",
            "Not every dimension was rated, so the composite score and its bands were not applied.");
    }

    [Fact]
    public void Decide_LocusTable_NamesScalesByNumeral_AndReadsItsRatings()
    {
        var table = new DimensionalPlacementTable("Fictional LOCUS", "t1", Date, RatingInstrument.Locus, Fictional, Outpatient)
        {
            Minimums = [new(RatedDimension.Locus(LocusScale.EnvironmentalSupport), 4, PartialHospitalization)],
        };
        var policy = new DimensionalPlacementPolicy(table);
        var rated = new Assessment(Date, AgeGroup.Adult) { Ratings = [DimensionRating.Locus(LocusScale.EnvironmentalSupport, 4)] };
        policy.Decide(rated).Reasons.Single().Finding.Message.Should().Be("LOCUS scale IV-B rated 4 or more sets a minimum of partial hospitalization.");
        policy.Decide(new Assessment(Date, AgeGroup.Adult)).Findings.Single().Message.Should().StartWith("LOCUS scale IV-B was not rated");
    }

    [Fact]
    public void Decide_UsesTheTablesIdentityAndWindow()
    {
        var table = Table() with { AssessmentValidityDays = 30, Name = "n2", Version = "v2", EffectiveFrom = Date.PlusDays(-1) };
        var policy = new DimensionalPlacementPolicy(table);
        (policy.Table, policy.Name, policy.Version, policy.EffectiveFrom).Should().Be((table, "n2", "v2", Date.PlusDays(-1)));
        var decision = policy.Decide(Rated(0, 0, 0, 0, 0, 0));
        (decision.PolicyName, decision.PolicyVersion, decision.PolicyEffectiveFrom, decision.AssessmentDate, decision.AssessmentValidThrough)
            .Should().Be(("n2", "v2", Date.PlusDays(-1), Date, Date.PlusDays(30)));
    }

    [Fact]
    public void Table_Defaults_AndCompositeRanges()
    {
        var asam = Table();
        asam.AssessmentValidityDays.Should().Be(180);
        asam.Minimums.Should().BeEmpty();
        asam.CompositeBands.Should().BeEmpty();
        asam.Overrides.Should().BeEmpty();
        asam.DefaultLevel.Should().Be(Outpatient);
        asam.Instrument.Should().Be(RatingInstrument.Asam);
        asam.Source.Should().Be(Fictional);
        var locus = new DimensionalPlacementTable("L", "1", Date, RatingInstrument.Locus, Fictional, Outpatient);
        (locus.MinimumComposite, locus.MaximumComposite).Should().Be((7, 35));
        asam.ToString().Should().Be("Asam table (0 minimums, 0 bands, 0 overrides)");
        (asam with { Minimums = [new(D(1), 1, Inpatient)], CompositeBands = [new(0, 1, Outpatient), new(2, 3, Outpatient)] }).ToString()
            .Should().Be("Asam table (1 minimums, 2 bands, 0 overrides)");
    }

    [Fact]
    public void Table_BandsAtTheEndsOfTheRange_AreAccepted()
    {
        (Table() with { CompositeBands = [new(0, 24, Outpatient)] }).CompositeBands.Should().Equal(new CompositeBand(0, 24, Outpatient));
        var locus = new DimensionalPlacementTable("L", "1", Date, RatingInstrument.Locus, Fictional, Outpatient);
        FluentActions.Invoking(() => locus with { CompositeBands = [new(6, 10, Outpatient)] }).Should().Throw<ArgumentException>().WithParameterName("CompositeBands", "6 is below the LOCUS minimum of 7");
        (locus with { CompositeBands = [new(7, 35, Outpatient)] }).CompositeBands.Should().HaveCount(1);
    }

    [Fact]
    public void Table_AdjacentBands_AreAccepted_AndOverlapsInEitherOrderRefused()
    {
        (Table() with { CompositeBands = [new(0, 5, Outpatient), new(6, 24, Residential)] }).CompositeBands.Should().HaveCount(2);
        FluentActions.Invoking(() => Table() with { CompositeBands = [new(10, 12, Outpatient), new(0, 10, Outpatient)] }).Should().Throw<ArgumentException>().WithParameterName("CompositeBands");
        FluentActions.Invoking(() => Table() with { CompositeBands = [new(3, 4, Outpatient), new(0, 24, Outpatient)] }).Should().Throw<ArgumentException>().WithParameterName("CompositeBands");
        FluentActions.Invoking(() => Table() with { CompositeBands = [default] }).Should().Throw<ArgumentException>().WithParameterName("CompositeBands");
    }

    [Fact]
    public void Table_BadArguments_ThrowWithTheirNames()
    {
        FluentActions.Invoking(() => new DimensionalPlacementTable(" ", "v", Date, RatingInstrument.Asam, Fictional, Outpatient)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new DimensionalPlacementTable("n", "", Date, RatingInstrument.Asam, Fictional, Outpatient)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new DimensionalPlacementTable("n", "v", new LocalDate(2200, 1, 1), RatingInstrument.Asam, Fictional, Outpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => new DimensionalPlacementTable("n", "v", Date, RatingInstrument.Asam, null!, Outpatient)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new DimensionalPlacementTable("n", "v", Date, RatingInstrument.Asam, Fictional, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("defaultLevel");
        var table = Table();
        FluentActions.Invoking(() => table with { Name = "" }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => table with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => table with { Source = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Source");
        FluentActions.Invoking(() => table with { DefaultLevel = (LevelOfCare)6 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DefaultLevel");
        FluentActions.Invoking(() => table with { Minimums = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Minimums");
        FluentActions.Invoking(() => table with { CompositeBands = null! }).Should().Throw<ArgumentNullException>().WithParameterName("CompositeBands");
        FluentActions.Invoking(() => table with { Minimums = [default] }).Should().Throw<ArgumentException>().WithParameterName("Minimums");
        FluentActions.Invoking(() => table with { AssessmentValidityDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AssessmentValidityDays");
        FluentActions.Invoking(() => table with { EffectiveTo = Date, EffectiveFrom = Date.PlusDays(1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveFrom");
        (table with { Source = new RuleSource("Other", "x") }).Source.Title.Should().Be("Other");
        (table with { DefaultLevel = Residential }).DefaultLevel.Should().Be(Residential);
    }

    [Fact]
    public void Table_Equality_EveryMember_TakesPart()
    {
        var table = Table() with { Minimums = [new(D(1), 3, Residential)], CompositeBands = [new(0, 5, Outpatient)], Overrides = [new(D(2), 4, Inpatient)] };
        ContractAssertions.Equality(
            table,
            table with { Minimums = [new(D(1), 3, Residential)] },
            table with { Name = "other" },
            table with { Version = "other" },
            table with { EffectiveFrom = Date.PlusDays(-1) },
            table with { EffectiveTo = Date.PlusDays(1) },
            new DimensionalPlacementTable("Fictional", "t1", Date, RatingInstrument.Locus, Fictional, Outpatient),
            table with { Source = new RuleSource("Other", "x") },
            table with { DefaultLevel = Residential },
            table with { AssessmentValidityDays = 30 },
            table with { Minimums = [new(D(1), 4, Residential)] },
            table with { CompositeBands = [new(0, 6, Outpatient)] },
            table with { Overrides = [new(D(2), 3, Inpatient)] });
    }

    [Fact]
    public void Entries_FormatThemselves_AndTheDefaultValuesSaySo()
    {
        new DimensionThreshold(D(1), 3, Inpatient).ToString().Should().Be("ASAM dimension 1 ≥ 3 → IP");
        default(DimensionThreshold).ToString().Should().Be("(invalid threshold)");
        new CompositeBand(17, 19, PartialHospitalization).ToString().Should().Be("composite 17–19 → PHP");
        default(CompositeBand).ToString().Should().Be("(invalid band)");
        default(RatedDimension).ToString().Should().Be("(invalid dimension)");
        DimensionRating.Locus(LocusScale.EnvironmentalStress, 4).ToString().Should().Be("LOCUS scale IV-A = 4");
        FluentActions.Invoking(() => new CompositeBand(-1, 3, Outpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("from");
        FluentActions.Invoking(() => new CompositeBand(0, 3, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        new CompositeBand(0, 0, Outpatient).Contains(0).Should().BeTrue("boundary: a one-score band at zero");
        FluentActions.Invoking(() => new DimensionThreshold(default, 1, Inpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
        FluentActions.Invoking(() => new DimensionThreshold(RatedDimension.Locus(LocusScale.RiskOfHarm), 0, Inpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atLeast");
    }

    [Fact]
    public void RatedDimensions_EveryInstrument_KnowsItsRange()
    {
        RatedDimension.AllOf(RatingInstrument.Asam).Should().HaveCount(6).And.OnlyContain(d => d.MinimumRating == 0 && d.MaximumRating == 4 && d.Instrument == RatingInstrument.Asam);
        RatedDimension.AllOf(RatingInstrument.Locus).Should().OnlyContain(d => d.MinimumRating == 1 && d.MaximumRating == 5 && d.Instrument == RatingInstrument.Locus);
        RatedDimension.AllOf(RatingInstrument.Locus).Select(d => d.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        RatedDimension.Asam(AsamDimension.RecoveryEnvironment).ToString().Should().Be("ASAM dimension 6");
        FluentActions.Invoking(() => RatedDimension.AllOf(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instrument");
        DimensionRating.Asam(AsamDimension.Biomedical, 4).Rating.Should().Be(4, "boundary: the ASAM maximum");
        DimensionRating.Locus(LocusScale.Engagement, 1).Rating.Should().Be(1, "boundary: the LOCUS minimum");
        DistinctValues.Check(RatedDimension.Asam(AsamDimension.Biomedical), RatedDimension.AllOf(RatingInstrument.Asam)[1], RatedDimension.Locus(LocusScale.FunctionalStatus), RatedDimension.Asam(AsamDimension.IntoxicationAndWithdrawal));
    }

    [Fact]
    public void ReferenceNames_UndefinedMembers_Throw()
    {
        FluentActions.Invoking(() => ((AsamDimension)0).Name(AsamEdition.Third)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
        FluentActions.Invoking(() => AsamDimension.Biomedical.Name((AsamEdition)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");
        FluentActions.Invoking(() => ((LocusScale)8).Numeral()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scale");
        FluentActions.Invoking(() => ((LocusScale)0).Name()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scale");
        (AsamDimensions.MinimumRating, AsamDimensions.MaximumRating, LocusScales.MinimumRating, LocusScales.MaximumRating).Should().Be((0, 4, 1, 5));
    }

    [Theory]
    [InlineData(LocusScale.RiskOfHarm, "I", "Risk of Harm")]
    [InlineData(LocusScale.FunctionalStatus, "II", "Functional Status")]
    [InlineData(LocusScale.CoMorbidity, "III", "Medical, Addictive and Psychiatric Co-Morbidity")]
    [InlineData(LocusScale.EnvironmentalStress, "IV-A", "Recovery Environment: Level of Stress")]
    [InlineData(LocusScale.EnvironmentalSupport, "IV-B", "Recovery Environment: Level of Support")]
    [InlineData(LocusScale.TreatmentAndRecoveryHistory, "V", "Treatment and Recovery History")]
    [InlineData(LocusScale.Engagement, "VI", "Engagement and Recovery Status")]
    public void LocusScaleNames_EveryScale_IsThePublishedNumeralAndName(LocusScale scale, string numeral, string name)
    {
        scale.Numeral().Should().Be(numeral);
        scale.Name().Should().Be(name);
        RatedDimension.Locus(scale).ToString().Should().Be($"LOCUS scale {numeral}");
    }
}
