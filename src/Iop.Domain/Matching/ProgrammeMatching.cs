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
        var copy = Guard.Against.NullElementsCopy(programmes);
        Guard.Against.Null(intensityRules);

        var context = new MatchContext(person, asOf, intensityRules);
        var checks = new int[copy.Length];
        var excluded = 0;
        var pending = new List<PendingMatch>();
        var ids = new ProgrammeIds(copy);
        for (var i = 0; i < checks.Length; i++)
        {
            ids.Add(i, nameof(programmes));
            var programme = copy[i];
            var failed = Judge(programme, context, out var tracks, out var telehealthOffered);
            if (failed != 0)
            {
                // An exclusion is recorded as its programme's position and the checks it missed; the result builds
                // its findings and its rejected tracks when they are read.
                checks[i] = failed;
                excluded++;
            }
            else
            {
                // A match is recorded with its ranking keys; what it meets is listed when first read.
                pending.Add(new PendingMatch(programme, tracks, Criteria(programme, context, telehealthOffered, null, null)));
            }
        }

        context.Complete();
        pending.Sort(RankOrder);
        var ranked = new ProgrammeMatch[pending.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var p = pending[i];
            ranked[i] = new ProgrammeMatch(p.Programme, i + 1, p.Tracks, p.PreferencesMet, context);
        }

        // The exclusions are built, and put in programme-id order, when first read (MatchResult.Exclusions).
        return new MatchResult(Array.AsReadOnly(ranked), Array.AsReadOnly(copy), checks, excluded, context);
    }

    /// <summary>
    /// Lists what a matched programme meets and which preferences it does not, its fitting tracks and its
    /// rejected ones: the explanation a <see cref="ProgrammeMatch"/> builds when first read, by the checks the
    /// match judged it with.
    /// </summary>
    internal static MatchExplanation Explain(ProgrammeProfile programme, MatchContext context)
    {
        IReadOnlyList<ScheduleTrack> fitting = System.Collections.ObjectModel.ReadOnlyCollection<ScheduleTrack>.Empty;
        IReadOnlyList<TrackRejection> rejected = System.Collections.ObjectModel.ReadOnlyCollection<TrackRejection>.Empty;
        var telehealthOffered = false;
        if (context.AssessesTracks(programme))
        {
            (fitting, telehealthOffered) = FittingTracks(programme, context);
            rejected = context.RejectedTracks(programme);
        }

        var met = new List<MatchCriterion>(16);
        var unmet = new List<MatchCriterion>();
        Criteria(programme, context, telehealthOffered, met, unmet);
        met.Sort();
        unmet.Sort();
        return new MatchExplanation(fitting, Freeze(met), Freeze(unmet), rejected);
    }

    private static int RankOrder(PendingMatch a, PendingMatch b)
    {
        var order = b.PreferencesMet.CompareTo(a.PreferencesMet);
        if (order == 0)
        {
            order = b.Tracks.CompareTo(a.Tracks);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Programme.Id, b.Programme.Id);
    }

    /// <summary>
    /// Judges one programme: the hard requirements it misses, as the engine's bit mask (0 for a match). It
    /// allocates nothing; what a match meets is listed afterwards by <see cref="Explain"/>.
    /// </summary>
    private static int Judge(ProgrammeProfile programme, MatchContext context, out int fittingTracks, out bool telehealthOffered)
    {
        var person = context.Person;
        var failed = 0;
        fittingTracks = 0;
        telehealthOffered = false;
        if (!programme.Offers(person.Level))
        {
            failed |= Bit(MatchCheck.LevelNotOffered);
        }

        if (!programme.Serves(person.AgeGroup))
        {
            failed |= Bit(MatchCheck.AgeGroupNotServed);
        }

        if (!(context.AsOf <= programme.LicenceExpires))
        {
            failed |= Bit(MatchCheck.LicenceExpired);
        }

        if (programme.Accreditations.Count > 0 && !AccreditationsCurrent(programme.Accreditations, context.AsOf))
        {
            failed |= Bit(MatchCheck.AccreditationExpired);
        }

        if (context.AssessesTracks(programme))
        {
            // A required telehealth need is a track requirement: a track without telehealth does not fit, so a
            // programme whose tracks fit always offers telehealth and its absence excludes through the tracks.
            failed |= TrackChecks(programme, context, out fittingTracks, out telehealthOffered);
        }

        if (person.CoOccurringCare == NeedStrength.Required && !programme.CoOccurringCapable)
        {
            failed |= Bit(MatchCheck.CoOccurringCareNotOffered);
        }

        if (person.FamilyInvolvement == NeedStrength.Required && !programme.FamilyProgramme)
        {
            failed |= Bit(MatchCheck.FamilyProgrammeNotOffered);
        }

        if (person.Payer is { } payer && person.PayerStrength == NeedStrength.Required && !Accepts(programme, payer))
        {
            failed |= Bit(MatchCheck.PayerNotAccepted);
        }

        if (person.Language is { } language && person.LanguageStrength == NeedStrength.Required && !Speaks(programme, language))
        {
            failed |= Bit(MatchCheck.LanguageNotOffered);
        }

        return failed;
    }

    /// <summary>
    /// Ordered by body, then expiry: the last entry of each body is its latest, so a renewal supersedes the
    /// expired entry it replaced, and only a body with no current entry excludes.
    /// </summary>
    private static bool AccreditationsCurrent(IReadOnlyList<Accreditation> accreditations, LocalDate asOf)
    {
        var current = true;
        for (var i = 0; i < accreditations.Count; i++)
        {
            var latestOfBody = i + 1 == accreditations.Count || accreditations[i + 1].Body != accreditations[i].Body;
            current &= !latestOfBody || accreditations[i].IsCurrentOn(asOf);
        }

        return current;
    }

    /// <summary>
    /// The track requirements of a programme whose tracks are assessed: 0 when some track at the person's level
    /// fits; otherwise each track requirement no track meets, <c>MATCH-NO-TRACK-MEETS-ALL</c> when each is met by
    /// some track, or <c>MATCH-NO-TRACK-IN-AVAILABILITY</c> when there is no track at the level.
    /// </summary>
    private static int TrackChecks(ProgrammeProfile programme, MatchContext context, out int fitting, out bool telehealthOffered)
    {
        var level = context.Person.Level;
        var tracks = programme.TrackSpan;
        var failedByEvery = -1;
        var anyTrack = false;
        fitting = 0;
        telehealthOffered = false;
        foreach (var track in tracks)
        {
            if (track.Level != level)
            {
                continue;
            }

            anyTrack = true;
            var failures = context.TrackFailures(track);
            failedByEvery &= failures;
            if (failures == 0)
            {
                fitting++;
                telehealthOffered |= track.Telehealth;
            }
        }

        if (!anyTrack)
        {
            return Bit(MatchCheck.NoTrackInAvailability);
        }

        return fitting > 0 ? 0 : failedByEvery != 0 ? failedByEvery : Bit(MatchCheck.NoTrackMeetsAll);
    }

    private static bool Accepts(ProgrammeProfile programme, string payer)
    {
        foreach (var accepted in programme.PayerSpan)
        {
            if (string.Equals(accepted, payer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Speaks(ProgrammeProfile programme, string language)
    {
        var languages = programme.Languages;
        for (var i = 0; i < languages.Count; i++)
        {
            if (LanguagesMatch(language, languages[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The criteria a matched programme is judged by, each met or not: added to <paramref name="met"/> and
    /// <paramref name="unmet"/> when given (unordered). Returns how many preferences it meets, the first ranking
    /// key, so ranking and the explanation count the same criteria.
    /// </summary>
    private static int Criteria(ProgrammeProfile programme, MatchContext context, bool telehealthOffered, List<MatchCriterion>? met, List<MatchCriterion>? unmet)
    {
        var person = context.Person;
        var sink = new CriteriaSink(met, unmet);
        sink.Add(true, new MatchCriterion(MatchCheck.LevelNotOffered, NeedStrength.Required));
        sink.Add(true, new MatchCriterion(MatchCheck.AgeGroupNotServed, NeedStrength.Required));
        sink.Add(true, new MatchCriterion(MatchCheck.LicenceExpired, NeedStrength.Required));
        if (programme.Accreditations.Count > 0)
        {
            sink.Add(true, new MatchCriterion(MatchCheck.AccreditationExpired, NeedStrength.Required));
        }

        if (context.AssessesTracks(programme))
        {
            sink.Add(true, new MatchCriterion(MatchCheck.NoTrackInAvailability, NeedStrength.Required));
            foreach (var criterion in context.IntensityCriteria)
            {
                sink.Add(true, criterion);
            }

            if (person.Telehealth is { } telehealth)
            {
                sink.Add(telehealthOffered, new MatchCriterion(MatchCheck.TelehealthNotOffered, telehealth));
            }
        }

        if (person.CoOccurringCare is { } coOccurring)
        {
            sink.Add(programme.CoOccurringCapable, new MatchCriterion(MatchCheck.CoOccurringCareNotOffered, coOccurring));
        }

        if (person.FamilyInvolvement is { } family)
        {
            sink.Add(programme.FamilyProgramme, new MatchCriterion(MatchCheck.FamilyProgrammeNotOffered, family));
        }

        if (person.Payer is { } payer)
        {
            sink.Add(Accepts(programme, payer), new MatchCriterion(MatchCheck.PayerNotAccepted, person.PayerStrength));
        }

        if (person.Language is { } language)
        {
            sink.Add(Speaks(programme, language), new MatchCriterion(MatchCheck.LanguageNotOffered, person.LanguageStrength));
        }

        // Modalities and aftercare are only ever preferences: they cannot exclude, and an exclusion does not list them.
        var modalities = person.PreferredModalities;
        for (var i = 0; i < modalities.Count; i++)
        {
            sink.Add(Contains(programme.Modalities, modalities[i]), new MatchCriterion(MatchCheck.ModalityNotOffered, NeedStrength.Preferred, modality: modalities[i]));
        }

        var aftercare = person.PreferredAftercare;
        for (var i = 0; i < aftercare.Count; i++)
        {
            sink.Add(Contains(programme.Aftercare, aftercare[i]), new MatchCriterion(MatchCheck.AftercareNotOffered, NeedStrength.Preferred, aftercare: aftercare[i]));
        }

        return sink.PreferencesMet;
    }

    /// <summary>The tracks of a programme at the person's level that fit, in its order, and whether one of them offers telehealth.</summary>
    private static (IReadOnlyList<ScheduleTrack> Fitting, bool TelehealthOffered) FittingTracks(ProgrammeProfile programme, MatchContext context)
    {
        var tracks = programme.TrackSpan;
        var fitting = new List<ScheduleTrack>(tracks.Length);
        var telehealthOffered = false;
        foreach (var track in tracks)
        {
            if (track.Level == context.Person.Level && context.TrackFailures(track) == 0)
            {
                fitting.Add(track);
                telehealthOffered |= track.Telehealth;
            }
        }

        return (Freeze(fitting), telehealthOffered);
    }

    /// <summary>Copies a working list into a read-only list of its own, or shares the empty one.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Freeze<T>(List<T> items) =>
        items.Count == 0 ? System.Collections.ObjectModel.ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items.ToArray());

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

    /// <summary>A match before ranking: its programme and its ranking keys.</summary>
    private readonly record struct PendingMatch(ProgrammeProfile Programme, int Tracks, int PreferencesMet);

    /// <summary>Where the criteria of a match go: the lists when they are wanted, and the count of preferences met always.</summary>
    private struct CriteriaSink(List<MatchCriterion>? met, List<MatchCriterion>? unmet)
    {
        public int PreferencesMet { get; private set; }

        public void Add(bool ok, MatchCriterion criterion)
        {
            if (ok)
            {
                met?.Add(criterion);
                PreferencesMet += criterion.IsPreference ? 1 : 0;
            }
            else
            {
                unmet?.Add(criterion);
            }
        }
    }
}
