using Iop.Domain.Coding;
namespace Iop.Domain.Outcomes;

/// <summary>
/// Scoring of the shipped instruments from item responses or from a total alone, with item counts and
/// ranges checked, and the facts an integrator needs to emit a US Core Observation (LOINC code of the
/// total, unit <c>{score}</c>, category <c>survey</c>). Item wording is not shipped.
/// </summary>
/// <remarks>
/// <para>Scoring is a pure function that allocates nothing: items come in as a span, the result is a
/// value type. Wrong item counts and out-of-range answers are programming errors and throw
/// <see cref="ArgumentException"/>s naming <c>items</c> (or <c>total</c>); messages never echo a value.</para>
/// <para>Bands, zones and screens: rules <c>OUT-PHQ9-RANGE</c>, <c>OUT-GAD7-RANGE</c>,
/// <c>OUT-AUDIT-RANGE</c>, <c>OUT-AUDITC-POSITIVE</c>, <c>OUT-BAM-SUBSCALES</c> in <c>docs/rules.md</c>.</para>
/// </remarks>
public static class Instruments
{
    private const int ScreenCutOff = 10;
    private const int AuditScreenCutOff = 8;

    /// <summary>Gets the unit of every total score as UCUM writes an annotation: <c>{score}</c>.</summary>
    public static string ObservationUnit => "{score}";

    /// <summary>Gets the FHIR observation category of a questionnaire score: <c>survey</c>.</summary>
    public static CodedValue ObservationCategory => new("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");

    /// <summary>Returns the number of scored items of an instrument: PHQ-9 9, GAD-7 7, AUDIT 10, AUDIT-C 3.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The item count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public static int ItemCount(this Instrument instrument) => Guard.Against.UndefinedMember(instrument) switch
    {
        Instrument.Phq9 => 9,
        Instrument.Gad7 => 7,
        Instrument.Audit => 10,
        _ => 3,
    };

    /// <summary>Returns the highest possible total: PHQ-9 27, GAD-7 21, AUDIT 40, AUDIT-C 12.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The maximum total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public static int MaximumTotal(this Instrument instrument) => Guard.Against.UndefinedMember(instrument) switch
    {
        Instrument.Phq9 => 27,
        Instrument.Gad7 => 21,
        Instrument.Audit => 40,
        _ => 12,
    };

    /// <summary>Returns the usual name of an instrument: "PHQ-9", "GAD-7", "AUDIT" or "AUDIT-C".</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public static string DisplayName(this Instrument instrument) => Guard.Against.UndefinedMember(instrument) switch
    {
        Instrument.Phq9 => "PHQ-9",
        Instrument.Gad7 => "GAD-7",
        Instrument.Audit => "AUDIT",
        _ => "AUDIT-C",
    };

    /// <summary>
    /// Gets the LOINC code of an instrument's total: PHQ-9 44261-6, GAD-7 70274-6. The AUDIT and AUDIT-C
    /// totals have no code verified for this library, so none is returned for them.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="code">The LOINC coding, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the library ships a code for the total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public static bool TryGetTotalCode(this Instrument instrument, out CodedValue code)
    {
        switch (Guard.Against.UndefinedMember(instrument))
        {
            case Instrument.Phq9:
                code = Coding.Loinc.Phq9Total;
                return true;
            case Instrument.Gad7:
                code = Coding.Loinc.Gad7Total;
                return true;
            default:
                code = default;
                return false;
        }
    }

