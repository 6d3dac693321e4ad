using System.Globalization;
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
/// <para>Hard requirements, always: the programme offers the indicated level
/// (<c>MATCH-LEVEL-NOT-OFFERED</c>), serves the age group (<c>MATCH-AGE-GROUP-NOT-SERVED</c>), holds a
/// licence current at <c>asOf</c> (<c>MATCH-LICENCE-EXPIRED</c>) and holds every accreditation body it lists at <c>asOf</c>: the latest
/// entry of each body is current (<c>MATCH-ACCREDITATION-EXPIRED</c>). For the scheduled levels (outpatient, intensive outpatient, partial
/// hospitalization) at least one track at the level must fit: its weekly hours (days × session length),
/// days per week and session length meet the level's intensity standard in the rule set
/// (<c>MATCH-TRACK-…</c>), every session lies inside the person's availability
/// (<c>MATCH-NO-TRACK-IN-AVAILABILITY</c>) and, when telehealth is required, it offers telehealth
/// (<c>MATCH-TELEHEALTH-NOT-OFFERED</c>). Residential and inpatient care have no weekly schedule to fit,
/// so tracks, availability, intensity and telehealth are not assessed for them.</para>
/// <para>Payer, language, co-occurring care and family involvement are hard when
/// <see cref="NeedStrength.Required"/> and preferences when <see cref="NeedStrength.Preferred"/>;
/// modalities and aftercare services are always preferences. Languages match when the tags are equal or
/// one is a subtag prefix of the other (<c>es</c> and <c>es-MX</c>), ignoring case as BCP 47 requires.</para>
/// <para>Matches are ranked by <see cref="MatchingRules.Ranking"/>: preferences met, then tracks that
/// fit, then programme id (ordinal). Each programme is judged on its own, so adding a programme never
/// removes another from the matches, widening the person's availability never shrinks the matches, and
/// the result does not depend on the order of the input.</para>
/// </remarks>
public static class ProgrammeMatching
{
    private const ExclusionReason FirstTrackReason = ExclusionReason.TrackBelowMinimum;
    private const ExclusionReason LastTrackReason = ExclusionReason.TelehealthNotOffered;

    /// <summary>Matches a person to programmes.</summary>
    /// <param name="person">The person's needs and preferences.</param>
    /// <param name="programmes">The programmes to consider; ids must be unique (ordinal).</param>
    /// <param name="asOf">The date licences and accreditations must be current on.</param>
    /// <param name="intensityRules">The rule set whose standard for the indicated level and age group the tracks must meet (for example <see cref="IntensityRuleSet.Medicare2024"/>).</param>
    /// <returns>The ranked matches and the exclusions; every programme appears exactly once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/>, <paramref name="programmes"/> or <paramref name="intensityRules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="programmes"/> holds null or two programmes with the same id.</exception>
    public static MatchResult Match(PersonNeeds person, IEnumerable<ProgrammeProfile> programmes, LocalDate asOf, IntensityRuleSet intensityRules)
    {
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

        var scheduled = person.IndicatedLevel <= LevelOfCare.PartialHospitalization;
        IntensityStandard? standard = null;
        if (scheduled)
        {
            intensityRules.TryGetStandard(person.IndicatedLevel, person.AgeGroup, out standard);
        }

        var pending = new List<PendingMatch>();
        var exclusions = new List<ProgrammeExclusion>();
        var cache = new Cache(standard);
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

        exclusions.Sort((a, b) => string.CompareOrdinal(a.Programme.Id, b.Programme.Id));
        return new MatchResult(Array.AsReadOnly(ranked), exclusions.AsReadOnly(), standard);
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
        var standard = cache.Standard;
        var reasons = 0;
        var met = cache.Met;
        var unmet = cache.Unmet;
        var fitting = cache.Fitting;
        var rejected = cache.Rejected;
        met.Clear();
        unmet.Clear();
        fitting.Clear();
        rejected.Clear();

        var levelOffered = Contains(programme.Levels, person.IndicatedLevel);
        Require(levelOffered, CriterionKind.Level, ExclusionReason.LevelNotOffered, ref reasons, met);
        Require(Contains(programme.AgeGroups, person.AgeGroup), CriterionKind.AgeGroup, ExclusionReason.AgeGroupNotServed, ref reasons, met);
        Require(asOf <= programme.LicenceExpires, CriterionKind.Licence, ExclusionReason.LicenceExpired, ref reasons, met);
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

            Require(current, CriterionKind.Accreditation, ExclusionReason.AccreditationExpired, ref reasons, met);
        }

