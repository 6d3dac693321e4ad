using Iop.Domain.Coding;
namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// What an <see cref="Objective"/> must reach to be achieved: a measure compared with a threshold
/// (for example the PHQ-9 total, LOINC 44261-6, below 5), attendance of a number of sessions, a number
/// of days abstinent, a skill demonstrated, or another target described in free text.
/// </summary>
/// <remarks>
/// <para>A measure is identified by a <see cref="CodedValue"/> (for example
/// <see cref="Coding.Loinc.Phq9Total"/>), so plans do not depend on the instrument types of
/// <c>Iop.Domain.Outcomes</c>; <see cref="IsMetBy"/> compares a measured value with the target.</para>
/// <para>Numeric kinds (<see cref="TargetKind.MeasureValue"/>, <see cref="TargetKind.SessionsAttended"/>,
/// <see cref="TargetKind.DaysAbstinent"/>) have a <see cref="Comparison"/> and a <see cref="Threshold"/>;
/// described kinds (<see cref="TargetKind.SkillDemonstrated"/>, <see cref="TargetKind.Other"/>) have a
/// <see cref="Description"/>, which is free text and is never printed by <see cref="ToString"/>.</para>
/// <para>Create targets with the factory methods. Equality is by value (the description compared
/// ordinally). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MeasurableTarget
{
    private MeasurableTarget(TargetKind kind, CodedValue? measure, TargetComparison? comparison, decimal? threshold, string? description)
    {
        Kind = kind;
        Measure = measure;
        Comparison = comparison;
        Threshold = threshold;
        Description = description;
    }

    /// <summary>Gets the kind of target.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the measure compared, for <see cref="TargetKind.MeasureValue"/>; otherwise <see langword="null"/>.</summary>
    public CodedValue? Measure { get; }

    /// <summary>Gets how the value is compared with <see cref="Threshold"/>, for numeric kinds; otherwise <see langword="null"/>.</summary>
    public TargetComparison? Comparison { get; }

    /// <summary>Gets the threshold, for numeric kinds; otherwise <see langword="null"/>.</summary>
    public decimal? Threshold { get; }

    /// <summary>Gets the free-text description, for described kinds; otherwise <see langword="null"/>. Never printed.</summary>
    public string? Description { get; }

    /// <summary>Creates a target on a measure, for example <c>ForMeasure(Loinc.Phq9Total, TargetComparison.Below, 5)</c>.</summary>
    /// <param name="measure">The measure, for example a LOINC total-score code.</param>
    /// <param name="comparison">How the measured value is compared with <paramref name="threshold"/>.</param>
    /// <param name="threshold">The threshold, in the measure's unit.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined.</exception>
    public static MeasurableTarget ForMeasure(CodedValue measure, TargetComparison comparison, decimal threshold)
    {
        if (measure.Code.Length == 0)
        {
            throw new ArgumentException("The measure must not be the default value.", nameof(measure));
        }

        return new(TargetKind.MeasureValue, measure, Guard.Against.UndefinedMember(comparison), threshold, null);
    }

    /// <summary>Creates a target of attending at least <paramref name="sessions"/> sessions.</summary>
    /// <param name="sessions">The sessions to attend, at least 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    public static MeasurableTarget SessionsAttended(int sessions) =>
        new(TargetKind.SessionsAttended, null, TargetComparison.AtLeast, Guard.Against.BelowMinimum(sessions, 1), null);

    /// <summary>Creates a target of at least <paramref name="days"/> consecutive days abstinent.</summary>
    /// <param name="days">The days abstinent, at least 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1.</exception>
    public static MeasurableTarget DaysAbstinent(int days) =>
        new(TargetKind.DaysAbstinent, null, TargetComparison.AtLeast, Guard.Against.BelowMinimum(days, 1), null);

    /// <summary>Creates a target of demonstrating a skill, described in free text (never printed).</summary>
    /// <param name="skill">The skill, for example "uses a coping plan when craving".</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skill"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skill"/> is blank.</exception>
    public static MeasurableTarget SkillDemonstrated(string skill) =>
        new(TargetKind.SkillDemonstrated, null, null, null, Guard.Against.Blank(skill));

    /// <summary>Creates another target, described in free text (never printed).</summary>
    /// <param name="description">What will show the objective is reached.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public static MeasurableTarget Other(string description) =>
        new(TargetKind.Other, null, null, null, Guard.Against.Blank(description));

    /// <summary>Returns whether a measured or counted value reaches a numeric target.</summary>
    /// <param name="value">The measured value, sessions attended or days abstinent.</param>
    /// <returns><see langword="true"/> when the value meets <see cref="Comparison"/> against <see cref="Threshold"/>.</returns>
    /// <exception cref="InvalidOperationException">The target is described in text, not numeric.</exception>
    public bool IsMetBy(decimal value)
    {
        if (Comparison is not { } comparison || Threshold is not { } threshold)
        {
            throw new InvalidOperationException("A described target has no threshold to compare with.");
        }

        return comparison switch
        {
            TargetComparison.Below => value < threshold,
            TargetComparison.AtMost => value <= threshold,
            TargetComparison.AtLeast => value >= threshold,
            _ => value > threshold,
        };
    }

    /// <summary>Formats the kind and, for numeric kinds, the comparison; never the description.</summary>
    /// <returns>For example <c>MeasureValue http://loinc.org|44261-6 Below 5</c> or <c>SkillDemonstrated (described)</c>.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.MeasureValue => $"{Kind} {Measure} {Comparison} {Threshold}",
        TargetKind.SessionsAttended or TargetKind.DaysAbstinent => $"{Kind} {Comparison} {Threshold}",
        _ => $"{Kind} (described)",
    };
}
