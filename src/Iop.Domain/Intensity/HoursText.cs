using System.Globalization;
using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>Formats hours for finding messages: "9 h", "8 h 59 min", "45 min".</summary>
internal static class HoursText
{
    public static string Format(Duration value)
    {
        var minutes = (long)Math.Floor(value.TotalMinutes);
        var hours = minutes / 60;
        var rest = minutes % 60;
        return (hours, rest) switch
        {
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{hours} h"),
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{rest} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{hours} h {rest} min"),
        };
    }

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
