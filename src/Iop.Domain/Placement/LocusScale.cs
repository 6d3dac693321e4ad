namespace Iop.Domain.Placement;

/// <summary>
/// The seven rating scales of LOCUS (six dimensions, dimension IV split in two), in scale order.
/// <c>0</c> is not a member; see <see cref="LocusScales"/> for the numerals and names.
/// </summary>
public enum LocusScale
{
    /// <summary>Scale I: risk of harm.</summary>
    RiskOfHarm = 1,

    /// <summary>Scale II: functional status.</summary>
    FunctionalStatus = 2,

    /// <summary>Scale III: medical, addictive and psychiatric co-morbidity.</summary>
    CoMorbidity = 3,

    /// <summary>Scale IV-A: recovery environment, level of stress.</summary>
    EnvironmentalStress = 4,

    /// <summary>Scale IV-B: recovery environment, level of support.</summary>
    EnvironmentalSupport = 5,

    /// <summary>Scale V: treatment and recovery history.</summary>
    TreatmentAndRecoveryHistory = 6,

    /// <summary>Scale VI: engagement and recovery status.</summary>
    Engagement = 7,
}
