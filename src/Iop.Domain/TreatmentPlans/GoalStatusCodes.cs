using System.Diagnostics.CodeAnalysis;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// The HL7 FHIR R4 codes of <see cref="GoalLifecycleStatus"/> (<c>http://hl7.org/fhir/goal-status</c>) and
/// <see cref="GoalAchievementStatus"/> (<c>http://terminology.hl7.org/CodeSystem/goal-achievement</c>), both ways.
/// </summary>
/// <remarks>
/// Codes are compared ordinally (FHIR codes are case-sensitive) and never echoed in a message. The code systems'
/// canonical URLs are the FHIR adapter's concern; this class holds only the codes.
/// </remarks>
public static class GoalStatusCodes
{
    private static readonly string[] LifecycleCodes =
        ["proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled", "entered-in-error", "rejected"];

    private static readonly string[] AchievementCodes =
        ["in-progress", "improving", "worsening", "no-change", "achieved", "sustaining", "not-achieved", "no-progress", "not-attainable"];

    /// <summary>Returns the FHIR <c>goal-status</c> code of a lifecycle status, for example <c>on-hold</c>.</summary>
    /// <param name="status">The lifecycle status.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string ToCode(GoalLifecycleStatus status) => LifecycleCodes[(int)Guard.Against.UndefinedMember(status) - 1];

    /// <summary>Returns the FHIR <c>goal-achievement</c> code of an achievement status, for example <c>no-change</c>.</summary>
    /// <param name="status">The achievement status.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string ToCode(GoalAchievementStatus status) => AchievementCodes[(int)Guard.Against.UndefinedMember(status) - 1];

    /// <summary>Returns the lifecycle status of a FHIR <c>goal-status</c> code.</summary>
    /// <param name="code">The code, for example <c>active</c>.</param>
    /// <returns>The lifecycle status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a <c>goal-status</c> code (the message does not repeat it).</exception>
    public static GoalLifecycleStatus LifecycleFromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out GoalLifecycleStatus status)
            ? status
            : throw new ArgumentException("The code is not a FHIR goal-status code.", nameof(code));
    }

    /// <summary>Returns the achievement status of a FHIR <c>goal-achievement</c> code.</summary>
    /// <param name="code">The code, for example <c>improving</c>.</param>
    /// <returns>The achievement status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a <c>goal-achievement</c> code (the message does not repeat it).</exception>
    public static GoalAchievementStatus AchievementFromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out GoalAchievementStatus status)
            ? status
            : throw new ArgumentException("The code is not a FHIR goal-achievement code.", nameof(code));
    }

    /// <summary>Reads a FHIR <c>goal-status</c> code without throwing for an unknown one.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The lifecycle status, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the code is one of the nine <c>goal-status</c> codes (case-sensitive).</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out GoalLifecycleStatus status)
    {
        var index = code is null ? -1 : Array.IndexOf(LifecycleCodes, code);
        status = index < 0 ? default : (GoalLifecycleStatus)(index + 1);
        return index >= 0;
    }

    /// <summary>Reads a FHIR <c>goal-achievement</c> code without throwing for an unknown one.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The achievement status, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the code is one of the nine <c>goal-achievement</c> codes (case-sensitive).</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out GoalAchievementStatus status)
    {
        var index = code is null ? -1 : Array.IndexOf(AchievementCodes, code);
        status = index < 0 ? default : (GoalAchievementStatus)(index + 1);
        return index >= 0;
    }
}
