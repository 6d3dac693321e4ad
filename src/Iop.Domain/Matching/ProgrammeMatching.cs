using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// Matches a person to treatment programmes: which programmes (and which of their tracks) meet every
/// hard requirement, ranked by the preferences they meet, and which are excluded and why.
/// </summary>
/// <remarks>
/// <para>Hard requirements, always: the programme offers the level the person is placed at
/// (<see cref="PersonNeeds.Level"/>, <c>MATCH-LEVEL-NOT-OFFERED</c>), serves the age group (<c>MATCH-AGE-GROUP-NOT-SERVED</c>), holds a
/// licence current at <c>asOf</c> (<c>MATCH-LICENCE-EXPIRED</c>) and holds every accreditation body it lists at <c>asOf</c>: the latest
/// entry of each body is current (<c>MATCH-ACCREDITATION-EXPIRED</c>). For the scheduled levels (outpatient, intensive outpatient, partial
/// hospitalization) at least one track at the level must fit: the week of sessions it plans
/// (<see cref="ScheduleTrack.PlannedSessions"/>, the week of <c>asOf</c>) meets the level's intensity standard
/// in the rule set as <see cref="SessionIntensity.Evaluate"/> judges delivered sessions, its weekly hours,
/// service days and hours per service day (<c>MATCH-TRACK-…</c>), every session lies inside the person's availability
/// (<c>MATCH-NO-TRACK-IN-AVAILABILITY</c>) and, when telehealth is required, it offers telehealth
/// (<c>MATCH-TELEHEALTH-NOT-OFFERED</c>). Under a rule set that counts in-person services only
/// (<see cref="IntensityRuleSet.Telehealth"/> is <see cref="TelehealthPosition.InPersonOnly"/>: the Medicare versions), a telehealth
/// track's hours do not count toward the minimum (<c>MCR-IN-PERSON-ONLY</c>): its planned week is judged as delivered by telehealth.
/// Residential and inpatient care have no weekly schedule to fit,
/// so tracks, availability, intensity and telehealth are not assessed for them.</para>
/// <para>Payer, language, co-occurring care and family involvement are hard when
/// <see cref="NeedStrength.Required"/> and preferences when <see cref="NeedStrength.Preferred"/>;
/// modalities and aftercare services are always preferences. Languages match when the tags are equal or
/// one is a subtag prefix of the other (<c>es</c> and <c>es-MX</c>), ignoring case as BCP 47 requires.</para>
/// <para>Every missed requirement is an <see cref="Severity.Error"/> finding whose subject is the programme
/// (<see cref="SubjectKind.Programme"/>, the caller's id) or, for a rejected track, the track
/// (<see cref="SubjectKind.ScheduleTrack"/>, the programme's id; the rejection gives the track's position).</para>
/// <para>Matches are ranked by <see cref="MatchingRules.Ranking"/>: preferences met, then tracks that
/// fit, then programme id (ordinal). Each programme is judged on its own, so adding a programme never
/// removes another from the matches, widening the person's availability never shrinks the matches, and
/// the result does not depend on the order of the input.</para>
/// </remarks>
public static class ProgrammeMatching
{
    /// <summary>Matches a person to programmes.</summary>
    /// <param name="person">The person's needs and preferences.</param>
    /// <param name="programmes">The programmes to consider; ids must be unique (ordinal).</param>
    /// <param name="asOf">The date licences and accreditations must be current on; the tracks' planned week is the week (Monday to Sunday) holding it.</param>
    /// <param name="intensityRules">The rule set whose standard for the person's level and age group the tracks must meet (for example <see cref="IntensityRuleSet.Medicare2024"/>).</param>
    /// <returns>The ranked matches and the exclusions; every programme appears exactly once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/>, <paramref name="programmes"/> or <paramref name="intensityRules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="programmes"/> holds null or two programmes with the same id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static MatchResult Match(PersonNeeds person, IEnumerable<ProgrammeProfile> programmes, LocalDate asOf, IntensityRuleSet intensityRules)
    {
        Guard.Against.UnsupportedDate(asOf);
        Guard.Against.Null(person);
        var list = Guard.Against.NullElements(programmes);
        Guard.Against.Null(intensityRules);

        var ids = new HashSet<string>(list.Count, StringComparer.Ordinal);
        foreach (var programme in list)
        {
            if (!ids.Add(programme.Id))
            {
                throw new ArgumentException("Programme ids must be unique within one match; two programmes share an id.", nameof(programmes));
            }
        }

        var scheduled = person.Level <= LevelOfCare.PartialHospitalization;
        IntensityStandard? standard = null;
        if (scheduled)
        {
            intensityRules.TryGetStandard(person.Level, person.AgeGroup, out standard);
        }

        var pending = new List<PendingMatch>();
        var exclusions = new List<ProgrammeExclusion>(list.Count);
        var cache = new Cache(person, standard, intensityRules, asOf);
        foreach (var programme in list)
        {
            Evaluate(person, programme, asOf, scheduled, cache, pending, exclusions);
        }

        pending.Sort(RankOrder);
        var ranked = new ProgrammeMatch[pending.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var p = pending[i];
            ranked[i] = new ProgrammeMatch(p.Programme, i + 1, p.Tracks, p.Met, p.Unmet, p.RejectedTracks, p.PreferencesMet);
        }

        // The exclusions are put in programme-id order when first read (MatchResult.Exclusions).
        return new MatchResult(Array.AsReadOnly(ranked), exclusions, standard);
    }

