using System.Globalization;
using Iop.Domain.Intensity;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// The findings of one call to <see cref="ProgrammeMatching.Match"/>: one template per check (rule id,
/// severity, message and source, without a subject), for a programme and for a track, and how a mask of
/// missed checks becomes a programme's or a track's findings.
/// </summary>
/// <remarks>
/// Within one call a rule has one severity and one message (the message depends only on the intensity
/// standard), so a programme's findings are the templates of its missed checks with the programme as
/// subject, in the order of the rule ids: the canonical order, without sorting. The results build them
/// when first read, so a caller who reads only the matches does not pay
/// for one finding object per excluded programme.
/// </remarks>
internal sealed class MatchFindings
{
    /// <summary>The checks in the order of their rule ids (ordinal): the canonical order of findings.</summary>
    internal static readonly MatchCheck[] ChecksByRuleId = [.. Enum.GetValues<MatchCheck>().OrderBy(c => MatchingRules.RuleOf(c).Id.Value, StringComparer.Ordinal)];

    private readonly Finding[] programmeTemplates;
    private readonly Finding[] trackTemplates;

    public MatchFindings(IntensityStandard? standard)
    {
        programmeTemplates = new Finding[(int)MatchCheck.AftercareNotOffered + 1];
        trackTemplates = new Finding[(int)MatchCheck.AftercareNotOffered + 1];
        foreach (var check in ChecksByRuleId)
        {
            programmeTemplates[(int)check] = FindingOf(check, standard, ProgrammeMessage(check, standard));
            trackTemplates[(int)check] = FindingOf(check, standard, TrackMessage(check, standard));
        }
    }

    public static int Bit(MatchCheck check) => 1 << (int)check;

    /// <summary>The findings of a programme that missed <paramref name="checks"/>, each with the programme as subject.</summary>
    public IReadOnlyList<Finding> ForProgramme(int checks, string programmeId) =>
        Build(checks, programmeTemplates, FindingSubject.Part(SubjectKind.Programme, programmeId));

    /// <summary>The findings of a track that missed <paramref name="checks"/>, each with the track (the programme's id) as subject.</summary>
    public IReadOnlyList<Finding> ForTrack(int checks, string programmeId) =>
        Build(checks, trackTemplates, FindingSubject.Part(SubjectKind.ScheduleTrack, programmeId));

    /// <summary>
    /// Every exclusion's findings in the canonical order, without sorting: per rule (in rule-id order),
    /// the exclusions in programme-id order, which is the order of the subjects.
    /// </summary>
    public static IReadOnlyList<Finding> OfAll(IReadOnlyList<ProgrammeExclusion> exclusions)
    {
        var start = new int[ChecksByRuleId.Length + 1];
        foreach (var exclusion in exclusions)
        {
            for (var c = 0; c < ChecksByRuleId.Length; c++)
            {
                start[c + 1] += (exclusion.Checks & Bit(ChecksByRuleId[c])) != 0 ? 1 : 0;
            }
        }

        for (var c = 1; c < start.Length; c++)
        {
            start[c] += start[c - 1];
        }

        if (start[^1] == 0)
        {
            return System.Collections.ObjectModel.ReadOnlyCollection<Finding>.Empty;
        }

        var all = new Finding[start[^1]];
        foreach (var exclusion in exclusions)
        {
            var findings = exclusion.Findings;
            var next = 0;
            for (var c = 0; c < ChecksByRuleId.Length; c++)
            {
                if ((exclusion.Checks & Bit(ChecksByRuleId[c])) != 0)
                {
                    all[start[c]++] = findings[next++];
                }
            }
        }

        return Array.AsReadOnly(all);
    }

    /// <summary>The checks a track can miss: the track rules, its availability and telehealth.</summary>
    public static readonly int TrackChecks =
        Bit(MatchCheck.TrackBelowMinimum) | Bit(MatchCheck.TrackAboveMaximum) | Bit(MatchCheck.TrackTooFewDays) | Bit(MatchCheck.TrackTooManyDays)
        | Bit(MatchCheck.TrackSessionTooShort) | Bit(MatchCheck.NoTrackInAvailability) | Bit(MatchCheck.TelehealthNotOffered);

    /// <summary>The checks that exclude a programme: every check but the two preferences (modality and aftercare).</summary>
    public static readonly int ExclusionChecks =
        Enum.GetValues<MatchCheck>().Aggregate(0, (mask, check) => mask | Bit(check)) & ~(Bit(MatchCheck.ModalityNotOffered) | Bit(MatchCheck.AftercareNotOffered));

