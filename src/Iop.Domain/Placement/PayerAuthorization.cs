using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// What a payer authorized: a level of care for a period. Held apart from the clinical level actually
/// delivered, because payers deny and the two then differ.
/// </summary>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record PayerAuthorization
{
    private readonly LevelOfCare level;
    private readonly DateInterval period;

    /// <summary>Creates an authorization.</summary>
    /// <param name="level">The level authorized.</param>
    /// <param name="period">The dates authorized, both ends inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public PayerAuthorization(LevelOfCare level, DateInterval period)
    {
        this.level = Guard.Against.UndefinedMember(level);
        this.period = Guard.Against.UnsupportedDates(period);
    }

    /// <summary>Gets the level authorized.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not defined.</exception>
    public LevelOfCare Level { get => level; init => level = Guard.Against.UndefinedMember(value, nameof(Level)); }

    /// <summary>Gets the dates authorized, both ends inclusive.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to dates outside <see cref="Rules.SupportedDates"/>.</exception>
    public DateInterval Period { get => period; init => period = Guard.Against.UnsupportedDates(value, nameof(Period)); }

    /// <summary>Describes the authorization without its dates: dates of care of a person are protected health information.</summary>
    /// <returns>For example <c>PayerAuthorization (PartialHospitalization, 30 days)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PayerAuthorization ({Level}, {Period.Length} days)");
}
