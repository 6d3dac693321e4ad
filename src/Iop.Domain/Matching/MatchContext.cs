using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// What one call to <see cref="ProgrammeMatching.Match"/> shares across its programmes, and what its results
/// keep to explain themselves when read: the person, the date, the intensity standard, the verdict per
/// track shape and the finding templates.
/// </summary>
/// <remarks>
/// The call fills the verdicts of the track shapes it meets on one thread; once it returns
/// (<see cref="Complete"/>) the context is only read. A result rebuilds what a programme's tracks missed
/// from it when that is first read, by the same code the call judged them with, so nothing is recorded per
/// track while matching and the rebuilt rejections are the ones the call saw.
/// </remarks>
internal sealed class MatchContext
{
    private readonly IntensityRuleSet rules;
    private readonly DateInterval week;
    private readonly bool telehealthRequired;
    private long[] shapeKeys = new long[32];
    private int[] shapeFailures = new int[32];
    private int shapeCount;
    private bool complete;

    public MatchContext(PersonNeeds person, LocalDate asOf, IntensityRuleSet rules)
    {
        Person = person;
        AsOf = asOf;
        this.rules = rules;
        week = ProgrammeMatching.PlannedWeek(asOf);
        telehealthRequired = person.Telehealth == NeedStrength.Required;
        Scheduled = person.Level <= LevelOfCare.PartialHospitalization;
        IntensityStandard? standard = null;
        if (Scheduled)
        {
            rules.TryGetStandard(person.Level, person.AgeGroup, out standard);
        }

        Standard = standard;
        IntensityCriteria = standard is null ? [] : CriteriaOf(standard);
        Findings = new MatchFindings(standard);
    }

    public PersonNeeds Person { get; }

    public LocalDate AsOf { get; }

    /// <summary>Gets a value indicating whether the person's level has a weekly schedule (outpatient to partial hospitalization), so tracks are assessed.</summary>
    public bool Scheduled { get; }

    /// <summary>Gets the intensity standard the tracks must meet, or <see langword="null"/> when there is none (no intensity check).</summary>
    public IntensityStandard? Standard { get; }

    /// <summary>Gets the finding templates of the call; results build their findings from them when read.</summary>
    public MatchFindings Findings { get; }

    /// <summary>Gets the intensity criteria a fitting track meets: one per threshold the standard sets.</summary>
    public MatchCriterion[] IntensityCriteria { get; }

    /// <summary>Marks the end of the call: from now on the context is only read (results may read it on any thread).</summary>
    public void Complete() => complete = true;

    /// <summary>Returns whether the programme's tracks are assessed: the level has a schedule and the programme offers it.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns><see langword="true"/> when the tracks are assessed.</returns>
    public bool AssessesTracks(ProgrammeProfile programme) => Scheduled && programme.Offers(Person.Level);

    /// <summary>Returns the checks a track misses (the engine's bit mask), or 0 when it fits the person.</summary>
    /// <param name="track">A track at the person's level.</param>
    /// <returns>The intensity checks of its shape, and whether its sessions lie inside the availability and offer telehealth when required.</returns>
    public int TrackFailures(ScheduleTrack track)
    {
        var failures = IntensityFailures(track);
        if (!Person.Covers(track.DayMask, track.Start.NanosecondOfDay, track.SessionLength.ToInt64Nanoseconds()))
        {
            failures |= MatchFindings.Bit(MatchCheck.NoTrackInAvailability);
        }

        if (telehealthRequired && !track.Telehealth)
        {
            failures |= MatchFindings.Bit(MatchCheck.TelehealthNotOffered);
        }

        return failures;
    }

