namespace Iop.Domain.TreatmentPlans;

/// <summary>What a <see cref="ScheduledReview"/> is for. <c>0</c> is not a member.</summary>
public enum ReviewKind
{
    /// <summary>The periodic plan review (<c>PLAN-REVIEW-OVERDUE</c>).</summary>
    PlanReview = 1,

    /// <summary>The plan update before planned discharge (<c>PLAN-DISCHARGE-UPDATE</c>).</summary>
    DischargeUpdate = 2,

    /// <summary>Medicare's first PHP recertification, by day 18 by default (<c>MCR-PHP-RECERT-18</c>, <see cref="Continuum.RecertificationCadence.PhpFirstRecertificationDay"/>).</summary>
    PhpFirstRecertification = 3,

    /// <summary>A later Medicare PHP recertification, every 30 days by default (<c>MCR-PHP-RECERT-30</c>, <see cref="Continuum.RecertificationCadence.PhpRecertificationInterval"/>).</summary>
    PhpRecertification = 4,

    /// <summary>A Medicare IOP recertification, every 2 calendar months by default (<c>MCR-IOP-RECERT</c>, <see cref="Continuum.RecertificationCadence.IopRecertificationInterval"/>).</summary>
    IopRecertification = 5,
}
