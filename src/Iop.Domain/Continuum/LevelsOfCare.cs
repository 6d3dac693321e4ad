using Iop.Domain.Coding;

namespace Iop.Domain.Continuum;

/// <summary>
/// Moves along the continuum of care: the ordered list of levels, stepping up and down, and whether a
/// move skips a level.
/// </summary>
/// <remarks>
/// Past either end of the continuum there is no level: below <see cref="LevelOfCare.Outpatient"/> lies
/// discharge to continuing care (recovery supports, mutual-help groups), which is not a level of care,
/// and above <see cref="LevelOfCare.Inpatient"/> there is nothing. <see cref="StepDown"/> and
/// <see cref="StepUp"/> say so by returning <see langword="null"/>, and the <c>Try</c> forms by returning
/// <see langword="false"/>; neither throws for a valid level.
/// </remarks>
public static class LevelsOfCare
{
    /// <summary>Gets every level, from least to most intensive.</summary>
    public static IReadOnlyList<LevelOfCare> All { get; } =
    [
        LevelOfCare.Outpatient,
        LevelOfCare.IntensiveOutpatient,
        LevelOfCare.PartialHospitalization,
        LevelOfCare.Residential,
        LevelOfCare.Inpatient,
    ];

    /// <summary>Gets the least intensive level, <see cref="LevelOfCare.Outpatient"/>.</summary>
    public static LevelOfCare LeastIntensive => LevelOfCare.Outpatient;

    /// <summary>Gets the most intensive level, <see cref="LevelOfCare.Inpatient"/>.</summary>
    public static LevelOfCare MostIntensive => LevelOfCare.Inpatient;

    /// <summary>Returns the next less intensive level, or <see langword="null"/> at outpatient (below it lies discharge to continuing care).</summary>
    /// <param name="level">The current level.</param>
    /// <returns>The level one step down, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static LevelOfCare? StepDown(this LevelOfCare level) =>
        Guard.Against.UndefinedMember(level) == LeastIntensive ? null : level - 1;

    /// <summary>Returns the next more intensive level, or <see langword="null"/> at inpatient.</summary>
    /// <param name="level">The current level.</param>
    /// <returns>The level one step up, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static LevelOfCare? StepUp(this LevelOfCare level) =>
        Guard.Against.UndefinedMember(level) == MostIntensive ? null : level + 1;

    /// <summary>Gets the next less intensive level, if there is one.</summary>
    /// <param name="level">The current level.</param>
    /// <param name="lower">The level one step down, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> at outpatient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static bool TryStepDown(this LevelOfCare level, out LevelOfCare lower)
    {
        var next = level.StepDown();
        lower = next.GetValueOrDefault();
        return next.HasValue;
    }

    /// <summary>Gets the next more intensive level, if there is one.</summary>
    /// <param name="level">The current level.</param>
    /// <param name="higher">The level one step up, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> at inpatient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static bool TryStepUp(this LevelOfCare level, out LevelOfCare higher)
    {
        var next = level.StepUp();
        higher = next.GetValueOrDefault();
        return next.HasValue;
    }

    /// <summary>Returns the signed number of steps from one level to another (positive = more intensive).</summary>
    /// <param name="from">The level moved from.</param>
    /// <param name="to">The level moved to.</param>
    /// <returns>For example 2 from outpatient to partial hospitalization, −1 from IOP to outpatient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static int StepsTo(this LevelOfCare from, LevelOfCare to) =>
        (int)Guard.Against.UndefinedMember(to) - (int)Guard.Against.UndefinedMember(from);

    /// <summary>Returns whether a move from one level to another passes over at least one level between them.</summary>
    /// <param name="from">The level moved from.</param>
    /// <param name="to">The level moved to.</param>
    /// <returns><see langword="true"/> when the levels are more than one step apart.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static bool Skips(this LevelOfCare from, LevelOfCare to) => Math.Abs(from.StepsTo(to)) > 1;

    /// <summary>Returns the direction of a move from one level to another.</summary>
    /// <param name="from">The level moved from.</param>
    /// <param name="to">The level moved to.</param>
    /// <returns>Step up, step down, or lateral for the same level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static LevelChangeDirection DirectionTo(this LevelOfCare from, LevelOfCare to) =>
        from.StepsTo(to) switch
        {
            > 0 => LevelChangeDirection.StepUp,
            < 0 => LevelChangeDirection.StepDown,
            _ => LevelChangeDirection.Lateral,
        };

    /// <summary>Returns the common abbreviation of a level: OP, IOP, PHP, RES or IP.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static string Abbreviation(this LevelOfCare level) => Guard.Against.UndefinedMember(level) switch
    {
        LevelOfCare.Outpatient => "OP",
        LevelOfCare.IntensiveOutpatient => "IOP",
        LevelOfCare.PartialHospitalization => "PHP",
        LevelOfCare.Residential => "RES",
        _ => "IP",
    };

    /// <summary>Returns the plain-English name of a level, for example "intensive outpatient".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name in lower case, ready to place in a sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static string DisplayName(this LevelOfCare level) => Guard.Against.UndefinedMember(level) switch
    {
        LevelOfCare.Outpatient => "outpatient",
        LevelOfCare.IntensiveOutpatient => "intensive outpatient",
        LevelOfCare.PartialHospitalization => "partial hospitalization",
        LevelOfCare.Residential => "residential",
        _ => "inpatient (medically managed)",
    };

    /// <summary>
    /// Returns the level as a code of the library's level-of-care system (<see cref="CodeSystems.LevelOfCare"/>):
    /// the code is the <see cref="Abbreviation"/>, the display the <see cref="DisplayName"/>. No HL7 code
    /// exists for IOP or PHP, so FHIR adapters put this coding (beside an ASAM coding) on EpisodeOfCare.type.
    /// </summary>
    /// <param name="level">The level.</param>
    /// <returns>The coded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static CodedValue ToCodedValue(this LevelOfCare level) => new(CodeSystems.LevelOfCare, level.Abbreviation(), level.DisplayName());

    /// <summary>Returns whether a value is one of the five defined levels.</summary>
    /// <param name="level">The value to check.</param>
    /// <returns><see langword="true"/> for a defined level.</returns>
    public static bool IsDefined(this LevelOfCare level) => Enum.IsDefined(level);
}
