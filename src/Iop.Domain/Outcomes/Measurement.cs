using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>A dated total score: one administration of an instrument, reduced to what change over time needs.</summary>
/// <remarks>
/// <para>The score's range is checked when the measurement joins a <see cref="MeasurementSeries"/>, which
/// knows the instrument. Equality compares date and score. The <see langword="default"/> value is a score
/// of 0 on 0001-01-01. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
/// <param name="Date">The date the instrument was completed.</param>
/// <param name="Score">The total score.</param>
public readonly record struct Measurement(LocalDate Date, int Score)
{
    /// <summary>Creates a measurement from a scored administration.</summary>
    /// <param name="date">The date the instrument was completed.</param>
    /// <param name="score">The scored administration.</param>
    /// <returns>The dated total.</returns>
    public static Measurement From(LocalDate date, InstrumentScore score) => new(date, score.Total);

    /// <summary>Describes the measurement without its date: a date of care of a person is protected health information.</summary>
    /// <returns>For example <c>Measurement (score 12)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Measurement (score {Score})");
}
