namespace Iop.Domain.Intensity;

/// <summary>Facts about <see cref="ServiceFurnisher"/> values.</summary>
public static class ServiceFurnishers
{
    /// <summary>
    /// Returns whether the services of a furnisher are paid outside the PHP/IOP per diem: physician, PA, NP,
    /// CNS and clinical-psychologist services are (42 CFR 410.43(b), rule <c>MCR-SEPARATE-PRO</c>), so they are
    /// not per-diem services; programme staff's are.
    /// </summary>
    /// <param name="furnisher">Who furnished the service.</param>
    /// <returns><see langword="true"/> for every furnisher but <see cref="ServiceFurnisher.ProgrammeStaff"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="furnisher"/> is not defined.</exception>
    public static bool IsPaidOutsidePerDiem(this ServiceFurnisher furnisher) =>
        Guard.Against.UndefinedMember(furnisher) != ServiceFurnisher.ProgrammeStaff;
}