        if (scheduled && levelOffered)
        {
            AssessTracks(person, programme, cache, ref reasons);
            if (fitting.Count > 0)
            {
                met.Add(new MatchCriterion(CriterionKind.Schedule, NeedStrength.Required));
                if (standard is not null)
                {
                    met.Add(new MatchCriterion(CriterionKind.Intensity, NeedStrength.Required));
                }

                if (person.Telehealth is { } telehealth)
                {
                    var offered = false;
                    for (var i = 0; i < fitting.Count && !offered; i++)
                    {
                        offered = fitting[i].Telehealth;
                    }

                    Need(offered, new MatchCriterion(CriterionKind.Telehealth, telehealth), ExclusionReason.TelehealthNotOffered, ref reasons, met, unmet);
                }
            }
        }

        if (person.CoOccurringCare is { } coOccurring)
        {
            Need(programme.CoOccurringCapable, new MatchCriterion(CriterionKind.CoOccurringCare, coOccurring), ExclusionReason.CoOccurringCareNotOffered, ref reasons, met, unmet);
        }

        if (person.FamilyInvolvement is { } family)
        {
            Need(programme.FamilyProgramme, new MatchCriterion(CriterionKind.FamilyInvolvement, family), ExclusionReason.FamilyProgrammeNotOffered, ref reasons, met, unmet);
        }

        if (person.Payer is { } payer)
        {
            var payers = programme.PayersAccepted;
            var accepted = false;
            for (var i = 0; i < payers.Count && !accepted; i++)
            {
                accepted = string.Equals(payers[i], payer, StringComparison.Ordinal);
            }

            Need(accepted, new MatchCriterion(CriterionKind.Payer, person.PayerStrength), ExclusionReason.PayerNotAccepted, ref reasons, met, unmet);
        }

        if (person.Language is { } language)
        {
            var languages = programme.Languages;
            var offered = false;
            for (var i = 0; i < languages.Count && !offered; i++)
            {
                offered = LanguagesMatch(language, languages[i]);
            }

            Need(offered, new MatchCriterion(CriterionKind.Language, person.LanguageStrength), ExclusionReason.LanguageNotOffered, ref reasons, met, unmet);
        }

        var trackRejections = Freeze(rejected);
        if (reasons != 0)
        {
            // Modalities and aftercare are only ever preferences: they cannot exclude, and an exclusion does not list them.
            exclusions.Add(new ProgrammeExclusion(programme, cache.ReasonsOf(reasons), cache.FindingsOf(reasons), trackRejections));
            return;
        }

        var modalities = person.PreferredModalities;
        for (var i = 0; i < modalities.Count; i++)
        {
            (Contains(programme.Modalities, modalities[i]) ? met : unmet).Add(new MatchCriterion(CriterionKind.Modality, NeedStrength.Preferred, modality: modalities[i]));
        }

