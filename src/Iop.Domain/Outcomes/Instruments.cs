using System.Diagnostics.CodeAnalysis;
using Iop.Domain.Coding;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Scoring of any <see cref="Instrument"/> (the shipped ones and a caller's own) from item responses or
/// from a total alone, with item counts and values checked against the instrument, and the facts an
/// integrator needs to emit a US Core Observation (unit <c>{score}</c>, category <c>survey</c>; the code of
/// the total is <see cref="Instrument.TotalCode"/>). Also the Brief Addiction Monitor's subscales.
/// </summary>
/// <remarks>
/// <para>Scoring is a pure function that allocates nothing: items come in as a span, the result is a
/// value type. Everything that varies by instrument (items, values, bands, cut-off, safety items, carried
/// item) is read from the instrument; what varies by practice (missing items, cut-offs by sex) from the
/// <see cref="ScoringPolicy"/>. Wrong item counts and refused answers are programming errors and throw
/// <see cref="ArgumentException"/>s naming <c>items</c> (or <c>total</c>); messages never echo a value.</para>
/// <para>Rules <c>OUT-PHQ9-RANGE</c>, <c>OUT-GAD7-RANGE</c>, <c>OUT-AUDIT-RANGE</c>,
/// <c>OUT-AUDITC-POSITIVE</c>, <c>OUT-PHQ9-ITEM9</c>, <c>OUT-PHQ9-PRORATE</c>, <c>OUT-BAM-SUBSCALES</c> in <c>docs/rules.md</c>.</para>
/// </remarks>
public static class Instruments
{
    // OUT-BAM-SUBSCALES: 1-based item numbers of each subscale (Cacciola et al. 2013). Item 7 (7a-g) and
    // item 17 are in no subscale; item 17 is carried as Satisfaction.
    private static readonly int[] BamUseItems = [4, 5, 6];
    private static readonly int[] BamRiskItems = [1, 2, 3, 8, 11, 15];
    private static readonly int[] BamProtectiveItems = [9, 10, 12, 13, 14, 16];

    /// <summary>Gets the unit of every total score as UCUM writes an annotation: <c>{score}</c>.</summary>
    public static string ObservationUnit => "{score}";

    /// <summary>Gets the FHIR observation category of a questionnaire score: <c>survey</c>.</summary>
    public static CodedValue ObservationCategory => new("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");

    /// <summary>Scores a complete set of item responses.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="items">
    /// The item answers in item order, each one of its item's <see cref="InstrumentItem.AllowedValues"/>
    /// (PHQ-9 and GAD-7 0–3; AUDIT items 1–8 0–4 and items 9–10 0, 2 or 4; AUDIT-C 0–4), optionally followed by
    /// the instrument's <see cref="Instrument.CarriedItem"/> (the PHQ-9 difficulty item, carried, not summed).
    /// </param>
    /// <param name="policy">The scoring policy (cut-offs by sex).</param>
    /// <param name="sex">The person's sex, for a screen that depends on it (the AUDIT-C), or <see langword="null"/> (screen undetermined).</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined, or an answer is not one its item accepts.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> has the wrong number of items.</exception>
    public static InstrumentScore Score(Instrument instrument, ReadOnlySpan<int> items, ScoringPolicy policy, Sex? sex = null)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(policy);
        CheckSex(sex);
        var count = CheckCount(instrument, items.Length, nameof(items));
        var definitions = instrument.ItemSpan;
        var total = 0;
        var answers = new ItemAnswers(instrument);
        for (var i = 0; i < count; i++)
        {
            var value = items[i];
            if (!definitions[i].Accepts(value))
            {
                throw new ArgumentOutOfRangeException(nameof(items), definitions[i].RefusalMessage(i + 1));
            }

            total += value;
            answers.Set(instrument, i, value);
        }

        int? carried = items.Length > count ? CheckCarried(instrument, items[count], nameof(items)) : null;
        var concerns = 0;
        var safety = instrument.SafetyItemArray;
        for (var k = 0; k < safety.Length; k++)
        {
            // A safety item one past the scored items is the carried item (the ASQ acuity question), which may be absent.
            var index = safety[k].Number - 1;
            if (index < items.Length && items[index] >= safety[k].ConcernAtOrAbove)
            {
                concerns |= 1 << k;
            }
        }

        return new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), count, isProrated: false, concerns, 0, carried, answers, policy, sex);
    }

    /// <summary>
    /// Scores item responses some of which may be missing (<see langword="null"/>), following the policy's
    /// missing-item rule: refuse by default; prorate when opted in and no more items are missing than the
    /// policy allows for the instrument.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="items">The item answers in item order (see <see cref="Score"/>), <see langword="null"/> where missing. A carried item may follow and may be missing.</param>
    /// <param name="policy">The scoring policy.</param>
    /// <param name="score">The score when the method returns <see langword="true"/>; <see langword="null"/> when it refuses (no half-made score is handed back).</param>
    /// <param name="sex">The person's sex, for a screen that depends on it, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when the policy refuses to score this many missing items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined, or an answer is not one its item accepts.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> has the wrong number of items.</exception>
    public static bool TryScore(Instrument instrument, ReadOnlySpan<int?> items, ScoringPolicy policy, [NotNullWhen(true)] out InstrumentScore? score, Sex? sex = null)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(policy);
        CheckSex(sex);
        var count = CheckCount(instrument, items.Length, nameof(items));
        var definitions = instrument.ItemSpan;
        var total = 0;
        var answered = 0;
        var answers = new ItemAnswers(instrument);
        for (var i = 0; i < count; i++)
        {
            if (items[i] is { } value)
            {
                if (!definitions[i].Accepts(value))
                {
                    throw new ArgumentOutOfRangeException(nameof(items), definitions[i].RefusalMessage(i + 1));
                }

                total += value;
                answered++;
                answers.Set(instrument, i, value);
            }
        }

        int? carried = items.Length > count && items[count] is { } c ? CheckCarried(instrument, c, nameof(items)) : null;
        var missing = count - answered;
        if (missing > policy.MaximumMissingItems(instrument) || answered == 0)
        {
            score = null;
            return false;
        }

        if (missing > 0)
        {
            // Mean of the answered items times the item count, rounded half up, in integers.
            total = ((2 * total * count) + answered) / (2 * answered);
        }

        var concerns = 0;
        var unanswered = 0;
        var safety = instrument.SafetyItemArray;
        for (var k = 0; k < safety.Length; k++)
        {
            var index = safety[k].Number - 1;
            if (index >= count && (index >= items.Length || items[index] is null))
            {
                // The carried item is optional: leaving it out is not a safety item unanswered.
                continue;
            }

            if (items[index] is not { } answer)
            {
                unanswered |= 1 << k;
            }
            else if (answer >= safety[k].ConcernAtOrAbove)
            {
                concerns |= 1 << k;
            }
        }

        score = new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), answered, isProrated: missing > 0, concerns, unanswered, carried, answers, policy, sex);
        return true;
    }

    /// <summary>Makes a score from a total alone, where item responses are not available (no item-level findings are possible).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="total">The total, in [<see cref="Instrument.MinimumTotal"/>, <see cref="Instrument.MaximumTotal"/>].</param>
    /// <param name="policy">The scoring policy (cut-offs by sex).</param>
    /// <param name="sex">The person's sex, for a screen that depends on it, or <see langword="null"/>.</param>
    /// <returns>The score, with <see cref="InstrumentScore.IsTotalOnly"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined, or <paramref name="total"/> is outside the instrument's range.</exception>
    public static InstrumentScore ScoreTotal(Instrument instrument, int total, ScoringPolicy policy, Sex? sex = null)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(policy);
        Guard.Against.OutsideRange(total, instrument.MinimumTotal, instrument.MaximumTotal);
        CheckSex(sex);
        return new InstrumentScore(instrument, total, Screen(instrument, total, policy, sex), 0, isProrated: false, 0, 0, null, default, policy, sex);
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
        if (items.Length != BamScore.ItemCount)
        {
            throw new ArgumentException("The Brief Addiction Monitor needs 17 item entries (items 1 to 17; entry 7 is ignored).", nameof(items));
        }

        for (var number = 1; number <= BamScore.ItemCount; number++)
        {
            if (number != BamScore.UnscoredItem && items[number - 1] is < 0 or > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(items), "Every scored Brief Addiction Monitor item must be in the range [0, 4].");
            }
        }

        return new BamScore(Sum(items, BamUseItems), Sum(items, BamRiskItems), Sum(items, BamProtectiveItems), items[BamScore.SatisfactionItem - 1]);
    }

    private static int Sum(ReadOnlySpan<int> items, int[] numbers)
    {
        var sum = 0;
        foreach (var number in numbers)
        {
            sum += items[number - 1];
        }

        return sum;
    }

    private static bool? Screen(Instrument instrument, int total, ScoringPolicy policy, Sex? sex)
    {
        if (policy.FindSexCutOffs(instrument) is { } bySex)
        {
            return sex switch
            {
                null => null,
                Sex.Male => total >= bySex.Male,
                Sex.Female => total >= bySex.Female,
                _ => throw new ArgumentOutOfRangeException(nameof(sex), "Value must be a defined Sex member."),
            };
        }

        if (policy.FindCutOff(instrument) is { } policyCutOff)
        {
            return total >= policyCutOff;
        }

        return instrument.PositiveScreenAtOrAbove is { } cutOff ? total >= cutOff : null;
    }

    private static void CheckSex(Sex? sex)
    {
        if (sex is { } value && !Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), "Value must be a defined Sex member.");
        }
    }

    private static int CheckCount(Instrument instrument, int length, string paramName)
    {
        var count = instrument.ItemCount;
        if (length != count && !(instrument.CarriedItem is not null && length == count + 1))
        {
            throw new ArgumentException(
                instrument.CarriedItem is null
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The instrument needs exactly {count} item answers.")
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The instrument needs {count} item answers, optionally followed by its carried item."),
                paramName);
        }

        return count;
    }

    private static int CheckCarried(Instrument instrument, int value, string paramName) =>
        instrument.CarriedItem!.Accepts(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The carried item must be one of {instrument.CarriedItem}."));
}
