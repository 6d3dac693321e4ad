using Hl7.Fhir.Model;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Fhir;

/// <summary>
/// A completed FHIR R4 QuestionnaireResponse to an instrument score and a measurement.
/// </summary>
/// <remarks>
/// <para>
/// The answered questions are read in document order (nested items included); an item whose <c>linkId</c> is
/// the instrument's total or panel code (a form's own total) is skipped. Each question's first answer is
/// read as <c>valueInteger</c>, a whole <c>valueDecimal</c>, or a <c>valueCoding</c> that is one of LOINC's
/// answers LA6568-5, LA6569-3, LA6570-1, LA6571-9 (answer list LL358-3: 0 to 3, the PHQ and GAD-7 answers)
/// or carries the <c>ordinalValue</c> extension. A question with no answer is a missing item, which the
/// scoring policy may prorate (<c>OUT-PHQ9-PRORATE</c>) or refuse.
/// </para>
/// <para>
/// The response must be <c>completed</c> or <c>amended</c> and have an <c>authored</c> date. Messages say which
/// rule the response breaks, never an answer.
/// </para>
/// </remarks>
public static class QuestionnaireResponseMapping
{
    /// <summary>Gets the URL of the FHIR core extension that gives a coded answer its score (<c>ordinalValue</c>).</summary>
    public static string OrdinalValueExtension => FhirValues.CoreExtensionBase + "ordinalValue";

    private static readonly Dictionary<string, int> Ll3583 = new(StringComparer.Ordinal)
    {
        ["LA6568-5"] = 0, // not at all
        ["LA6569-3"] = 1, // several days
        ["LA6570-1"] = 2, // more than half the days
        ["LA6571-9"] = 3, // nearly every day
    };

    /// <summary>Scores a QuestionnaireResponse as <paramref name="instrument"/>.</summary>
    /// <param name="response">The completed response.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="policy">The scoring policy (missing items, cut-offs by sex).</param>
    /// <param name="sex">The person's sex, for a screen that depends on it, or <see langword="null"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/>, <paramref name="instrument"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response is not completed, has a number of questions other than the instrument's items, an answer that cannot be read as a score or that its item does not accept, or more missing items than the policy scores.</exception>
    public static InstrumentScore ToScore(QuestionnaireResponse response, Instrument instrument, ScoringPolicy policy, Sex? sex = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(policy);
        if (response.Status is not (QuestionnaireResponse.QuestionnaireResponseStatus.Completed or QuestionnaireResponse.QuestionnaireResponseStatus.Amended))
        {
            throw new ArgumentException("The QuestionnaireResponse's status is not completed or amended.", nameof(response));
        }

        var skipped = new HashSet<string>(StringComparer.Ordinal);
        if (instrument.TotalCode is { } total)
        {
            skipped.Add(total.Code);
        }

        if (instrument.PanelCode is { } panel)
        {
            skipped.Add(panel.Code);
        }

        var answers = new List<int?>();
        Collect(response.Item, skipped, answers, nameof(response));
        if (answers.Count != instrument.ItemCount)
        {
            throw new ArgumentException("The QuestionnaireResponse must have one question per item of the instrument.", nameof(response));
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { } answer && !instrument.Items[i].Accepts(answer))
            {
                throw new ArgumentException("An answer is not one its item accepts.", nameof(response));
            }
        }

        return Instruments.TryScore(instrument, answers.ToArray(), policy, out var score, sex)
            ? score.Value
            : throw new ArgumentException("The QuestionnaireResponse has more missing items than the scoring policy scores.", nameof(response));
    }

    /// <summary>Scores a QuestionnaireResponse and dates it by its <c>authored</c> date.</summary>
    /// <param name="response">The completed response.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="policy">The scoring policy.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/>, <paramref name="instrument"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response cannot be scored (see <see cref="ToScore"/>) or has no <c>authored</c> date within the supported dates.</exception>
    public static Measurement ToMeasurement(QuestionnaireResponse response, Instrument instrument, ScoringPolicy policy)
    {
        var score = ToScore(response, instrument, policy);
        if (!FhirValues.TryReadDate(response.Authored, out var date) || !Rules.SupportedDates.Contains(date))
        {
            throw new ArgumentException("The QuestionnaireResponse has no authored date within the supported dates.", nameof(response));
        }

        return Measurement.From(date, score);
    }

    private static void Collect(List<QuestionnaireResponse.ItemComponent> items, HashSet<string> skipped, List<int?> answers, string parameterName)
    {
        foreach (var item in items)
        {
            if (item.LinkId is { } linkId && skipped.Contains(linkId))
            {
                continue;
            }

            if (item.Item.Count > 0)
            {
                Collect(item.Item, skipped, answers, parameterName);
                continue;
            }

            if (item.Answer.Count == 0)
            {
                answers.Add(null);
            }
            else if (Read(item.Answer[0]) is { } value)
            {
                answers.Add(value);
            }
            else
            {
                throw new ArgumentException("An answer cannot be read as a score (integer, whole decimal, a LOINC LL358-3 answer or a coding with an ordinal value).", parameterName);
            }
        }
    }

    private static int? Read(QuestionnaireResponse.AnswerComponent answer) => answer.Value switch
    {
        Integer { Value: { } v } => v,
        FhirDecimal { Value: { } d } when decimal.Truncate(d) == d && d is >= int.MinValue and <= int.MaxValue => (int)d,
        FhirCoding coding when coding.GetExtensionValue<FhirDecimal>(OrdinalValueExtension) is { Value: { } o } && decimal.Truncate(o) == o && o is >= int.MinValue and <= int.MaxValue => (int)o,
        FhirCoding { System: "http://loinc.org", Code: { } code } when Ll3583.TryGetValue(code, out var value) => value,
        _ => null,
    };
}