    private static int RankOrder(PendingMatch a, PendingMatch b)
    {
        var order = b.PreferencesMet.CompareTo(a.PreferencesMet);
        if (order == 0)
        {
            order = b.Tracks.Count.CompareTo(a.Tracks.Count);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Programme.Id, b.Programme.Id);
    }

    /// <summary>
    /// Judges one programme. The working lists live in <paramref name="cache"/> and are reused from one
    /// programme to the next; a result copies only what it keeps, and shares the empty lists.
    /// </summary>
    private static void Evaluate(
        PersonNeeds person,
        ProgrammeProfile programme,
        LocalDate asOf,
        bool scheduled,
        Cache cache,
        List<PendingMatch> matches,
        List<ProgrammeExclusion> exclusions)
    {
        var failed = 0;
        var met = cache.Met;
        var unmet = cache.Unmet;
        var fitting = cache.Fitting;
        var rejected = cache.Rejected;
        met.Clear();
        unmet.Clear();
        fitting.Clear();
        rejected.Clear();

        var levelOffered = Contains(programme.Levels, person.Level);
        Require(levelOffered, MatchCheck.LevelNotOffered, ref failed, met);
        Require(Contains(programme.AgeGroups, person.AgeGroup), MatchCheck.AgeGroupNotServed, ref failed, met);
        Require(asOf <= programme.LicenceExpires, MatchCheck.LicenceExpired, ref failed, met);
        var accreditations = programme.Accreditations;
        if (accreditations.Count > 0)
        {
            // Ordered by body, then expiry: the last entry of each body is its latest, so a renewal
            // supersedes the expired entry it replaced, and only a body with no current entry excludes.
            var current = true;
            for (var i = 0; i < accreditations.Count; i++)
            {
                var latestOfBody = i + 1 == accreditations.Count || accreditations[i + 1].Body != accreditations[i].Body;
                current &= !latestOfBody || accreditations[i].IsCurrentOn(asOf);
            }

            Require(current, MatchCheck.AccreditationExpired, ref failed, met);
        }

        if (scheduled && levelOffered)
        {
            AssessTracks(person, programme, cache, ref failed);
            if (fitting.Count > 0)
            {
                met.Add(new MatchCriterion(MatchCheck.NoTrackInAvailability, NeedStrength.Required));
                met.AddRange(cache.IntensityCriteria);
                if (person.Telehealth is { } telehealth)
                {
                    var offered = false;
                    for (var i = 0; i < fitting.Count && !offered; i++)
                    {
                        offered = fitting[i].Telehealth;
                    }

                    Need(offered, new MatchCriterion(MatchCheck.TelehealthNotOffered, telehealth), MatchCheck.TelehealthNotOffered, ref failed, met, unmet);
                }
            }
        }

        if (person.CoOccurringCare is { } coOccurring)
        {
            Need(programme.CoOccurringCapable, new MatchCriterion(MatchCheck.CoOccurringCareNotOffered, coOccurring), MatchCheck.CoOccurringCareNotOffered, ref failed, met, unmet);
        }

        if (person.FamilyInvolvement is { } family)
        {
            Need(programme.FamilyProgramme, new MatchCriterion(MatchCheck.FamilyProgrammeNotOffered, family), MatchCheck.FamilyProgrammeNotOffered, ref failed, met, unmet);
        }

        if (person.Payer is { } payer)
        {
            var payers = programme.PayersAccepted;
            var accepted = false;
            for (var i = 0; i < payers.Count && !accepted; i++)
            {
                accepted = string.Equals(payers[i], payer, StringComparison.Ordinal);
            }

            Need(accepted, new MatchCriterion(MatchCheck.PayerNotAccepted, person.PayerStrength), MatchCheck.PayerNotAccepted, ref failed, met, unmet);
        }

        if (person.Language is { } language)
        {
            var languages = programme.Languages;
            var offered = false;
            for (var i = 0; i < languages.Count && !offered; i++)
            {
                offered = LanguagesMatch(language, languages[i]);
            }

            Need(offered, new MatchCriterion(MatchCheck.LanguageNotOffered, person.LanguageStrength), MatchCheck.LanguageNotOffered, ref failed, met, unmet);
        }

        if (failed != 0)
        {
            // Modalities and aftercare are only ever preferences: they cannot exclude, and an exclusion does not list them.
            // The rejected tracks are kept as verdicts; the exclusion builds their rejections when they are read.
            exclusions.Add(new ProgrammeExclusion(programme, failed, [.. rejected], cache.Findings));
            return;
        }

        var trackRejections = TrackVerdict.ToRejections(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rejected), programme, cache.Findings);

