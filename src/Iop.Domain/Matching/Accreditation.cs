using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>An accreditation a programme holds: the accrediting body and the last day it is valid.</summary>
/// <remarks>
/// <para>The accreditation is current on every date up to and including <see cref="Expires"/>.</para>
/// <para>Equality compares body and expiry. The <see langword="default"/> value has no defined body and
/// is rejected wherever an accreditation is accepted. This type is an immutable value type and is
/// thread-safe.</para>
/// </remarks>
public readonly record struct Accreditation
{
    /// <summary>Creates an accreditation.</summary>
    /// <param name="body">The accrediting body.</param>
    /// <param name="expires">The last day the accreditation is valid.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="body"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expires"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public Accreditation(AccreditationBody body, LocalDate expires)
    {
        Guard.Against.UnsupportedDate(expires);
        Body = Guard.Against.UndefinedMember(body);
        Expires = expires;
    }

    /// <summary>Gets the accrediting body.</summary>
    public AccreditationBody Body { get; }

    /// <summary>Gets the last day the accreditation is valid.</summary>
    public LocalDate Expires { get; }

    /// <summary>Returns whether the accreditation is current on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date of matching.</param>
    /// <returns><see langword="true"/> on or before <see cref="Expires"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool IsCurrentOn(LocalDate asOf)
    {
        Guard.Against.UnsupportedDate(asOf);
        return asOf <= Expires;
    }

    /// <summary>Formats the accreditation, for example <c>Carf until 2027-03-31</c>.</summary>
    /// <returns>The body and expiry.</returns>
    public override string ToString() => $"{Body} until {Expires:uuuu'-'MM'-'dd}";
}
