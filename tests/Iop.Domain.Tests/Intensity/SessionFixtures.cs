using Iop.Domain.Intensity;
using NodaTime;

namespace Iop.Domain.Tests.Intensity;

/// <summary>Fictional sessions for the intensity tests.</summary>
internal static class SessionFixtures
{
    /// <summary>Monday 2024-03-04: the first day of a full ISO week under Medicare 2024.</summary>
    public static readonly LocalDate Monday = new(2024, 3, 4);

    public static DateInterval Weeks(LocalDate start, int weeks) => new(start, start.PlusDays((7 * weeks) - 1));

    public static Session At(LocalDate date, int minutes, ServiceKind kind = ServiceKind.GroupTherapy, Attendance attendance = Attendance.Attended, int startHour = 9) =>
        new(date, new LocalTime(startHour, 0), Duration.FromMinutes(minutes), kind, DeliveryMode.InPerson, attendance);

    /// <summary>Spreads <paramref name="totalMinutes"/> of attended group therapy over Monday, Wednesday and Friday (and further days if asked) of the week starting <paramref name="weekStart"/>.</summary>
    public static Session[] Spread(LocalDate weekStart, int totalMinutes, int days = 3)
    {
        var offsets = new[] { 0, 2, 4, 1, 3, 5, 6 };
        var sessions = new Session[days];
        for (var i = 0; i < days; i++)
        {
            var share = (totalMinutes / days) + (i == 0 ? totalMinutes % days : 0);
            sessions[i] = At(weekStart.PlusDays(offsets[i]), share);
        }

        return sessions;
    }
}
