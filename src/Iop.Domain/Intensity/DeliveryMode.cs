namespace Iop.Domain.Intensity;

/// <summary>How a <see cref="Session"/> is delivered. <c>0</c> is not a member.</summary>
/// <remarks>
/// The mode is carried for reporting and for payer rules the caller applies; the built-in weekly and
/// billing rules count sessions of every mode alike, because the sources they implement do not
/// distinguish them.
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
