namespace Iop.Domain.Intensity;

/// <summary>How a <see cref="Session"/> is delivered. <c>0</c> is not a member.</summary>
/// <remarks>
/// Whether a mode counts is the rule set's <see cref="TelehealthPosition"/>: under the Medicare versions
/// (<see cref="TelehealthPosition.InPersonOnly"/>, rule <c>MCR-IN-PERSON-ONLY</c>) an attended session that is not
/// <see cref="InPerson"/> adds nothing to qualifying hours or per-diem services; the other built-in sets count
/// every mode alike, because the texts read do not address it.
/// </remarks>
public enum DeliveryMode
{
    /// <summary>In person.</summary>
    InPerson = 1,

    /// <summary>Telehealth with audio and video.</summary>
    TelehealthVideo = 2,

    /// <summary>Telehealth by audio only.</summary>
    TelehealthAudio = 3,
}
