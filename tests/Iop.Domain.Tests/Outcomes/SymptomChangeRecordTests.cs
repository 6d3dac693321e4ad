using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// <see cref="SymptomChange"/> read back from its record: every part kept as written, the checks a record can
/// carry (a baseline and a latest score together, a finite RCI, a defined category), and equality and hash
/// over each part on its own.
/// </summary>
public sealed class SymptomChangeRecordTests
{
    private static readonly LocalDate Admission = new(2026, 3, 2);
    private static readonly Measurement Baseline = new(Admission, 18);
    private static readonly Measurement Latest = new(Admission.PlusDays(60), 6);
    private static readonly Measurement FollowUp = new(Admission.PlusDays(45), 8);
    private static readonly Finding NotOnTrack = OutcomeRules.NotOnTrack.ToFinding(Severity.Warning, "Not on track.");

    /// <summary>A change with every part set, each argument replaceable on its own.</summary>
    private static SymptomChange Record(
        Instrument? instrument = null,
        Measurement? baseline = null,
        Measurement? latest = null,
        Measurement? followUp = null,
        IReadOnlyList<ItemChange>? itemChanges = null,
        bool isEligible = true,
        bool? response = true,
        bool? remission = false,
        double? rci = -2.5,
        ChangeCategory? category = ChangeCategory.Improved,
        bool isNotOnTrack = false,
        IReadOnlyList<Finding>? findings = null) =>
        SymptomChange.FromRecord(
            instrument ?? Instrument.Phq9, baseline ?? Baseline, latest ?? Latest, followUp ?? FollowUp, itemChanges ?? [new ItemChange(1, 3, 1)],
            isEligible, response, remission, rci, category, isNotOnTrack, findings ?? []);

    [Fact]
    public void FromRecord_KeepsEveryPartAsWritten()
    {
        var change = Record(findings: [NotOnTrack], isNotOnTrack: true);

        change.Instrument.Should().BeSameAs(Instrument.Phq9);
        change.Baseline.Should().Be(Baseline);
        change.Latest.Should().Be(Latest);
        change.FollowUp.Should().Be(FollowUp);
        change.Change.Should().Be(-12, "6 - 18");
        change.ItemChanges.Should().Equal(new ItemChange(1, 3, 1));
        change.IsEligible.Should().BeTrue();
        change.Response.Should().BeTrue();
        change.Remission.Should().BeFalse();
        change.ReliableChangeIndex.Should().Be(-2.5);
        change.Category.Should().Be(ChangeCategory.Improved);
        change.IsNotOnTrack.Should().BeTrue();
        change.Findings.Should().Equal(NotOnTrack);
    }

    [Fact]
    public void FromRecord_WithoutBaselineAndLatest_IsAccepted()
    {
        var change = SymptomChange.FromRecord(Instrument.Phq9, null, null, null, [], false, null, null, null, null, false, []);

        change.Baseline.Should().BeNull();
        change.Latest.Should().BeNull();
        change.Change.Should().BeNull();
        change.ToString().Should().Be("PHQ-9 change: no baseline");
    }

    [Fact]
    public void FromRecord_BaselineWithoutLatest_OrLatestWithoutBaseline_IsRefusedNamingLatest()
    {
        const string message = "A baseline and a latest score come together.*";
        FluentActions.Invoking(() => SymptomChange.FromRecord(Instrument.Phq9, Baseline, null, null, [], false, null, null, null, null, false, []))
            .Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("latest");
        FluentActions.Invoking(() => SymptomChange.FromRecord(Instrument.Phq9, null, Latest, null, [], false, null, null, null, null, false, []))
            .Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("latest");
    }

    [Fact]
    public void FromRecord_NullInstrument_IsRefused() =>
        FluentActions.Invoking(() => SymptomChange.FromRecord(null!, null, null, null, [], false, null, null, null, null, false, []))
            .Should().Throw<ArgumentNullException>().WithParameterName("instrument");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromRecord_NonFiniteRci_IsRefusedNamingIt(double rci) =>
        FluentActions.Invoking(() => Record(rci: rci))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reliableChangeIndex");

    [Fact]
    public void FromRecord_UndefinedCategory_IsRefused() =>
        // Category 0 is the core's "not computed" and 5 is past Deteriorated: neither is a member.
        FluentActions.Invoking(() => Record(category: (ChangeCategory)5)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("category");

    [Fact]
    public void FromRecord_NullElements_AreRefused()
    {
        FluentActions.Invoking(() => Record(findings: [null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SymptomChange.FromRecord(Instrument.Phq9, null, null, null, null!, false, null, null, null, null, false, []))
            .Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_DiffersInEachPartOnItsOwn()
    {
        var other = new Measurement(Admission.PlusDays(1), 17);
        ContractAssertions.Equality(
            Record(),
            Record(), // built again from equal parts
            Record(instrument: Instrument.Phq8),
            Record(baseline: other),
            Record(latest: other),
            Record(followUp: other),
            Record(itemChanges: [new ItemChange(1, 3, 2)]),
            Record(isEligible: false),
            Record(response: false),
            Record(remission: true),
            Record(rci: -2.4),
            Record(category: ChangeCategory.Recovered),
            Record(isNotOnTrack: true),
            Record(findings: [NotOnTrack]));
    }

    [Fact]
    public void GetHashCode_HashesEachPartThatEqualityCompares()
    {
        // IsEligible is not hashed: it follows from the baseline and the criteria. Every other part is.
        var other = new Measurement(Admission.PlusDays(1), 17);
        var hash = Record().GetHashCode();
        Record(instrument: Instrument.Phq8).GetHashCode().Should().NotBe(hash);
        Record(baseline: other).GetHashCode().Should().NotBe(hash);
        Record(latest: other).GetHashCode().Should().NotBe(hash);
        Record(followUp: other).GetHashCode().Should().NotBe(hash);
        Record(response: false).GetHashCode().Should().NotBe(hash);
        Record(remission: true).GetHashCode().Should().NotBe(hash);
        Record(rci: -2.4).GetHashCode().Should().NotBe(hash);
        Record(category: ChangeCategory.Recovered).GetHashCode().Should().NotBe(hash);
        Record(isNotOnTrack: true).GetHashCode().Should().NotBe(hash);
        Record(itemChanges: [new ItemChange(1, 3, 2)]).GetHashCode().Should().NotBe(hash);
        Record(findings: [NotOnTrack]).GetHashCode().Should().NotBe(hash);
    }
}
