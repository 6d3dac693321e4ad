using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>One dated, scored administration of an instrument, with its item answers (see <see cref="InstrumentScore.ItemAnswers"/>).</summary>
/// <remarks>
/// <para>Joined into a <see cref="MeasurementSeries"/> by <see cref="MeasurementSeries.FromAdministrations"/>, which
/// checks that every score is of the series' instrument. Equality compares date and score. The
/// <see langword="default"/> value is the unscored default score on 0001-01-01, which no series accepts. This type
/// is an immutable value type and is thread-safe.</para>
/// </remarks>
/// <param name="Date">The date the instrument was completed.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
/// <param name="Score">The scored administration.</param>
public readonly record struct Administration(LocalDate Date, InstrumentScore Score)
{
    private readonly LocalDate date = Guard.Against.UnsupportedDate(Date);

    /// <summary>Gets the date the instrument was completed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Created or set with a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate Date { get => date; init => date = Guard.Against.UnsupportedDate(value, nameof(Date)); }

    /// <summary>Describes the administration without its date: a date of care of a person is protected health information.</summary>
    /// <returns>For example <c>Administration (PHQ-9 12 (Moderate))</c>.</returns>
    public override string ToString() => $"Administration ({Score})";
}
