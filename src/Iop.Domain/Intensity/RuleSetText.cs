using System.Globalization;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>Formats a rule set's identity for <c>ToString</c>: <c>Medicare CY2024 (from 2024-01-01)</c>.</summary>
internal static class RuleSetText
{
    public static string Format(string name, string version, LocalDate from, LocalDate? to) =>
        to is { } end
            ? string.Create(CultureInfo.InvariantCulture, $"{name} {version} ({from:uuuu'-'MM'-'dd} to {end:uuuu'-'MM'-'dd})")
            : string.Create(CultureInfo.InvariantCulture, $"{name} {version} (from {from:uuuu'-'MM'-'dd})");
}