    /// <summary>Scores a complete set of item responses.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="items">
    /// The item scores in item order: PHQ-9 9 items 0–3, optionally followed by the difficulty item 0–3
    /// (carried, not summed); GAD-7 7 items 0–3; AUDIT 10 items, items 1–8 0–4 and items 9–10 0, 2 or 4;
    /// AUDIT-C 3 items 0–4.
    /// </param>
    /// <param name="policy">The scoring policy (AUDIT-C thresholds).</param>
    /// <param name="sex">The person's sex for the AUDIT-C screen, or <see langword="null"/> (screen undetermined). Ignored by other instruments.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> or <paramref name="sex"/> is not defined, or an item is out of its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> has the wrong number of items.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static InstrumentScore Score(Instrument instrument, ReadOnlySpan<int> items, ScoringPolicy policy, Sex? sex = null)
    {
        Guard.Against.Null(policy);
        CheckSex(sex);
        var count = CheckCount(instrument, items.Length, nameof(items));
        var max = instrument is Instrument.Phq9 or Instrument.Gad7 ? 3 : 4;
        var evenFrom = instrument == Instrument.Audit ? 8 : int.MaxValue;
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            var value = items[i];
            if (value < 0 || value > max || (i >= evenFrom && (value & 1) != 0))
            {
                CheckItem(instrument, i, value, nameof(items)); // throws with the item's rule
            }

            total += value;
        }