    /// <summary>
    /// Checks findings read back from storage (decision 0073): not empty, no null, each an Error about a
    /// <paramref name="subject"/> of <paramref name="programmeId"/> (any programme when <see langword="null"/>), and
    /// together the canonical findings of some of the <paramref name="allowed"/> checks.
    /// </summary>
    /// <param name="findings">The findings as written.</param>
    /// <param name="subject">The kind of subject each must name.</param>
    /// <param name="programmeId">The programme each must name, or <see langword="null"/>.</param>
    /// <param name="allowed">The checks they may stand for.</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <returns>A read-only copy and the checks they stand for.</returns>
    /// <exception cref="ArgumentException">They are not such findings.</exception>
    public static (IReadOnlyList<Finding> Findings, int Checks) Recorded(IEnumerable<Finding>? findings, SubjectKind subject, string? programmeId, int allowed, string paramName)
    {
        var list = Guard.Against.EmptyOrNullElements(findings, paramName);
        var checks = ChecksOf(list);
        if (checks == -1 || (checks & ~allowed) != 0)
        {
            throw new ArgumentException("The findings must be those of the matching rules that apply here, one per rule, in rule-id order.", paramName);
        }

        foreach (var finding in list)
        {
            if (finding.Severity != Severity.Error || finding.Subject is not { Id: { } id } named || named.Kind != subject || (programmeId is not null && id != programmeId))
            {
                throw new ArgumentException($"Each finding must be an Error about a {subject} of this programme.", paramName);
            }
        }

        return (list, checks);
    }

    /// <summary>
    /// Checks a programme's rejected tracks read back from storage (decision 0073): no null, in the programme's
    /// order, each one of its tracks at its index, with findings about this programme.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="rejections">The rejections as written.</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <returns>A read-only copy.</returns>
    /// <exception cref="ArgumentException">They are not such rejections.</exception>
    public static IReadOnlyList<TrackRejection> RecordedRejections(ProgrammeProfile programme, IEnumerable<TrackRejection>? rejections, string paramName)
    {
        var list = Guard.Against.NullElements(rejections, paramName);
        var previous = -1;
        foreach (var rejection in list)
        {
            if (rejection.TrackIndex <= previous || rejection.TrackIndex >= programme.Tracks.Count || programme.Tracks[rejection.TrackIndex] != rejection.Track)
            {
                throw new ArgumentException("Each rejected track must be one of the programme's tracks, at its index, in the programme's order.", paramName);
            }

            if (rejection.Findings.Any(f => f.Subject!.Id != programme.Id))
            {
                throw new ArgumentException("Each rejected track's findings must be about this programme.", paramName);
            }

            previous = rejection.TrackIndex;
        }

        return list;
    }

    /// <summary>The check a matching rule id stands for, or <see langword="null"/> when the id is not a matching rule's.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The check, or <see langword="null"/>.</returns>
    public static MatchCheck? CheckOf(RuleId ruleId)
    {
        foreach (var check in ChecksByRuleId)
        {
            if (MatchingRules.RuleOf(check).Id == ruleId)
            {
                return check;
            }
        }

        return null;
    }

