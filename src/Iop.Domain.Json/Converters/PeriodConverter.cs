using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Iop.Domain.Json.Converters;

/// <summary>A <see cref="Period"/> in NodaTime's round-trip pattern: ISO 8601 for years, months, days and time (<c>P1M</c>, <c>P30D</c>).</summary>
internal sealed class PeriodConverter() : NodaTextConverter<Period>(NodaConverters.RoundtripPeriodConverter, "an ISO 8601 period such as P1M or P30D", pattern: "^P");
