using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

/// <summary>
/// The edges a mutation run found open in the continuum: a history's guards and their texts, a change on the
/// discharge date, the level on the very day of a change, its entry list as a read-only <see cref="IList{T}"/>,
/// and the ASAM level's default value, withdrawal-management codes and parsing of malformed text.
/// </summary>
public sealed class ContinuumEdgeTests
{
    private static readonly LocalDate Admitted = new(2025, 3, 3);
    private static readonly LocalDate Unsupported = new(2200, 1, 1);

    private static LevelOfCareHistory History() => LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization);

    [Fact]
    public void Admit_AppendDischargeAndLevelOn_RefuseADateOutsideTheSupportedRange()
    {
        FluentActions.Invoking(() => LevelOfCareHistory.Admit(Unsupported, LevelOfCare.IntensiveOutpatient)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => History().Append(Unsupported, LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => History().Discharge(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => History().LevelOn(Unsupported)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Append_ASecondAdmission_SaysOnlyTheFirstEntryIs() =>
        FluentActions.Invoking(() => History().Append(Admitted.PlusDays(1), LevelOfCare.IntensiveOutpatient, LevelChangeReason.Admission))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Only the first entry of a history is an admission.*").WithParameterName("reason");

    [Fact]
    public void Append_OnTheDischargeDate_IsAllowed_AndTheDayAfterIsRefusedWithTheRule()
    {
        var discharged = History().Discharge(Admitted.PlusDays(10));

        discharged.Append(Admitted.PlusDays(10), LevelOfCare.IntensiveOutpatient, LevelChangeReason.ClinicalJudgement).CurrentLevel.Should().Be(LevelOfCare.IntensiveOutpatient);
        FluentActions.Invoking(() => discharged.Append(Admitted.PlusDays(11), LevelOfCare.IntensiveOutpatient, LevelChangeReason.ClinicalJudgement))
            .Should().Throw<ArgumentException>().WithMessage("A change may not be dated after the discharge.*").WithParameterName("date");
    }

    [Fact]
    public void Discharge_Twice_SaysItIsAlreadyDischarged() =>
        FluentActions.Invoking(() => History().Discharge(Admitted.PlusDays(1)).Discharge(Admitted.PlusDays(2)))
            .Should().Throw<ArgumentException>().WithMessage("The episode is already discharged.*").WithParameterName("date");

    [Fact]
    public void LevelOn_TheAdmissionDateAndTheDayOfAChange_IsTheLevelThatStartsThatDay()
    {
        var history = History().Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);

        history.LevelOn(Admitted).Should().Be(LevelOfCare.PartialHospitalization);
        history.LevelOn(Admitted.PlusDays(-1)).Should().BeNull();
        history.LevelOn(Admitted.PlusDays(4)).Should().Be(LevelOfCare.PartialHospitalization);
        history.LevelOn(Admitted.PlusDays(5)).Should().Be(LevelOfCare.IntensiveOutpatient);
    }

    [Fact]
    public void ToString_CountsEntriesInTheSingularAndPlural_AndSaysOpenOrDischarged()
    {
        History().ToString().Should().Be("Level-of-care history (1 entry, current PHP, open)");
        History().Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview).Discharge(Admitted.PlusDays(9)).ToString()
            .Should().Be("Level-of-care history (2 entries, current IOP, discharged)");
    }

    [Fact]
    public void Entries_EnumerateExactlyTheHistorysEntries_EvenWhenALongerHistorySharesTheArray()
    {
        var shorter = History().Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var longer = shorter.Append(Admitted.PlusDays(9), LevelOfCare.Outpatient, LevelChangeReason.TransitionReview);

        Enumerated(shorter.Entries).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient);
        Enumerated(longer.Entries).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Outpatient);
        var untyped = 0;
        foreach (var entry in (System.Collections.IEnumerable)shorter.Entries)
        {
            entry.Should().BeOfType<LevelOfCareChange>();
            untyped++;
        }

        untyped.Should().Be(2);
    }

    /// <summary>The levels in enumeration order, through the enumerator itself (<c>ToList</c> would copy with <c>CopyTo</c>).</summary>
    private static List<LevelOfCare> Enumerated(IEnumerable<LevelOfCareChange> entries)
    {
        var levels = new List<LevelOfCare>();
        foreach (var entry in entries)
        {
            levels.Add(entry.Level);
        }

        return levels;
    }

    [Fact]
    public void Entries_AsAList_AreReadOnly_AndSaySo()
    {
        var entries = (IList<LevelOfCareChange>)History().Entries;
        var entry = entries[0];

        entries.IsReadOnly.Should().BeTrue();
        entries.IndexOf(entry).Should().Be(0);
        entries.Contains(entry).Should().BeTrue();
        foreach (var change in new Action[]
                 {
                     () => entries[0] = entry,
                     () => entries.Add(entry),
                     () => entries.Clear(),
                     () => entries.Insert(0, entry),
                     () => entries.Remove(entry),
                     () => entries.RemoveAt(0),
                 })
        {
            change.Should().Throw<NotSupportedException>().WithMessage("The history is read-only.");
        }

        FluentActions.Invoking(() => entries[1]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        var copy = new LevelOfCareChange[2];
        entries.CopyTo(copy, 1);
        copy[1].Should().Be(entry);
    }

    [Fact]
    public void AsamLevel_Default_HasNoCodeNameOrSensitivity_AndRefusesToBeCoded()
    {
        var none = default(AsamLevel);

        none.Code.Should().BeEmpty();
        none.Name.Should().BeEmpty();
        none.Sensitivity.Should().Be(Sensitivity.General);
        FluentActions.Invoking(() => none.ToCodedValue()).Should().Throw<InvalidOperationException>().WithMessage("The default ASAM level is not a level; it has no code.");
    }

    [Fact]
    public void AsamLevel_OfCare_IsSubstanceUseData() =>
        AsamLevel.Parse("2.1", AsamEdition.Third).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Theory]
    [InlineData("1-WM", "1-WM")]
    [InlineData("3.2-WM", "3.2-WM")]
    [InlineData("3.7 WM", "3.7-WM")]
    [InlineData("4-D", "4-WM")]
    public void AsamLevel_WithdrawalManagement_IsCodedWithItsSuffix(string text, string code)
    {
        var level = AsamLevel.Parse(text, AsamEdition.Third);

        level.Code.Should().Be(code);
        level.ToCodedValue().Should().Be(new CodedValue(CodeSystems.AsamThirdEdition, code, string.Empty));
    }

    [Fact]
    public void AsamLevel_Parse_NullOrNotALevel_Throws()
    {
        FluentActions.Invoking(() => AsamLevel.Parse(null!, AsamEdition.Third)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => AsamLevel.Parse("9.9", AsamEdition.Third)).Should().Throw<ArgumentException>()
            .WithMessage("The text is not a level number of the given ASAM edition.*").WithParameterName("text");
    }

    [Theory]
    [InlineData("Z.5")]   // no units: not 0.5
    [InlineData("1.;")]   // ';' is not a digit, though 1 and ';' - '0' would make 2.1
    [InlineData("2.15")]
    [InlineData(".5")]
    [InlineData("")]
    [InlineData(null)]
    public void AsamLevel_TryParse_MalformedText_IsFalse(string? text) =>
        AsamLevel.TryParse(text, AsamEdition.Third, out _).Should().BeFalse();
}
