using NodaTime;

namespace Iop.Domain.Intensity;

/// <summary>
/// What other parts of an episode need from its sessions, derived by the library so callers never count
/// them by hand: the attended sessions in a range (episode outcomes), the service dates, and the first group
/// session (treatment-plan validation, <c>PLAN-PARTICIPATION-BEFORE-GROUP</c>).
/// </summary>
/// <remarks>
/// <para>The sessions are any of the person's sessions, in any order: unlike <see cref="SessionIntensity.Evaluate"/>,
/// these derivations select what they need and do not require every session to lie in a range. The invalid
/// <see langword="default"/> session is refused.</para>
/// <para>An attended session counts whether or not it qualifies (<c>MCR-NONQUALIFYING</c> concerns hours
/// and per-diem services, not attendance), as in <see cref="AttendanceSummary.Attended"/>.</para>
/// </remarks>
public static class Sessions
{
    /// <summary>Counts the attended sessions that start within a range.</summary>
    /// <param name="sessions">The person's sessions; those outside <paramref name="range"/> are ignored.</param>
    /// <param name="range">The dates counted, both ends included.</param>
    /// <returns>The number of attended sessions (qualifying or not) starting in <paramref name="range"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> has a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public static int CountAttended(IEnumerable<Session> sessions, DateInterval range)
    {
        Guard.Against.UnsupportedDates(range);
        Guard.Against.Null(sessions);
        var count = 0;
        foreach (var session in sessions)
        {
            SessionIntensity.CheckValid(session, nameof(sessions));
            if (session.Attendance == Attendance.Attended && range.Contains(session.Date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Lists the service dates: the distinct dates with at least one attended session, in date order.</summary>
    /// <param name="sessions">The person's sessions.</param>
    /// <returns>The dates, ascending and without repeats; empty when no session was attended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds the invalid <see langword="default"/> session.</exception>
    public static IReadOnlyList<LocalDate> ServiceDates(IEnumerable<Session> sessions)
    {
        Guard.Against.Null(sessions);
        var dates = new SortedSet<LocalDate>();
        foreach (var session in sessions)
        {
            SessionIntensity.CheckValid(session, nameof(sessions));
            if (session.Attendance == Attendance.Attended)
            {
                dates.Add(session.Date);
            }
        }

        return Array.AsReadOnly(dates.ToArray());
    }

    /// <summary>
    /// Returns the date of the first group session on or after a date (the effective date of the plan
    /// version it falls under), or <see langword="null"/> when there is none.
    /// </summary>
    /// <remarks>
    /// <para>A group session is one whose kind is delivered to a group by definition:
    /// <see cref="ServiceKind.GroupTherapy"/> and <see cref="ServiceKind.SkillsGroup"/>. Kinds that may be
    /// held one-to-one or in a group (<see cref="ServiceKind.Psychoeducation"/>, <see cref="ServiceKind.PeerSupport"/>,
    /// <see cref="ServiceKind.ActivityTherapy"/>) and family therapy (one family, not a group) do not count:
    /// the session does not say how it was held.</para>
    /// <para>A session on the schedule counts, attended or missed, because the plan must be in place before
    /// the group is held; a cancelled session was taken off the schedule and does not count. Planned
    /// sessions can be passed as attended (<c>docs/decisions/0020-session-hours-attribution.md</c>).</para>
    /// </remarks>
    /// <param name="sessions">The person's sessions.</param>
    /// <param name="onOrAfter">The first date considered.</param>
    /// <returns>The earliest date of an attended or missed group session on or after <paramref name="onOrAfter"/>, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds the invalid <see langword="default"/> session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onOrAfter"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static LocalDate? FirstGroupSession(IEnumerable<Session> sessions, LocalDate onOrAfter)
    {
        Guard.Against.UnsupportedDate(onOrAfter);
        Guard.Against.Null(sessions);
        LocalDate? first = null;
        if (sessions is IReadOnlyList<Session> list)
        {
            // Indexed: foreach over the interface would allocate an enumerator on every call (plan validation calls it).
            for (var i = 0; i < list.Count; i++)
            {
                first = EarlierGroup(first, list[i], onOrAfter);
            }

            return first;
        }

        foreach (var session in sessions)
        {
            first = EarlierGroup(first, session, onOrAfter);
        }

        return first;
    }

    private static LocalDate? EarlierGroup(LocalDate? first, in Session session, LocalDate onOrAfter)
    {
        SessionIntensity.CheckValid(session, "sessions");
        return session.Kind is ServiceKind.GroupTherapy or ServiceKind.SkillsGroup
            && session.Attendance != Attendance.Cancelled
            && session.Date >= onOrAfter
            && (first is not { } earliest || session.Date < earliest)
                ? session.Date
                : first;
    }
}
