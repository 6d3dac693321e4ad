using System.Runtime.CompilerServices;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>The allocation-free facts of one episode as of a report date, shared by <see cref="EpisodeOutcomes"/> and the cohort fold.</summary>
internal readonly struct EpisodeFacts
{
    /// <summary>Gets the length of stay in days by <see cref="Continuum.LengthOfStay.Days"/> (inclusive): through discharge, or through the report date while open.</summary>
    public int LengthOfStay { get; init; }

    /// <summary>Gets a value indicating whether the episode was discharged on or before the report date.</summary>
    public bool Discharged { get; init; }

    public bool SteppedDown { get; init; }

    public bool SteppedUp { get; init; }

    public OutcomeState FollowUpShortState { get; init; }

    public OutcomeState FollowUpLongState { get; init; }

    public OutcomeState InitiationState { get; init; }

    public OutcomeState EngagementState { get; init; }

    public bool? FollowUpShort { get => Outcome(FollowUpShortState); init => FollowUpShortState = State(value); }

    public bool? FollowUpLong { get => Outcome(FollowUpLongState); init => FollowUpLongState = State(value); }

    public bool? Initiated { get => Outcome(InitiationState); init => InitiationState = State(value); }

    public bool? Engaged { get => Outcome(EngagementState); init => EngagementState = State(value); }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static EpisodeFacts Compute<TKey>(Episode<TKey> episode, EpisodeCriteria criteria, LocalDate asOf)
        where TKey : notnull =>
        Compute(episode.ToRecord(instrument: null), criteria, Continuum.LengthOfStay.DayNumber(Guard.Against.UnsupportedDate(asOf)));

    /// <summary>
    /// The facts of one episode, in whole days: every date was read once as a day number
    /// (<see cref="Continuum.LengthOfStay.DayNumber"/>), so windows are integer comparisons.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    public static EpisodeFacts Compute(in EpisodeRecord episode, EpisodeCriteria criteria, int asOf)
    {
        // Unchecked (decision 0089): day numbers of supported dates are below 2²⁰ and every window is at most 3,650 days.
        unchecked
        {
            if (episode.Admission > asOf)
            {
                throw new ArgumentException("Every episode must be admitted on or before the report date.", nameof(asOf));
            }

            // A discharge (or a level change) dated after the report date is not yet known on it: the episode
            // counts as open, and the change as not yet made. Days are counted once, by LengthOfStay (on day numbers), and
            // windows are then compared as whole days.
            var discharged = episode.Discharge <= asOf;
            var daysThroughReportDate = Continuum.LengthOfStay.DaysOfDayNumbers(episode.Admission, asOf);
            var lengthOfStay = discharged ? Continuum.LengthOfStay.DaysOfDayNumbers(episode.Admission, episode.Discharge) : daysThroughReportDate;
            var daysSinceAdmission = daysThroughReportDate - 1;
            var daysSinceDischarge = daysThroughReportDate - lengthOfStay; // 0 on the discharge date
            var shortFollow = OutcomeState.Unknown;
            var longFollow = OutcomeState.Unknown;
            if (discharged)
            {
                var visit = FirstFollowUpVisit(episode.AftercareVisits, episode.Discharge, criteria.FollowUpCountsDischargeDate);
                shortFollow = FollowedUp(visit, episode.Discharge, criteria.FollowUpShortDays, asOf, daysSinceDischarge);
                longFollow = FollowedUp(visit, episode.Discharge, criteria.FollowUpLongDays, asOf, daysSinceDischarge);
            }

            var (initiated, engaged) = InitiationAndEngagement(episode, criteria, asOf, discharged, daysSinceAdmission);
            return new EpisodeFacts
            {
                LengthOfStay = lengthOfStay,
                Discharged = discharged,
                SteppedDown = episode.FirstStepDown <= asOf,
                SteppedUp = episode.FirstStepUp <= asOf,
                FollowUpShortState = shortFollow,
                FollowUpLongState = longFollow,
                InitiationState = initiated,
                EngagementState = engaged,
            };
        }
    }

    /// <summary>
    /// OUT-IET-INITIATION and OUT-IET-ENGAGEMENT: initiation is the first service on the admission date or
    /// within the following (InitiationDays - 1) days; engagement is at least EngagementServices services
    /// from the day after initiation through EngagementDays days after it. Unknown (<see cref="OutcomeState.Unknown"/>) while the window
    /// is open on the report date and the episode is not discharged.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // decision 0088
    private static (OutcomeState Initiated, OutcomeState Engaged) InitiationAndEngagement(in EpisodeRecord episode, EpisodeCriteria criteria, int asOf, bool discharged, int daysSinceAdmission)
    {
        // Unchecked (decision 0089): day numbers of supported dates are below 2²⁰ and every window is at most 3,650 days.
        unchecked
        {
            var services = episode.ServiceDates;
            var initiationOver = discharged || daysSinceAdmission >= criteria.InitiationDays - 1;
            if (services.Length == 0)
            {
                return initiationOver ? (OutcomeState.NotMet, OutcomeState.NotMet) : (OutcomeState.Unknown, OutcomeState.Unknown);
            }

            // Service dates are in order, so the first one is the only candidate for initiation.
            var start = Day(services[0]);
            if (start > episode.Admission + criteria.InitiationDays - 1 || start > asOf)
            {
                return initiationOver ? (OutcomeState.NotMet, OutcomeState.NotMet) : (OutcomeState.Unknown, OutcomeState.Unknown);
            }

            var lastEngagementDay = start + criteria.EngagementDays;
            var count = 0;
            for (var i = 1; i < services.Length; i++) // the first service is the start, not counted towards engagement
            {
                var day = Day(services[i]);
                if (day > lastEngagementDay || day > asOf)
                {
                    break;
                }

                count += day > start ? 1 : 0;
            }

            var engaged = count >= criteria.EngagementServices ? OutcomeState.Met
                : discharged || asOf >= lastEngagementDay ? OutcomeState.NotMet
                : OutcomeState.Unknown;
            return (OutcomeState.Met, engaged);
        }
    }

    /// <summary>
    /// The day number of the first after-care visit that can count as follow-up: the first after the discharge
    /// date, or on it when the criteria count it; <see cref="EpisodeRecord.NoDay"/> when there is none. Visits are
    /// in date order, so the first such visit decides both windows.
    /// </summary>
    private static int FirstFollowUpVisit(ReadOnlySpan<LocalDate> visits, int discharge, bool countsDischargeDate)
    {
        for (var i = 0; i < visits.Length; i++)
        {
            var visit = Day(visits[i]);
            if (visit > discharge || (countsDischargeDate && visit == discharge))
            {
                return visit;
            }
        }

        return EpisodeRecord.NoDay;
    }

    /// <summary>
    /// OUT-FOLLOWUP-WINDOWS: whether the first visit that counts (<paramref name="visit"/>) falls by the report
    /// date and within <paramref name="days"/> days after discharge; unknown (<see cref="OutcomeState.Unknown"/>) while that window is still
    /// open on the report date.
    /// </summary>
    private static OutcomeState FollowedUp(int visit, int discharge, int days, int asOf, int daysSinceDischarge) =>
        visit <= unchecked(discharge + days) && visit <= asOf ? OutcomeState.Met
        : daysSinceDischarge >= days ? OutcomeState.NotMet
        : OutcomeState.Unknown;

    private static int Day(LocalDate date) => Continuum.LengthOfStay.DayNumber(date);

    private static bool? Outcome(OutcomeState state) => state == OutcomeState.Unknown ? null : state == OutcomeState.Met;

    private static OutcomeState State(bool? outcome) => outcome is { } met ? (met ? OutcomeState.Met : OutcomeState.NotMet) : OutcomeState.Unknown;
}
