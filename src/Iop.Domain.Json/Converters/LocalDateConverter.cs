using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Iop.Domain.Json.Converters;

/// <summary>A <see cref="LocalDate"/> as ISO 8601 <c>uuuu-MM-dd</c>.</summary>
internal sealed class LocalDateConverter() : NodaTextConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO 8601 date (yyyy-MM-dd)", format: "date");