        int? difficulty = items.Length > count ? CheckDifficulty(items[count], nameof(items)) : null;
        int? item9 = instrument == Instrument.Phq9 ? items[8] : null;
        return new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), count, isProrated: false, item9, difficulty);
    }

    /// <summary>
    /// Scores item responses some of which may be missing (<see langword="null"/>), following the
    /// policy's missing-item rule: refuse by default; prorate when opted in and no more items are
    /// missing than the policy allows for the instrument.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="items">The item scores in item order (see <see cref="Score"/>), <see langword="null"/> where missing. A PHQ-9 difficulty item may follow and may be missing.</param>
    /// <param name="policy">The scoring policy.</param>
    /// <param name="score">The score, when the method returns <see langword="true"/>.</param>
    /// <param name="sex">The person's sex for the AUDIT-C screen, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when the policy refuses to score this many missing items.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> or <paramref name="sex"/> is not defined, or an item is out of its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> has the wrong number of items.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static bool TryScore(Instrument instrument, ReadOnlySpan<int?> items, ScoringPolicy policy, out InstrumentScore score, Sex? sex = null)
    {
        Guard.Against.Null(policy);
        var count = CheckCount(instrument, items.Length, nameof(items));
        var total = 0;
        var answered = 0;
        for (var i = 0; i < count; i++)
        {
            if (items[i] is { } value)
            {
                total += CheckItem(instrument, i, value, nameof(items));
                answered++;
            }
        }

        int? difficulty = items.Length > count && items[count] is { } d ? CheckDifficulty(d, nameof(items)) : null;
        CheckSex(sex);
        var missing = count - answered;
        if (missing > policy.MaximumMissingItems(instrument) || answered == 0)
        {
            score = default;
            return false;
        }

        if (missing > 0)
        {
            // Mean of the answered items times the item count, rounded half up, in integers.
            total = ((2 * total * count) + answered) / (2 * answered);
        }

        int? item9 = instrument == Instrument.Phq9 ? items[8] : null;
        score = new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), answered, isProrated: missing > 0, item9, difficulty);
        return true;
    }

    /// <summary>Makes a score from a total alone, where item responses are not available (no item-level findings are possible).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="total">The total, in [0, <see cref="MaximumTotal"/>].</param>
    /// <param name="policy">The scoring policy (AUDIT-C thresholds).</param>
    /// <param name="sex">The person's sex for the AUDIT-C screen, or <see langword="null"/>.</param>
    /// <returns>The score, with <see cref="InstrumentScore.IsTotalOnly"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> or <paramref name="sex"/> is not defined, or <paramref name="total"/> is outside [0, maximum].</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static InstrumentScore FromTotal(Instrument instrument, int total, ScoringPolicy policy, Sex? sex = null)
    {
        Guard.Against.Null(policy);
        Guard.Against.OutsideRange(total, 0, instrument.MaximumTotal());
        CheckSex(sex);
        return new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), 0, isProrated: false, null, null);
    }

    /// <summary>Scores the Brief Addiction Monitor's three subscales (no total).</summary>
    /// <param name="items">
    /// Seventeen entries for items 1 to 17 in order, each scored 0–4. Entry 7 stands for items 7a–g,
    /// which are not scored: its value is ignored. Entry 17 is carried as <see cref="BamScore.Satisfaction"/>.
    /// </param>
    /// <returns>The subscales.</returns>
    /// <exception cref="ArgumentException"><paramref name="items"/> does not have 17 entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scored item is outside [0, 4].</exception>
    public static BamScore ScoreBam(ReadOnlySpan<int> items)
    {
        if (items.Length != 17)
        {
            throw new ArgumentException("The Brief Addiction Monitor needs 17 item entries (items 1 to 17; entry 7 is ignored).", nameof(items));
        }

        for (var i = 0; i < 17; i++)
        {
            if (i != 6 && items[i] is < 0 or > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(items), "Every scored Brief Addiction Monitor item must be in the range [0, 4].");
            }
        }

        var use = items[3] + items[4] + items[5];
        var risk = items[0] + items[1] + items[2] + items[7] + items[10] + items[14];
        var protective = items[8] + items[9] + items[11] + items[12] + items[13] + items[15];
        return new BamScore(use, risk, protective, items[16]);
    }

    /// <summary>Returns the severity band of a PHQ-9 or GAD-7 total, or <see langword="null"/> for other instruments.</summary>
    internal static SeverityBand? SeverityOf(Instrument instrument, int total) => instrument switch
    {
        Instrument.Phq9 => total switch
        {
            < 5 => SeverityBand.Minimal,
            < 10 => SeverityBand.Mild,
            < 15 => SeverityBand.Moderate,
            < 20 => SeverityBand.ModeratelySevere,
            _ => SeverityBand.Severe,
        },
        Instrument.Gad7 => total switch
        {
            < 5 => SeverityBand.Minimal,
            < 10 => SeverityBand.Mild,
            < 15 => SeverityBand.Moderate,
            _ => SeverityBand.Severe,
        },
        _ => null,
    };

    /// <summary>Returns the WHO risk zone of an AUDIT total.</summary>
    internal static AuditRiskZone AuditZoneOf(int total) => total switch
    {
        < 8 => AuditRiskZone.ZoneI,
        < 16 => AuditRiskZone.ZoneII,
        < 20 => AuditRiskZone.ZoneIII,
        _ => AuditRiskZone.ZoneIV,
    };

    private static bool? Screen(Instrument instrument, int total, ScoringPolicy policy, Sex? sex) => instrument switch
    {
        Instrument.Phq9 or Instrument.Gad7 => total >= ScreenCutOff,
        Instrument.Audit => total >= AuditScreenCutOff,
        _ => sex switch
        {
            null => null,
            Sex.Male => total >= policy.AuditCPositiveMale,
            _ => total >= policy.AuditCPositiveFemale,
        },
    };

    private static void CheckSex(Sex? sex)
    {
        if (sex is { } value and not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), "Value must be a defined Sex member.");
        }
    }

    private static int CheckCount(Instrument instrument, int length, string paramName)
    {
        var count = instrument.ItemCount(); // throws for an undefined instrument, naming it
        var allowed = length == count || (instrument == Instrument.Phq9 && length == count + 1);
        if (!allowed)
        {
            throw new ArgumentException(
                instrument == Instrument.Phq9
                    ? "The PHQ-9 needs 9 item scores, optionally followed by the difficulty item."
                    : $"The {instrument.DisplayName()} needs exactly {count} item scores.",
                paramName);
        }

        return count;
    }

    private static int CheckItem(Instrument instrument, int index, int value, string paramName)
    {
        var ok = instrument switch
        {
            Instrument.Phq9 or Instrument.Gad7 => value is >= 0 and <= 3,
            Instrument.Audit when index >= 8 => value is 0 or 2 or 4,
            _ => value is >= 0 and <= 4,
        };
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(paramName, instrument switch
            {
                Instrument.Phq9 or Instrument.Gad7 => "Every item must be in the range [0, 3].",
                Instrument.Audit when index >= 8 => "AUDIT items 9 and 10 take only the values 0, 2 or 4.",
                _ => "Every item must be in the range [0, 4].",
            });
        }

        return value;
    }

    private static int CheckDifficulty(int value, string paramName) =>
        value is >= 0 and <= 3 ? value : throw new ArgumentOutOfRangeException(paramName, "The PHQ-9 difficulty item must be in the range [0, 3].");
}
