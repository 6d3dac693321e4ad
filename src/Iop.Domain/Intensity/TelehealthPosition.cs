namespace Iop.Domain.Intensity;

/// <summary>
/// What a rule set's source says about services delivered by telehealth: whether attended telehealth
/// sessions count toward its qualifying hours and per-diem services. <c>0</c> is not a member.
/// </summary>
/// <remarks>
/// <para>It is a rule-set parameter (<see cref="IntensityRuleSet.Telehealth"/>, <see cref="BillingRuleSet.Telehealth"/>):
/// the Medicare versions are <see cref="InPersonOnly"/> (rule <c>MCR-IN-PERSON-ONLY</c>); the other built-in sets
/// are <see cref="Unknown"/>, because the texts read do not address it.</para>
/// <para>Under <see cref="InPersonOnly"/> an attended session whose <see cref="Session.Mode"/> is not
/// <see cref="DeliveryMode.InPerson"/> adds nothing to qualifying hours or per-diem services, and the evaluation
/// says so with a <c>MCR-IN-PERSON-ONLY</c> finding. Under <see cref="TelehealthCounts"/> and <see cref="Unknown"/>
/// every mode counts alike (with <see cref="Unknown"/> the caller's payer decides; the library does not guess).</para>
/// </remarks>
public enum TelehealthPosition
{
    /// <summary>Only in-person services count; attended telehealth sessions add nothing (Medicare PHP and IOP).</summary>
    InPersonOnly = 1,

    /// <summary>The source counts services delivered by telehealth like in-person ones.</summary>
    TelehealthCounts = 2,

    /// <summary>The source read does not say; every mode is counted alike, as before the parameter existed.</summary>
    Unknown = 3,
}
