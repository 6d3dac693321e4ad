namespace Iop.Domain.Continuum;

/// <summary>
/// The crosswalk between <see cref="LevelOfCare"/> and ASAM Criteria level numbers, in both editions
/// (rules <c>CONT-ASAM3-CROSSWALK</c> and <c>CONT-ASAM4-CROSSWALK</c>).
/// </summary>
/// <remarks>
/// <para>One level of ours maps to several ASAM levels; the first of <see cref="ToAsamLevels"/> is the
/// default returned by <see cref="ToAsam"/>:</para>
/// <list type="table">
/// <listheader><term>level</term><description>3rd edition (default first) · 4th edition (default first)</description></listheader>
/// <item><term>Outpatient</term><description>1 · 1.5, 1.0, 1.7</description></item>
/// <item><term>Intensive outpatient</term><description>2.1 · 2.1</description></item>
/// <item><term>Partial hospitalization</term><description>2.5 · 2.5, 2.7</description></item>
/// <item><term>Residential</term><description>3.5, 3.1, 3.3, 3.7 · 3.5, 3.1, 3.7</description></item>
/// <item><term>Inpatient</term><description>4 · 4.0</description></item>
/// </list>
/// <para>3rd-edition 0.5 (early intervention) is not a level of care and has no mapping:
/// <see cref="TryFromAsam"/> returns <see langword="false"/> for it. 3.7 is medically <em>monitored</em>
/// and so maps to residential; our inpatient level is medically <em>managed</em> (4). The 4th edition's
/// 2.7 sits between 2.5 and 3.1 and maps to partial hospitalization. See <c>docs/rules.md</c>.</para>
/// <para>Withdrawal management (rule <c>CONT-ASAM-WM</c>) is a service beside a level of care, not a level: the 3rd
/// edition's WM levels map to the level they are delivered beside (<see cref="FromAsam"/>: 1-WM → outpatient;
/// 2-WM → partial hospitalization, also beside intensive outpatient; 3.2-WM and 3.7-WM → residential; 4-WM →
/// inpatient), and <see cref="WithdrawalManagementBeside"/> lists, per level of care, the WM levels (3rd edition) or the
/// withdrawal-capable levels (4th edition: 1.7, 2.7, 3.7) that can sit beside it.</para>
/// <para><see cref="ToEdition"/> maps a level between the editions (rule <c>CONT-ASAM-EDITIONS</c>) and says where the
/// mapping is lossy: 3rd-edition 0.5 (no 4th-edition level), 3.3 (dropped; nearest 3.5), every WM level (folded into a
/// level), and the 4th edition's 1.0 (no 3rd-edition level) and withdrawal-capable 1.7, 2.7, 3.7 (the 3rd edition
/// holds withdrawal management as a separate service).</para>
/// </remarks>
public static class AsamCrosswalk
{
    // Indexed by (int)LevelOfCare - 1; each row lists tenths, default first.
    private static readonly AsamLevel[][] Third = Build(AsamEdition.Third, [[10], [21], [25], [35, 31, 33, 37], [40]]);
    private static readonly AsamLevel[][] Fourth = Build(AsamEdition.Fourth, [[15, 10, 17], [21], [25, 27], [35, 31, 37], [40]]);

    /// <summary>Returns the default ASAM level for a level of care in the given edition.</summary>
    /// <param name="level">The level of care.</param>
    /// <param name="edition">The ASAM edition.</param>
    /// <returns>The default ASAM level (see the type remarks).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="edition"/> is not defined.</exception>
    public static AsamLevel ToAsam(this LevelOfCare level, AsamEdition edition) => Row(level, edition)[0];

    /// <summary>Returns every ASAM level that a level of care covers in the given edition, the default first.</summary>
    /// <param name="level">The level of care.</param>
    /// <param name="edition">The ASAM edition.</param>
    /// <returns>One or more ASAM levels.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<AsamLevel> ToAsamLevels(this LevelOfCare level, AsamEdition edition) => Array.AsReadOnly(Row(level, edition));

    /// <summary>Returns the level of care an ASAM level belongs to.</summary>
    /// <param name="asamLevel">The ASAM level.</param>
    /// <returns>The level of care.</returns>
    /// <exception cref="ArgumentException"><paramref name="asamLevel"/> has no level of care (0.5, or the default value).</exception>
    public static LevelOfCare FromAsam(AsamLevel asamLevel) =>
        TryFromAsam(asamLevel, out var level)
            ? level
            : throw new ArgumentException("The ASAM level has no corresponding level of care.", nameof(asamLevel));

