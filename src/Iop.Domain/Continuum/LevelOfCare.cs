namespace Iop.Domain.Continuum;

/// <summary>
/// A level of care on the behavioural-health continuum, from outpatient to medically managed inpatient.
/// </summary>
/// <remarks>
/// <para>Members are ordered by intensity, so the usual comparison operators read clinically:
/// <c>Outpatient &lt; IntensiveOutpatient &lt; PartialHospitalization &lt; Residential &lt; Inpatient</c>.
/// Moves along the continuum are in <see cref="LevelsOfCare"/> (<c>StepUp</c>, <c>StepDown</c>, <c>Skips</c>, …).</para>
/// <para>The value <c>0</c> is not a member: a <see langword="default"/> level is invalid, and every
/// method that accepts a level throws <see cref="ArgumentOutOfRangeException"/> for it (see
/// <c>docs/decisions/0003-level-of-care-is-an-enum.md</c>).</para>
/// </remarks>
public enum LevelOfCare
{
    /// <summary>Outpatient (OP): scheduled sessions, below the intensive-outpatient hour threshold (ASAM 1).</summary>
    Outpatient = 1,

    /// <summary>Intensive outpatient (IOP): a structured programme of at least 9 h/week for adults (ASAM 2.1).</summary>
    IntensiveOutpatient = 2,

    /// <summary>Partial hospitalization (PHP): at least 20 h/week, in lieu of inpatient care (ASAM 2.5).</summary>
    PartialHospitalization = 3,

    /// <summary>Residential: 24-hour structure in a residential setting (ASAM 3.1 to 3.7).</summary>
    Residential = 4,

    /// <summary>Inpatient, medically managed: 24-hour medical and nursing care in a hospital (ASAM 4).</summary>
    Inpatient = 5,
}
