using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

/// <summary>
/// More edges a mutation run found open: hashing that follows every part, text in the singular and plural, the
/// bounds of LOCUS numbers, the comparison operators of LOCUS levels and US states, and the guards of the
/// recertification clock and of ASAM edition rule sets.
/// </summary>
public sealed class ContinuumValueEdgeTests
{
    private static readonly LocalDate Unsupported = new(2200, 1, 1);

    [Fact]
    public void AsamEditionMapping_Hash_FollowsSourceEditionLossAndTargets()
    {
        var lossless = AsamLevel.Parse("2.1", AsamEdition.Third).ToEdition(AsamEdition.Fourth);
        var lossy = AsamLevel.Parse("3.3", AsamEdition.Third).ToEdition(AsamEdition.Fourth);
        var identity = AsamLevel.Parse("2.1", AsamEdition.Third).ToEdition(AsamEdition.Third);

        lossless.GetHashCode().Should().Be(AsamLevel.Parse("2.1", AsamEdition.Third).ToEdition(AsamEdition.Fourth).GetHashCode());
        lossless.GetHashCode().Should().NotBe(lossy.GetHashCode());
        lossless.GetHashCode().Should().NotBe(identity.GetHashCode());
        lossless.GetHashCode().Should().NotBe(AsamEditionMapping.FromRecord(lossless.Source, lossless.Edition, lossless.Targets, isLossy: true).GetHashCode());
        lossless.GetHashCode().Should().NotBe(AsamEditionMapping.FromRecord(lossless.Source, lossless.Edition, [], isLossy: false).GetHashCode());
        lossless.GetHashCode().Should().NotBe(AsamEditionMapping.FromRecord(AsamLevel.Parse("2.5", AsamEdition.Third), lossless.Edition, lossless.Targets, isLossy: false).GetHashCode());
    }

    [Fact]
    public void AsamEditionMapping_ToString_SaysLossyOnlyWhenItIs()
    {
        AsamLevel.Parse("2.1", AsamEdition.Third).ToEdition(AsamEdition.Fourth).ToString().Should().Be("ASAM 2.1 (3rd ed.) → ASAM 2.1 (4th ed.)");
        AsamLevel.Parse("3.3", AsamEdition.Third).ToEdition(AsamEdition.Fourth).ToString().Should().Be("ASAM 3.3 (3rd ed.) → ASAM 3.5 (4th ed.), lossy");
        AsamLevel.Parse("0.5", AsamEdition.Third).ToEdition(AsamEdition.Fourth).ToString().Should().Be("ASAM 0.5 (3rd ed.) → none, lossy");
    }

    [Fact]
    public void AsamEditionMapping_FromRecordWithATargetOfAnotherEdition_IsRefused() =>
        FluentActions.Invoking(() => AsamEditionMapping.FromRecord(AsamLevel.Parse("2.1", AsamEdition.Third), AsamEdition.Fourth, [AsamLevel.Parse("2.1", AsamEdition.Third)], false))
            .Should().Throw<ArgumentException>().WithMessage("Every target must be a level of the edition mapped to.*").WithParameterName("targets");

    [Fact]
    public void AsamEditionRuleSet_WithAdoptionNullOrTwiceOnADate_IsRefused()
    {
        var rules = AsamEditionRuleSet.UnitedStates2026;
        var illinois = rules.Adoptions[0];

        FluentActions.Invoking(() => rules.WithAdoption(null!)).Should().Throw<ArgumentNullException>().WithParameterName("adoption");
        FluentActions.Invoking(() => rules.WithAdoption(illinois with { Edition = illinois.Edition == AsamEdition.Third ? AsamEdition.Fourth : AsamEdition.Third }))
            .Should().Throw<ArgumentException>().WithMessage("A state has at most one adoption per date.*").WithParameterName("adoption");
    }

    [Fact]
    public void AsamEditionRuleSet_Hash_FollowsEveryPart()
    {
        var rules = AsamEditionRuleSet.UnitedStates2026;
        var hash = rules.GetHashCode();

        (rules with { }).GetHashCode().Should().Be(hash);
        (rules with { Version = "other" }).GetHashCode().Should().NotBe(hash);
        (rules with { EffectiveFrom = rules.EffectiveFrom.PlusDays(1) }).GetHashCode().Should().NotBe(hash);
        (rules with { EffectiveTo = new LocalDate(2199, 1, 1) }).GetHashCode().Should().NotBe(hash);
        (rules with { DefaultEdition = AsamEdition.Fourth }).GetHashCode().Should().NotBe(hash);
        (rules with { Adoptions = rules.Adoptions.Take(1).ToArray() }).GetHashCode().Should().NotBe(hash);
        (rules with { Sources = [Citations.Tip47] }).GetHashCode().Should().NotBe(hash);
    }