        var modalities = person.PreferredModalities;
        for (var i = 0; i < modalities.Count; i++)
        {
            (Contains(programme.Modalities, modalities[i]) ? met : unmet).Add(new MatchCriterion(MatchCheck.ModalityNotOffered, NeedStrength.Preferred, modality: modalities[i]));
        }

        var aftercare = person.PreferredAftercare;
        for (var i = 0; i < aftercare.Count; i++)
        {
            (Contains(programme.Aftercare, aftercare[i]) ? met : unmet).Add(new MatchCriterion(MatchCheck.AftercareNotOffered, NeedStrength.Preferred, aftercare: aftercare[i]));
        }

        met.Sort();
        unmet.Sort();
        var preferencesMet = 0;
        for (var i = 0; i < met.Count; i++)
        {
            preferencesMet += met[i].IsPreference ? 1 : 0;
        }

        matches.Add(new PendingMatch(programme, Freeze(fitting), Freeze(met), Freeze(unmet), trackRejections, preferencesMet));
    }

    /// <summary>Copies a working list into a read-only list of its own, or shares the empty one.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Freeze<T>(List<T> items) =>
        items.Count == 0 ? System.Collections.ObjectModel.ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items.ToArray());

    private static void AssessTracks(PersonNeeds person, ProgrammeProfile programme, Cache cache, ref int failed)
    {
        var fitting = cache.Fitting;
        var rejected = cache.Rejected;
        var tracks = programme.Tracks;
        var failedByEvery = -1;
        var anyTrack = false;
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i];
            if (track.Level != person.Level)
            {
                continue;
            }

            anyTrack = true;
            var failures = cache.IntensityFailures(track) | ScheduleFailures(person, track);
            failedByEvery &= failures;
            if (failures == 0)
            {
                fitting.Add(track);
            }
            else
            {
                rejected.Add(new TrackVerdict(i, failures));
            }
        }

        if (!anyTrack)
        {
            failed |= Bit(MatchCheck.NoTrackInAvailability);
        }
        else if (fitting.Count == 0)
        {
            failed |= failedByEvery != 0 ? failedByEvery : Bit(MatchCheck.NoTrackMeetsAll);
        }
    }

    /// <summary>The checks that are not intensity: the sessions inside the availability, and telehealth when required.</summary>
    private static int ScheduleFailures(PersonNeeds person, ScheduleTrack track)
    {
        var failures = 0;
        if (!person.Covers(track.DayMask, track.Start.NanosecondOfDay, track.SessionLength.ToInt64Nanoseconds()))
        {
            failures |= Bit(MatchCheck.NoTrackInAvailability);
        }

        if (person.Telehealth == NeedStrength.Required && !track.Telehealth)
        {
            failures |= Bit(MatchCheck.TelehealthNotOffered);
        }

        return failures;
    }

    /// <summary>
    /// The intensity checks of one track: its planned week (<see cref="ScheduleTrack.PlannedSessions"/>)
    /// evaluated by <see cref="SessionIntensity.Evaluate"/>, the code that judges delivered sessions, with
    /// each weekly finding read as the matching rule it stands for.
    /// </summary>
    internal static int IntensityFailures(ScheduleTrack track, LevelOfCare level, AgeGroup ageGroup, DateInterval week, IntensityRuleSet rules)
    {
        var planned = track.PlannedSessions(week);
        if (track.Telehealth && rules.Telehealth == TelehealthPosition.InPersonOnly)
        {
            // A telehealth track's hours do not count under an in-person-only rule set (Medicare PHP/IOP, MCR-IN-PERSON-ONLY):
            // its planned week is judged as delivered by telehealth, so it adds nothing toward the minimum.
            planned = [.. planned.Select(s => s with { Mode = DeliveryMode.TelehealthVideo })];
        }

        var evaluation = SessionIntensity.Evaluate(planned, level, ageGroup, week, rules);
        var minimumHours = IntensityRules.MinimumHoursFor(level).Id;
        var maximumHours = IntensityRules.MaximumHoursFor(level).Id;
        var failures = 0;
        foreach (var finding in evaluation.Findings)
        {
            var id = finding.RuleId;
            if (id == minimumHours)
            {
                failures |= Bit(MatchCheck.TrackBelowMinimum);
            }
            else if (id == maximumHours)
            {
                failures |= Bit(MatchCheck.TrackAboveMaximum);
            }
            else if (id == IntensityRules.MinimumDays.Id)
            {
                failures |= Bit(MatchCheck.TrackTooFewDays);
            }
            else if (id == IntensityRules.MaximumDays.Id)
            {
                failures |= Bit(MatchCheck.TrackTooManyDays);
            }
            else if (id == IntensityRules.MinimumDayHours.Id)
            {
                failures |= Bit(MatchCheck.TrackSessionTooShort);
            }
        }

        return failures;
    }

    /// <summary>The week of <paramref name="asOf"/>, Monday to Sunday: the week a track's sessions are planned in for matching.</summary>
    internal static DateInterval PlannedWeek(LocalDate asOf)
    {
        var monday = asOf.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return new DateInterval(monday, monday.PlusDays(6));
    }

    private static void Require(bool ok, MatchCheck check, ref int failed, List<MatchCriterion> met)
    {
        if (ok)
        {
            met.Add(new MatchCriterion(check, NeedStrength.Required));
        }
        else
        {
            failed |= Bit(check);
        }
    }

    private static void Need(bool ok, MatchCriterion criterion, MatchCheck check, ref int failed, List<MatchCriterion> met, List<MatchCriterion> unmet)
    {
        if (ok)
        {
            met.Add(criterion);
        }
        else if (criterion.Strength == NeedStrength.Required)
        {
            // A required telehealth need never reaches here: tracks without telehealth were already rejected.
            failed |= Bit(check);
        }
        else
        {
            unmet.Add(criterion);
        }
    }

    /// <summary>BCP 47 tags match when equal or when one is a subtag prefix of the other, ignoring case (RFC 5646 §2.1.1).</summary>
    internal static bool LanguagesMatch(string wanted, string offered) =>
        IsPrefixTag(wanted, offered) || IsPrefixTag(offered, wanted);

    private static bool IsPrefixTag(string prefix, string tag) =>
        tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (tag.Length == prefix.Length || tag[prefix.Length] == '-');

    private static bool Contains<T>(IReadOnlyList<T> items, T value)
        where T : struct, Enum
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], value))
            {
                return true;
            }
        }

        return false;
    }

    private static int Bit(MatchCheck check) => MatchFindings.Bit(check);

    /// <summary>
    /// What one call shares across its programmes: the intensity verdict per track shape, the finding
    /// templates and the working lists.
    /// </summary>
    private sealed class Cache
    {
        private readonly PersonNeeds person;
        private readonly IntensityRuleSet rules;
        private readonly DateInterval week;
        private readonly Dictionary<long, int> intensity = [];

        public Cache(PersonNeeds person, IntensityStandard? standard, IntensityRuleSet rules, LocalDate asOf)
        {
            this.person = person;
            this.rules = rules;
            Standard = standard;
            week = PlannedWeek(asOf);
            IntensityCriteria = standard is null ? [] : CriteriaOf(standard);
            Findings = new MatchFindings(standard);
        }

        public IntensityStandard? Standard { get; }

        /// <summary>The finding templates of the call; results build their findings from them when read.</summary>
        public MatchFindings Findings { get; }

        /// <summary>The intensity criteria a fitting track meets: one per threshold the standard sets.</summary>
        public MatchCriterion[] IntensityCriteria { get; }

        // Working lists reused for every programme of the call (one call runs on one thread).
        public List<MatchCriterion> Met { get; } = new(16);

        public List<MatchCriterion> Unmet { get; } = new(16);

        public List<ScheduleTrack> Fitting { get; } = new(8);

        public List<TrackVerdict> Rejected { get; } = new(8);

        /// <summary>
        /// The intensity failures of a track. They depend only on its days, session length and telehealth (sessions
        /// count on the day they start, whatever the hour), so each shape is evaluated once per call.
        /// </summary>
        public int IntensityFailures(ScheduleTrack track)
        {
            if (Standard is null)
            {
                return 0;
            }

            // A session lasts at most one day (below 2^47 ns), so the seven day bits fit above it, and the telehealth bit above them.
            var key = ((long)track.DayMask << 48) | (track.Telehealth ? 1L << 56 : 0L) | track.SessionLength.ToInt64Nanoseconds();
            if (!intensity.TryGetValue(key, out var failures))
            {
                failures = ProgrammeMatching.IntensityFailures(track, person.Level, person.AgeGroup, week, rules);
                intensity.Add(key, failures);
            }

            return failures;
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

    /// <summary>A match before ranking: what <see cref="ProgrammeMatch"/> will hold, and its first ranking key.</summary>
    private readonly record struct PendingMatch(
        ProgrammeProfile Programme,
        IReadOnlyList<ScheduleTrack> Tracks,
        IReadOnlyList<MatchCriterion> Met,
        IReadOnlyList<MatchCriterion> Unmet,
        IReadOnlyList<TrackRejection> RejectedTracks,
        int PreferencesMet);
}
