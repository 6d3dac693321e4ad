using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Outcomes;

/// <summary>
/// The Kaplan–Meier buckets of <see cref="RetentionTable"/>: a stay of exactly the horizon has its own bucket, each
/// longer one is counted once beyond it, and equality compares the beyond count and each bucket list on its own.
/// </summary>
public sealed class RetentionTableEdgeTests
{
    private const int Horizon = 3;

    private static RetentionTable Table(long[] discharges, long[] open, long beyond) => RetentionTable.FromBuckets(discharges, open, beyond);

    [Fact]
    public void Add_StayOfExactlyTheHorizon_FillsItsBucket()
    {
        var table = new RetentionTable(Horizon);
        table.Add(Horizon, discharged: true);
        table.Add(Horizon, discharged: false);

        table.DischargesByDay.Should().Equal(0, 0, 0, 1);
        table.OpenByDay.Should().Equal(0, 0, 0, 1);
        table.BeyondHorizon.Should().Be(0);
    }

    [Fact]
    public void Add_StaysBeyondTheHorizon_AreCountedOnceEach_InNoBucket()
    {
        var table = new RetentionTable(Horizon);
        table.Add(Horizon + 1, discharged: true);
        table.Add(Horizon + 50, discharged: false);

        table.BeyondHorizon.Should().Be(2);
        table.DischargesByDay.Should().Equal(0, 0, 0, 0);
        table.OpenByDay.Should().Equal(0, 0, 0, 0);
    }

    [Fact]
    public void Survival_AllBeyondTheHorizon_StaysOne() =>
        Table([0, 0, 0, 0], [0, 0, 0, 0], 2).Survival(2).Should().Equal(1.0, 1.0, 1.0, 1.0);

    [Fact]
    public void Equality_ComparesTheBeyondCountAndEachBucketList()
    {
        var table = Table([0, 1, 0, 0], [0, 0, 1, 0], 1);

        table.Equals(Table([0, 1, 0, 0], [0, 0, 1, 0], 1)).Should().BeTrue();
        table.Equals((object)Table([0, 1, 0, 0], [0, 0, 1, 0], 1)).Should().BeTrue();
        table.GetHashCode().Should().Be(Table([0, 1, 0, 0], [0, 0, 1, 0], 1).GetHashCode());
        table.Equals(Table([0, 1, 0, 0], [0, 0, 1, 0], 2)).Should().BeFalse("another count beyond the horizon");
        table.Equals(Table([0, 0, 1, 0], [0, 0, 1, 0], 1)).Should().BeFalse("a discharge on another day");
        table.Equals(Table([0, 1, 0, 0], [0, 1, 0, 0], 1)).Should().BeFalse("an open episode observed another number of days");
        table.Equals(null).Should().BeFalse();
        Table([0, 1, 0, 0], [0, 0, 1, 0], 1).Equals((object?)null).Should().BeFalse();
    }
}
