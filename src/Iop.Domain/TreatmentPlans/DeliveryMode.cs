namespace Iop.Domain.TreatmentPlans;

/// <summary>How an <see cref="Intervention"/> is delivered. <c>0</c> is not a member.</summary>
public enum DeliveryMode
{
    /// <summary>In person.</summary>
    InPerson = 1,

    /// <summary>By two-way audio and video (telehealth).</summary>
    Video = 2,

    /// <summary>By audio only.</summary>
    AudioOnly = 3,
}
