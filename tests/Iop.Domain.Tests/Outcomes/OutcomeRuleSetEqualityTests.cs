using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The equality of the Outcomes rule sets member by member: two values that differ in exactly one member are
/// unequal, and an equal copy (a distinct instance) is equal with the same hash.
/// </summary>
public sealed class OutcomeRuleSetEqualityTests
{
    private static readonly LocalDate From = new(2026, 1, 1);

    private static readonly RuleSource OtherSource = new("Test reference sample", "Iop.Domain tests");

    [Fact]
    public void ChangeCriteria_EachMemberDiffering_IsUnequal()
    {
        var value = ChangeCriteria.Phq9;
        var rci = new ReliableChangeCriteria("Sample", "1", From, 5, 0.84);
        ContractAssertions.Equality(
            value,
            value with { }, // a distinct instance with the same members
            value with { Name = "Other" },
            value with { Version = "2026" },
            value with { EffectiveFrom = From },
            value with { EffectiveTo = From },
            value with { Sources = [OtherSource] },
            new ChangeCriteria(value.Name, value.Version, value.EffectiveFrom, Instrument.PhqA, 9, 0.5, 5) { Sources = value.Sources },
            value with { BaselineDaysBefore = 7 },
            value with { BaselineDaysAfter = 7 },
            value.WithFollowUpWindow(120, null),
            value.WithFollowUpWindow(null, 240),
            new ChangeCriteria(value.Name, value.Version, value.EffectiveFrom, Instrument.Phq9, 10, 0.5, 5) { Sources = value.Sources },
            new ChangeCriteria(value.Name, value.Version, value.EffectiveFrom, Instrument.Phq9, 9, 0.4, 5) { Sources = value.Sources },
            new ChangeCriteria(value.Name, value.Version, value.EffectiveFrom, Instrument.Phq9, 9, 0.5, 4) { Sources = value.Sources },
            value with { ReliableChange = rci },
            value with { NotOnTrackAfterWeeks = 6 },
            value with { NotOnTrackMinimumImprovement = 0.4 });
    }

    [Fact]
    public void ChangeCriteria_ToString_IsNameAndVersion() =>
        ChangeCriteria.Phq9.ToString().Should().Be("PHQ-9 change 2025");