        var aftercare = person.PreferredAftercare;
        for (var i = 0; i < aftercare.Count; i++)
        {
            (Contains(programme.Aftercare, aftercare[i]) ? met : unmet).Add(new MatchCriterion(CriterionKind.Aftercare, NeedStrength.Preferred, aftercare: aftercare[i]));
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

    private static void AssessTracks(PersonNeeds person, ProgrammeProfile programme, Cache cache, ref int reasons)
    {
        var fitting = cache.Fitting;
        var rejected = cache.Rejected;
        var tracks = programme.Tracks;
        var failedByEvery = -1;
        var anyTrack = false;
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i];
            if (track.Level != person.IndicatedLevel)
            {
                continue;
            }

            anyTrack = true;
            var failures = TrackFailures(person, track, cache.Standard);
            failedByEvery &= failures;
            if (failures == 0)
            {
                fitting.Add(track);
            }
            else
            {
                rejected.Add(new TrackRejection(i, track, cache.ReasonsOf(failures)));
            }
        }

        if (!anyTrack)
        {
            reasons |= Bit(ExclusionReason.NoTrackInAvailability);
        }
        else if (fitting.Count == 0)
        {
            reasons |= failedByEvery != 0 ? failedByEvery : Bit(ExclusionReason.NoTrackMeetsAll);
        }
    }

    private static int TrackFailures(PersonNeeds person, ScheduleTrack track, IntensityStandard? standard)
    {
        var failures = 0;
        if (standard is not null)
        {
            var weekly = track.WeeklyHours;
            if (standard.MinimumWeeklyHours is { } minimum && weekly < minimum)
            {
                failures |= Bit(ExclusionReason.TrackBelowMinimum);
            }

            if (standard.MaximumWeeklyHours is { } ceiling && ceiling.IsExceededBy(weekly))
            {
                failures |= Bit(ExclusionReason.TrackAboveMaximum);
            }

            if (standard.MinimumDaysPerWeek is { } days && track.DaysPerWeek < days)
            {
                failures |= Bit(ExclusionReason.TrackTooFewDays);
            }

            if (standard.MinimumHoursPerServiceDay is { } perDay && track.SessionLength < perDay)
            {
                failures |= Bit(ExclusionReason.TrackSessionTooShort);
            }
        }

        if (!person.Covers(track.DayMask, track.Start.NanosecondOfDay, track.SessionLength.ToInt64Nanoseconds()))
        {
            failures |= Bit(ExclusionReason.NoTrackInAvailability);
        }

        if (person.Telehealth == NeedStrength.Required && !track.Telehealth)
        {
            failures |= Bit(ExclusionReason.TelehealthNotOffered);
        }

        return failures;
    }

    private static void Require(bool ok, CriterionKind kind, ExclusionReason reason, ref int reasons, List<MatchCriterion> met)
    {
        if (ok)
        {
            met.Add(new MatchCriterion(kind, NeedStrength.Required));
        }
        else
        {
            reasons |= Bit(reason);
        }
    }

    private static void Need(bool ok, MatchCriterion criterion, ExclusionReason reason, ref int reasons, List<MatchCriterion> met, List<MatchCriterion> unmet)
    {
        if (ok)
        {
            met.Add(criterion);
        }
        else if (criterion.Strength == NeedStrength.Required)
        {
            // A required telehealth need never reaches here: tracks without telehealth were already rejected.
            reasons |= Bit(reason);
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

    private static int Bit(ExclusionReason reason) => 1 << (int)reason;

    private static System.Collections.ObjectModel.ReadOnlyCollection<ExclusionReason> ReasonsOf(int mask)
    {
        var list = new List<ExclusionReason>(System.Numerics.BitOperations.PopCount((uint)mask));
        for (var reason = ExclusionReason.LevelNotOffered; reason <= ExclusionReason.NoTrackMeetsAll; reason++)
        {
            if ((mask & Bit(reason)) != 0)
            {
                list.Add(reason);
            }
        }

        return list.AsReadOnly();
    }

    /// <summary>Reason lists and findings shared by every programme of one call: immutable, so one instance per reason set suffices.</summary>
    private sealed class Cache(IntensityStandard? standard)
    {
        private readonly Dictionary<int, System.Collections.ObjectModel.ReadOnlyCollection<ExclusionReason>> reasons = [];
        private readonly Dictionary<int, System.Collections.ObjectModel.ReadOnlyCollection<Finding>> findings = [];
        private readonly Finding?[] single = new Finding?[(int)ExclusionReason.NoTrackMeetsAll + 1];

        public IntensityStandard? Standard { get; } = standard;

        // Working lists reused for every programme of the call (one call runs on one thread).
        public List<MatchCriterion> Met { get; } = new(16);

        public List<MatchCriterion> Unmet { get; } = new(16);

        public List<ScheduleTrack> Fitting { get; } = new(8);

        public List<TrackRejection> Rejected { get; } = new(8);

        public System.Collections.ObjectModel.ReadOnlyCollection<ExclusionReason> ReasonsOf(int mask)
        {
            if (!reasons.TryGetValue(mask, out var list))
            {
                list = ProgrammeMatching.ReasonsOf(mask);
                reasons.Add(mask, list);
            }

            return list;
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<Finding> FindingsOf(int mask)
        {
            if (!findings.TryGetValue(mask, out var list))
            {
                var reasonList = ReasonsOf(mask);
                var array = new Finding[reasonList.Count];
                for (var i = 0; i < array.Length; i++)
                {
                    array[i] = single[(int)reasonList[i]] ??= FindingFor(reasonList[i], Standard);
                }

                Array.Sort(array, FindingOrder.Instance);
                list = Array.AsReadOnly(array);
                findings.Add(mask, list);
            }

            return list;
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

    private static Finding FindingFor(ExclusionReason reason, IntensityStandard? standard)
    {
        var rule = MatchingRules.For(reason);
        var source = reason is >= FirstTrackReason and <= ExclusionReason.TrackSessionTooShort && standard is not null ? standard.Source : rule.Source;
        return new Finding(rule.Id, Severity.Error, MessageFor(reason, standard), source);
    }

    private static string MessageFor(ExclusionReason reason, IntensityStandard? standard) => reason switch
    {
        ExclusionReason.LevelNotOffered => "The programme does not offer the indicated level of care.",
        ExclusionReason.AgeGroupNotServed => "The programme does not serve the person's age group.",
        ExclusionReason.LicenceExpired => "The programme's state licence had expired by the date of matching.",
        ExclusionReason.AccreditationExpired => "An accreditation the programme lists had expired by the date of matching, with no renewal listed.",
        ExclusionReason.PayerNotAccepted => "The programme does not accept the person's payer, which the person requires.",
        ExclusionReason.LanguageNotOffered => "The programme does not offer care in the person's language, which the person requires.",
        ExclusionReason.CoOccurringCareNotOffered => "The programme cannot treat co-occurring conditions, which the person requires.",
        ExclusionReason.FamilyProgrammeNotOffered => "The programme has no family programme, which the person requires.",
        ExclusionReason.TrackBelowMinimum => string.Create(CultureInfo.InvariantCulture, $"No track at the indicated level reaches the intensity standard's minimum of {Hours(standard?.MinimumWeeklyHours)} h per week."),
        ExclusionReason.TrackAboveMaximum => $"No track at the indicated level stays within the intensity standard's ceiling of {standard?.MaximumWeeklyHours} per week.",
        ExclusionReason.TrackTooFewDays => string.Create(CultureInfo.InvariantCulture, $"No track at the indicated level meets on the {standard?.MinimumDaysPerWeek} days per week the intensity standard requires."),
        ExclusionReason.TrackSessionTooShort => string.Create(CultureInfo.InvariantCulture, $"No track at the indicated level has sessions of the {Hours(standard?.MinimumHoursPerServiceDay)} h a service day requires under the intensity standard."),
        ExclusionReason.NoTrackInAvailability => "No track at the indicated level lies inside the person's availability.",
        ExclusionReason.TelehealthNotOffered => "No track at the indicated level can be attended by telehealth, which the person requires.",
        _ => "Each track requirement is met by some track at the indicated level, but no track meets them all.",
    };

    private static string Hours(Duration? hours) =>
        (hours ?? Duration.Zero).TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
