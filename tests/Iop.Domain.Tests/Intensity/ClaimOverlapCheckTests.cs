using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;
using static Iop.Domain.Tests.Intensity.SessionFixtures;

namespace Iop.Domain.Tests.Intensity;

/// <summary>The claim-edit result: its value equality member by member, its counts-only text and the seven-day edit's wording.</summary>
public sealed class ClaimOverlapCheckTests
{
    private static readonly BillingRuleSet Medicare = BillingRuleSet.Medicare2024;

    private static readonly Finding Overlap = IntensityRules.IopPhpOverlap.ToFinding(Severity.Error, "overlap", FindingSubject.Day(Monday));

    private static ClaimOverlapCheck Check(LocalDate[] overlapping, LocalDate[] before, Finding[] findings) => new(overlapping, before, findings);

    [Fact]
    public void Equals_ListsDifferingInOnlyOneMember_AreUnequalWithDifferentHashes()
    {
        var value = Check([Monday], [Monday], [Overlap]);
        var equal = Check([Monday], [Monday], [Overlap]);
        ClaimOverlapCheck[] different =
        [
            Check([Monday.PlusDays(1)], [Monday], [Overlap]),
            Check([Monday], [Monday.PlusDays(1)], [Overlap]),
            Check([Monday], [Monday], [IntensityRules.IopPhpOverlap.ToFinding(Severity.Warning, "overlap", FindingSubject.Day(Monday))]),
            Check([], [Monday], [Overlap]),
            Check([Monday], [], [Overlap]),
            Check([Monday], [Monday], []),
        ];

        ContractAssertions.Equality(value, equal, different);
        different.Select(d => d.GetHashCode()).Should().NotContain(value.GetHashCode(), "each list is part of the hash");
        value.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_SameDatesInOtherLists_AreUnequal()
    {
        // The two date lists are compared each with its own counterpart, not with each other.
        var overlapOnly = Check([Monday], [], []);
        var beforeOnly = Check([], [Monday], []);

        overlapOnly.Should().NotBe(beforeOnly);
        overlapOnly.GetHashCode().Should().NotBe(beforeOnly.GetHashCode());
    }

    [Theory]
    [InlineData(0, 0, "0 days overlap PHP, 0 days before another claim")]
    [InlineData(1, 1, "1 day overlaps PHP, 1 day before another claim")]
    [InlineData(2, 1, "2 days overlap PHP, 1 day before another claim")] // the documented example
    [InlineData(1, 2, "1 day overlaps PHP, 2 days before another claim")]
    public void ToString_CountsOnly_SingularAndPlural(int overlapping, int before, string text)
    {
        var check = Check([.. Enumerable.Range(0, overlapping).Select(Monday.PlusDays)], [.. Enumerable.Range(0, before).Select(Monday.PlusDays)], []);
        check.ToString().Should().Be(text);
    }

    [Fact]
    public void CheckClaims_RealResult_PrintsNoDate()
    {
        var check = BillingDays.CheckClaims([Monday, Monday.PlusDays(1)], [Monday, Monday.PlusDays(1)], [Monday.PlusDays(2)], Medicare);
        check.ToString().Should().Be("2 days overlap PHP, 2 days before another claim");
        check.OverlappingPartialHospitalization.Should().Equal(Monday, Monday.PlusDays(1));
        check.BeforeAnotherClaim.Should().Equal(Monday, Monday.PlusDays(1));
    }

    [Theory]
    [InlineData(7, "The intensive outpatient date falls within 7 days before the start of another claim period; the claim would be returned.")]
    [InlineData(1, "The intensive outpatient date falls within 1 day before the start of another claim period; the claim would be returned.")]
    public void CheckClaims_SevenDayEdit_MessageNamesTheLookback(int lookback, string message)
    {
        var start = new LocalDate(2024, 4, 1);
        var check = BillingDays.CheckClaims([start.PlusDays(-1)], [], [start], Medicare with { ClaimLookbackDays = lookback });

        var finding = check.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(IntensityRules.IopSevenDay.Id);
        finding.Severity.Should().Be(Severity.Error);
        finding.Subject.Should().Be(FindingSubject.Day(start.PlusDays(-1)));
        finding.Message.Should().Be(message);
        check.OverlappingPartialHospitalization.Should().BeEmpty();
        check.BeforeAnotherClaim.Should().Equal(start.PlusDays(-1));
    }

    [Fact]
    public void CheckClaims_DatesInAnyOrderWithDuplicates_AreDistinctAndOrdered()
    {
        var start = new LocalDate(2024, 4, 10);
        LocalDate[] lines = [start.PlusDays(-1), start.PlusDays(-3), start.PlusDays(-1), start.PlusDays(-2)];
        var check = BillingDays.CheckClaims(lines, lines, [start, start], Medicare);

        check.OverlappingPartialHospitalization.Should().Equal(start.PlusDays(-3), start.PlusDays(-2), start.PlusDays(-1));
        check.BeforeAnotherClaim.Should().Equal(start.PlusDays(-3), start.PlusDays(-2), start.PlusDays(-1));
        check.Findings.Should().HaveCount(6, "one finding per edit and distinct line date");
        check.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void CheckClaims_AnotherClaimLongAfter_DoesNotApplyTheSevenDayEdit()
    {
        // Another claim starting well after the look-back, and one well before: neither concerns the line date.
        var line = new LocalDate(2024, 4, 1);
        var check = BillingDays.CheckClaims([line], [], [line.PlusDays(-30), line.PlusDays(30)], Medicare);

        check.Findings.Should().BeEmpty();
        check.HasErrors.Should().BeFalse();
        check.ToString().Should().Be("0 days overlap PHP, 0 days before another claim");
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2200, 1, 1)]
    public void CheckClaims_DateOutsideTheSupportedRange_IsRefusedNamingItsParameter(int year, int month, int day)
    {
        var outside = new LocalDate(year, month, day);
        FluentActions.Invoking(() => BillingDays.CheckClaims([outside], [], [], Medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("intensiveOutpatientDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], [outside], [], Medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partialHospitalizationDates");
        FluentActions.Invoking(() => BillingDays.CheckClaims([], [], [outside], Medicare)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("otherClaimStarts");
    }

    [Fact]
    public void CheckClaims_TheSupportedRangesEnds_AreAccepted()
    {
        var check = BillingDays.CheckClaims([SupportedDates.First, SupportedDates.Last], [SupportedDates.Last], [SupportedDates.First], Medicare);
        check.OverlappingPartialHospitalization.Should().Equal(SupportedDates.Last);
        check.BeforeAnotherClaim.Should().BeEmpty();
    }
}
