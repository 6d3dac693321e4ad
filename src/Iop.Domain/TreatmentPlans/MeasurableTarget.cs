using Iop.Domain.Outcomes;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// What an <see cref="Objective"/> must reach to be achieved: an instrument's total compared with a threshold
/// (for example the PHQ-9 total below 5, or the AUDIT total below 8), attendance of a number of sessions, a number
/// of days abstinent, a skill demonstrated, or another target described in free text.
/// </summary>
/// <remarks>
/// <para>A measure is an <see cref="Instrument"/> of <c>Iop.Domain.Outcomes</c> (a shipped one such as
/// <see cref="Instrument.Audit"/>, which has no verified LOINC code, or the caller's own), so any instrument can
/// be targeted and the target can be checked against a <see cref="MeasurementSeries"/> with
/// <see cref="IsMetBy(MeasurementSeries, LocalDate)"/>; <see cref="IsMetBy(decimal)"/> compares one value.</para>
/// <para>Numeric kinds (<see cref="TargetKind.MeasureValue"/>, <see cref="TargetKind.SessionsAttended"/>,
/// <see cref="TargetKind.DaysAbstinent"/>) have a <see cref="Comparison"/> and a <see cref="Threshold"/>;
/// described kinds (<see cref="TargetKind.SkillDemonstrated"/>, <see cref="TargetKind.Other"/>) have a
/// <see cref="Description"/>, which is free text and is never printed by <see cref="ToString"/>.</para>
/// <para>Create targets with the factory methods. Equality is by value (the description compared
/// ordinally). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MeasurableTarget
{
    private MeasurableTarget(TargetKind kind, Instrument? measure, TargetComparison? comparison, decimal? threshold, string? description)
    {
        Kind = kind;
        Measure = measure;
        Comparison = comparison;
        Threshold = threshold;
        Description = description;
    }

    /// <summary>Gets the kind of target.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the instrument whose total is compared, for <see cref="TargetKind.MeasureValue"/>; otherwise <see langword="null"/>.</summary>
    public Instrument? Measure { get; }

    /// <summary>Gets how the value is compared with <see cref="Threshold"/>, for numeric kinds; otherwise <see langword="null"/>.</summary>
    public TargetComparison? Comparison { get; }

    /// <summary>Gets the threshold, for numeric kinds; otherwise <see langword="null"/>.</summary>
    public decimal? Threshold { get; }

    /// <summary>Gets the free-text description, for described kinds; otherwise <see langword="null"/>. Never printed.</summary>
    public string? Description { get; }

    /// <summary>Creates a target on an instrument's total, for example <c>ForMeasure(Instrument.Phq9, TargetComparison.Below, 5)</c>.</summary>
    /// <param name="measure">The instrument (a shipped one or the caller's own).</param>
    /// <param name="comparison">How the total is compared with <paramref name="threshold"/>.</param>
    /// <param name="threshold">The threshold, within the instrument's range of totals.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined, or <paramref name="threshold"/> is outside the instrument's range.</exception>
    public static MeasurableTarget ForMeasure(Instrument measure, TargetComparison comparison, decimal threshold)
    {
        Guard.Against.Null(measure);
        Guard.Against.OutsideRange(threshold, measure.MinimumTotal, measure.MaximumTotal);
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

    /// <summary>
    /// Returns whether an instrument target is met on a date: the latest score of the series dated on or before
    /// <paramref name="asOf"/> meets the comparison. With no score by then the target is not met.
    /// </summary>
    /// <param name="series">The person's scores on the target's instrument.</param>
    /// <param name="asOf">The date the target is judged on.</param>
    /// <returns><see langword="true"/> when the latest score by <paramref name="asOf"/> meets the target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="series"/> is for another instrument.</exception>
    /// <exception cref="InvalidOperationException">The target is not on an instrument.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool IsMetBy(MeasurementSeries series, LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(series);
        if (Measure is not { } instrument)
        {
            throw new InvalidOperationException("Only a target on an instrument can be checked against a measurement series.");
        }

        if (series.Instrument != instrument)
        {
            throw new ArgumentException("The series is for another instrument than the target.", nameof(series));
        }

        return series.TryGetLatestOnOrBefore(asOf, out var latest) && IsMetBy(latest.Score);
    }

    /// <summary>Formats the kind and, for numeric kinds, the comparison; never the description.</summary>
    /// <returns>For example <c>MeasureValue PHQ-9 Below 5</c> or <c>SkillDemonstrated (described)</c>.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.MeasureValue => $"{Kind} {Measure} {Comparison} {Threshold}",
        TargetKind.SessionsAttended or TargetKind.DaysAbstinent => $"{Kind} {Comparison} {Threshold}",
        _ => $"{Kind} (described)",
    };
}
