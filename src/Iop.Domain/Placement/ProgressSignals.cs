using Iop.Domain.Continuum;

namespace Iop.Domain.Placement;

/// <summary>
/// Optional signals of progress since the last transition review: the attendance ratio, the direction of
/// the latest symptom-score change, and whether the person relapsed.
/// </summary>
/// <remarks>Every signal is optional; <see langword="null"/> means not known. Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record ProgressSignals
{
    private readonly SymptomTrend? symptomTrend;

    /// <summary>Gets the share of expected sessions attended since the last review (the attendance ratio the intensity evaluation produces).</summary>
    public AttendanceRatio? AttendanceRatio { get; init; }

    /// <summary>Gets the direction of the latest symptom-score change, as the caller classified it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public SymptomTrend? SymptomTrend { get => symptomTrend; init => symptomTrend = value is { } c ? Guard.Against.UndefinedMember(c, nameof(SymptomTrend)) : null; }

    /// <summary>Gets whether the person relapsed since the last review.</summary>
    public bool RelapsedSinceLastReview { get; init; }
}
