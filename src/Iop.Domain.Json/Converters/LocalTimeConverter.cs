using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Iop.Domain.Json.Converters;

/// <summary>A <see cref="LocalTime"/> as ISO 8601 <c>HH:mm:ss</c> with an optional fraction.</summary>
internal sealed class LocalTimeConverter() : NodaTextConverter<LocalTime>(NodaConverters.LocalTimeConverter, "an ISO 8601 time of day (HH:mm:ss)", pattern: "^[0-2][0-9]:[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$");
