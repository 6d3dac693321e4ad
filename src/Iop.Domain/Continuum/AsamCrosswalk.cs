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
    /// <returns><see langword="false"/> for 3rd-edition 0.5 and for the default value.</returns>
    public static bool TryFromAsam(AsamLevel asamLevel, out LevelOfCare level)
    {
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

    private static AsamLevel[] Row(LevelOfCare level, AsamEdition edition) =>
        (Guard.Against.UndefinedMember(edition) == AsamEdition.Third ? Third : Fourth)[(int)Guard.Against.UndefinedMember(level) - 1];

    private static AsamLevel[][] Build(AsamEdition edition, int[][] rows) =>
        Array.ConvertAll(rows, row => Array.ConvertAll(row, tenths => AsamLevel.AllOf(edition).Single(a => a.Tenths == tenths)));
}
