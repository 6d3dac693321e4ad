namespace Iop.Domain.Continuum;

/// <summary>The crosswalk between <see cref="LevelOfCare"/> and LOCUS levels (rule <c>CONT-LOCUS-CROSSWALK</c>).</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>level</term><description>LOCUS levels (default first)</description></listheader>
/// <item><term>Outpatient</term><description>2 Low Intensity Community Based, 1 Recovery Maintenance and Health Management</description></item>
/// <item><term>Intensive outpatient</term><description>3 High Intensity Community Based</description></item>
/// <item><term>Partial hospitalization</term><description>4 Medically Monitored Non-Residential</description></item>
/// <item><term>Residential</term><description>5 Medically Monitored Residential</description></item>
/// <item><term>Inpatient</term><description>6 Medically Managed Residential</description></item>
/// </list>
/// LOCUS 0 (basic services: prevention and maintenance) is not a level of care and has no mapping.
/// </remarks>
public static class LocusCrosswalk
{
    private static readonly LocusLevel[][] Table =
    [
        [LocusLevel.FromNumber(2), LocusLevel.FromNumber(1)],
        [LocusLevel.FromNumber(3)],
        [LocusLevel.FromNumber(4)],
        [LocusLevel.FromNumber(5)],
        [LocusLevel.FromNumber(6)],
    ];

    /// <summary>Returns the default LOCUS level for a level of care.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>The default LOCUS level (see the type remarks).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static LocusLevel ToLocus(this LevelOfCare level) => Table[(int)Guard.Against.UndefinedMember(level) - 1][0];

    /// <summary>Returns every LOCUS level a level of care covers, the default first.</summary>
    /// <param name="level">The level of care.</param>
    /// <returns>One or more LOCUS levels.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static IReadOnlyList<LocusLevel> ToLocusLevels(this LevelOfCare level) => Array.AsReadOnly(Table[(int)Guard.Against.UndefinedMember(level) - 1]);

    /// <summary>Returns the level of care a LOCUS level belongs to.</summary>
    /// <param name="locusLevel">The LOCUS level.</param>
    /// <returns>The level of care.</returns>
    /// <exception cref="ArgumentException"><paramref name="locusLevel"/> is level 0, which has no level of care.</exception>
    public static LevelOfCare FromLocus(LocusLevel locusLevel) =>
        TryFromLocus(locusLevel, out var level)
            ? level
            : throw new ArgumentException("The LOCUS level has no corresponding level of care.", nameof(locusLevel));

    /// <summary>Gets the level of care a LOCUS level belongs to, without throwing for level 0.</summary>
    /// <param name="locusLevel">The LOCUS level.</param>
    /// <param name="level">The level of care, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> for LOCUS level 0.</returns>
    public static bool TryFromLocus(LocusLevel locusLevel, out LevelOfCare level)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if (Array.IndexOf(Table[i], locusLevel) >= 0)
            {
                level = (LevelOfCare)(i + 1);
                return true;
            }
        }

        level = default;
        return false;
    }
}
