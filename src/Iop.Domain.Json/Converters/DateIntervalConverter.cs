using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Iop.Domain.Json.Converters;

/// <summary>A <see cref="DateInterval"/> as ISO 8601 <c>start/end</c>, both dates inclusive.</summary>
internal sealed class DateIntervalConverter() : NodaTextConverter<DateInterval>(NodaConverters.IsoDateIntervalConverter, "an ISO 8601 date interval (yyyy-MM-dd/yyyy-MM-dd, both inclusive)", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$");
