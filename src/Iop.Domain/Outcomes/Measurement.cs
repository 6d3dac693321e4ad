using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>A dated total score: one administration of an instrument, reduced to what change over time needs.</summary>
/// <remarks>
/// <para>The score's range is checked when the measurement joins a <see cref="MeasurementSeries"/>, which
/// knows the instrument; the date must lie in <see cref="Rules.SupportedDates"/>. Equality compares date and score.
/// The <see langword="default"/> value is a score of 0 on 0001-01-01, outside the supported dates: a
/// <see cref="MeasurementSeries"/> refuses it. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
/// <param name="Date">The date the instrument was completed.</param>
/// <param name="Score">The total score.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
public readonly record struct Measurement(LocalDate Date, int Score)
{
    /// <summary>Gets the date the instrument was completed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate Date { get; init => field = Guard.Against.UnsupportedDate(value, nameof(Date)); } = Guard.Against.UnsupportedDate(Date);

    /// <summary>Creates a measurement from a scored administration.</summary>
    /// <param name="date">The date the instrument was completed.</param>
    /// <param name="score">The scored administration.</param>
    /// <returns>The dated total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static Measurement From(LocalDate date, InstrumentScore score)
    {
        Guard.Against.UnsupportedDate(date);
        return new(date, score.Total);
    }

    /// <summary>Describes the measurement without its date: a date of care of a person is protected health information.</summary>
    /// <returns>For example <c>Measurement (score 12)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Measurement (score {Score})");
}