    /// <summary>
    /// The checks whose canonical findings <paramref name="findings"/> are (one per check, in rule-id order), as
    /// the engine's bit mask; -1 when they are not (a rule that is not a matching rule, a repeat, another order).
    /// </summary>
    public static int ChecksOf(IReadOnlyList<Finding> findings)
    {
        var checks = 0;
        var next = 0;
        foreach (var finding in findings)
        {
            while (next < ChecksByRuleId.Length && MatchingRules.RuleOf(ChecksByRuleId[next]).Id != finding.RuleId)
            {
                next++;
            }

            if (next == ChecksByRuleId.Length)
            {
                return -1;
            }

            checks |= Bit(ChecksByRuleId[next++]);
        }

        return checks;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<Finding> Build(int checks, Finding[] templates, FindingSubject subject)
    {
        var findings = new Finding[System.Numerics.BitOperations.PopCount((uint)checks)];
        var next = 0;
        foreach (var check in ChecksByRuleId)
        {
            if ((checks & Bit(check)) != 0)
            {
                findings[next++] = templates[(int)check] with { Subject = subject };
            }
        }

        return Array.AsReadOnly(findings);
    }

    private static bool IsIntensity(MatchCheck check) => check is >= MatchCheck.TrackBelowMinimum and <= MatchCheck.TrackSessionTooShort;

    private static Finding FindingOf(MatchCheck check, IntensityStandard? standard, string message)
    {
        var rule = MatchingRules.RuleOf(check);
        var source = IsIntensity(check) && standard is not null ? standard.Source : rule.Source;
        return new Finding(rule.Id, Severity.Error, message, source);
    }

    private static string ProgrammeMessage(MatchCheck check, IntensityStandard? standard) => check switch
    {
        MatchCheck.LevelNotOffered => "The programme does not offer the level of care the person is placed at.",
        MatchCheck.AgeGroupNotServed => "The programme does not serve the person's age group.",
        MatchCheck.LicenceExpired => "The programme's state licence had expired by the date of matching.",
        MatchCheck.AccreditationExpired => "An accreditation the programme lists had expired by the date of matching, with no renewal listed.",
        MatchCheck.PayerNotAccepted => "The programme does not accept the person's payer, which the person requires.",
        MatchCheck.LanguageNotOffered => "The programme does not offer care in the person's language, which the person requires.",
        MatchCheck.CoOccurringCareNotOffered => "The programme cannot treat co-occurring conditions, which the person requires.",
        MatchCheck.FamilyProgrammeNotOffered => "The programme has no family programme, which the person requires.",
        MatchCheck.TrackBelowMinimum => string.Create(CultureInfo.InvariantCulture, $"No track at the person's level reaches the intensity standard's minimum of {Hours(standard?.MinimumWeeklyHours)} h per week."),
        MatchCheck.TrackAboveMaximum => $"No track at the person's level stays within the intensity standard's ceiling of {standard?.MaximumWeeklyHours} per week.",
        MatchCheck.TrackTooFewDays => string.Create(CultureInfo.InvariantCulture, $"No track at the person's level gives the {standard?.MinimumDaysPerWeek} service days per week the intensity standard requires."),
        MatchCheck.TrackTooManyDays => string.Create(CultureInfo.InvariantCulture, $"No track at the person's level stays within the {standard?.MaximumDaysPerWeek} service days per week the intensity standard allows."),
        MatchCheck.TrackSessionTooShort => string.Create(CultureInfo.InvariantCulture, $"No track at the person's level has sessions of the {Hours(standard?.MinimumHoursPerServiceDay)} h a service day requires under the intensity standard."),
        MatchCheck.NoTrackInAvailability => "No track at the person's level lies inside the person's availability.",
        MatchCheck.TelehealthNotOffered => "No track at the person's level can be attended by telehealth, which the person requires.",
        MatchCheck.NoTrackMeetsAll => "Each track requirement is met by some track at the person's level, but no track meets them all.",
        MatchCheck.ModalityNotOffered => "The programme does not offer a modality the person prefers.",
        _ => "The programme does not offer an aftercare service the person prefers.",
    };

    private static string TrackMessage(MatchCheck check, IntensityStandard? standard) => check switch
    {
        MatchCheck.TrackBelowMinimum => string.Create(CultureInfo.InvariantCulture, $"The track's planned week falls below the intensity standard's minimum of {Hours(standard?.MinimumWeeklyHours)} h."),
        MatchCheck.TrackAboveMaximum => $"The track's planned week exceeds the intensity standard's ceiling of {standard?.MaximumWeeklyHours} per week.",
        MatchCheck.TrackTooFewDays => string.Create(CultureInfo.InvariantCulture, $"The track's planned week has fewer than the {standard?.MinimumDaysPerWeek} service days the intensity standard requires."),
        MatchCheck.TrackTooManyDays => string.Create(CultureInfo.InvariantCulture, $"The track's planned week has more than the {standard?.MaximumDaysPerWeek} service days the intensity standard allows."),
        MatchCheck.TrackSessionTooShort => string.Create(CultureInfo.InvariantCulture, $"The track's sessions are shorter than the {Hours(standard?.MinimumHoursPerServiceDay)} h a service day requires under the intensity standard."),
        MatchCheck.NoTrackInAvailability => "Not every session of the track lies inside the person's availability.",
        MatchCheck.TelehealthNotOffered => "The track cannot be attended by telehealth, which the person requires.",
        _ => ProgrammeMessage(check, standard),
    };

    private static string Hours(Duration? hours) =>
        (hours ?? Duration.Zero).TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
