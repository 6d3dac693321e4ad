using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A level of care an episode was delivered at, from a start date until the next span starts or the
/// episode ends.
/// </summary>
/// <remarks>
/// Equality compares level and start. The <see langword="default"/> value has an undefined level and is
/// rejected by <see cref="Episode{TKey}"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
/// <param name="Level">The level of care.</param>
/// <param name="Start">The first day at that level.</param>
public readonly record struct LevelOfCareSpan(LevelOfCare Level, LocalDate Start)
{
    /// <summary>Describes the span without its date: a date of care of a person is protected health information.</summary>
    /// <returns>For example <c>LevelOfCareSpan (IntensiveOutpatient)</c>.</returns>
    public override string ToString() => $"LevelOfCareSpan ({Level})";
}
