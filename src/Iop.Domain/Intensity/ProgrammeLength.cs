using System.Globalization;
using Iop.Domain.Continuum;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// Checks how long an episode at a level has lasted against the standard's programme length
/// (<see cref="IntensityStandard.MinimumProgrammeDays"/>, <see cref="IntensityStandard.MaximumProgrammeDays"/>;
/// rules <c>INT-PROGRAMME-TOO-LONG</c> and <c>INT-PROGRAMME-TOO-SHORT</c>).
/// </summary>
/// <remarks>
/// The length is counted by <see cref="LengthOfStay.Days"/>, the library's one day-counting convention
/// (calendar days with both ends included): admitted on the 1st and discharged on the 30th is 30 days,
/// as transition reviews and episode outcomes count it. The findings carry
/// <see cref="FindingSubject.Dates"/> of the stay measured (admission to discharge or <c>asOf</c>). An episode still
/// open is measured to <c>asOf</c>; it can run too long but not end too short. Both findings are warnings:
/// the only built-in lengths (22-A DCMR 6329.2, 6330.2) say a level "generally lasts" 30 to 60 days, a
/// norm to review against, not a limit.
/// </remarks>
public static class ProgrammeLength
{
    /// <summary>Measures an episode at a level and reports when it runs past the maximum or ended before the minimum.</summary>
    /// <param name="admission">The first day at the level.</param>
    /// <param name="discharge">The last day at the level, or <see langword="null"/> while the episode is open.</param>
    /// <param name="asOf">The date an open episode is measured to (ignored when <paramref name="discharge"/> is given).</param>
    /// <param name="level">The level of care.</param>
    /// <param name="ageGroup">The person's age group.</param>
    /// <param name="ruleSet">The rule set whose standard applies.</param>
    /// <returns>The length in days, with findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="discharge"/> is before <paramref name="admission"/>, or the episode is open and <paramref name="asOf"/> is before <paramref name="admission"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="ageGroup"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="admission"/>, <paramref name="discharge"/> or <paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public static Evaluation<int> Evaluate(LocalDate admission, LocalDate? discharge, LocalDate asOf, LevelOfCare level, AgeGroup ageGroup, IntensityRuleSet ruleSet)
    {
        Guard.Against.UnsupportedDate(admission);
        Guard.Against.UnsupportedDate(discharge);
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(ruleSet);
        Guard.Against.UndefinedMember(level);
        Guard.Against.UndefinedMember(ageGroup);
        var end = discharge is { } d ? Guard.Against.EndBeforeStart(d, admission, nameof(discharge)) : Guard.Against.EndBeforeStart(asOf, admission);
        var days = LengthOfStay.Days(admission, end);

        if (!ruleSet.TryGetStandard(level, ageGroup, out var standard))
        {
            return new Evaluation<int>(days, [IntensityRules.NoStandard.ToFinding(
                Severity.Information,
                $"The rule set has no standard for {level.DisplayName()} and this age group; no programme length was checked.")]);
        }

        var findings = new List<Finding>(1);
        var stay = FindingSubject.Dates(new DateInterval(admission, end));
        if (standard.MaximumProgrammeDays is { } maximum && days > maximum)
        {
            findings.Add(IntensityRules.ProgrammeTooLong.ToFindingCiting(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The episode at {level.DisplayName()} {(discharge is null ? "has lasted" : "lasted")} {days} days, past the maximum of {maximum}."),
                standard.Source,
                stay));
        }

        if (discharge is not null && standard.MinimumProgrammeDays is { } minimum && days < minimum)
        {
            findings.Add(IntensityRules.ProgrammeTooShort.ToFindingCiting(
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The episode at {level.DisplayName()} ended after {days} days, before the minimum of {minimum}."),
                standard.Source,
                stay));
        }

        return new Evaluation<int>(days, findings);
    }
}
