using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Tests.Continuum;

public sealed class LevelOfCareHistoryTests
{
    private static readonly LocalDate Admitted = new(2025, 7, 1);
    private static readonly LevelOfCareHistory Php = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization);

    [Fact]
    public void Append_RecordsDirection_AndReturnsANewHistory()
    {
        var iop = Php.Append(Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var php = iop.Append(Admitted.PlusDays(30), LevelOfCare.PartialHospitalization, LevelChangeReason.ClinicalJudgement);
        var lateral = php.Append(Admitted.PlusDays(30), LevelOfCare.PartialHospitalization, LevelChangeReason.Other);
        lateral.Entries.Select(e => e.Direction).Should().Equal(null, LevelChangeDirection.StepDown, LevelChangeDirection.StepUp, LevelChangeDirection.Lateral);
        Php.Entries.Should().HaveCount(1, "appending never changes the original");
        lateral.CurrentLevel.Should().Be(LevelOfCare.PartialHospitalization);
        lateral.LevelOn(Admitted.PlusDays(25)).Should().Be(LevelOfCare.IntensiveOutpatient);
        lateral.LevelOn(Admitted.PlusDays(-1)).Should().BeNull();
    }

    [Fact]
    public void Append_BeforeThePreviousEntry_Throws() =>
        FluentActions.Invoking(() => Php.Append(Admitted.PlusDays(-1), LevelOfCare.Residential, LevelChangeReason.ClinicalJudgement))
            .Should().Throw<ArgumentException>().WithParameterName("date");

    [Fact]
    public void Append_AfterDischarge_Throws()
    {
        var discharged = Php.Discharge(Admitted.PlusDays(10));
        FluentActions.Invoking(() => discharged.Append(Admitted.PlusDays(11), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview))
            .Should().Throw<ArgumentException>().WithParameterName("date");
        discharged.LevelOn(Admitted.PlusDays(11)).Should().BeNull();
        discharged.LevelOn(Admitted.PlusDays(10)).Should().Be(LevelOfCare.PartialHospitalization, "boundary: the discharge day is still in the episode");
    }

    [Fact]
    public void Discharge_Twice_OrBeforeTheLastEntry_Throws()
    {
        FluentActions.Invoking(() => Php.Discharge(Admitted.PlusDays(1)).Discharge(Admitted.PlusDays(2))).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => Php.Discharge(Admitted.PlusDays(-1))).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Append_BadEnums_Throw()
    {
        FluentActions.Invoking(() => Php.Append(Admitted, LevelOfCare.Outpatient, LevelChangeReason.Admission)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
        FluentActions.Invoking(() => Php.Append(Admitted, (LevelOfCare)0, LevelChangeReason.Other)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => LevelOfCareHistory.Admit(Admitted, (LevelOfCare)8)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = Php.Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var b = LevelOfCareHistory.Admit(Admitted, LevelOfCare.PartialHospitalization).Append(Admitted.PlusDays(5), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        ContractAssertions.Equality(a, b, Php, a.Discharge(Admitted.PlusDays(9)), a.Discharge(Admitted.PlusDays(9), TedsDischargeReason.TreatmentCompleted));
        a.ToString().Should().Be("Level-of-care history (2 entries, current IOP, open)");
    }

    [Fact]
    public void Discharge_KeepsWhatAnOutcomeEpisodeNeeds()
    {
        var history = Php.Append(Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview)
            .Discharge(Admitted.PlusDays(50), TedsDischargeReason.TreatmentCompleted);
        history.AdmittedOn.Should().Be(Admitted);
        history.Entries.Select(e => (e.Date, e.Level)).Should().Equal((Admitted, LevelOfCare.PartialHospitalization), (Admitted.PlusDays(20), LevelOfCare.IntensiveOutpatient));
        history.DischargedOn.Should().Be(Admitted.PlusDays(50));
        history.DischargeReason.Should().Be(TedsDischargeReason.TreatmentCompleted);
        Php.Discharge(Admitted).DischargeReason.Should().BeNull("boundary: discharged on the admission day, reason not recorded");
    }

    [Fact]
    public void Discharge_UndefinedReason_Throws() =>
        FluentActions.Invoking(() => Php.Discharge(Admitted, (TedsDischargeReason)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");

    // Issue 13: Append copied the whole history each time (quadratic). These pin the result and the
    // branch safety of the shared backing array; speed is measured by LevelOfCareHistoryBenchmarks.
    [Fact]
    public void Append_AHundredThousandTimes_KeepsEveryEntryInOrder()
    {
        const int Appends = 100_000;
        var history = Long(Appends);

        history.Entries.Should().HaveCount(Appends + 1);
        history.Entries[0].Should().Be(Php.Entries[0]);
        history.Entries[^1].Date.Should().Be(Admitted.PlusDays((Appends - 1) / 100));
        history.Entries[^1].Level.Should().Be(LevelAt(Appends - 1));
        history.Entries[50_000].Level.Should().Be(LevelAt(49_999));
        history.CurrentLevel.Should().Be(LevelAt(Appends - 1));
        history.LevelOn(Admitted.PlusDays(500)).Should().Be(LevelAt(50_099), "the last change dated day 500 is the 50,100th append");
        history.ToString().Should().Be($"Level-of-care history (100001 entries, current {LevelAt(Appends - 1).Abbreviation()}, open)");
    }

    [Fact]
    public void Append_ToAnOlderHistory_LeavesTheNewerOneUnchanged()
    {
        var iop = Php.Append(Admitted.PlusDays(10), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        var outpatient = iop.Append(Admitted.PlusDays(20), LevelOfCare.Outpatient, LevelChangeReason.TransitionReview);
        var residential = iop.Append(Admitted.PlusDays(15), LevelOfCare.Residential, LevelChangeReason.ClinicalJudgement); // a branch from the older one
        var again = outpatient.Append(Admitted.PlusDays(30), LevelOfCare.IntensiveOutpatient, LevelChangeReason.ClinicalJudgement);
        var branchOfBranch = residential.Append(Admitted.PlusDays(16), LevelOfCare.PartialHospitalization, LevelChangeReason.Other);
        var fromDischarged = iop.Discharge(Admitted.PlusDays(40)).Append(Admitted.PlusDays(12), LevelOfCare.Outpatient, LevelChangeReason.Other);

        outpatient.Entries.Select(e => e.Level).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Outpatient);
        residential.Entries.Select(e => e.Level).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Residential);
        again.Entries.Select(e => e.Level).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient);
        branchOfBranch.Entries.Select(e => e.Level).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Residential, LevelOfCare.PartialHospitalization);
        fromDischarged.Entries.Select(e => e.Level).Should().Equal(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient, LevelOfCare.Outpatient);
        fromDischarged.DischargedOn.Should().Be(Admitted.PlusDays(40));
        iop.Entries.Should().HaveCount(2, "appending never changes the original");
        iop.CurrentLevel.Should().Be(LevelOfCare.IntensiveOutpatient);
        outpatient.CurrentLevel.Should().Be(LevelOfCare.Outpatient);
        outpatient.Should().NotBe(residential);
        Php.Entries.Should().HaveCount(1);
    }

    [Fact]
    public void Append_FromManyThreadsToOneHistory_GivesEachItsOwnEntry()
    {
        var start = Long(1_000);
        for (var round = 0; round < 50; round++)
        {
            var results = new LevelOfCareHistory[64];
            Parallel.For(0, results.Length, i => results[i] = start.Append(Admitted.PlusDays(20 + i), LevelAt(i), LevelChangeReason.Other));

            for (var i = 0; i < results.Length; i++)
            {
                results[i].Entries.Should().HaveCount(1_002);
                results[i].Entries[^1].Date.Should().Be(Admitted.PlusDays(20 + i));
                results[i].Entries[^1].Level.Should().Be(LevelAt(i));
            }

            start.Entries.Should().HaveCount(1_001);
        }
    }

    [Fact]
    public void Equality_OfAHundredThousandEntries_BuiltByAppendsOrBranches_IsByValue()
    {
        const int Appends = 100_000;
        var appended = Long(Appends);
        var separate = Long(Appends);

        // The same entries reached through a branch: the shorter history's array is shared, then copied.
        var shorter = Long(Appends - 1);
        _ = shorter.Append(Admitted.PlusDays(1_000), LevelOfCare.Inpatient, LevelChangeReason.Other);
        var branched = shorter.Append(Admitted.PlusDays((Appends - 1) / 100), LevelAt(Appends - 1), LevelChangeReason.ClinicalJudgement);

        var differentLast = shorter.Append(Admitted.PlusDays((Appends - 1) / 100), LevelAt(Appends - 1), LevelChangeReason.Other);
        ContractAssertions.Equality(appended, separate, differentLast, Long(Appends, otherReasonAt: 50_000), shorter, appended.Discharge(Admitted.PlusDays(1_000)));
        appended.Should().Be(branched);
        appended.GetHashCode().Should().Be(branched.GetHashCode());
        appended.Entries.Should().Equal(separate.Entries);
    }

    [Fact]
    public void Entries_AreReadOnly_AndShowOnlyTheirOwnHistory()
    {
        var iop = Php.Append(Admitted.PlusDays(10), LevelOfCare.IntensiveOutpatient, LevelChangeReason.TransitionReview);
        _ = iop.Append(Admitted.PlusDays(20), LevelOfCare.Outpatient, LevelChangeReason.TransitionReview);
        var entries = iop.Entries;

        entries.Should().NotBeAssignableTo<LevelOfCareChange[]>();
        FluentActions.Invoking(() => entries[2]).Should().Throw<ArgumentOutOfRangeException>("the next slot belongs to the newer history");
        FluentActions.Invoking(() => entries[-1]).Should().Throw<ArgumentOutOfRangeException>();
        var list = entries.Should().BeAssignableTo<IList<LevelOfCareChange>>().Subject;
        list.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => list.Add(Php.Entries[0])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list[0] = Php.Entries[0]).Should().Throw<NotSupportedException>();
        list.IndexOf(iop.Entries[1]).Should().Be(1);
        list.Contains(Php.Entries[0]).Should().BeTrue();
        var copy = new LevelOfCareChange[3];
        list.CopyTo(copy, 1);
        copy[0].Should().BeNull();
        copy[1..].Should().Equal(Php.Entries[0], iop.Entries[1]);
        entries.ToArray().Should().HaveCount(2);
    }

    private static LevelOfCare LevelAt(int i) => LevelsOfCare.All[i % LevelsOfCare.All.Count];

    private static LevelOfCareHistory Long(int appends, int otherReasonAt = -1)
    {
        var history = Php;
        for (var i = 0; i < appends; i++)
        {
            history = history.Append(Admitted.PlusDays(i / 100), LevelAt(i), i == otherReasonAt ? LevelChangeReason.Other : LevelChangeReason.ClinicalJudgement);
        }

        return history;
    }
}