    [Fact]
    public void ReliableChangeCriteria_EachMemberDiffering_IsUnequal()
    {
        var value = new ReliableChangeCriteria("Sample", "1", From, 5, 0.84) { CutOff = 10 };
        ContractAssertions.Equality(
            value,
            new ReliableChangeCriteria("Sample", "1", From, 5, 0.84) { CutOff = 10 },
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = From.PlusDays(1) },
            value with { EffectiveTo = From.PlusDays(1) },
            value with { Sources = [OtherSource] },
            value with { PreTreatmentStandardDeviation = 6 },
            value with { Reliability = 0.8 },
            value with { Threshold = 1.645 },
            value with { CutOff = null },
            value with { CutOff = 9.5 });
    }

    [Fact]
    public void ReliableChangeCriteria_Defaults_ArePinned()
    {
        var value = new ReliableChangeCriteria("Sample", "1", From, 5, 0.84);
        value.Name.Should().Be("Sample");
        value.Version.Should().Be("1");
        value.EffectiveFrom.Should().Be(From);
        value.EffectiveTo.Should().BeNull();
        value.PreTreatmentStandardDeviation.Should().Be(5);
        value.Reliability.Should().Be(0.84);
        value.Threshold.Should().Be(1.96); // OUT-RCI: p < .05 two-sided, Jacobson & Truax 1991
        value.CutOff.Should().BeNull();
        value.Sources.Should().Equal(OutcomeRules.ReliableChangeIndex.Source);
        value.ToString().Should().Be("Sample 1");
        // √2 · 5 · √(1 − 0.84) = √2 · 5 · 0.4 = 2.8284
        value.StandardErrorOfDifference.Should().BeApproximately(2.8284, 0.0001);
    }

    [Theory]
    [InlineData(0.0)] // the lower bound is open
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ReliableChangeCriteria_StandardDeviationNotAFiniteNumberAboveZero_IsRefusedInCtorAndInit(double sd)
    {
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, sd, 0.8))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("preTreatmentStandardDeviation");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, 5, 0.8) { PreTreatmentStandardDeviation = sd })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PreTreatmentStandardDeviation");
    }

    [Theory]
    [InlineData(-0.0001)] // just below the closed lower bound
    [InlineData(1.0)] // the upper bound is open
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ReliableChangeCriteria_ReliabilityOutsideZeroToOne_IsRefusedInCtorAndInit(double reliability)
    {
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, 5, reliability))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reliability");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, 5, 0.8) { Reliability = reliability })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Reliability");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.96)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ReliableChangeCriteria_ThresholdNotAFiniteNumberAboveZero_IsRefused(double threshold) =>
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, 5, 0.8) { Threshold = threshold })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Threshold");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ReliableChangeCriteria_CutOffNotFinite_IsRefused(double cutOff) =>
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", From, 5, 0.8) { CutOff = cutOff })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CutOff");

    [Fact]
    public void ReliableChangeCriteria_EdgesInside_AreAccepted()
    {
        // Reliability 0 is the closed lower bound; the smallest positive SD and threshold are inside.
        var edge = new ReliableChangeCriteria("Sample", "1", From, double.Epsilon, 0) { Threshold = double.Epsilon, CutOff = -3 };
        edge.Reliability.Should().Be(0);
        edge.PreTreatmentStandardDeviation.Should().Be(double.Epsilon);
        edge.Threshold.Should().Be(double.Epsilon);
        edge.CutOff.Should().Be(-3);
        (edge with { Reliability = 0, PreTreatmentStandardDeviation = 2 }).Reliability.Should().Be(0);
        (edge with { Reliability = 0.999 }).Reliability.Should().Be(0.999);
        (edge with { CutOff = null }).CutOff.Should().BeNull();
    }

    [Fact]
    public void ReliableChangeCriteria_BlankOrNullNames_AreRefused()
    {
        FluentActions.Invoking(() => new ReliableChangeCriteria(" ", "1", From, 5, 0.8)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", " ", From, 5, 0.8)).Should().Throw<ArgumentException>().WithParameterName("version");
        var value = new ReliableChangeCriteria("Sample", "1", From, 5, 0.8);
        FluentActions.Invoking(() => value with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => value with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => value with { Sources = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Sources");
        FluentActions.Invoking(() => new ReliableChangeCriteria("Sample", "1", new LocalDate(1899, 12, 31), 5, 0.8))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
    }

    [Fact]
    public void ChangeCriteria_BlankNamesAndBadSources_AreRefused()
    {
        FluentActions.Invoking(() => new ChangeCriteria(" ", "1", From, Instrument.Phq9, 9, 0.5, 5)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new ChangeCriteria("c", " ", From, Instrument.Phq9, 9, 0.5, 5)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", new LocalDate(2200, 1, 1), Instrument.Phq9, 9, 0.5, 5))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
        FluentActions.Invoking(() => ChangeCriteria.Phq9 with { Name = "" }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => ChangeCriteria.Phq9 with { Version = "" }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => ChangeCriteria.Phq9 with { Sources = [null!] }).Should().Throw<ArgumentException>().WithParameterName("Sources");
        new ChangeCriteria("c", "1", From, Instrument.Phq9, 9, 0.5, 5).Sources.Should().BeEmpty("criteria built for another instrument cite the caller's sources, none by default");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    public void ChangeCriteria_ResponseReductionOutsideZeroToOne_IsRefused(double reduction) =>
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", From, Instrument.Phq9, 9, reduction, 5))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseReduction");

    [Fact]
    public void ChangeCriteria_ThresholdEdgesOfTheInstrumentRange_AreAcceptedOrRefused()
    {
        // PHQ-9 totals 0..27: elevated above in [0, 26], remission below in [1, 27] and not above elevated + 1.
        new ChangeCriteria("c", "1", From, Instrument.Phq9, 26, 0.5, 27).ElevatedAbove.Should().Be(26);
        new ChangeCriteria("c", "1", From, Instrument.Phq9, 26, 0.5, 27).RemissionBelow.Should().Be(27);
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", From, Instrument.Phq9, 26, 0.5, 28))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("remissionBelow");
        FluentActions.Invoking(() => new ChangeCriteria("c", "1", From, Instrument.Phq9, 9, double.Epsilon, 5))
            .Should().NotThrow("(0, 1] holds every positive share");
    }

    [Fact]
    public void ChangeCriteria_NotOnTrackImprovementNaN_IsRefused() =>
        FluentActions.Invoking(() => ChangeCriteria.Phq9 with { NotOnTrackMinimumImprovement = double.NaN })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NotOnTrackMinimumImprovement");

    [Fact]
    public void ChangeCriteria_NotOnTrackWeeksBackToNull_SwitchesTheCheckOff()
    {
        var on = ChangeCriteria.Phq9 with { NotOnTrackAfterWeeks = 1 };
        on.NotOnTrackAfterWeeks.Should().Be(1); // the lower bound
        (on with { NotOnTrackAfterWeeks = null }).NotOnTrackAfterWeeks.Should().BeNull();
    }

    [Fact]
    public void ChangeCriteria_WithFollowUpWindowFromOnly_LeavesTheEndOpen()
    {
        var window = ChangeCriteria.Phq9.WithFollowUpWindow(30, null);
        window.FollowUpFromDays.Should().Be(30);
        window.FollowUpToDays.Should().BeNull();
        var toOnly = ChangeCriteria.Phq9.WithFollowUpWindow(null, 1); // to 1 with an open start: start is the day after
        toOnly.FollowUpFromDays.Should().BeNull();
        toOnly.FollowUpToDays.Should().Be(1);
        window.Name.Should().Be(ChangeCriteria.Phq9.Name, "the copy keeps every other member");
        window.ElevatedAbove.Should().Be(9);
    }

    [Fact]
    public void ScoringPolicy_EachMemberDiffering_IsUnequal()
    {
        var value = ScoringPolicy.Default;
        ContractAssertions.Equality(
            value,
            value with { },
            value with { Name = "Other" },
            value with { Version = "2" },
            value with { EffectiveFrom = From },
            value with { EffectiveTo = From },
            value with { MissingItems = MissingItemPolicy.Prorate },
            value with { Sources = [OtherSource] },
            value.WithMaximumMissingItems(Instrument.Phq9, 1),
            value.WithMaximumMissingItems(Instrument.Gad7, 1),
            value.WithScreenCutOffsBySex(Instrument.AuditC, 4, 4),
            value.WithScreenCutOffsBySex(Instrument.Audit, 8, 7),
            value.WithScreenCutOff(Instrument.Pcl5, 31),
            value.WithScreenCutOff(Instrument.Phq9, 12));
    }

    [Fact]
    public void ScoringPolicy_EntriesInAnotherOrder_AreEqual()
    {
        // Entries are a set: the order they were added in does not matter, and the same number of different entries is unequal.
        var bare = new ScoringPolicy("P", "1", From);
        var ab = bare.WithScreenCutOff(Instrument.Phq9, 10).WithScreenCutOff(Instrument.Gad7, 10);
        var ba = bare.WithScreenCutOff(Instrument.Gad7, 10).WithScreenCutOff(Instrument.Phq9, 10);
        ContractAssertions.Equality(ab, ba, bare.WithScreenCutOff(Instrument.Gad7, 10).WithScreenCutOff(Instrument.Phq2, 3), bare.WithScreenCutOff(Instrument.Gad7, 10));
    }

    [Fact]
    public void ScoringPolicy_Defaults_ArePinned()
    {
        var bare = new ScoringPolicy("P", "1", From);
        bare.Name.Should().Be("P");
        bare.Version.Should().Be("1");
        bare.EffectiveFrom.Should().Be(From);
        bare.EffectiveTo.Should().BeNull();
        bare.MissingItems.Should().Be(MissingItemPolicy.Refuse); // OUT-PHQ9-PRORATE: proration is opt-in
        bare.Sources.Should().Equal(OutcomeRules.Phq9Prorate.Source, OutcomeRules.AuditCPositive.Source, OutcomeRules.Pcl5Provisional.Source);
        bare.ToString().Should().Be("P 1");
        ScoringPolicy.Prorating.MissingItems.Should().Be(MissingItemPolicy.Prorate);
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.Pcl5, out var pcl5).Should().BeTrue();
        pcl5.Should().Be(33); // OUT-PCL5-PROVISIONAL: the upper end of Bovin et al.'s 31-33
    }

    [Fact]
    public void ScoringPolicy_TryGetScreenCutOffWithoutOne_IsFalseWithZero()
    {
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.Phq9, out var none).Should().BeFalse();
        none.Should().Be(0);
        ScoringPolicy.Default.TryGetScreenCutOff(Instrument.Phq9, Sex.Female, out var noneBySex).Should().BeFalse();
        noneBySex.Should().Be(0);
    }

    [Fact]
    public void ScoringPolicy_LookUps_FindAnEqualInstrumentThatIsNotTheSameInstance()
    {
        // A rebuilt PHQ-9 (equal by value, another instance) finds the policy's entries for the built-in.
        var phq9 = Rebuild(Instrument.Phq9);
        var pcl5 = Rebuild(Instrument.Pcl5);
        var auditC = Rebuild(Instrument.AuditC);
        ReferenceEquals(phq9, Instrument.Phq9).Should().BeFalse();
        ScoringPolicy.Prorating.MaximumMissingItems(phq9).Should().Be(2);
        ScoringPolicy.Default.TryGetScreenCutOff(pcl5, out var cut).Should().BeTrue();
        cut.Should().Be(33);
        ScoringPolicy.Default.TryGetScreenCutOff(auditC, Sex.Male, out var male).Should().BeTrue();
        male.Should().Be(4);
    }

    [Fact]
    public void ScoringPolicy_AddingAnEntryAgain_ReplacesIt()
    {
        var policy = ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Phq9, 1).WithScreenCutOffsBySex(Instrument.AuditC, 5, 2).WithScreenCutOff(Instrument.Pcl5, 31);
        policy.MaximumMissingItems(Instrument.Phq9).Should().Be(1);
        policy.TryGetScreenCutOff(Instrument.AuditC, Sex.Male, out var male).Should().BeTrue();
        male.Should().Be(5);
        policy.TryGetScreenCutOff(Instrument.AuditC, Sex.Female, out var female).Should().BeTrue();
        female.Should().Be(2);
        policy.TryGetScreenCutOff(Instrument.Pcl5, out var pcl5).Should().BeTrue();
        pcl5.Should().Be(31);
        policy.Should().Be((ScoringPolicy.Prorating with { })
            .WithMaximumMissingItems(Instrument.Phq9, 1).WithScreenCutOffsBySex(Instrument.AuditC, 5, 2).WithScreenCutOff(Instrument.Pcl5, 31));
        policy.Should().NotBe(ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Phq9, 1).WithScreenCutOffsBySex(Instrument.AuditC, 5, 2));
    }

    [Fact]
    public void ScoringPolicy_WithMaximumMissingItems_BoundsAreTheItemCount()
    {
        // [0, item count − 1]: the PHQ-9 may lose 0 to 8 items, never all 9.
        ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Phq9, 0).MaximumMissingItems(Instrument.Phq9).Should().Be(0);
        ScoringPolicy.Prorating.WithMaximumMissingItems(Instrument.Phq9, 8).MaximumMissingItems(Instrument.Phq9).Should().Be(8);
        FluentActions.Invoking(() => ScoringPolicy.Default.WithMaximumMissingItems(Instrument.Phq9, 9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumMissing");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithMaximumMissingItems(Instrument.Phq9, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumMissing");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithMaximumMissingItems(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Fact]
    public void ScoringPolicy_ScreenCutOffs_BoundsAreTheInstrumentRange()
    {
        // (minimum total, maximum total]: AUDIT-C 1..12, PCL-5 1..80.
        ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 1, 12).TryGetScreenCutOff(Instrument.AuditC, Sex.Female, out var female).Should().BeTrue();
        female.Should().Be(12);
        ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 12, 1).TryGetScreenCutOff(Instrument.AuditC, Sex.Female, out var low).Should().BeTrue();
        low.Should().Be(1);
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 0, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("male");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 13, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("male");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 4, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("female");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(Instrument.AuditC, 4, 13)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("female");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOffsBySex(null!, 4, 3)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        ScoringPolicy.Default.WithScreenCutOff(Instrument.Pcl5, 1).TryGetScreenCutOff(Instrument.Pcl5, out var one).Should().BeTrue();
        one.Should().Be(1);
        ScoringPolicy.Default.WithScreenCutOff(Instrument.Pcl5, 80).TryGetScreenCutOff(Instrument.Pcl5, out var top).Should().BeTrue();
        top.Should().Be(80);
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOff(Instrument.Pcl5, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atOrAbove");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOff(Instrument.Pcl5, 81)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atOrAbove");
        FluentActions.Invoking(() => ScoringPolicy.Default.WithScreenCutOff(null!, 33)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
    }

    [Fact]
    public void ScoringPolicy_LookUpGuards_NameTheirParameter()
    {
        FluentActions.Invoking(() => ScoringPolicy.Default.TryGetScreenCutOff(null!, out _)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        FluentActions.Invoking(() => ScoringPolicy.Default.TryGetScreenCutOff(null!, Sex.Male, out _)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        FluentActions.Invoking(() => ScoringPolicy.Default.TryGetScreenCutOff(Instrument.AuditC, (Sex)99, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sex");
        FluentActions.Invoking(() => ScoringPolicy.Default.MaximumMissingItems(null!)).Should().Throw<ArgumentNullException>().WithParameterName("instrument");
        FluentActions.Invoking(() => ScoringPolicy.Default with { MissingItems = (MissingItemPolicy)99 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MissingItems");
        FluentActions.Invoking(() => ScoringPolicy.Default with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => ScoringPolicy.Default with { Version = " " }).Should().Throw<ArgumentException>().WithParameterName("Version");
        FluentActions.Invoking(() => ScoringPolicy.Default with { Sources = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Sources");
        FluentActions.Invoking(() => new ScoringPolicy(" ", "1", From)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new ScoringPolicy("P", " ", From)).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new ScoringPolicy("P", "1", new LocalDate(1899, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("effectiveFrom");
    }

    private static Instrument Rebuild(Instrument i) =>
        new(i.Name, i.Version, i.EffectiveFrom, i.Items, i.Bands)
        {
            Sources = i.Sources,
            PositiveScreenAtOrAbove = i.PositiveScreenAtOrAbove,
            CarriedItem = i.CarriedItem,
            SafetyItems = i.SafetyItems,
            PanelCode = i.PanelCode,
            TotalCode = i.TotalCode,
            LicenceNote = i.LicenceNote,
            Licence = i.Licence,
            ItemCodes = i.ItemCodes,
            Sensitivity = i.Sensitivity,
        };
}
