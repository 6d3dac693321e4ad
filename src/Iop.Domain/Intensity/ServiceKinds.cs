namespace Iop.Domain.Intensity;

/// <summary>Facts about <see cref="ServiceKind"/> values.</summary>
public static class ServiceKinds
{
    /// <summary>
    /// Returns whether a kind of service counts toward programme hours and per-diem services by default:
    /// every kind except <see cref="ServiceKind.SocialOrRecreationalActivity"/>, because services that are
    /// primarily social, recreational or diversionary do not qualify (rule <c>MCR-NONQUALIFYING</c>,
    /// 42 CFR 410.43(a)(4) and 410.44), and <see cref="ServiceKind.RemoteMentalHealthService"/>, because OPPS
    /// remote mental-health services (C7900–C7902) are not PHP or IOP services (rule <c>MCR-REMOTE-MH</c>).
    /// </summary>
    /// <param name="kind">The kind of service.</param>
    /// <returns><see langword="true"/> when the kind qualifies unless the caller says otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static bool QualifiesByDefault(this ServiceKind kind) =>
        Guard.Against.UndefinedMember(kind) is not (ServiceKind.SocialOrRecreationalActivity or ServiceKind.RemoteMentalHealthService);
}