    /// <summary>Gets the level of care an ASAM level belongs to, without throwing for an unmapped level.</summary>
    /// <param name="asamLevel">The ASAM level.</param>
    /// <param name="level">The level of care, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> for 3rd-edition 0.5 and for the default value. A withdrawal-management level gives the
    /// level of care it is delivered beside (see the type remarks).</returns>
    public static bool TryFromAsam(AsamLevel asamLevel, out LevelOfCare level)
    {
        if (asamLevel.IsWithdrawalManagement)
        {
            level = BesideWithdrawal(asamLevel.Tenths)[0];
            return true;
        }

        var table = asamLevel.Edition == AsamEdition.Fourth ? Fourth : Third;
        for (var i = 0; i < table.Length; i++)
        {
            if (asamLevel.Tenths != 0 && Array.IndexOf(table[i], asamLevel) >= 0)
            {
                level = (LevelOfCare)(i + 1);
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Returns the withdrawal-management services that can sit beside a level of care in an edition.</summary>
    /// <param name="level">The level of care.</param>
    /// <param name="edition">The ASAM edition.</param>
    /// <returns>3rd edition: the WM levels delivered beside the level (outpatient → 1-WM; intensive outpatient → 2-WM;
    /// partial hospitalization → 2-WM; residential → 3.2-WM, 3.7-WM; inpatient → 4-WM). 4th edition: the withdrawal-capable
    /// levels among <see cref="ToAsamLevels"/> (outpatient → 1.7; partial hospitalization → 2.7; residential → 3.7;
    /// intensive outpatient and inpatient → none).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<AsamLevel> WithdrawalManagementBeside(this LevelOfCare level, AsamEdition edition)
    {
        var row = Row(level, edition);
        if (edition == AsamEdition.Fourth)
        {
            return Array.AsReadOnly(Array.FindAll(row, a => a.IsWithdrawalCapable));
        }

        return Array.AsReadOnly(AsamLevel.ThirdEditionWithdrawalManagement.Where(wm => Array.IndexOf(BesideWithdrawal(wm.Tenths), level) >= 0).ToArray());
    }

    /// <summary>Maps an ASAM level to the other (or the same) edition, saying whether the mapping loses meaning.</summary>
    /// <param name="asamLevel">The level to map.</param>
    /// <param name="edition">The edition to map it to.</param>
    /// <returns>The mapping: the target levels, default first (none for 3rd-edition 0.5), and whether it is lossy (see the
    /// type remarks). To the level's own edition the mapping is the level itself and is not lossy.</returns>
    /// <exception cref="ArgumentException"><paramref name="asamLevel"/> is the invalid <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static AsamEditionMapping ToEdition(this AsamLevel asamLevel, AsamEdition edition)
    {
        Guard.Against.UndefinedMember(edition);
        if (asamLevel.Tenths == 0)
        {
            throw new ArgumentException("The default ASAM level is not a level.", nameof(asamLevel));
        }

        if (asamLevel.Edition == edition)
        {
            return new AsamEditionMapping(asamLevel, edition, [asamLevel], isLossy: false);
        }

        var (tenths, lossy) = edition == AsamEdition.Fourth ? ThirdToFourth(asamLevel) : FourthToThird(asamLevel.Tenths);
        var targets = Array.ConvertAll(tenths, t => t < 0
            ? AsamLevel.ThirdEditionWithdrawalManagement.Single(a => a.Tenths == -t)
            : AsamLevel.AllOf(edition).Single(a => a.Tenths == t));
        return new AsamEditionMapping(asamLevel, edition, targets, lossy);
    }

    // 3rd → 4th, default first. Lossy: 0.5 (no 4th-edition level), 3.3 (dropped), every WM level (folded into a level).
    private static (int[] Tenths, bool Lossy) ThirdToFourth(AsamLevel level) => (level.IsWithdrawalManagement, level.Tenths) switch
    {
        (true, 10) => ([17], true),
        (true, 20) => ([27], true),
        (true, 32) => ([37], true),
        (true, 37) => ([37], true),
        (true, _) => ([40], true),
        (false, 5) => ([], true),
        (false, 10) => ([15, 10, 17], false),
        (false, 33) => ([35, 31], true),
        (false, var t) => ([t], false),
    };

    // 4th → 3rd, default first; a negative number is a 3rd-edition WM level. Lossy: 1.0 (no 3rd-edition level) and the
    // withdrawal-capable 1.7, 2.7, 3.7 (the 3rd edition holds withdrawal management as a separate service).
    private static (int[] Tenths, bool Lossy) FourthToThird(int tenths) => tenths switch
    {
        10 => ([10], true),
        15 => ([10], false),
        17 => ([10, -10], true),
        27 => ([25, -20], true),
        37 => ([37, -37], true),
        _ => ([tenths], false),
    };

    // The levels of care a 3rd-edition WM level is delivered beside, default first (rule CONT-ASAM-WM).
    private static LevelOfCare[] BesideWithdrawal(int tenths) => tenths switch
    {
        10 => [LevelOfCare.Outpatient],
        20 => [LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient],
        32 or 37 => [LevelOfCare.Residential],
        _ => [LevelOfCare.Inpatient],
    };

    private static AsamLevel[] Row(LevelOfCare level, AsamEdition edition) =>
        (Guard.Against.UndefinedMember(edition) == AsamEdition.Third ? Third : Fourth)[(int)Guard.Against.UndefinedMember(level) - 1];

    private static AsamLevel[][] Build(AsamEdition edition, int[][] rows) =>
        Array.ConvertAll(rows, row => Array.ConvertAll(row, tenths => AsamLevel.AllOf(edition).Single(a => a.Tenths == tenths)));
}