    /// <summary>Returns the tracks of <paramref name="programme"/> at the person's level that do not fit, with what each misses.</summary>
    /// <param name="programme">A programme of the call.</param>
    /// <returns>The rejections in the programme's track order; empty when its tracks are not assessed.</returns>
    public IReadOnlyList<TrackRejection> RejectedTracks(ProgrammeProfile programme)
    {
        if (!AssessesTracks(programme))
        {
            return System.Collections.ObjectModel.ReadOnlyCollection<TrackRejection>.Empty;
        }

        var tracks = programme.TrackSpan;
        List<TrackRejection>? rejections = null;
        for (var i = 0; i < tracks.Length; i++)
        {
            var track = tracks[i];
            if (track.Level != Person.Level)
            {
                continue;
            }

            var failures = TrackFailures(track);
            if (failures != 0)
            {
                (rejections ??= new List<TrackRejection>(tracks.Length - i)).Add(new TrackRejection(i, track, failures, programme.Id, Findings));
            }
        }

        return rejections is null ? System.Collections.ObjectModel.ReadOnlyCollection<TrackRejection>.Empty : rejections.AsReadOnly();
    }

    /// <summary>
    /// The intensity failures of a track. They depend only on its days, session length and telehealth (sessions
    /// count on the day they start, whatever the hour), so each shape is evaluated once per call.
    /// </summary>
    private int IntensityFailures(ScheduleTrack track)
    {
        if (Standard is null)
        {
            return 0;
        }

        // A session lasts at most one day (below 2^47 ns, and more than zero), so the seven day bits fit above it,
        // the telehealth bit above them, and no key is 0 (an empty slot).
        var key = ((long)track.DayMask << 48) | (track.Telehealth ? 1L << 56 : 0L) | track.SessionLength.ToInt64Nanoseconds();
        var mask = shapeKeys.Length - 1;
        var slot = Slot(key, mask);
        while (shapeKeys[slot] != 0)
        {
            if (shapeKeys[slot] == key)
            {
                return shapeFailures[slot];
            }

            slot = (slot + 1) & mask;
        }

        var failures = ProgrammeMatching.IntensityFailures(track, Person.Level, Person.AgeGroup, week, rules);
        if (!complete)
        {
            // Only the call itself adds shapes (one thread); afterwards a shape it never met is judged again each time.
            shapeKeys[slot] = key;
            shapeFailures[slot] = failures;
            if (++shapeCount * 2 > shapeKeys.Length)
            {
                Grow();
            }
        }

        return failures;
    }

    private static int Slot(long key, int mask) => unchecked((int)((ulong)(key * -7046029254386353131L) >> 32)) & mask;

    private void Grow()
    {
        var keys = shapeKeys;
        var values = shapeFailures;
        shapeKeys = new long[keys.Length * 2];
        shapeFailures = new int[keys.Length * 2];
        var mask = shapeKeys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                var slot = Slot(keys[i], mask);
                while (shapeKeys[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                shapeKeys[slot] = keys[i];
                shapeFailures[slot] = values[i];
            }
        }
    }

    private static MatchCriterion[] CriteriaOf(IntensityStandard standard)
    {
        var criteria = new List<MatchCriterion>(5);
        if (standard.MinimumWeeklyHours is not null)
        {
            criteria.Add(new MatchCriterion(MatchCheck.TrackBelowMinimum, NeedStrength.Required));
        }

        if (standard.MaximumWeeklyHours is not null)
        {
            criteria.Add(new MatchCriterion(MatchCheck.TrackAboveMaximum, NeedStrength.Required));
        }

        if (standard.MinimumDaysPerWeek is not null)
        {
            criteria.Add(new MatchCriterion(MatchCheck.TrackTooFewDays, NeedStrength.Required));
        }

        if (standard.MaximumDaysPerWeek is not null)
        {
            criteria.Add(new MatchCriterion(MatchCheck.TrackTooManyDays, NeedStrength.Required));
        }

        if (standard.MinimumHoursPerServiceDay is not null)
        {
            criteria.Add(new MatchCriterion(MatchCheck.TrackSessionTooShort, NeedStrength.Required));
        }

        return [.. criteria];
    }
}