    [Fact]
    public void AsamEditionRuleSet_ToString_WithAnEndAndInTheSingular()
    {
        var rules = AsamEditionRuleSet.UnitedStates2026;
        var one = rules with { Adoptions = rules.Adoptions.Take(1).ToArray() };

        (one with { EffectiveTo = new LocalDate(2199, 1, 1) }).ToString().Should().EndWith($"({rules.EffectiveFrom:uuuu'-'MM'-'dd} to 2199-01-01, 1 adoption)");
        (rules with { EffectiveTo = new LocalDate(2199, 1, 1) }).ToString().Should().EndWith($"to 2199-01-01, {rules.Adoptions.Count} adoptions)");
        one.ToString().Should().EndWith("1 adoption)");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(3, true)]
    [InlineData(-1, false)]
    [InlineData(7, false)]
    public void LocusLevel_TryFromNumber_KnowsZeroToSix(int number, bool known)
    {
        LocusLevel.TryFromNumber(number, out var level).Should().Be(known);
        level.Should().Be(known ? LocusLevel.FromNumber(number) : default);
        if (known)
        {
            level.Number.Should().Be(number);
        }
    }

    [Fact]
    public void LocusLevel_Operators_AtEqualityAndAcross()
    {
        var two = LocusLevel.FromNumber(2);
        var alsoTwo = LocusLevel.FromNumber(2);
        var three = LocusLevel.FromNumber(3);

        (two < alsoTwo).Should().BeFalse();
        (two > alsoTwo).Should().BeFalse();
        (two <= alsoTwo).Should().BeTrue();
        (two >= alsoTwo).Should().BeTrue();
        (two < three).Should().BeTrue();
        (three > two).Should().BeTrue();
        (three <= two).Should().BeFalse();
        (two >= three).Should().BeFalse();
        three.ToString().Should().Be("LOCUS 3");
    }

    [Fact]
    public void UsState_Operators_AtEqualityAndAcross()
    {
        var illinois = UsState.Parse("IL");
        var alsoIllinois = UsState.Parse("IL");
        var washington = UsState.Parse("WA");

        (illinois < alsoIllinois).Should().BeFalse();
        (illinois > alsoIllinois).Should().BeFalse();
        (illinois <= alsoIllinois).Should().BeTrue();
        (illinois >= alsoIllinois).Should().BeTrue();
        (illinois < washington).Should().BeTrue();
        (washington > illinois).Should().BeTrue();
        (washington <= illinois).Should().BeFalse();
        (illinois >= washington).Should().BeFalse();
    }

    [Fact]
    public void UsState_Parse_NullOrNotAState_Throws()
    {
        FluentActions.Invoking(() => UsState.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => UsState.Parse("ZZ")).Should().Throw<ArgumentException>()
            .WithMessage("The text is not the USPS code of a US state, DC or an inhabited territory.*").WithParameterName("text");
    }

    [Fact]
    public void RecertificationCadence_Medicare_IsVersion2024()
    {
        RecertificationCadence.Medicare.Version.Should().Be("2024");
        RecertificationCadence.Medicare.Name.Should().Be("Medicare recertification");
    }

    [Fact]
    public void RecertificationCadence_Clocks_RefuseADateOutsideTheSupportedRange()
    {
        var cadence = RecertificationCadence.Medicare;

        FluentActions.Invoking(() => cadence.PhpFirstRecertificationDue(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstDayOfServices");
        FluentActions.Invoking(() => cadence.NextPhpRecertificationDue(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastRecertification");
        FluentActions.Invoking(() => cadence.NextIopRecertificationDue(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastCertification");
        FluentActions.Invoking(() => cadence.NextDue(LevelOfCare.IntensiveOutpatient, Unsupported, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("levelStart");
        FluentActions.Invoking(() => cadence.NextDue(LevelOfCare.IntensiveOutpatient, new LocalDate(2025, 1, 1), Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastRecertification");
    }

    [Fact]
    public void RecertificationCadence_NextDue_RecertificationBeforeTheLevel_SaysSo() =>
        FluentActions.Invoking(() => RecertificationCadence.Medicare.NextDue(LevelOfCare.IntensiveOutpatient, new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 1)))
            .Should().Throw<ArgumentException>().WithMessage("The recertification must not be before the level began.*").WithParameterName("lastRecertification");

    [Fact]
    public void RecertificationCadence_Intervals_OfYearsMonthsWeeksOrDays_AreAccepted_AndOthersRefusedWithTheRule()
    {
        var cadence = RecertificationCadence.Medicare;

        (cadence with { IopRecertificationInterval = Period.FromYears(1) }).NextIopRecertificationDue(new LocalDate(2025, 1, 1)).Should().Be(new LocalDate(2026, 1, 1));
        (cadence with { IopRecertificationInterval = Period.FromMonths(1) }).NextIopRecertificationDue(new LocalDate(2025, 1, 1)).Should().Be(new LocalDate(2025, 2, 1));
        (cadence with { PhpRecertificationInterval = Period.FromWeeks(2) }).NextPhpRecertificationDue(new LocalDate(2025, 1, 1)).Should().Be(new LocalDate(2025, 1, 15));
        FluentActions.Invoking(() => cadence with { IopRecertificationInterval = Period.Zero })
            .Should().Throw<ArgumentException>().WithMessage("The interval must be a positive period of whole days, weeks, months or years.*").WithParameterName("IopRecertificationInterval");
    }
}
