using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>One entry of a <see cref="LevelOfCareHistory"/>: from a date, the person is at a level, reached in a direction for a reason.</summary>
/// <remarks>
/// <para><see cref="Direction"/> is <see langword="null"/> for the admission entry (there is no previous
/// level) and computed with <see cref="LevelsOfCare.DirectionTo"/> for every later entry.</para>
/// <para>Entries are created by <see cref="LevelOfCareHistory"/> only. Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LevelOfCareChange
{
    internal LevelOfCareChange(LocalDate date, LevelOfCare level, LevelChangeDirection? direction, LevelChangeReason reason)
    {
        Date = date;
        Level = level;
        Direction = direction;
        Reason = reason;
    }

    /// <summary>Gets the date from which the level applies.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the level.</summary>
    public LevelOfCare Level { get; }

    /// <summary>Gets the direction from the previous level, or <see langword="null"/> for the admission.</summary>
    public LevelChangeDirection? Direction { get; }

    /// <summary>Gets why the level changed.</summary>
    public LevelChangeReason Reason { get; }

    /// <summary>Describes the change without its date: a date of care of a person is protected health information.</summary>
    /// <returns>For example <c>LevelOfCareChange (IntensiveOutpatient, StepDown, TransitionReview)</c>.</returns>
    public override string ToString() => $"LevelOfCareChange ({Level}, {(Direction is { } d ? d.ToString() : "admission")}, {Reason})";
}
